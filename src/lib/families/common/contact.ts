/**
 * The optional contact step of the customer surveys: asked only when the
 * owner switches it on, and then only with consent, as in the Growth Test.
 * Saying no hides the contact section, and the engine's pruneAnswers drops
 * any details typed before, so an anonymous answer stays anonymous.
 */
import type { SurveyInput } from '../../surveys/schema.ts';

type SectionInput = SurveyInput['sections'][number];

const CONTACT_SECTION_IDS: readonly string[] = ['follow_up', 'contact'];

/** Whether a section stays in an owner's survey: the contact step only when they switched contact details on. */
export const keepsSection = (sectionId: string, askContact: boolean) => askContact || !CONTACT_SECTION_IDS.includes(sectionId);

export const CONTACT_SECTIONS: SectionInput[] = [
  {
    id: 'follow_up',
    title: { nl: 'Contact (optioneel)', en: 'Getting back to you (optional)' },
    questions: [
      {
        id: 'consent',
        type: 'single',
        required: true,
        text: {
          nl: 'Mogen we contact met je opnemen over je antwoorden?',
          en: 'May we get in touch with you about your answers?',
        },
        help: {
          nl: "Kies je 'Nee', dan vragen en bewaren we geen naam of adres en blijven je antwoorden anoniem.",
          en: "If you choose 'No', we ask for and keep no name or address, and your answers stay anonymous.",
        },
        options: [
          { value: 'yes', label: { nl: 'Ja, dat mag', en: 'Yes, that is fine' } },
          { value: 'no', label: { nl: 'Nee, ik blijf liever anoniem', en: "No, I'd rather stay anonymous" } },
        ],
      },
    ],
  },
  {
    id: 'contact',
    title: { nl: 'Je gegevens', en: 'Your details' },
    intro: {
      nl: 'We gebruiken deze gegevens alleen om op je antwoorden te reageren.',
      en: 'We use these details only to respond to your answers.',
    },
    showIf: { question: 'consent', anyOf: ['yes'] },
    questions: [
      { id: 'name', type: 'text', required: true, autocomplete: 'name', text: { nl: 'Je naam', en: 'Your name' } },
      {
        id: 'email',
        type: 'text',
        format: 'email',
        required: true,
        autocomplete: 'email',
        text: { nl: 'E-mailadres', en: 'Email address' },
      },
      {
        id: 'phone',
        type: 'text',
        required: false,
        autocomplete: 'tel',
        maxLength: 40,
        text: { nl: 'Telefoonnummer (optioneel)', en: 'Phone number (optional)' },
      },
    ],
  },
];
