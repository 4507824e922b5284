import { describe, expect, test } from 'vitest';
import { growthTestV1 } from '../../../src/lib/families/growth-test/definition.ts';
import { SOLO_WORDING, TEAM_BANDS, growthTestV2 } from '../../../src/lib/families/growth-test/definition-v2.ts';
import { scoreGrowthTest } from '../../../src/lib/families/growth-test/scoring.ts';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { currentSurvey, GROWTH_TEST_ID } from '../../../src/lib/families/index.ts';
import { pruneAnswers, visibleQuestions } from '../../../src/lib/surveys/engine.ts';
import type { Answers } from '../../../src/lib/surveys/answers.ts';

const statementsSeen = (employees: string) =>
  growthTestV2.sections.flatMap((s) => visibleQuestions(s, { employees })).filter((q) => q.type === 'agreement');

/** Words that speak of staff and teams, in either language. */
const TEAM_WORDS = /medewerker|collega|\bteam|iedereen|elkaar|employee|colleague|everyone|each other|our people/i;

describe('Growth Test version 2: size-aware', () => {
  test('new tests get version 2; version 1 stays for the answers given on it', () => {
    expect(currentSurvey(GROWTH_TEST_ID)!.version).toBe(2);
    expect(growthTestV1.version).toBe(1);
  });

  test.each(TEAM_BANDS)('a business of %s people sees exactly the statements of version 1, word for word', (employees) => {
    const v1 = growthTestV1.sections.flatMap((s) => s.questions).filter((q) => q.type === 'agreement');
    expect(statementsSeen(employees).map((q) => [q.id, q.text])).toEqual(v1.map((q) => [q.id, q.text]));
  });

  test('a solo owner never sees a statement about staff or teams, in either language', () => {
    const seen = statementsSeen('1');
    for (const q of seen) {
      expect(q.text.nl, q.id).not.toMatch(TEAM_WORDS);
      expect(q.text.en, q.id).not.toMatch(TEAM_WORDS);
    }
    const hidden = Object.entries(SOLO_WORDING).filter(([, rule]) => rule === 'hide').map(([id]) => id);
    expect(hidden).toEqual(['customer_focus_2', 'customer_focus_3', 'customer_focus_4', 'sales_4']);
    expect(seen).toHaveLength(45 - hidden.length);
    expect(seen.map((q) => q.id)).toContain('customer_focus_1_solo');
    expect(seen.map((q) => q.id)).not.toContain('customer_focus_1');
  });

  test('every statement of version 1 that speaks of staff or teams has a rule', () => {
    const team = growthTestV1.sections.flatMap((s) => s.questions).filter((q) => q.type === 'agreement' && (TEAM_WORDS.test(q.text.nl) || TEAM_WORDS.test(q.text.en)));
    expect(team.map((q) => q.id).filter((id) => !(id in SOLO_WORDING))).toEqual([]);
  });
});

describe('scoring a solo owner', () => {
  /** Every shown statement answered `value`, plus what the caller adds. */
  function soloAnswers(value: number, extra: Answers = {}): Answers {
    const answers: Answers = { sector: 'retail', employees: '1' };
    for (const q of statementsSeen('1')) answers[q.id] = q.type === 'agreement' && q.reverse ? 6 - value : value;
    return { ...answers, ...extra };
  }

  test('an area is the mean of the statements shown; hidden ones count neither as zero nor in the total', () => {
    const score = scoreGrowthTest(growthTestV2, soloAnswers(4, { customer_focus_1_solo: 2 }));
    // customer focus: shown _1_solo (25) and _5_solo (75): (25 + 75) / 2 = 50, total 2, not thin.
    expect(score.areas.find((a) => a.area === 'customer_focus')).toMatchObject({ score: 50, answered: 2, total: 2, thin: false });
    expect(score.areas.find((a) => a.area === 'sales')).toMatchObject({ score: 75, answered: 4, total: 4 });
  });

  test('answers a solo owner could not have given (team statements) are pruned before they are stored, and never scored', () => {
    const stray = soloAnswers(4, { customer_focus_2: 1, customer_focus_3: 1 });
    expect(pruneAnswers(growthTestV2, stray)).not.toHaveProperty('customer_focus_2');
    expect(scoreGrowthTest(growthTestV2, stray).areas.find((a) => a.area === 'customer_focus')!.score).toBe(75);
  });

  test('the report quotes the solo wording the respondent saw', () => {
    const answers = soloAnswers(4, { customer_focus_1_solo: 1, customer_focus_5_solo: 1 });
    const report = buildGrowthReport(growthTestV2, answers, 'en', { group: null, percentiles: {} });
    expect(report.opportunity!.area).toBe('customer_focus');
    expect(report.opportunity!.weakest.map((w) => w.text)).toEqual([
      (SOLO_WORDING.customer_focus_1 as { en: string }).en,
      (SOLO_WORDING.customer_focus_5 as { en: string }).en,
    ]);
  });
});

