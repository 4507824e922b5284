/**
 * The customer-satisfaction model's fixed lists. Facts store a position in
 * these lists, so they are append-only: reordering them would change the
 * meaning of every fact already stored.
 */

/** The scoring model this family implements (the registry's key). */
export const MODEL = 'customer-satisfaction' as const;
export const TEMPLATE_ID = 'customer-satisfaction';

/** What a customer got weighed against what they expected, worst first. */
export const EXPECTATIONS = ['less', 'as', 'more'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** Service levels worth asking about (domain brief, section 5); each can be switched off by the owner. */
export const SERVICE_LEVELS = ['complaints', 'quality', 'communication', 'management_info', 'costs'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const serviceQuestionId = (level: ServiceLevel) => `service_${level}`;

/** NPS categories on the 0–10 scale: detractors 0–6, passives 7–8, promoters 9–10. */
export const PASSIVE_FROM = 7;
export const PROMOTER_FROM = 9;

/**
 * Below this many answers to the 0–10 question an NPS moves by many points
 * with a handful of customers, and the results say so in plain words. 30 is
 * the usual rule of thumb for a sample large enough to read a share from.
 */
export const NPS_MIN_RELIABLE_ANSWERS = 30;

/** z for a two-sided 95% interval. */
export const Z_95 = 1.96;

/** Fact keys this family writes (see scoring.ts). */
export const FACT = {
  answered: 'answered',
  expectation: 'expectation',
  recommend: 'recommend',
  satisfiedNotLoyal: 'satisfied_not_loyal',
  service: (level: ServiceLevel) => `service.${level}`,
} as const;
