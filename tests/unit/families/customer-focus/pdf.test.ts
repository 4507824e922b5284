import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyOptions, buildResults, extractFacts, optionsSchema, templates } from '../../../../src/lib/families/customer-focus/index.ts';
import { renderCustomerFocusPdf } from '../../../../src/lib/families/customer-focus/pdf.ts';
import { CONDITION_TEXTS, CUSTOMER_FOCUS_TEXTS } from '../../../../src/lib/families/customer-focus/texts.ts';
import { FAMILIES } from '../../../../src/lib/families/index.ts';
import { fill, messages } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/surveys/schema.ts';
import { aggregate } from '../support/aggregate.ts';
import { isPdf, OWNER_TITLES, textOf } from '../support/pdf-text.ts';

const [template] = templates;
const options = optionsSchema.parse({});
const survey = applyOptions(template, options);
/** `count` employees in one month; feedback is the weakest condition, roles the strongest. */
const team = (count: number, month = '2026-01') =>
  Array.from({ length: count }, (_, i) => ({ month, answers: { mission_1: 3, mission_2: 4, feedback_1: 1, feedback_2: i % 2 === 0 ? 2 : 1, roles_1: 5, roles_2: 4 } }));
const results = (responses: ReturnType<typeof team>) => buildResults(aggregate(survey, extractFacts, responses), survey, options);
const printedAt = new Date('2026-03-02T09:00:00Z');

describe('renderCustomerFocusPdf', () => {
  test.each(LOCALES.flatMap((locale) => [4, 5, 6].map((answers) => ({ locale, answers }))))(
    '$locale with $answers answers: withheld below 5, else the weakest condition first',
    async ({ locale, answers }) => {
      const r = results(team(answers));
      const bytes = await renderCustomerFocusPdf(r, { locale, title: 'Team', printedAt });
      expect(isPdf(bytes)).toBe(true);
      const text = await textOf(bytes);
      const withheld = fill(CUSTOMER_FOCUS_TEXTS.notices.withheld[locale], { respondents: answers, minimum: 5 });
      const weakest = CONDITION_TEXTS.feedback.name[locale];
      if (answers < 5) {
        expect(text).toContain(withheld);
        // Nothing of the answers leaks: no condition, no level, no trend.
        expect(text).not.toContain(weakest);
        expect(text).not.toContain(messages(locale).resultsPdf.trendTitle);
      } else {
        expect(text).not.toContain(withheld.slice(0, 20));
        const conditions = text.slice(text.indexOf(messages(locale).resultsPdf.conditionsTitle));
        expect(conditions).toContain(weakest);
        expect(conditions.indexOf(weakest)).toBeLessThan(conditions.indexOf(CONDITION_TEXTS.roles.name[locale]));
        expect(text).toContain(messages(locale).resultsPdf.firstSteps);
        expect(text).toContain(CONDITION_TEXTS.feedback.step[locale].slice(0, 30));
      }
    },
  );

  test('a trend per month when every month has 5 or more answers; else it says why there is none', async () => {
    const twoMonths = await renderCustomerFocusPdf(results([...team(5), ...team(6, '2026-02')]), { locale: 'en', title: 't', printedAt });
    if (process.env.KOERS_PDF_DUMP) writeFileSync('/tmp/focus-en.pdf', twoMonths);
    expect(await textOf(twoMonths)).toContain('February 2026');
    const smallMonth = await textOf(await renderCustomerFocusPdf(results([...team(5), ...team(2, '2026-02')]), { locale: 'en', title: 't', printedAt }));
    expect(smallMonth).toContain('No trend per month');
    expect(smallMonth).not.toContain('February 2026');
  });

  test.each(OWNER_TITLES)('prints the owner-typed title %s as plain text', async (title) => {
    const bytes = await FAMILIES['customer-focus'].resultsPdf(results(team(3)), { locale: 'nl', title });
    expect(await textOf(bytes)).toContain(title);
  });
});
