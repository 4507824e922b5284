/**
 * Complaint thresholds at completion: one response → the facts its
 * survey's results are counted from. Pure. docs/scoring.md has the rules.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Survey } from '../../surveys/schema.ts';
import type { Fact, ResponseFacts } from '../types.ts';
import { BARRIER_THRESHOLD, BARRIERS, CHANNELS, FACT, REPLY_TIMES, replyQuestionId, THRESHOLDS, type Barrier } from './model.ts';

const yesNo = (v: unknown) => (v === 'yes' ? 1 : v === 'no' ? 0 : null);
const listOf = (v: unknown) => (Array.isArray(v) ? v : []);

/**
 * Facts of one response:
 * - `answered` = 1, always;
 * - `dissatisfied` = 1 / 0, when answered;
 * - `complained` = 1 / 0, only from customers who were dissatisfied;
 * - for those who did not complain and gave reasons: `barriers_given` = 1, one `barrier` per reason
 *   (its index in BARRIERS) and one `threshold` per threshold those reasons belong to (its index in
 *   THRESHOLDS; two action reasons count the customer once for action);
 * - `channels_given` = 1 when any channel was chosen, and one `channel` per channel chosen (index in CHANNELS), and `reply.<channel>` = the index in
 *   REPLY_TIMES of the reply time expected on it.
 * `headline` is the first threshold this customer met (in THRESHOLDS order), or null.
 */
export function extractFacts(_survey: Survey, answers: Answers): ResponseFacts {
  const facts: Fact[] = [{ key: FACT.answered, value: 1 }];
  const dissatisfied = yesNo(answers.dissatisfied);
  if (dissatisfied !== null) facts.push({ key: FACT.dissatisfied, value: dissatisfied });
  const complained = dissatisfied === 1 ? yesNo(answers.complained) : null;
  if (complained !== null) facts.push({ key: FACT.complained, value: complained });

  const reasons = complained === 0 ? BARRIERS.filter((b) => listOf(answers.barriers).includes(b)) : [];
  const thresholds = THRESHOLDS.filter((t) => reasons.some((b: Barrier) => BARRIER_THRESHOLD[b] === t));
  if (reasons.length > 0) facts.push({ key: FACT.barriersGiven, value: 1 });
  for (const reason of reasons) facts.push({ key: FACT.barrier, value: BARRIERS.indexOf(reason) });
  for (const threshold of thresholds) facts.push({ key: FACT.threshold, value: THRESHOLDS.indexOf(threshold) });

  const channels = CHANNELS.filter((c) => listOf(answers.channels).includes(c));
  if (channels.length > 0) facts.push({ key: FACT.channelsGiven, value: 1 });
  for (const channel of channels) {
    facts.push({ key: FACT.channel, value: CHANNELS.indexOf(channel) });
    const reply = REPLY_TIMES.indexOf(answers[replyQuestionId(channel)] as never);
    if (reply >= 0) facts.push({ key: FACT.reply(channel), value: reply });
  }
  return { overall: null, headline: thresholds[0] ?? null, facts };
}
