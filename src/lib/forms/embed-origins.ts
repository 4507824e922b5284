/**
 * The owner's list of embed origins as typed in the form: one per line.
 * Each line is checked by EmbedOriginSchema; the first bad line is named
 * in the error, and the text comes back as typed.
 */
import { fill, messages } from '../i18n/index.ts';
import { MAX_EMBED_ORIGINS } from '../limits.ts';
import { EmbedOriginSchema, EmbedOriginsSchema } from '../surveys/embed-origins.ts';
import type { Locale } from '../surveys/schema.ts';

/** Longest text the field takes: every origin at its longest, with room for spaces. */
export const ORIGINS_TEXT_MAX_CHARS = MAX_EMBED_ORIGINS * 320;

export type OriginsForm = { ok: true; origins: string[] } | { ok: false; text: string; error: string };

export function parseOriginsText(text: string, locale: Locale): OriginsForm {
  const m = messages(locale).embed;
  const kept = text.slice(0, ORIGINS_TEXT_MAX_CHARS);
  const lines = kept.split(/\r?\n/).map((line, index) => ({ line: index + 1, value: line.trim() })).filter((l) => l.value !== '');
  for (const { line, value } of lines) {
    if (!EmbedOriginSchema.safeParse(value).success) return { ok: false, text: kept, error: fill(m.originInvalid, { line, value: value.slice(0, 80) }) };
  }
  const parsed = EmbedOriginsSchema.safeParse(lines.map((l) => l.value));
  if (!parsed.success || text.length > ORIGINS_TEXT_MAX_CHARS) return { ok: false, text: kept, error: fill(m.originsTooMany, { max: MAX_EMBED_ORIGINS }) };
  return { ok: true, origins: parsed.data };
}