describe('advice for a solo owner', () => {
  // Every answer value from 1 to 5 to every statement: together every area reaches every level. Each
  // area's steps, and the opportunity's why and SMART goal, in either language.
  test('at every level, no "why", step or goal speaks of staff or teams', () => {
    const levels = new Set<string>();
    for (const value of [1, 2, 3, 4, 5]) {
      for (const locale of ['nl', 'en'] as const) {
        const answers: Answers = { sector: 'retail', employees: '1' };
        for (const q of statementsSeen('1')) answers[q.id] = q.type === 'agreement' && q.reverse ? 6 - value : value;
        const report = buildGrowthReport(growthTestV2, answers, locale, { group: null, percentiles: {} });
        for (const area of report.areas) {
          if (area.level) levels.add(area.level);
          for (const step of area.steps) expect(step, `${area.area} ${area.level} ${locale}`).not.toMatch(TEAM_WORDS);
        }
        if (report.opportunity) {
          expect(report.opportunity.why).not.toMatch(TEAM_WORDS);
          expect(report.opportunity.smartGoal).not.toMatch(TEAM_WORDS);
        }
      }
    }
    expect([...levels].sort()).toEqual(['developing', 'established', 'leading', 'starting']);
  });

  // The opportunity's why for each area in turn: the area answered lowest, everything else at the top.
  test.each(['ambition', 'customer_focus'] as const)('the why of %s for a solo owner has no team words', (area) => {
    const answers: Answers = { sector: 'retail', employees: '1' };
    for (const q of statementsSeen('1')) {
      const value = q.id.startsWith(area) ? 1 : 5;
      answers[q.id] = q.type === 'agreement' && q.reverse ? 6 - value : value;
    }
    for (const locale of ['nl', 'en'] as const) {
      const report = buildGrowthReport(growthTestV2, answers, locale, { group: null, percentiles: {} });
      expect(report.opportunity?.area).toBe(area);
      expect(report.opportunity!.why).not.toMatch(TEAM_WORDS);
    }
  });

  test('a team keeps the team advice', () => {
    const answers: Answers = { sector: 'retail', employees: '2-9' };
    for (const q of statementsSeen('2-9')) answers[q.id] = q.type === 'agreement' && q.reverse ? 5 : 1;
    const report = buildGrowthReport(growthTestV2, answers, 'en', { group: null, percentiles: {} });
    expect(report.areas.find((a) => a.area === 'customer_focus')!.steps.join(' ')).toMatch(TEAM_WORDS);
  });
});

