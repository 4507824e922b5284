import { describe, expect, test } from 'vitest';
import {
  applyOptions,
  buildResults,
  extractFacts,
  MIN_TEAM_RESPONDENTS,
  optionsSchema,
  templates,
} from '../../../../src/lib/families/customer-focus/index.ts';
import { spreadLabel } from '../../../../src/lib/families/customer-focus/results.ts';
import type { Answers } from '../../../../src/lib/surveys/answers.ts';
import { aggregate } from '../support/aggregate.ts';

const [template] = templates;
const options = optionsSchema.parse({});
const survey = applyOptions(template, options);
const results = (responses: { month?: string; answers: Answers }[]) =>
  buildResults(aggregate(survey, extractFacts, responses), survey, options);
const shown = (r: ReturnType<typeof results>) => {
  if (r.status !== 'shown') throw new Error('results were withheld');
  return r;
};

// The worked example of docs/scoring.md: five employees; every other statement unanswered.
const pairs = (m: [number | 'dk', number | 'dk'], f: [number, number]): Answers => ({
  mission_1: m[0], mission_2: m[1], feedback_1: f[0], feedback_2: f[1], roles_1: 2, roles_2: 2,
});
const WORKED: Answers[] = [
  pairs([4, 4], [4, 4]),
  pairs([5, 4], [4, 4]),
  pairs([3, 'dk'], [3, 3]),
  pairs([2, 3], [4, 4]),
  pairs([4, 5], [4, 4]),
];

describe('the worked example (docs/scoring.md)', () => {
  const r = shown(results(WORKED.map((answers) => ({ answers }))));
  const condition = (id: string) => r.conditions.find((c) => c.condition === id)!;
  const level = (id: string) => r.levels.find((l) => l.level === id)!;

  test.each([
    ['mission', 67.5, 20.3, 'differs'],
    ['feedback', 70, 10, 'agrees'],
    ['roles', 25, 0, 'agrees'],
  ] as const)('condition %s: %s, spread %s (%s)', (id, score, sd, spread) => {
    expect(condition(id)).toMatchObject({ answers: 5, withheld: false, score, sd, spread });
  });

  test.each([
    ['i', 68.8, 13.1, 'agrees', 5],
    ['we', 25, 0, 'agrees', 5],
    ['organisation', null, null, null, 0],
  ] as const)('level %s: %s, spread %s (%s) on %i answers', (id, score, sd, spread, answers) => {
    expect(level(id)).toMatchObject({ score, sd, spread, answers, withheld: false });
  });

  test('overall is the mean of the level scores, weakest conditions first', () => {
    expect(r.overall).toBe(46.9);
    expect(r.weakestFirst).toEqual(['roles', 'mission', 'feedback']);
    expect(r.headlineFigure).toEqual({ key: 'customer_focus', value: 46.9, unit: 'score', answers: 5 });
  });
});

describe(`nothing is shown below ${MIN_TEAM_RESPONDENTS} employees`, () => {
  const team = (n: number) => Array.from({ length: n }, () => ({ answers: { mission_1: 4, mission_2: 4 } as Answers }));

  test.each([
    [0, 'withheld'],
    [4, 'withheld'],
    [5, 'shown'],
    [6, 'shown'],
  ] as const)('%i employees: %s', (n, status) => {
    const r = results(team(n));
    expect(r.status).toBe(status);
    expect(r.headlineFigure.answers).toBe(n);
    if (r.status === 'withheld') {
      // Only the count and the minimum: no score, no level, no condition.
      expect(r).toEqual({
        model: 'customer-focus',
        status: 'withheld',
        respondents: n,
        minimum: 5,
        headlineFigure: { key: 'customer_focus', value: null, unit: 'score', answers: n },
      });
    } else {
      expect(r.conditions.find((c) => c.condition === 'mission')).toMatchObject({ score: 75, answers: n });
    }
  });

  test('a condition only four employees answered on the scale is withheld, and left out of its level', () => {
    const responses = team(6).map(({ answers }, i) => ({ answers: { ...answers, ideas_1: i < 4 ? 1 : 'dk', ideas_2: i < 4 ? 1 : 'dk' } as Answers }));
    const r = shown(results(responses));
    expect(r.conditions.find((c) => c.condition === 'ideas')).toMatchObject({ answers: 4, withheld: true, score: null, sd: null });
    expect(r.levels.find((l) => l.level === 'i')!.score).toBe(75);
    expect(r.weakestFirst).toEqual(['mission']);
  });

  test.each([
    ['5 + 5', 5, 5, true],
    ['5 + 1', 5, 1, false],
    ['4 + 4', 4, 4, false],
  ])('per month (%s): trend shown %s', (_, jan, feb, trend) => {
    const r = shown(results([...team(jan).map((x) => ({ ...x, month: '2026-01' })), ...team(feb).map((x) => ({ ...x, month: '2026-02' }))]));
    expect(r.months !== null).toBe(trend);
    if (r.months) expect(r.months.map((m) => [m.month, m.respondents, m.overall])).toEqual([['2026-01', 5, 75], ['2026-02', 5, 75]]);
  });
});

describe('scoring rules', () => {
  test.each([
    [0, 'agrees'],
    [20, 'agrees'],
    [20.01, 'differs'],
    [35, 'differs'],
  ] as const)('a spread of %s points: %s', (sd, label) => {
    expect(spreadLabel(sd)).toBe(label);
  });

  test.each([
    [{ expected_behaviour_1: 5, expected_behaviour_2: 5 }, 50],
    [{ expected_behaviour_1: 5, expected_behaviour_2: 1 }, 100],
    [{ expected_behaviour_2: 2 }, 75],
    [{ expected_behaviour_1: 'dk', expected_behaviour_2: 'dk' }, null],
  ] as const)('a negatively worded statement counts the other way: %j → %s', (answers, score) => {
    const fact = extractFacts(survey, answers).facts.find((f) => f.key === 'condition.expected_behaviour');
    expect(fact?.value ?? null).toBe(score);
  });

  test('one employee\'s figures never leave the response: overall and headline are null', () => {
    expect(extractFacts(survey, WORKED[0])).toMatchObject({ overall: null, headline: null });
  });
});
