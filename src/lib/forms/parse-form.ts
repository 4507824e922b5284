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

/** Shared field rules; each failure message is a code the catalogue translates (m.forms.errors). */
export const fields = {
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'required' })
    .max(254, { error: 'too_long' })
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'invalid_email' }),
  name: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  optionalName: z.string().trim().max(120, { error: 'too_long' }).optional().default(''),
  password: z.string().min(1, { error: 'required' }).max(200, { error: 'too_long' }),
  note: z.string().trim().min(1, { error: 'required' }).max(5000, { error: 'too_long' }),
};
