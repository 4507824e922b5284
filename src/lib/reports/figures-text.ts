/**
 * How the results pages write a figure: a share with the count and base it
 * rests on, a score, a signed NPS, "no figure yet" instead of a 0 that
 * was never measured. One place, so every family's view reads alike.
 */
import type { Share } from '../families/common/figures.ts';
import { fill, formatNumber, messages } from '../i18n/index.ts';
import type { Locale } from '../surveys/schema.ts';

/** One decimal where there is one, none where the figure is whole. */
export function figureText(n: number, locale: Locale): string {
  return formatNumber(n, locale, Number.isInteger(n) ? 0 : 1);
}

/** "45,5%" or "no figure yet". */
export function percentText(share: Share, locale: Locale): string {
  return share.percent === null ? messages(locale).results.noFigure : `${figureText(share.percent, locale)}%`;
}

/** "12 of 26". */
export function countOfText(share: Share, locale: Locale): string {
  return fill(messages(locale).results.of, { count: share.count, of: share.of });
}

export function scoreText(score: number | null, locale: Locale): string {
  return score === null ? messages(locale).results.noFigure : figureText(score, locale);
}

/** An NPS reads signed: +12 is a different claim from 12%. */
export function npsText(score: number | null, locale: Locale): string {
  if (score === null) return messages(locale).results.noFigure;
  return `${score > 0 ? '+' : ''}${figureText(score, locale)}`;
}
