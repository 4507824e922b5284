/**
 * The Growth Test, version 2: version 1 made size-aware (issue 12). A
 * one-person business is not asked about staff and teams: per statement
 * either hidden (it has no counterpart without colleagues) or replaced by a
 * reworded statement that asks the same thing of the owner alone. Every
 * other statement, and every business with two or more people, is asked
 * exactly as in version 1, so their scores mean the same in both versions.
 *
 * A reworded statement has its own id (`<id>_solo`): answers to one wording
 * never pass as answers to the other, and the report quotes the wording the
 * respondent saw. How hidden statements count: docs/scoring.md.
 */
import { SurveySchema, type Condition, type Localized, type Survey } from '../../surveys/schema.ts';
import { growthTestV1 } from './definition.ts';

/** The `employees` answer of a one-person business. */
export const SOLO_BAND = '1';
/** Every other band: two or more people. */
export const TEAM_BANDS = ['2-9', '10-49', '50-249', '250-plus'];

const forTeams: Condition = { question: 'employees', anyOf: TEAM_BANDS };
const forSolo: Condition = { question: 'employees', anyOf: [SOLO_BAND] };

/**
 * Per team statement of version 1: `hide` when it has no meaning without
 * colleagues, else the reworded statement a solo owner answers instead.
 */
export const SOLO_WORDING: Record<string, 'hide' | Localized> = {
  ambition_2: {
    nl: 'Ik kan in één zin uitleggen waar mijn bedrijf over een paar jaar staat, en de mensen met wie ik samenwerk kennen die richting.',
    en: 'I can explain in one sentence where my business will be in a few years, and the people I work with know that direction.',
  },
  core_customers_4: {
    nl: 'Bij nieuwe klanten kijk ik verder dan de omzet: ik toets of ze passen bij mijn strategie en of ik enthousiast ben om voor ze te werken.',
    en: 'With new customers I look beyond revenue: I check whether they fit my strategy and whether I am keen to work for them.',
  },
  customer_focus_1: {
    nl: 'Ik weet welk gedrag mijn klanten van mij mogen verwachten, en ik vraag ze regelmatig om feedback daarop.',
    en: 'I know what behaviour my customers may expect from me, and I regularly ask them for feedback on it.',
  },
  customer_focus_2: 'hide',
  customer_focus_3: 'hide',
  customer_focus_4: 'hide',
  customer_focus_5: {
    nl: 'Mijn systemen en middelen, zoals telefonie, software en klantgegevens, helpen me om klanten snel en goed te helpen.',
    en: 'My systems and tools, such as phone, software and customer records, help me serve customers quickly and well.',
  },
  satisfaction_5: {
    nl: 'Na elke tevredenheidsmeting zet ik de uitkomsten op een rij en voer ik minstens één concrete verbetering door.',
    en: 'After every satisfaction survey I go through the results and put at least one concrete improvement in place.',
  },
  sales_4: 'hide',
  sales_5: {
    nl: 'Ik kan in één zin vertellen waar ik dit jaar in mijn verkoop op inzet en wat ik daarvoor van mezelf verwacht.',
    en: 'I can say in one sentence what my selling focuses on this year and what I expect of myself for it.',
  },
  relationships_1: {
    nl: 'Ik leg alle klantcontacten en afspraken vast in één systeem, niet alleen in mijn hoofd of in losse notities.',
    en: 'I record all customer contacts and agreements in one system, not just in my head or in loose notes.',
  },
};

/** Version 1 with the size rules applied; pure, so a test can check it against version 1 statement by statement. */
export function withSizeRules(v1: Survey, rules: Record<string, 'hide' | Localized>): Survey {
  return {
    ...v1,
    version: 2,
    sections: v1.sections.map((section) => ({
      ...section,
      questions: section.questions.flatMap((q) => {
        const rule = rules[q.id];
        if (!rule) return [q];
        const team = { ...q, showIf: forTeams };
        // help texts speak of the team wording; the solo statement stands on its own.
        return rule === 'hide' ? [team] : [team, { ...q, id: `${q.id}_solo`, text: rule, help: undefined, showIf: forSolo }];
      }),
    })),
  };
}

export const growthTestV2 = SurveySchema.parse(withSizeRules(growthTestV1, SOLO_WORDING));
