/**
 * The Business Model Canvas as Koers stores and scores it: nine blocks,
 * each with what it holds today, its pluses and minuses, and two ratings
 * (1–5): how strongly it delivers value, how ready it is for change.
 * Pure: no database, no locale. The constraint rule is worked by hand in
 * docs/scoring.md ("Business Model Canvas").
 */
import { z } from 'zod';
import { CANVAS_POINT_MAX_CHARS, CANVAS_POINTS_MAX, CANVAS_TEXT_MAX_CHARS } from '../../limits.ts';

/** In the order the canvas is read: the left (efficiency) side, the value proposition, the right (value) side, then the money. */
export const CANVAS_BLOCKS = [
  'key_partners',
  'key_activities',
  'key_resources',
  'value_proposition',
  'customer_relationships',
  'channels',
  'customer_segments',
  'cost_structure',
  'revenue_streams',
] as const;
export type CanvasBlock = (typeof CANVAS_BLOCKS)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;

const RatingSchema = z.number().int().min(RATING_MIN).max(RATING_MAX).nullable();

export const CanvasBlockSchema = z.object({
  today: z.string().max(CANVAS_TEXT_MAX_CHARS),
  pluses: z.array(z.string().min(1).max(CANVAS_POINT_MAX_CHARS)).max(CANVAS_POINTS_MAX),
  minuses: z.array(z.string().min(1).max(CANVAS_POINT_MAX_CHARS)).max(CANVAS_POINTS_MAX),
  /** How strongly the block delivers value today; null: not rated yet. */
  value: RatingSchema,
  /** How ready the block is for change; null: not rated yet. */
  readiness: RatingSchema,
});
export type CanvasBlockContent = z.infer<typeof CanvasBlockSchema>;

export const CanvasBlocksSchema = z.object(Object.fromEntries(CANVAS_BLOCKS.map((b) => [b, CanvasBlockSchema])) as Record<CanvasBlock, typeof CanvasBlockSchema>);
export type CanvasBlocks = z.infer<typeof CanvasBlocksSchema>;

export const emptyBlock = (): CanvasBlockContent => ({ today: '', pluses: [], minuses: [], value: null, readiness: null });
export const emptyCanvas = (): CanvasBlocks => Object.fromEntries(CANVAS_BLOCKS.map((b) => [b, emptyBlock()])) as CanvasBlocks;

/** A stored document read back: anything that no longer fits the schema reads as an empty block rather than breaking the page. */
export function readCanvas(stored: unknown): CanvasBlocks {
  const canvas = emptyCanvas();
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  for (const block of CANVAS_BLOCKS) {
    const parsed = CanvasBlockSchema.safeParse(source[block]);
    if (parsed.success) canvas[block] = parsed.data;
  }
  return canvas;
}

/** The heat of a block, from its value rating: what the heat map shows in words beside the colour. */
export type Heat = 'weak' | 'fair' | 'strong' | 'unrated';

export function heatOf(block: CanvasBlockContent): Heat {
  if (block.value === null) return 'unrated';
  if (block.value <= 2) return 'weak';
  if (block.value === 3) return 'fair';
  return 'strong';
}

/** A block rated at most this for value holds the model back. */
export const CONSTRAINT_VALUE_MAX = 2;
/** How many constraints the result names. */
export const CONSTRAINTS_SHOWN = 3;

export interface Constraint {
  block: CanvasBlock;
  value: number;
  readiness: number;
  /** 2 × (5 − value) + (5 − readiness): 0–12, higher constrains more. */
  pressure: number;
  /** Minuses marked minus pluses marked: breaks ties. */
  netMinuses: number;
}

/**
 * The blocks that constrain the model most. A block qualifies when both
 * ratings are given and its value rating is at most CONSTRAINT_VALUE_MAX:
 * it delivers little. Pressure = 2 × (5 − value) + (5 − readiness): weak
 * value weighs double (that is what holds the model back), low readiness
 * adds (it will be hard to change, so it needs attention first). Highest
 * pressure first; ties go to the block with more minuses than pluses, then
 * to canvas order. At most CONSTRAINTS_SHOWN.
 */
export function findConstraints(canvas: CanvasBlocks): Constraint[] {
  const found: Constraint[] = [];
  for (const block of CANVAS_BLOCKS) {
    const { value, readiness, pluses, minuses } = canvas[block];
    if (value === null || readiness === null || value > CONSTRAINT_VALUE_MAX) continue;
    found.push({ block, value, readiness, pressure: 2 * (RATING_MAX - value) + (RATING_MAX - readiness), netMinuses: minuses.length - pluses.length });
  }
  // Array.sort is stable: equal entries keep canvas order.
  found.sort((a, b) => b.pressure - a.pressure || b.netMinuses - a.netMinuses);
  return found.slice(0, CONSTRAINTS_SHOWN);
}

/** Variant questions are asked per theme of the innovation approach (domain.md, section 3). */
export const VARIANT_THEMES = ['trends', 'struggles', 'new-segments'] as const;
export type VariantTheme = (typeof VARIANT_THEMES)[number];

/**
 * Which questions to design variants from: one per theme about each
 * constraint (or, without constraints, about the value proposition and the
 * customer segments, where variants usually start). Texts per language
 * live in the catalogue; this only picks the subjects.
 */
export function variantSubjects(constraints: Constraint[]): { theme: VariantTheme; block: CanvasBlock }[] {
  const blocks: CanvasBlock[] = constraints.length > 0 ? constraints.map((c) => c.block) : ['value_proposition', 'customer_segments'];
  return VARIANT_THEMES.flatMap((theme) => blocks.map((block) => ({ theme, block })));
}

/** Whether anything at all was filled in (an untouched canvas shows no result). */
export function isBlank(canvas: CanvasBlocks): boolean {
  return CANVAS_BLOCKS.every((b) => {
    const c = canvas[b];
    return c.today === '' && c.pluses.length === 0 && c.minuses.length === 0 && c.value === null && c.readiness === null;
  });
}
