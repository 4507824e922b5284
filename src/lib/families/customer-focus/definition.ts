/**
 * The customer-focus team survey, version 1: statements per condition of
 * the I, we and organisation levels, answered anonymously by employees.
 */
import { SurveySchema, type Localized, type SurveyInput } from '../../surveys/schema.ts';
import { commentSection } from '../common/comment.ts';
import { conditionsOf, LEVELS, TEMPLATE_ID, type Level } from './model.ts';
import { STATEMENTS } from './statements.ts';

export const statementId = (condition: string, n: number) => `${condition}_${n}`;

const SECTION_TEXTS: Record<Level, { title: Localized; intro: Localized }> = {
  i: {
    title: { nl: 'Ik: wat kan ik doen?', en: 'I: what can I do?' },
    intro: {
      nl: 'Over wat jij nodig hebt om klanten goed te helpen. Er zijn geen goede of foute antwoorden; kies "weet ik niet" als iets niet voor je geldt.',
      en: 'About what you need to help customers well. There are no right or wrong answers; choose "don\'t know" if something does not apply to you.',
    },
  },
  we: {
    title: { nl: 'Wij: wat kunnen we samen doen?', en: 'We: what can we do together?' },
    intro: {
      nl: 'Over de samenwerking met directe collega\'s, andere afdelingen en leidinggevenden.',
      en: 'About working with your direct colleagues, other teams and managers.',
    },
  },
  organisation: {
    title: { nl: 'De organisatie: wat kan de organisatie doen?', en: 'The organisation: what can the organisation do?' },
    intro: {
      nl: 'Over wat de leiding en het bedrijf als geheel jou bieden.',
      en: 'About what management and the company as a whole provide for you.',
    },
  },
};

const definition: SurveyInput = {
  id: TEMPLATE_ID,
  version: 1,
  audience: 'collective',
  minutes: 7,
  title: { nl: 'Klantgerichtheid in ons team', en: 'Customer focus in our team' },
  intro: {
    nl: 'Klantvriendelijke medewerkers alleen maken een bedrijf nog niet klantgericht: ook de samenwerking en de organisatie moeten meehelpen. Geef aan hoe het nu bij jou gaat. Je antwoorden zijn anoniem en worden alleen getoond als minstens vijf collega\'s hebben meegedaan.',
    en: 'Friendly staff alone do not make a company customer-focused: teamwork and the organisation have to help too. Tell us how things are for you today. Your answers are anonymous and are only shown once at least five colleagues have taken part.',
  },
  sections: [
    ...LEVELS.map((level) => ({
      id: level,
      ...SECTION_TEXTS[level],
      questions: conditionsOf(level).flatMap((condition) =>
        STATEMENTS[condition].map(({ nl, en, reverse }, i) => ({
          id: statementId(condition, i + 1),
          type: 'agreement' as const,
          reverse: reverse ?? false,
          text: { nl, en },
        })),
      ),
    })),
    commentSection({
      nl: 'Wat zou jou het meest helpen om klanten nog beter te helpen?',
      en: 'What would help you most to serve customers even better?',
    }),
  ],
};

export const customerFocusV1 = SurveySchema.parse(definition);
