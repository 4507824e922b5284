/**
 * A SMART goal is time-bound with a date, not a period (issue 12): the
 * advice says "Within 30 days …", the report says "By 27 December 2026 …",
 * counted from the day the test was completed. Pure: the date comes in.
 */
import { formatDate } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The openings the advice uses: "Binnen 30 dagen", "Within six months". */
const PERIOD: Record<Locale, RegExp> = { nl: /^Binnen (\d+|zes) (dagen|maanden)/, en: /^Within (\d+|six) (days|months)/ };
const WORDS: Record<string, number> = { zes: 6, six: 6 };
const BY: Record<Locale, string> = { nl: 'Vóór', en: 'By' };

function addPeriod(from: Date, amount: number, unit: string): Date {
  if (unit === 'dagen' || unit === 'days') return new Date(from.getTime() + amount * DAY_MS);
  // The same day that many months on, or the month's last day when it is shorter: 31 August + 6 months
  // is 28 (29) February, not 3 March as setUTCMonth would make it.
  const due = new Date(from);
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + amount);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return due;
}

/** The goal with its opening period replaced by the date it ends; unchanged without a date or without such an opening. */
export function datedGoal(goal: string, completedAt: Date | null, locale: Locale): string {
  const match = completedAt && PERIOD[locale].exec(goal);
  if (!completedAt || !match) return goal;
  const due = addPeriod(completedAt, WORDS[match[1]] ?? Number(match[1]), match[2]);
  return `${BY[locale]} ${formatDate(due, locale)}${goal.slice(match[0].length)}`;
}
