/**
 * The customer-satisfaction template, version 1: a survey an owner sends to
 * their customers. It holds every optional question; `applyOptions` in
 * ./options.ts removes what the owner switched off for one survey.
 */
import { SurveySchema, type Localized, type SurveyInput } from '../../surveys/schema.ts';
import { commentSection } from '../common/comment.ts';
import { CONTACT_SECTIONS } from '../common/contact.ts';
import { serviceQuestionId, TEMPLATE_ID, type ServiceLevel } from './model.ts';

/** One agreement statement per service level, in the order they are asked. */
const SERVICE_STATEMENTS: Record<ServiceLevel, Localized> = {
  complaints: {
    nl: 'Als ik een vraag of klacht heb, wordt die goed en snel opgepakt.',
    en: 'When I have a question or complaint, it is dealt with well and quickly.',
  },
  quality: {
    nl: 'De kwaliteit van wat ik krijg, is zoals afgesproken.',
    en: 'The quality of what I receive is as agreed.',
  },
  communication: {
    nl: 'Ik word op tijd en duidelijk op de hoogte gehouden.',
    en: 'I am kept informed clearly and in good time.',
  },
  management_info: {
    nl: 'De rapportages en overzichten die ik krijg, geven me het inzicht dat ik nodig heb.',
    en: 'The reports and overviews I receive give me the insight I need.',
  },
  costs: {
    nl: 'De prijs past bij wat ik ervoor krijg.',
    en: 'The price fits what I get for it.',
  },
};

const definition: SurveyInput = {
  id: TEMPLATE_ID,
  version: 1,
  audience: 'collective',
  minutes: 2,
  title: { nl: 'Klanttevredenheid', en: 'Customer satisfaction' },
  intro: {
    nl: 'Hoe was je laatste ervaring met ons? Je antwoorden helpen ons beter te worden. Het kost je ongeveer twee minuten en je blijft anoniem, tenzij je zelf anders kiest.',
    en: 'How was your latest experience with us? Your answers help us improve. It takes about two minutes and you stay anonymous unless you choose otherwise.',
  },
  sections: [
    {
      id: 'experience',
      title: { nl: 'Je ervaring', en: 'Your experience' },
      questions: [
        {
          id: 'expectation',
          type: 'single',
          required: true,
          text: {
            nl: 'Als je kijkt naar wat je van ons kreeg: hoe was dat vergeleken met wat je verwachtte?',
            en: 'Looking at what you got from us: how did it compare with what you expected?',
          },
          options: [
            { value: 'less', label: { nl: 'Minder dan ik verwachtte', en: 'Less than I expected' } },
            { value: 'as', label: { nl: 'Zoals ik verwachtte', en: 'What I expected' } },
            { value: 'more', label: { nl: 'Meer dan ik verwachtte', en: 'More than I expected' } },
          ],
        },
        {
          id: 'recommend',
          type: 'scale',
          required: false,
          text: {
            nl: 'Hoe waarschijnlijk is het dat je ons aanbeveelt bij een vriend of zakenrelatie?',
            en: 'How likely are you to recommend us to a friend or business contact?',
          },
          help: {
            nl: 'Van 0 (zeker niet) tot 10 (zeker wel). Weet je het niet, sla de vraag dan gerust over.',
            en: "From 0 (certainly not) to 10 (certainly). If you don't know, feel free to skip the question.",
          },
          minLabel: { nl: 'Zeker niet', en: 'Certainly not' },
          maxLabel: { nl: 'Zeker wel', en: 'Certainly' },
        },
      ],
    },
    {
      id: 'service_levels',
      title: { nl: 'Onze dienstverlening', en: 'Our service' },
      intro: {
        nl: 'In hoeverre ben je het eens met deze uitspraken? Kies "weet ik niet" als iets niet voor je geldt.',
        en: 'How far do you agree with these statements? Choose "don\'t know" if something does not apply to you.',
      },
      questions: (Object.keys(SERVICE_STATEMENTS) as ServiceLevel[]).map((level) => ({
        id: serviceQuestionId(level),
        type: 'agreement' as const,
        required: false,
        text: SERVICE_STATEMENTS[level],
      })),
    },
    commentSection({
      nl: 'Wat kunnen we beter doen, of wat moeten we vooral zo houden?',
      en: 'What could we do better, or what should we definitely keep doing?',
    }),
    ...CONTACT_SECTIONS,
  ],
};

export const customerSatisfactionV1 = SurveySchema.parse(definition);
