/** The worked example of docs/scoring.md, shared by the results and PDF tests. */
import type { Answers } from '../../../../src/lib/surveys/answers.ts';

// The worked example of docs/scoring.md: ten customers.
export const WORKED: Answers[] = [
  { dissatisfied: 'yes', complained: 'yes', channels: ['phone', 'email'], reply_email: 'one_day', reply_phone: 'hours' },
  { dissatisfied: 'yes', complained: 'yes', channels: ['email'], reply_email: 'hours' },
  { dissatisfied: 'yes', complained: 'no', barriers: ['not_worth_it', 'no_change_expected'], channels: ['email', 'social_media'], reply_email: 'one_day', reply_social_media: 'hours' },
  { dissatisfied: 'yes', complained: 'no', barriers: ['did_not_know_where'], channels: ['email', 'web_form'], reply_email: 'one_day', reply_web_form: 'few_days' },
  { dissatisfied: 'yes', complained: 'no', barriers: ['not_worth_it', 'could_not_reach'], channels: ['phone', 'email'], reply_email: 'one_day', reply_phone: 'hours' },
  { dissatisfied: 'yes', complained: 'no', barriers: ['not_taken_seriously'], channels: ['email'], reply_email: 'few_days' },
  { dissatisfied: 'no', channels: ['phone', 'email'], reply_email: 'hours' },
  { dissatisfied: 'no', channels: ['phone'] },
  { dissatisfied: 'no', channels: ['social_media', 'web_form'] },
  { dissatisfied: 'no', channels: ['phone', 'web_form'] },
];
