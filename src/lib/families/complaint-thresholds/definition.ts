/**
 * The complaint-threshold template, version 1: asks customers whether they
 * were dissatisfied, whether they complained, what stopped them, and how
 * they would like to complain. Which channels the company offers is not
 * asked here: the owner sets it (./options.ts).
 */
import { SurveySchema, type Localized, type SurveyInput } from '../../surveys/schema.ts';
import { commentSection } from '../common/comment.ts';
import { CONTACT_SECTIONS } from '../common/contact.ts';
import { BARRIERS, CHANNELS, REPLY_TIMES, replyQuestionId, TEMPLATE_ID, type Barrier, type Channel, type ReplyTime } from './model.ts';

const YES_NO = [
  { value: 'yes', label: { nl: 'Ja', en: 'Yes' } },
  { value: 'no', label: { nl: 'Nee', en: 'No' } },
];

const BARRIER_LABELS: Record<Barrier, Localized> = {
  not_worth_it: { nl: 'Het was de moeite niet waard', en: 'It was not worth the trouble' },
  no_change_expected: { nl: 'Ik dacht dat het toch niets zou veranderen', en: 'I thought it would not change anything anyway' },
  too_much_time: { nl: 'Het zou me te veel tijd kosten', en: 'It would have taken me too much time' },
  did_not_know_where: { nl: 'Ik wist niet waar of hoe ik kon klagen', en: 'I did not know where or how to complain' },
  could_not_reach: { nl: 'Ik kon niemand bereiken, of niet de juiste persoon', en: 'I could not reach anyone, or not the right person' },
  channel_not_offered: { nl: 'Mijn manier van contact werd niet aangeboden', en: 'My way of getting in touch was not offered' },
  not_taken_seriously: { nl: 'Ik verwachtte niet serieus genomen te worden', en: 'I did not expect to be taken seriously' },
  bad_experience: { nl: 'Een eerdere klacht werd slecht of traag afgehandeld', en: 'An earlier complaint was handled badly or slowly' },
  awkward_conversation: { nl: 'Ik zag op tegen het gesprek of de reactie', en: 'I dreaded the conversation or the response' },
  other: { nl: 'Iets anders', en: 'Something else' },
};

const CHANNEL_LABELS: Record<Channel, Localized> = {
  post: { nl: 'Brief per post', en: 'Letter by post' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'Email' },
  social_media: { nl: 'Sociale media', en: 'Social media' },
  web_form: { nl: 'Formulier op de website', en: 'Form on the website' },
  chat: { nl: 'Chat of WhatsApp', en: 'Chat or WhatsApp' },
  in_person: { nl: 'Persoonlijk, aan de balie of bij een bezoek', en: 'In person, at the desk or during a visit' },
};

const REPLY_LABELS: Record<ReplyTime, Localized> = {
  hours: { nl: 'Binnen een paar uur', en: 'Within a few hours' },
  one_day: { nl: 'Binnen één werkdag', en: 'Within one working day' },
  few_days: { nl: 'Binnen twee tot drie werkdagen', en: 'Within two to three working days' },
  week: { nl: 'Binnen een week', en: 'Within a week' },
  longer: { nl: 'Langer dan een week is ook goed', en: 'Longer than a week is fine too' },
};

const definition: SurveyInput = {
  id: TEMPLATE_ID,
  version: 1,
  audience: 'collective',
  minutes: 3,
  title: { nl: 'Drempels om te klagen', en: 'What stops you complaining' },
  intro: {
    nl: 'Als er iets misgaat, willen we dat graag horen. Help ons te ontdekken wat het makkelijker maakt om het ons te laten weten. Het kost ongeveer drie minuten en je blijft anoniem, tenzij je zelf anders kiest.',
    en: 'When something goes wrong, we want to hear about it. Help us find out what would make it easier to tell us. It takes about three minutes and you stay anonymous unless you choose otherwise.',
  },
  sections: [
    {
      id: 'experience',
      title: { nl: 'Je ervaring', en: 'Your experience' },
      questions: [
        {
          id: 'dissatisfied',
          type: 'single',
          text: {
            nl: 'Ben je het afgelopen jaar weleens ontevreden over ons geweest?',
            en: 'Have you been dissatisfied with us at any time in the past year?',
          },
          options: YES_NO,
        },
      ],
    },
    {
      id: 'complaint',
      title: { nl: 'Toen je ontevreden was', en: 'When you were dissatisfied' },
      showIf: { question: 'dissatisfied', anyOf: ['yes'] },
      questions: [
        {
          id: 'complained',
          type: 'single',
          text: { nl: 'Heb je ons dat laten weten?', en: 'Did you let us know?' },
          options: YES_NO,
        },
      ],
    },
    {
      id: 'barriers',
      title: { nl: 'Wat je tegenhield', en: 'What held you back' },
      showIf: { question: 'complained', anyOf: ['no'] },
      questions: [
        {
          id: 'barriers',
          type: 'multiple',
          required: false,
          text: {
            nl: 'Waarom heb je het ons niet laten weten? Kies alles wat klopt.',
            en: 'Why did you not let us know? Choose everything that applies.',
          },
          options: BARRIERS.map((value) => ({ value, label: BARRIER_LABELS[value] })),
        },
      ],
    },
    {
      id: 'channels',
      title: { nl: 'Hoe je het ons zou laten weten', en: 'How you would tell us' },
      questions: [
        {
          id: 'channels',
          type: 'multiple',
          text: {
            nl: 'Stel dat je ontevreden bent: hoe zou je het ons het liefst laten weten? Kies er een of meer.',
            en: 'Suppose you are dissatisfied: how would you prefer to let us know? Choose one or more.',
          },
          options: CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] })),
        },
      ],
    },
    {
      id: 'reply_times',
      title: { nl: 'Hoe snel je antwoord verwacht', en: 'How soon you expect a reply' },
      showIf: { question: 'channels', anyOf: [...CHANNELS] },
      questions: CHANNELS.map((channel) => ({
        id: replyQuestionId(channel),
        type: 'single' as const,
        showIf: { question: 'channels', anyOf: [channel] },
        text: {
          nl: `Binnen welke tijd verwacht je een eerste inhoudelijke reactie? (${CHANNEL_LABELS[channel].nl})`,
          en: `How soon do you expect a first real response? (${CHANNEL_LABELS[channel].en})`,
        },
        options: REPLY_TIMES.map((value) => ({ value, label: REPLY_LABELS[value] })),
      })),
    },
    commentSection({
      nl: 'Wat zou het voor jou makkelijker maken om ons te vertellen dat iets niet goed ging?',
      en: 'What would make it easier for you to tell us that something went wrong?',
    }),
    ...CONTACT_SECTIONS,
  ],
};

export const complaintThresholdsV1 = SurveySchema.parse(definition);

/** Channel names for results pages, the same words the respondents saw. */
export { CHANNEL_LABELS, BARRIER_LABELS, REPLY_LABELS };
