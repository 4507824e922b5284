import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyOptions, buildResults, extractFacts, optionsSchema, templates } from '../../../../src/lib/families/complaint-thresholds/index.ts';
import { renderComplaintsPdf } from '../../../../src/lib/families/complaint-thresholds/pdf.ts';
import { FAMILIES } from '../../../../src/lib/families/index.ts';
import { messages } from '../../../../src/lib/i18n/index.ts';
import { aggregate } from '../support/aggregate.ts';
import { isPdf, OWNER_TITLES, textOf } from '../support/pdf-text.ts';
import { WORKED } from './worked-example.ts';

const [template] = templates;
const options = optionsSchema.parse({ offeredChannels: ['email', 'phone', 'post'] });
const survey = applyOptions(template, options);
// The worked example over two months: the iceberg is 4 of 6 (66.7%) overall.
const results = (answers = WORKED) =>
  buildResults(aggregate(survey, extractFacts, answers.map((a, i) => ({ month: i < 5 ? '2026-01' : '2026-02', answers: a }))), survey, options);
const printedAt = new Date('2026-03-02T09:00:00Z');

describe('renderComplaintsPdf', () => {
  test.each([
    { locale: 'nl' as const, iceberg: '66,7%', explanation: 'liet 66,7% dat niet weten (4 van 6)', lowerFirst: 'Verlaag eerst deze drempel Actiedrempel', month: 'februari 2026' },
    { locale: 'en' as const, iceberg: '66.7%', explanation: '66.7% did not say so (4 of 6)', lowerFirst: 'Lower this threshold first Action threshold', month: 'February 2026' },
  ])('$locale: the iceberg $iceberg, the threshold to lower first, channels and the trend per month', async ({ locale, iceberg, explanation, lowerFirst, month }) => {
    const bytes = await renderComplaintsPdf(results(), { locale, title: 'Klachten 2026', printedAt });
    if (process.env.KOERS_PDF_DUMP) writeFileSync(`/tmp/complaints-${locale}.pdf`, bytes);
    expect(isPdf(bytes)).toBe(true);
    const text = await textOf(bytes);
    expect(text).toContain(iceberg);
    expect(text).toContain(explanation);
    expect(text).toContain(lowerFirst);
    expect(text).toContain(messages(locale).resultsPdf.channelsTitle);
    expect(text).toContain(month);
  });

  test('nobody dissatisfied: no iceberg figure, said in words', async () => {
    const text = await textOf(await renderComplaintsPdf(results([{ dissatisfied: 'no', channels: ['phone'] }]), { locale: 'nl', title: 't', printedAt }));
    expect(text).toContain('Nog geen schatting');
  });

  test.each(OWNER_TITLES)('prints the owner-typed title %s as plain text', async (title) => {
    const bytes = await FAMILIES['complaint-thresholds'].resultsPdf(results(), { locale: 'en', title });
    expect(await textOf(bytes)).toContain(title);
  });
});
