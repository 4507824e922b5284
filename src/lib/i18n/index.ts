/**
 * Interface texts. `messages(locale)` gives the typed catalogue; `fill`
 * puts values into {placeholders}; `pick` chooses from a definition's
 * { nl, en } text.
 */
import type { Locale, Localized } from '../surveys/schema.ts';
import { en } from './en.ts';
import { nl, type Messages } from './nl.ts';

export type { Messages };
export const CATALOGUES: Record<Locale, Messages> = { nl, en };

export function messages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

const DATE_FORMATS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
/** The day an instant falls on, as the Dutch businesses Koers serves see it (a server runs on UTC). */
const DISPLAY_TIME_ZONE = 'Europe/Amsterdam';

export function formatDate(date: Date, locale: Locale): string {
  return date.toLocaleDateString(DATE_FORMATS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: DISPLAY_TIME_ZONE });
}

/** "31 december 2026" for a calendar day stored as 'YYYY-MM-DD' (a day, not an instant: no time zone moves it). */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date)).toLocaleDateString(DATE_FORMATS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "3 okt. 2026": for table cells, where the long form wraps. */
export function formatShortDate(date: Date, locale: Locale): string {
  return date.toLocaleDateString(DATE_FORMATS[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: DISPLAY_TIME_ZONE });
}

export function formatNumber(n: number, locale: Locale, fractionDigits = 0): string {
  return n.toLocaleString(DATE_FORMATS[locale], { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits });
}

/** A score's change from one test to the next, rounded and signed ("+5", "−3", "0"); a dash when either is missing. */
export function formatChange(before: number | null | undefined, after: number | null | undefined, locale: Locale): string {
  if (before == null || after == null) return '–';
  const delta = Math.round(after - before);
  return delta > 0 ? `+${formatNumber(delta, locale)}` : delta < 0 ? `−${formatNumber(-delta, locale)}` : '0';
}

/** "maart 2026" for a "2026-03" month key (the month as stored, UTC). */
export function formatMonth(monthKey: string, locale: Locale): string {
  const [year, month] = monthKey.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString(DATE_FORMATS[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
