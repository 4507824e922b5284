/** Small shared shapes and rounding rules of the families' results. */

/** The one figure a survey list shows beside a survey, with what it rests on. */
export interface HeadlineFigure {
  /** Which figure it is; the family's texts name it per language. */
  key: string;
  /** null when there is no figure yet (no answers, or withheld). */
  value: number | null;
  unit: 'points' | 'percent' | 'score';
  /** Completed responses of the survey. */
  answers: number;
}

/** A count with the share it is of its base, in percent. */
export interface Share {
  count: number;
  /** The number of answers the share rests on. */
  of: number;
  /** Percent, one decimal; null when `of` is 0 (no base, no share; never 0). */
  percent: number | null;
}

export const roundTo1 = (n: number) => Math.round(n * 10) / 10;

export function shareOf(count: number, of: number): Share {
  return { count, of, percent: of > 0 ? roundTo1((count / of) * 100) : null };
}

/** Arithmetic mean; null for no values. */
export const meanOf = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export const roundOrNull = (n: number | null) => (n === null ? null : roundTo1(n));
