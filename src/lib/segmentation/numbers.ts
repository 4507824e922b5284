/**
 * Numbers as people type them in Dutch and English spreadsheets: "1.234,56",
 * "1,234.56", "€ 12 500", "12,5%". One pure function, no locale of the
 * machine involved.
 */

/** Which mark separates decimals in this file, when a number alone cannot tell ("1.234"). */
export type DecimalMark = ',' | '.';

const SPACES = /[\s\u00a0\u202f']/g;
const CURRENCY = /^(?:€|eur|euro)\s*|\s*(?:€|eur|euro)$/i;

/**
 * A decimal mark that a single cell proves: "12,5" or "1.234,56" prove a
 * comma, "12.5" or "1,234.56" a point; "1.234", "1,234" and "1234" prove
 * nothing.
 */
export function provenDecimalMark(text: string): DecimalMark | null {
  const t = text.replace(SPACES, '').replace(CURRENCY, '').replace(/%$/, '');
  const both = /[.,].*[.,]/.test(t) && t.includes('.') && t.includes(',');
  if (both) return t.lastIndexOf(',') > t.lastIndexOf('.') ? ',' : '.';
  const single = /^[-+]?\d+([.,])(\d+)$/.exec(t);
  if (single && single[2].length !== 3) return single[1] as DecimalMark;
  return null;
}

/**
 * The number a cell holds, or null when it holds none. Thousands separators
 * (point, comma, space, apostrophe) are dropped; where one separator could
 * be either ("1.234"), `mark` decides. A trailing % is allowed (the caller
 * knows whether the column is a percentage).
 */
export function parseNumber(text: string, mark: DecimalMark): number | null {
  let t = text.trim().replace(CURRENCY, '').replace(SPACES, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  if (!/^[-+]?[\d.,]*\d[\d.,]*$/.test(t)) return null;
  const proven = provenDecimalMark(t);
  const decimal = proven ?? mark;
  const thousands = other(decimal);
  // Thousands groups must be groups of three: "1.23.4" is not a number.
  const [whole, ...fraction] = t.split(decimal);
  if (fraction.length > 1) return null;
  if (whole.includes(thousands) && !new RegExp(`^[-+]?\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)) return null;
  if (fraction.length && fraction[0].includes(thousands)) return null;
  const normal = whole.split(thousands).join('') + (fraction.length ? `.${fraction[0]}` : '');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

function other(mark: DecimalMark): DecimalMark {
  return mark === ',' ? '.' : ',';
}
