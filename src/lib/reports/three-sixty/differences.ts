/**
 * The heart of the 360° report: the entrepreneur's own Growth Test scores
 * set beside what their staff and their customers said, on one scale.
 * Pure: no database, no locale. docs/scoring.md ("The 360° growth report")
 * defines the scale and works an example by hand.
 *
 * The common scale is 0–100, 100 the best a company can be seen:
 * - a Growth Test area score as it is (0–100);
 * - a customer-focus level score of the team (I / we / organisation) as it is (0–100);
 * - the NPS (−100 to 100) as (NPS + 100) / 2;
 * - the expectation outcome as the percentage of customers for whom the
 *   company met or exceeded their expectations;
 * - complaint handling as the percentage of dissatisfied customers who let
 *   the company know (100 minus the iceberg).
 * Difference = own view − the other view, in points: positive means the
 * entrepreneur sees it more brightly than the others do.
 */
import { roundTo1 } from '../../families/common/figures.ts';
import { THREE_SIXTY_NOTABLE_GAP_POINTS } from '../../limits.ts';

/** The Growth Test areas the 360° report sets beside others' views. */
export const COMPARED_AREAS = ['customer_focus', 'satisfaction', 'complaints'] as const;
export type ComparedArea = (typeof COMPARED_AREAS)[number];

/** Whose view, on which figure. */
export const OTHER_VIEWS = ['staff-i', 'staff-we', 'staff-organisation', 'customers-nps', 'customers-expectation', 'customers-complained'] as const;
export type OtherView = (typeof OTHER_VIEWS)[number];

/** Which own score each other view is set beside. */
export const VIEW_AREA: Record<OtherView, ComparedArea> = {
  'staff-i': 'customer_focus',
  'staff-we': 'customer_focus',
  'staff-organisation': 'customer_focus',
  'customers-nps': 'satisfaction',
  'customers-expectation': 'satisfaction',
  'customers-complained': 'complaints',
};

export interface ViewsInput {
  /** Own Growth Test area scores (0–100); null without a completed test or an area answered only "don't know". */
  self: Record<ComparedArea, number | null>;
  /** The team's level scores (0–100); null when withheld (fewer than five answers) or without a team survey. */
  staff: { i: number | null; we: number | null; organisation: number | null } | null;
  /** NPS −100..100; expectation met-or-exceeded and complained-when-dissatisfied in percent; null where unknown. */
  customers: { nps: number | null; expectationMetPct: number | null; complainedPct: number | null } | null;
}

export interface ViewComparison {
  view: OtherView;
  area: ComparedArea;
  /** Own view on the common scale; null when unknown. */
  self: number | null;
  /** The other view on the common scale; null when unknown. */
  other: number | null;
  /** self − other, one decimal; null when either side is unknown. */
  difference: number | null;
  /** |difference| ≥ THREE_SIXTY_NOTABLE_GAP_POINTS. */
  notable: boolean;
}

/** Expectation met or exceeded, in percent of the customers who answered the question; null without answers. */
export function expectationMetPct(expectation: Record<'less' | 'as' | 'more', { count: number; of: number }>): number | null {
  const base = expectation.as.of;
  return base > 0 ? ((expectation.as.count + expectation.more.count) / base) * 100 : null;
}

/** NPS (−100..100) on the common 0–100 scale. */
export const npsOnScale = (nps: number) => (nps + 100) / 2;

function otherValue(view: OtherView, input: ViewsInput): number | null {
  const { staff, customers } = input;
  switch (view) {
    case 'staff-i':
      return staff?.i ?? null;
    case 'staff-we':
      return staff?.we ?? null;
    case 'staff-organisation':
      return staff?.organisation ?? null;
    case 'customers-nps':
      return customers?.nps == null ? null : npsOnScale(customers.nps);
    case 'customers-expectation':
      return customers?.expectationMetPct ?? null;
    case 'customers-complained':
      return customers?.complainedPct ?? null;
  }
}

/** Every pair, in the order of OTHER_VIEWS. */
export function compareViews(input: ViewsInput): ViewComparison[] {
  return OTHER_VIEWS.map((view) => {
    const area = VIEW_AREA[view];
    const self = input.self[area];
    const other = otherValue(view, input);
    const difference = self === null || other === null ? null : roundTo1(self - other);
    return { view, area, self, other: other === null ? null : roundTo1(other), difference, notable: difference !== null && Math.abs(difference) >= THREE_SIXTY_NOTABLE_GAP_POINTS };
  });
}

/** The notable differences, largest first (by size, either sign); ties keep the order of OTHER_VIEWS. At most `max`. */
export function largestDifferences(comparisons: ViewComparison[], max = 3): ViewComparison[] {
  return comparisons
    .filter((c) => c.notable)
    .sort((a, b) => Math.abs(b.difference ?? 0) - Math.abs(a.difference ?? 0))
    .slice(0, max);
}