describe('advice per size band', () => {
  /** Every statement `value`, the area `weakest` answered 1 (so it is the opportunity). */
  function bandAnswers(employees: string, value: number, weakest = 'ambition'): Answers {
    const answers: Answers = { sector: 'retail', employees };
    for (const q of statementsSeen(employees)) {
      const v = q.id.startsWith(weakest) ? 1 : value;
      answers[q.id] = q.type === 'agreement' && q.reverse ? 6 - v : v;
    }
    return answers;
  }
  const noPeers = { group: null, percentiles: {} };

  test.each(['nl', 'en'] as const)('each band with staff gets its own note on how to organise the steps, naming the area (%s)', (locale) => {
    const notes = ['2-9', '10-49', '50-249', '250-plus'].map((band) => buildGrowthReport(growthTestV2, bandAnswers(band, 5), locale, noPeers).opportunity!);
    for (const o of notes) expect(o.sizeNote).toContain(o.name.charAt(0).toLowerCase() + o.name.slice(1));
    expect(new Set(notes.map((o) => o.sizeNote)).size).toBe(3);
    // 50 to 249 and 250 or more share the pilot advice; a one-person business and an unknown size get none.
    expect(notes[2]!.sizeNote).toBe(notes[3]!.sizeNote);
    expect(buildGrowthReport(growthTestV2, bandAnswers('1', 5), locale, noPeers).opportunity!.sizeNote).toBeNull();
    const unknownSize = bandAnswers('2-9', 5);
    delete unknownSize.employees;
    expect(buildGrowthReport(growthTestV1, unknownSize, locale, noPeers).opportunity!.sizeNote).toBeNull();
  });

  test('a small team is not told about team leads; a business of 10 or more is', () => {
    // Ambition at "leading" everywhere: its second step and SMART goal are the ones about team leads.
    const leads = /team ?lead|teamleider/i;
    // Every statement at the top but one of ambition a step lower: ambition still "leading", and the only gap left.
    const leadingAmbition = (employees: string) => {
      const answers = bandAnswers(employees, 5, 'none');
      const first = statementsSeen(employees).find((q) => q.id.startsWith('ambition') && q.type === 'agreement' && !q.reverse)!;
      return buildGrowthReport(growthTestV2, { ...answers, [first.id]: 4 }, 'en', noPeers);
    };
    const small = leadingAmbition('2-9');
    const ambition = small.areas.find((a) => a.area === 'ambition')!;
    expect(ambition.level).toBe('leading');
    expect(small.opportunity!.area).toBe('ambition');
    expect(ambition.steps.join(' ')).not.toMatch(leads);
    expect(ambition.steps.join(' ')).toContain('everyone in the team');
    expect(small.opportunity!.smartGoal).not.toMatch(leads);
    expect(small.opportunity!.smartGoal).toContain('everyone in the team');
    const medium = leadingAmbition('10-49');
    expect(medium.areas.find((a) => a.area === 'ambition')!.steps.join(' ')).toMatch(leads);
    expect(medium.opportunity!.smartGoal).toMatch(leads);
  });
});

describe('advice per sector', () => {
  const sectors = (growthTestV2.sections.flatMap((s) => s.questions).find((q) => q.id === 'sector') as { options: { value: string }[] }).options.map((o) => o.value);
  /** A business whose weakest area is `area`, everything else at the top. */
  function weakIn(sector: string, employees: string, area: string): Answers {
    const answers: Answers = { sector, employees };
    for (const q of statementsSeen(employees)) {
      const v = q.id.startsWith(area) ? 1 : 5;
      answers[q.id] = q.type === 'agreement' && q.reverse ? 6 - v : v;
    }
    return answers;
  }
  const noPeers = { group: null, percentiles: {} };

  test('every named sector has its own note per kind of area, in both languages; "other" has none', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const area of ['core_customers', 'sales', 'ambition'] as const) {
        const notes = sectors.map((sector) => buildGrowthReport(growthTestV2, weakIn(sector, '2-9', area), locale, noPeers).opportunity!);
        for (const o of notes) expect(o.area).toBe(area);
        const named = notes.slice(0, -1).map((o) => o.sectorNote);
        expect(sectors.at(-1)).toBe('other');
        expect(notes.at(-1)!.sectorNote).toBeNull();
        expect(named.every((n) => typeof n === 'string' && n.length > 40)).toBe(true);
        expect(new Set(named).size).toBe(named.length);
      }
    }
  });

  test('areas of one kind share the note; the three kinds differ', () => {
    const note = (area: string) => buildGrowthReport(growthTestV2, weakIn('construction', '10-49', area), 'en', noPeers).opportunity!.sectorNote;
    expect(note('satisfaction')).toBe(note('complaints'));
    expect(note('branding')).toBe(note('sales'));
    expect(new Set([note('core_customers'), note('sales'), note('business_model')]).size).toBe(3);
    expect(note('core_customers')).toMatch(/^In construction and installation/);
  });

  test('a one-person business gets the sector note too, and it never speaks of staff', () => {
    for (const sector of sectors.slice(0, -1)) {
      for (const area of ['core_customers', 'sales', 'ambition'] as const) {
        for (const locale of ['nl', 'en'] as const) {
          const note = buildGrowthReport(growthTestV2, weakIn(sector, '1', area), locale, noPeers).opportunity!.sectorNote;
          expect(note, `${sector} ${area} ${locale}`).not.toBeNull();
          expect(note).not.toMatch(TEAM_WORDS);
        }
      }
    }
  });
});
