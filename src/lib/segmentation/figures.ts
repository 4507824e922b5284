/**
 * The segmentation's figures as the JSON API answers them
 * (GET /api/v1/companies/{id}/segmentation, issue 11), with their schema for
 * the OpenAPI document. Pure.
 */
import { z } from 'zod';
import type { Segmentation } from './analyse.ts';
import { QUADRANTS } from './quadrants.ts';

export const SegmentationFiguresSchema = z.object({
  customers: z.number().int().min(0).describe('Customers in the latest import'),
  revenue: z.object({
    total: z.number().min(0),
    customersFor80Pct: z.number().int().min(0).describe('Smallest number of customers, largest first, whose revenue reaches at least 80% of the total'),
    shareOfCustomersPct: z.number().min(0).max(100).describe('customersFor80Pct as a percentage of all customers imported, one decimal'),
  }),
  profit: z.object({
    totalPositive: z.number().min(0).describe('Sum of the positive profits'),
    customersFor80Pct: z.number().int().min(0),
    shareOfCustomersPct: z.number().min(0).max(100),
    lossMaking: z.array(z.string()).describe('Customers with a profit below 0, largest loss first'),
  }),
  top10Overlap: z.object({
    count: z.number().int().min(0).max(10),
    onlyRevenue: z.array(z.string()),
    onlyProfit: z.array(z.string()),
  }),
  quadrants: z.array(z.object({ name: z.string(), quadrant: z.enum(QUADRANTS) })),
  core: z.array(z.string()).describe('Core customers: profitable and good on strategic and cultural fit'),
});
export type SegmentationFigures = z.infer<typeof SegmentationFiguresSchema>;

export function segmentationFigures(s: Segmentation): SegmentationFigures {
  return {
    customers: s.customers,
    revenue: { total: s.revenue.total, customersFor80Pct: s.revenue.customersFor80Pct, shareOfCustomersPct: s.revenue.shareOfCustomersPct },
    profit: {
      totalPositive: s.profit.total,
      customersFor80Pct: s.profit.customersFor80Pct,
      shareOfCustomersPct: s.profit.shareOfCustomersPct,
      lossMaking: s.lossMaking.map((l) => l.name),
    },
    top10Overlap: { count: s.overlap.count, onlyRevenue: s.overlap.onlyRevenue, onlyProfit: s.overlap.onlyProfit },
    quadrants: s.analysed.map((c) => ({ name: c.name, quadrant: c.quadrant })),
    core: s.analysed.filter((c) => c.group === 'core').map((c) => c.name),
  };
}
