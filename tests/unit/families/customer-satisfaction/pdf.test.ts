import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyOptions, buildResults, extractFacts, optionsSchema, templates } from '../../../../src/lib/families/customer-satisfaction/index.ts';
import { renderSatisfactionPdf } from '../../../../src/lib/families/customer-satisfaction/pdf.ts';
import { FAMILIES } from '../../../../src/lib/families/index.ts';
import { messages } from '../../../../src/lib/i18n/index.ts';
import type { Answers } from '../../../../src/lib/surveys/answers.ts';
import { aggregate } from '../support/aggregate.ts';
import { isPdf, OWNER_TITLES, textOf } from '../support/pdf-text.ts';
import { WORKED } from './worked-example.ts';

const [template] = templates;
const options = optionsSchema.parse({});
const survey = applyOptions(template, options);
const results = (responses: { month?: string; answers: Answers }[]) => buildResults(aggregate(survey, extractFacts, responses), survey, options);

// The worked example of docs/scoring.md: NPS +12.5 ± 54.1 on 8 answers, over two months.

const printedAt = new Date('2026-03-02T09:00:00Z');

describe('renderSatisfactionPdf', () => {
  test.each([
    { locale: 'nl' as const, nps: '+12,5', margin: '± 54,1 punten', month: 'januari 2026', warning: 'deze score rust op 8 antwoorden', answers: '10 antwoorden' },
    { locale: 'en' as const, nps: '+12.5', margin: '± 54.1 points', month: 'January 2026', warning: 'this score rests on 8 answers', answers: '10 answers' },
  ])('$locale: the NPS $nps with its margin, the small-base warning and the trend per month', async ({ locale, nps, margin, month, warning, answers }) => {
    const bytes = await renderSatisfactionPdf(results(WORKED), { locale, title: 'Voorjaar 2026', printedAt });
    if (process.env.KOERS_PDF_DUMP) writeFileSync(`/tmp/satisfaction-${locale}.pdf`, bytes);
    expect(isPdf(bytes)).toBe(true);
    const text = await textOf(bytes);
    expect(text).toContain(nps);
    expect(text).toContain(margin);
    expect(text).toContain(warning);
    expect(text).toContain(answers);
    expect(text).toContain(month);
    expect(text).toContain(messages(locale).resultsPdf.trendTitle);
    expect(text).toMatch(new RegExp(`${messages(locale).pdf.pageOf.replace('{page}', '1').replace('{total}', '\\d')}`));
  });

  test('without any 0–10 answer there is no NPS, and the PDF says so instead of 0', async () => {
    const text = await textOf(await renderSatisfactionPdf(results([{ answers: { expectation: 'as' } }]), { locale: 'nl', title: 'Leeg', printedAt }));
    expect(text).toContain('Nog geen NPS');
  });

  test('no answers at all: a PDF that says there is no trend yet', async () => {
    const text = await textOf(await renderSatisfactionPdf(results([]), { locale: 'en', title: 'Empty', printedAt }));
    expect(text).toContain(messages('en').resultsPdf.trendNone);
  });

  test.each(OWNER_TITLES)('prints the owner-typed title %s as plain text', async (title) => {
    const bytes = await FAMILIES['customer-satisfaction'].resultsPdf(results(WORKED), { locale: 'nl', title });
    expect(await textOf(bytes)).toContain(title);
  });
});
