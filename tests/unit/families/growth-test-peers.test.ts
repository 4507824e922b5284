import { describe, expect, test } from 'vitest';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { WORKED_EXAMPLE } from '../fixtures/worked-example.ts';

describe('the report names its peer group plainly', () => {
  test('sector and size together: named so, with the mean as the radar line', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'en', {
      group: { kind: 'sector+size_band', count: 31 },
      percentiles: { ambition: 40 },
      averages: { ambition: 61.5 },
    });
    expect(report.peerNote).toBe('Compared with businesses in your sector and of your size (31).');
    expect(report.areas.find((a) => a.area === 'ambition')?.comparison).toBe('Higher than 40% of businesses in your sector and of your size (31)');
    expect(report.chart.peers?.label).toBe('average of businesses in your sector and of your size (31)');
    // One value per area, in the chart's order; areas without enough peers have none.
    expect(report.chart.peers?.data).toHaveLength(report.chart.labels.length);
    expect(report.chart.peers?.data.filter((v) => v !== null)).toEqual([61.5]);
  });

  test('a wider group than wanted is said plainly', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'nl', {
      group: { kind: 'size_band', count: 24 },
      percentiles: { ambition: 40 },
      averages: { ambition: 50 },
      wanted: 'sector+size_band',
    });
    expect(report.peerNote).toBe(
      'Van bedrijven in jouw sector en van jouw omvang deden er nog geen 20 de test, te weinig voor een eerlijke vergelijking. Vergeleken met bedrijven van jouw omvang (24).',
    );
  });

  test('without a comparison: no line on the radar and the plain note', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'en', { group: null, percentiles: {} });
    expect(report.chart.peers).toBeUndefined();
    expect(report.peerNote).toBe('Too few comparable tests yet for a fair comparison (at least 20).');
  });
});
