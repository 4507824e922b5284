import { describe, expect, test } from 'vitest';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { AREA_ADVICE } from '../../../src/lib/families/growth-test/advice.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { WORKED_EXAMPLE } from '../fixtures/worked-example.ts';

const noPeers = { group: null, percentiles: {} };

describe('the Growth Test report', () => {
  test('names the opportunity with the steps and SMART goal for its level', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'nl', noPeers);
    expect(report.opportunity?.name).toBe(AREA_ADVICE.core_customers.name.nl);
    expect(report.opportunity?.steps).toEqual(AREA_ADVICE.core_customers.steps.starting.map((s) => s.nl));
    expect(report.opportunity?.smartGoal).toBe(AREA_ADVICE.core_customers.smartGoal.starting.nl);
    expect(report.opportunity?.rule).toContain('35');
  });

  test('speaks English when asked, with the profile from the context answers', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'en', noPeers);
    expect(report.opportunity?.name).toBe(AREA_ADVICE.core_customers.name.en);
    expect(report.profile).toHaveLength(4);
    expect(report.peerNote).toMatch(/Too few comparable tests/);
  });

  test('an unscored area has no level, no steps, and a gap in the chart', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'nl', noPeers);
    const branding = report.areas.find((a) => a.area === 'branding')!;
    expect(branding).toMatchObject({ score: null, level: null, steps: [] });
    expect(report.chart.scores[report.areas.indexOf(branding)]).toBeNull();
    expect(report.chart.labels).toHaveLength(9);
  });

  test('shows a percentile only for areas with enough peers, naming the group honestly', () => {
    const peers = { group: { kind: 'sector' as const, count: 31 }, percentiles: { ambition: 64 } };
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'nl', peers);
    expect(report.areas.find((a) => a.area === 'ambition')!.comparison).toBe('Hoger dan 64% van bedrijven in jouw sector (31)');
    expect(report.areas.find((a) => a.area === 'sales')!.comparison).toBeNull();
  });
});
