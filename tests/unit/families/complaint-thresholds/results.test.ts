import { describe, expect, test } from 'vitest';
import { applyOptions, buildResults, extractFacts, optionsSchema, templates } from '../../../../src/lib/families/complaint-thresholds/index.ts';
import { lowerMedian, pickLowerFirst } from '../../../../src/lib/families/complaint-thresholds/results.ts';
import { shareOf } from '../../../../src/lib/families/common/figures.ts';
import type { Answers } from '../../../../src/lib/surveys/answers.ts';
import { aggregate } from '../support/aggregate.ts';
import { WORKED } from './worked-example.ts';

const [template] = templates;
const options = optionsSchema.parse({ offeredChannels: ['email', 'phone', 'post'] });
const survey = applyOptions(template, options);
const results = (answers: Answers[]) =>
  buildResults(aggregate(survey, extractFacts, answers.map((a) => ({ answers: a }))), survey, options);


describe('the worked example (docs/scoring.md)', () => {
  const r = results(WORKED);

  test('funnel: 10 answered → 6 dissatisfied → 2 complained; the iceberg is 4 of 6', () => {
    expect(r.funnel).toEqual({
      respondents: 10,
      dissatisfied: { count: 6, of: 10, percent: 60 },
      complained: { count: 2, of: 6, percent: 33.3 },
      iceberg: { count: 4, of: 6, percent: 66.7 },
    });
    expect(r.headlineFigure).toEqual({ key: 'iceberg', value: 66.7, unit: 'percent', answers: 10 });
  });

  test('thresholds: action 2, entry 2, communication 1 of the 4 who gave reasons; the tie goes to action', () => {
    expect(r.thresholds).toEqual([
      { threshold: 'action', share: { count: 2, of: 4, percent: 50 } },
      { threshold: 'entry', share: { count: 2, of: 4, percent: 50 } },
      { threshold: 'communication', share: { count: 1, of: 4, percent: 25 } },
    ]);
    expect(r.lowerFirst).toBe('action');
  });

  test('the most-cited reason comes first; two action reasons count the customer once for action', () => {
    expect(r.barriers[0]).toEqual({ barrier: 'not_worth_it', threshold: 'action', share: { count: 2, of: 4, percent: 50 } });
    expect(r.barriers.find((b) => b.barrier === 'no_change_expected')!.share.count).toBe(1);
  });

  test.each([
    ['email', 7, true, false, 7, 'one_day'],
    ['phone', 5, true, false, 2, 'hours'],
    ['web_form', 3, false, true, 1, 'few_days'],
    ['social_media', 2, false, true, 1, 'hours'],
    ['post', 0, true, false, 0, null],
    ['chat', 0, false, false, 0, null],
  ] as const)('channel %s: wanted by %i of 10, offered %s, missing %s, reply median on %i answers: %s', (channel, wanted, offered, missing, answers, median) => {
    const c = r.channels.find((x) => x.channel === channel)!;
    expect(c).toMatchObject({ wanted: { count: wanted, of: 10 }, offered, missing, reply: { answers, median } });
  });

  test('channels most wanted first; what customers want and the company lacks, and the reverse', () => {
    expect(r.channels.map((c) => c.channel)).toEqual(['email', 'phone', 'web_form', 'social_media', 'post', 'chat', 'in_person']);
    expect(r.wantedNotOffered).toEqual(['social_media', 'web_form']);
    expect(r.offeredNotWanted).toEqual(['post']);
  });

  test('e-mail reply times: 2 within hours, 4 within a day, 1 within a few days', () => {
    const email = r.channels.find((c) => c.channel === 'email')!;
    expect(email.reply.distribution).toMatchObject({
      hours: { count: 2, of: 7, percent: 28.6 },
      one_day: { count: 4, of: 7, percent: 57.1 },
      few_days: { count: 1, of: 7, percent: 14.3 },
      week: { count: 0, of: 7, percent: 0 },
    });
  });
});

describe('funnel and iceberg edge cases', () => {
  test('nobody dissatisfied: no iceberg estimate (null, not 0) and no threshold', () => {
    const r = results([{ dissatisfied: 'no', channels: ['email'] }, { dissatisfied: 'no', channels: ['phone'] }]);
    expect(r.funnel).toEqual({
      respondents: 2,
      dissatisfied: { count: 0, of: 2, percent: 0 },
      complained: { count: 0, of: 0, percent: null },
      iceberg: { count: 0, of: 0, percent: null },
    });
    expect(r.lowerFirst).toBeNull();
    expect(r.headlineFigure.value).toBeNull();
  });

  test('everyone who was dissatisfied complained: the iceberg is 0%', () => {
    const r = results([{ dissatisfied: 'yes', complained: 'yes' }, { dissatisfied: 'no' }]);
    expect(r.funnel.iceberg).toEqual({ count: 0, of: 1, percent: 0 });
  });

  test('no answers at all: zero respondents, no shares, no months', () => {
    const r = results([]);
    expect(r.funnel.respondents).toBe(0);
    expect(r.funnel.dissatisfied.percent).toBeNull();
    expect(r.months).toEqual([]);
  });

  test('answers that do not belong are not counted: "complained" without dissatisfaction, reasons from a complainer', () => {
    const r = results([
      { dissatisfied: 'no', complained: 'no', barriers: ['other'] },
      { dissatisfied: 'yes', complained: 'yes', barriers: ['not_worth_it'] },
    ]);
    expect(r.funnel.iceberg).toEqual({ count: 0, of: 1, percent: 0 });
    expect(r.thresholds.every((t) => t.share.count === 0 && t.share.of === 0)).toBe(true);
  });

  test('"something else" is a reason but belongs to no threshold', () => {
    const r = results([{ dissatisfied: 'yes', complained: 'no', barriers: ['other'] }]);
    expect(r.barriers[0].share).toEqual({ count: 1, of: 1, percent: 100 });
    expect(r.lowerFirst).toBeNull();
  });
});

describe('the threshold to lower first', () => {
  const cited = (action: number, entry: number, communication: number) =>
    ([['action', action], ['entry', entry], ['communication', communication]] as const).map(([threshold, n]) => ({ threshold, share: shareOf(n, 10) }));
  test.each([
    [[3, 1, 1], 'action'],
    [[1, 3, 1], 'entry'],
    [[1, 1, 3], 'communication'],
    [[2, 2, 1], 'action'],
    [[0, 2, 2], 'entry'],
    [[2, 2, 2], 'action'],
    [[0, 0, 0], null],
  ] as const)('cited %j → %s', ([a, e, c], expected) => {
    expect(pickLowerFirst(cited(a, e, c))).toBe(expected);
  });
});

describe('lower median of reply times', () => {
  test.each([
    [[0, 0, 0, 0, 0], null],
    [[1, 0, 0, 0, 0], 0],
    [[1, 1, 0, 0, 0], 0],
    [[0, 1, 1, 1, 0], 2],
    [[2, 4, 1, 0, 0], 1],
  ])('%j → %s', (counts, median) => {
    expect(lowerMedian(counts)).toBe(median);
  });
});
