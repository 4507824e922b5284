/**
 * Complaint-threshold results from aggregated facts: the funnel from
 * respondents to complaints, the iceberg (dissatisfaction that never
 * reaches the company), the threshold to lower first, and per channel how
 * many customers want it, how soon they expect a reply and whether the
 * company offers it. Pure; words per language live in ./texts.ts.
 */
import type { Survey } from '../../surveys/schema.ts';
import { countAt, countOf, inMonth, monthsOf, tally } from '../common/counts.ts';
import { shareOf, type HeadlineFigure, type Share } from '../common/figures.ts';
import type { FactCount } from '../types.ts';
import {
  BARRIER_THRESHOLD,
  BARRIERS,
  CHANNELS,
  FACT,
  MODEL,
  REPLY_TIMES,
  THRESHOLDS,
  type Barrier,
  type Channel,
  type ReplyTime,
  type Threshold,
} from './model.ts';
import type { ComplaintOptions } from './options.ts';

export interface Funnel {
  respondents: number;
  /** Of those who answered the question: dissatisfied in the past year. */
  dissatisfied: Share;
  /** Of the dissatisfied who answered the question: let the company know. */
  complained: Share;
  /** The iceberg: of the same base, did NOT let the company know. null percent with nobody dissatisfied. */
  iceberg: Share;
}

export interface ChannelFigure {
  channel: Channel;
  /** Of the customers who chose any channel. */
  wanted: Share;
  offered: boolean;
  /** Customers want it, the company does not offer it. */
  missing: boolean;
  reply: {
    answers: number;
    distribution: Record<ReplyTime, Share>;
    /** The lower median: the fastest reply time that at least half of the answers ask for or faster. */
    median: ReplyTime | null;
  };
}

export interface ComplaintResults {
  model: typeof MODEL;
  funnel: Funnel;
  /** Per threshold, how many non-complainers gave a reason belonging to it, of those who gave any reason. */
  thresholds: { threshold: Threshold; share: Share }[];
  /** The most-cited threshold; a tie goes to the one met first (action, entry, communication). null without reasons. */
  lowerFirst: Threshold | null;
  /** Reasons, most cited first (ties in the order asked). */
  barriers: { barrier: Barrier; threshold: Threshold | null; share: Share }[];
  /** Most wanted first (ties in the order asked). */
  channels: ChannelFigure[];
  wantedNotOffered: Channel[];
  offeredNotWanted: Channel[];
  months: { month: string; funnel: Funnel }[];
  headlineFigure: HeadlineFigure;
}

function funnelFrom(counts: FactCount[]): Funnel {
  const dissatisfied = countAt(counts, FACT.dissatisfied, 1);
  const answeredComplained = countOf(counts, FACT.complained);
  return {
    respondents: countOf(counts, FACT.answered),
    dissatisfied: shareOf(dissatisfied, countOf(counts, FACT.dissatisfied)),
    complained: shareOf(countAt(counts, FACT.complained, 1), answeredComplained),
    iceberg: shareOf(countAt(counts, FACT.complained, 0), answeredComplained),
  };
}

/**
 * The threshold to lower first: the one most non-complainers ran into. A
 * tie goes to the threshold met first on the way to a complaint: a customer
 * stopped at an earlier one never reaches the later ones.
 */
export function pickLowerFirst(cited: { threshold: Threshold; share: Share }[]): Threshold | null {
  const best = cited.reduce<{ threshold: Threshold; share: Share } | null>(
    (top, t) => (t.share.count > (top?.share.count ?? 0) ? t : top),
    null,
  );
  return best?.threshold ?? null;
}

/** The lower median of an ordered distribution (index → count); null without answers. */
export function lowerMedian(counts: number[]): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  let cumulative = 0;
  return counts.findIndex((c) => (cumulative += c) >= n / 2);
}

function channelFrom(counts: FactCount[], channel: Channel, offered: boolean): ChannelFigure {
  const wanted = shareOf(countAt(counts, FACT.channel, CHANNELS.indexOf(channel)), countOf(counts, FACT.channelsGiven));
  const replies = tally(counts, FACT.reply(channel));
  const perTime = REPLY_TIMES.map((_, i) => replies.get(i) ?? 0);
  const answers = perTime.reduce((a, b) => a + b, 0);
  const median = lowerMedian(perTime);
  return {
    channel,
    wanted,
    offered,
    missing: wanted.count > 0 && !offered,
    reply: {
      answers,
      distribution: Object.fromEntries(REPLY_TIMES.map((t, i) => [t, shareOf(perTime[i], answers)])) as Record<ReplyTime, Share>,
      median: median === null ? null : REPLY_TIMES[median],
    },
  };
}

/** Largest count first; equal counts keep the order asked (Array.prototype.sort is stable). */
const mostFirst = <T>(items: T[], count: (item: T) => number) => [...items].sort((a, b) => count(b) - count(a));

export function buildResults(counts: FactCount[], _survey: Survey, options: ComplaintOptions): ComplaintResults {
  const gave = countOf(counts, FACT.barriersGiven);
  const thresholds = THRESHOLDS.map((threshold, i) => ({ threshold, share: shareOf(countAt(counts, FACT.threshold, i), gave) }));
  const barriers = BARRIERS.map((barrier, i) => ({
    barrier,
    threshold: BARRIER_THRESHOLD[barrier] as Threshold | null,
    share: shareOf(countAt(counts, FACT.barrier, i), gave),
  }));
  const channels = CHANNELS.map((c) => channelFrom(counts, c, options.offeredChannels.includes(c)));
  const funnel = funnelFrom(counts);
  return {
    model: MODEL,
    funnel,
    thresholds,
    lowerFirst: pickLowerFirst(thresholds),
    barriers: mostFirst(barriers, (b) => b.share.count),
    channels: mostFirst(channels, (c) => c.wanted.count),
    wantedNotOffered: channels.filter((c) => c.missing).map((c) => c.channel),
    offeredNotWanted: channels.filter((c) => c.offered && c.wanted.count === 0).map((c) => c.channel),
    months: monthsOf(counts).map((month) => ({ month, funnel: funnelFrom(inMonth(counts, month)) })),
    headlineFigure: { key: 'iceberg', value: funnel.iceberg.percent, unit: 'percent', answers: funnel.respondents },
  };
}
