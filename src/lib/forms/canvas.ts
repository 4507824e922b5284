/**
 * The canvas forms: the whole canvas in one post (nine blocks, five fields
 * each, named `<block>-<part>`), a new version, and a coach's comment.
 * Failures are message codes the catalogue translates (m.forms.errors).
 */
import { z } from 'zod';
import { CANVAS_BLOCKS, RATING_MAX, RATING_MIN, type CanvasBlock, type CanvasBlocks } from '../analyses/canvas/model.ts';
import { CANVAS_POINT_MAX_CHARS, CANVAS_POINTS_MAX, CANVAS_TEXT_MAX_CHARS, COACH_COMMENT_MAX_CHARS } from '../limits.ts';
import { cleanLine, cleanMultiline, fields } from './parse-form.ts';

export const CANVAS_PARTS = ['today', 'pluses', 'minuses', 'value', 'readiness'] as const;
export type CanvasPart = (typeof CANVAS_PARTS)[number];
export const canvasFieldName = (block: CanvasBlock, part: CanvasPart) => `${block}-${part}`;

const today = z.string().optional().default('').overwrite(cleanMultiline).pipe(z.string().max(CANVAS_TEXT_MAX_CHARS, { error: 'too_long' }));

/** One point per line; blank lines dropped. Too many lines or one too long is refused, never cut. */
const points = z
  .string()
  .optional()
  .default('')
  .transform((raw) => cleanMultiline(raw).split('\n').map(cleanLine).filter((line) => line !== ''))
  .pipe(z.array(z.string().max(CANVAS_POINT_MAX_CHARS, { error: 'point_too_long' })).max(CANVAS_POINTS_MAX, { error: 'too_many_points' }));

/** '' is "not rated yet"; anything but a whole number 1–5 is refused. */
const rating = z
  .string()
  .optional()
  .default('')
  .refine((raw) => raw === '' || new RegExp(`^[${RATING_MIN}-${RATING_MAX}]$`).test(raw), { error: 'invalid_rating' })
  .transform((raw) => (raw === '' ? null : Number(raw)));

const blockShape = Object.fromEntries(
  CANVAS_BLOCKS.flatMap((block) => [
    [canvasFieldName(block, 'today'), today],
    [canvasFieldName(block, 'pluses'), points],
    [canvasFieldName(block, 'minuses'), points],
    [canvasFieldName(block, 'value'), rating],
    [canvasFieldName(block, 'readiness'), rating],
  ]),
);

export const CanvasSaveSchema = z.object({ action: z.literal('save'), ...blockShape });

/** The flat form fields as the stored document. */
export function canvasFromForm(data: Record<string, unknown>): CanvasBlocks {
  return Object.fromEntries(
    CANVAS_BLOCKS.map((block) => [
      block,
      {
        today: data[canvasFieldName(block, 'today')] as string,
        pluses: data[canvasFieldName(block, 'pluses')] as string[],
        minuses: data[canvasFieldName(block, 'minuses')] as string[],
        value: data[canvasFieldName(block, 'value')] as number | null,
        readiness: data[canvasFieldName(block, 'readiness')] as number | null,
      },
    ]),
  ) as CanvasBlocks;
}

/** The stored document as form values (to fill the form). */
export function canvasToForm(canvas: CanvasBlocks): Record<string, string> {
  const values: Record<string, string> = {};
  for (const block of CANVAS_BLOCKS) {
    const c = canvas[block];
    values[canvasFieldName(block, 'today')] = c.today;
    values[canvasFieldName(block, 'pluses')] = c.pluses.join('\n');
    values[canvasFieldName(block, 'minuses')] = c.minuses.join('\n');
    values[canvasFieldName(block, 'value')] = c.value === null ? '' : String(c.value);
    values[canvasFieldName(block, 'readiness')] = c.readiness === null ? '' : String(c.readiness);
  }
  return values;
}

export const NewVersionSchema = z.object({ action: z.literal('new-version'), name: fields.name });

export const CommentSchema = z.object({
  action: z.literal('comment'),
  block: z.enum(CANVAS_BLOCKS, { error: 'invalid_choice' }),
  body: z.string().overwrite(cleanMultiline).min(1, { error: 'required' }).max(COACH_COMMENT_MAX_CHARS, { error: 'too_long' }),
});

export const ReportCommentSchema = z.object({
  action: z.literal('comment'),
  body: z.string().overwrite(cleanMultiline).min(1, { error: 'required' }).max(COACH_COMMENT_MAX_CHARS, { error: 'too_long' }),
});
