/** A collective survey's headline figure as a survey list shows it, e.g. "NPS +12,5". */
import { fill, formatNumber, messages } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';
import type { HeadlineFigure } from './figures.ts';

/** null while there is no figure (no answers yet, or a team survey withheld below its minimum). */
export function headlineText(figure: HeadlineFigure, locale: Locale): string | null {
  if (figure.value === null) return null;
  const m = messages(locale).surveys;
  switch (figure.key) {
    case 'nps': {
      // An NPS is read as a signed figure: +12 is not the same claim as 12%.
      const sign = figure.value > 0 ? '+' : '';
      return fill(m.headlineNps, { score: `${sign}${formatNumber(figure.value, locale, Number.isInteger(figure.value) ? 0 : 1)}` });
    }
    case 'iceberg':
      return fill(m.headlineIceberg, { percent: formatNumber(Math.round(figure.value), locale) });
    default:
      return fill(m.headlineTeam, { score: formatNumber(Math.round(figure.value), locale) });
  }
}
