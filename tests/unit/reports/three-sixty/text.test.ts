import { describe, expect, test } from 'vitest';
import { CORE_NAMES_SHOWN, threeSixtyText } from '../../../../src/lib/reports/three-sixty/text.ts';
import type { ThreeSixtyReport } from '../../../../src/lib/server/three-sixty.ts';

const missing = { status: 'missing' } as const;

/** A report with only a segmentation of `core` core customers. */
function withCore(core: string[]): ThreeSixtyReport {
  const data = {
    customers: 10_000,
    revenue: { total: 1, customersFor80Pct: 2000, shareOfCustomersPct: 20 },
    profit: { totalPositive: 1, customersFor80Pct: 1500, shareOfCustomersPct: 15, lossMaking: [] },
    core,
  };
  return {
    company: { id: 'c1', name: 'Hotel' },
    growthTest: missing,
    segmentation: { status: 'present', data },
    canvas: missing,
    satisfaction: missing,
    complaints: missing,
    team: missing,
    comparisons: [],
    calledOut: [],
    comments: [],
    mayComment: false,
  } as unknown as ThreeSixtyReport;
}

const segmentationLines = (report: ThreeSixtyReport) => threeSixtyText(report, 'en', { isConsultant: true }).sections.find((s) => s.key === 'segmentation')!.lines;

describe('the 360° report names a few core customers, not thousands', () => {
  test(`up to ${CORE_NAMES_SHOWN} are all named`, () => {
    const names = Array.from({ length: CORE_NAMES_SHOWN }, (_, i) => `Klant ${i + 1}`);
    expect(segmentationLines(withCore(names)).at(-1)).toBe(`Core customers: ${names.join(', ')}.`);
  });

  test('beyond that, the first ten and how many more', () => {
    const names = Array.from({ length: 4000 }, (_, i) => `Klant ${i + 1}`);
    const line = segmentationLines(withCore(names)).at(-1)!;
    expect(line).toBe(`Core customers: ${names.slice(0, 10).join(', ')} and 3,990 more (all of them on the segmentation page).`);
  });
});
