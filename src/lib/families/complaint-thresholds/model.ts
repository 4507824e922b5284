/**
 * The complaint-threshold model's fixed lists and the mapping of reasons to
 * thresholds. Facts store a position in these lists, so they are
 * append-only: reordering would change the meaning of stored facts.
 */

/** The scoring model this family implements (the registry's key). */
export const MODEL = 'complaint-thresholds' as const;
export const TEMPLATE_ID = 'complaint-thresholds';

/**
 * The three complaint thresholds, in the order a customer meets them: first
 * deciding it is worth it (action), then finding where and how (entry),
 * then facing how they will be treated (communication).
 */
export const THRESHOLDS = ['action', 'entry', 'communication'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** Why a dissatisfied customer did not complain, each mapped to the threshold it belongs to (null: none of them). */
export const BARRIER_THRESHOLD = {
  not_worth_it: 'action',
  no_change_expected: 'action',
  too_much_time: 'action',
  did_not_know_where: 'entry',
  could_not_reach: 'entry',
  channel_not_offered: 'entry',
  not_taken_seriously: 'communication',
  bad_experience: 'communication',
  awkward_conversation: 'communication',
  other: null,
} as const satisfies Record<string, Threshold | null>;
export type Barrier = keyof typeof BARRIER_THRESHOLD;
export const BARRIERS = Object.keys(BARRIER_THRESHOLD) as Barrier[];

/** Ways to complain, asked of customers; the owner says which the company offers. */
export const CHANNELS = ['post', 'phone', 'email', 'social_media', 'web_form', 'chat', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Expected reply time, fastest first. */
export const REPLY_TIMES = ['hours', 'one_day', 'few_days', 'week', 'longer'] as const;
export type ReplyTime = (typeof REPLY_TIMES)[number];

export const replyQuestionId = (channel: Channel) => `reply_${channel}`;

/** Fact keys this family writes (see scoring.ts). */
export const FACT = {
  answered: 'answered',
  dissatisfied: 'dissatisfied',
  complained: 'complained',
  barriersGiven: 'barriers_given',
  barrier: 'barrier',
  threshold: 'threshold',
  channelsGiven: 'channels_given',
  channel: 'channel',
  reply: (channel: Channel) => `reply.${channel}`,
} as const;
