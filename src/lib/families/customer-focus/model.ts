/**
 * The customer-focus model (domain brief, section 4): conditions for
 * customer-focused work at three levels, I, we and the organisation,
 * answered anonymously by the employees of one company.
 */

/** The scoring model this family implements (the registry's key). */
export const MODEL = 'customer-focus' as const;
export const TEMPLATE_ID = 'customer-focus';

export const LEVELS = ['i', 'we', 'organisation'] as const;
export type Level = (typeof LEVELS)[number];

/** Every condition with its level, in the order asked. */
export const CONDITION_LEVEL = {
  mission: 'i',
  expected_behaviour: 'i',
  direction: 'i',
  feedback: 'i',
  example: 'i',
  support: 'i',
  ideas: 'i',
  roles: 'we',
  chains: 'we',
  handovers: 'we',
  media: 'we',
  peer_feedback: 'we',
  leadership: 'organisation',
  means: 'organisation',
  history: 'organisation',
  uncertainty: 'organisation',
  listening: 'organisation',
} as const satisfies Record<string, Level>;
export type Condition = keyof typeof CONDITION_LEVEL;
export const CONDITIONS = Object.keys(CONDITION_LEVEL) as Condition[];

export const conditionsOf = (level: Level) => CONDITIONS.filter((c) => CONDITION_LEVEL[c] === level);

/**
 * Nothing of a team survey is shown while fewer employees than this have
 * answered, and no figure rests on fewer: with three or four colleagues a
 * manager can often tell who said what.
 */
export const MIN_TEAM_RESPONDENTS = 5;

/**
 * Spread rule: a standard deviation up to 20 points (on 0–100) reads as
 * "the team agrees". One step on the five-point scale is 25 points, so
 * below 20 most answers lie within one step of each other.
 */
export const AGREE_MAX_SD = 20;

/** Fact keys this family writes (see scoring.ts). */
export const FACT = {
  answered: 'answered',
  condition: (c: Condition) => `condition.${c}`,
  level: (l: Level) => `level.${l}`,
} as const;
