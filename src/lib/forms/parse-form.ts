/**
 * Parses a form post with a zod schema. Expected failures are values: the
 * page re-renders with status 400, what the user typed kept (never
 * passwords) and a message code per field, which the page localises.
 */
import { z } from 'zod';

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; values: Record<string, string>; fieldErrors: Record<string, string> };

/** Fields whose values are never sent back into a page. */
const SECRET_FIELDS = /password|token/i;

export function parseForm<S extends z.ZodType>(schema: S, form: FormData): FormResult<z.infer<S>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !(key in raw)) raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    fieldErrors[key] ??= issue.message;
  }
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELDS.test(key)));
  return { ok: false, values, fieldErrors };
}

/**
 * A name or other one-line text as stored: composed (NFC), line breaks and
 * tabs as spaces, no control characters (a pasted NUL or escape code ends
 * up in lists, exports and PDFs otherwise), trimmed.
 */
export function cleanLine(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/** Text of several lines as stored: composed, LF line ends, tabs kept, no other control characters, trimmed. */
export function cleanMultiline(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim();
}

/** At most `max` UTF-16 units (what zod's max counts), never half a character, no space left at the cut. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end).trimEnd();
}

/** Addresses as the forms take them: something@something.something, no spaces or control characters. */
const EMAIL_SHAPE = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u;

/** A calendar day as a date field sends it: 'YYYY-MM-DD'. */
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Days a form takes: a real day of this century ('2026-02-30' and '0001-01-01' are refused, not rolled over or stored). */
function isPlausibleDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return year >= 2000 && year <= 2099 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** Shared field rules; each failure message is a code the catalogue translates (m.forms.errors). */
export const fields = {
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'required' })
    .max(254, { error: 'too_long' })
    .regex(EMAIL_SHAPE, { error: 'invalid_email' }),
  name: z.string().overwrite(cleanLine).min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  optionalName: z.string().overwrite(cleanLine).max(120, { error: 'too_long' }).optional().default(''),
  password: z.string().min(1, { error: 'required' }).max(200, { error: 'too_long' }),
  note: z.string().overwrite(cleanMultiline).min(1, { error: 'required' }).max(5000, { error: 'too_long' }),
  /** One line of what is to be done (an action item). */
  task: z.string().overwrite(cleanLine).min(1, { error: 'required' }).max(300, { error: 'too_long' }),
  day: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .regex(DAY_SHAPE, { error: 'invalid_date' })
    .refine(isPlausibleDay, { error: 'invalid_date' }),
};
