import { describe, expect, test } from 'vitest';
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { renderGrowthReportPdf } from '../../../src/lib/families/growth-test/pdf.ts';
import { messages } from '../../../src/lib/i18n/index.ts';
import { growthTestV1 } from '../../../src/lib/families/growth-test/definition.ts';
import { DONT_KNOW, type Answers } from '../../../src/lib/surveys/answers.ts';
import type { PeerComparison } from '../../../src/lib/server/queries/benchmarks.ts';
import { LOCALES } from '../../../src/lib/surveys/schema.ts';

/** A retailer strong on ambition, weak on core customers, unsure about branding (all "don't know"). */
function answers(): Answers {
  const result: Answers = { sector: 'retail', employees: '2-9', consent: 'no' };
  const perArea: Record<string, number> = { ambition: 5, core_customers: 1, branding: 0 };
  for (const section of growthTestV1.sections) {
    for (const q of section.questions) {
      if (q.type !== 'agreement') continue;
      const value = perArea[section.id] ?? 3;
      result[q.id] = value === 0 ? DONT_KNOW : q.reverse ? 6 - value : value;
    }
  }
  return result;
}

const peers: PeerComparison = { group: { kind: 'sector', count: 24 }, percentiles: { ambition: 90, core_customers: 10 } };

/** unpdf joins each line's text; layout may break a phrase over lines, so compare with whitespace squeezed. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('renderGrowthReportPdf', () => {
  test.each(LOCALES)('gives a real PDF holding the %s report title and headline', async (locale) => {
    const report = buildGrowthReport(growthTestV1, answers(), locale, peers);
    expect(report.opportunity?.area).toBe('core_customers');

    const bytes = await renderGrowthReportPdf(report, { locale, completedAt: new Date('2026-03-02T09:00:00Z') });

    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const text = await textOf(bytes);
    expect(text).toContain(messages(locale).report.title);
    expect(text).toContain(report.opportunity!.name);
    expect(text).toContain(report.opportunity!.smartGoal.split(' ').slice(0, 6).join(' '));
  });

  test('writes the PDF metadata and a footer with page numbers', async () => {
    const report = buildGrowthReport(growthTestV1, answers(), 'nl', peers);
    const bytes = await renderGrowthReportPdf(report, { locale: 'nl', completedAt: null });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    expect(info.Title).toBe('Jouw Groeirapport');
    expect(info.Author).toBe('Koers');
    expect(info.Language).toBe('nl');
    const text = await textOf(bytes);
    expect(text).toContain(`Pagina 1 van ${pdf.numPages}`);
    // Branding has no score: it is named under the chart instead of drawn at 0.
    expect(text).toContain('Niet in de grafiek, want zonder score: Merk & communicatie.');
  });

  test('draws the peer average as a dashed line with a legend when the group has averages, and neither without', async () => {
    const withAverages: PeerComparison = { ...peers, averages: { ambition: 60, core_customers: 55, customer_focus: 50, business_model: 62 } };
    const dashesOf = async (bytes: Uint8Array) => {
      const { OPS } = await getResolvedPDFJS();
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const dashes: unknown[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const list = await (await pdf.getPage(n)).getOperatorList();
        list.fnArray.forEach((fn, i) => fn === OPS.setDash && (list.argsArray[i] as [number[]])[0].length > 0 && dashes.push(list.argsArray[i]));
      }
      return dashes;
    };
    const compared = buildGrowthReport(growthTestV1, answers(), 'nl', withAverages);
    expect(compared.chart.peers).toBeDefined();
    const bytes = await renderGrowthReportPdf(compared, { locale: 'nl', completedAt: null });
    const text = await textOf(bytes);
    expect(text).toContain('jouw scores');
    expect(text).toContain(compared.chart.peers!.label);
    // The peer polygon and the legend's swatch.
    expect(await dashesOf(bytes)).toHaveLength(2);

    const alone = buildGrowthReport(growthTestV1, answers(), 'nl', peers);
    expect(alone.chart.peers).toBeUndefined();
    const aloneBytes = await renderGrowthReportPdf(alone, { locale: 'nl', completedAt: null });
    expect(await textOf(aloneBytes)).not.toContain('jouw scores');
    expect(await dashesOf(aloneBytes)).toHaveLength(0);
  });

  test('renders a report without any score: no opportunity, no polygon, no crash', async () => {
    const allDontKnow = Object.fromEntries(Object.entries(answers()).map(([id, v]) => [id, typeof v === 'number' ? DONT_KNOW : v]));
    const report = buildGrowthReport(growthTestV1, allDontKnow, 'en', { group: null, percentiles: {} });
    expect(report.opportunity).toBeNull();
    const text = await textOf(await renderGrowthReportPdf(report, { locale: 'en', completedAt: null }));
    expect(text).toContain(messages('en').report.noOpportunity.slice(0, 40));
  });
});

describe('the cover and the missing link', () => {
  const withContact = (): Answers => ({ ...answers(), consent: 'yes', name: 'Fatma Yılmaz', company: 'Bakkerij De Korenschoof', email: 'f@example.nl' });
  const completedAt = new Date('2026-03-02T09:00:00Z');

  test('names the person and company, the date, the organisation and its call to action on page 1', async () => {
    const report = buildGrowthReport(growthTestV1, withContact(), 'nl', peers);
    const branding = { name: 'Demo Groeiadvies', logo: null, callToAction: 'https://demo-groeiadvies.example/afspraak' };
    const bytes = await renderGrowthReportPdf(report, { locale: 'nl', completedAt, branding });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const page1 = (await extractText(pdf, { mergePages: false })).text[0]!.replace(/\s+/g, ' ');
    expect(page1).toContain('Fatma Yılmaz, Bakkerij De Korenschoof');
    expect(page1).toContain('Datum: 2 maart 2026');
    expect(page1).toContain('Aangeboden door Demo Groeiadvies');
    expect(page1).toContain('Volgende stap: https://demo-groeiadvies.example/afspraak');
    expect(page1).toContain(report.opportunity!.name);
  });

  test('without consent, no name; without an organisation, the first next step is the call to action', async () => {
    const report = buildGrowthReport(growthTestV1, { ...withContact(), consent: 'no' }, 'en', peers);
    const bytes = await renderGrowthReportPdf(report, { locale: 'en', completedAt, branding: null });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const page1 = (await extractText(pdf, { mergePages: false })).text[0]!.replace(/\s+/g, ' ');
    expect(page1).not.toContain('Fatma');
    expect(page1).not.toContain('Korenschoof');
    expect(page1).toContain(`Next step: ${report.opportunity!.steps[0]!.split(' ').slice(0, 5).join(' ')}`);
  });

  test('a logo that is not an image costs the logo, not the report', async () => {
    const report = buildGrowthReport(growthTestV1, withContact(), 'nl', peers);
    const branding = { name: 'Kantoor', logo: new TextEncoder().encode('<svg>not a png</svg>'), callToAction: null };
    const text = await textOf(await renderGrowthReportPdf(report, { locale: 'nl', completedAt, branding }));
    expect(text).toContain('Aangeboden door Kantoor');
  });

  test.each(LOCALES)('the %s PDF holds no link to the report page, in its text or its annotations', async (locale) => {
    const report = buildGrowthReport(growthTestV1, withContact(), locale, peers);
    const bytes = await renderGrowthReportPdf(report, { locale, completedAt, branding: { name: 'Kantoor', logo: null, callToAction: '+31 20 123 4567' } });
    const raw = Buffer.from(bytes).toString('latin1');
    const text = await textOf(bytes);
    expect(text).not.toMatch(/\/rapport\//);
    expect(text).not.toContain(messages(locale).report.keepLink);
    expect(raw).not.toMatch(/\/rapport\//);
    // The phone number becomes a tel: link; no other URI is in the file.
    expect([...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1])).toEqual(['tel:+31201234567']);
  });

  test('names the weakest statements of the opportunity with the answers given', async () => {
    const report = buildGrowthReport(growthTestV1, answers(), 'en', peers);
    const text = await textOf(await renderGrowthReportPdf(report, { locale: 'en', completedAt: null }));
    expect(report.opportunity!.weakest).toHaveLength(3);
    expect(text).toContain(messages('en').growthReport.weakestIntro);
    expect(text).toContain('your answer: Strongly disagree');
  });
});

describe('the embedded Unicode font', () => {
  const name = 'Łódź Şirket Ελλάδα Москва';

  test('prints an owner-typed name in Polish, Turkish, Greek and Cyrillic exactly', async () => {
    const report = { ...buildGrowthReport(growthTestV1, answers(), 'nl', peers), profile: [name] };
    const bytes = await renderGrowthReportPdf(report, { locale: 'nl', completedAt: null });
    expect(await textOf(bytes)).toContain(name);
    // The font is embedded (subset), not one of PDF's standard fonts that only speak WinAnsi.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });

  test('a script the font lacks (Japanese) prints as empty boxes without breaking the rest of the PDF', async () => {
    const report = { ...buildGrowthReport(growthTestV1, answers(), 'en', peers), profile: ['東京 Retail'] };
    const bytes = await renderGrowthReportPdf(report, { locale: 'en', completedAt: null });
    const text = await textOf(bytes);
    expect(text).not.toContain('東京');
    expect(text).toContain('Retail');
    expect(text).toContain(report.opportunity!.name);
  });
});
