/**
 * The report as a PDF: "Download pdf" gives a real PDF whose text names the
 * opportunity. Contract: GET /rapport/<token>/pdf (and /en/...) answers
 * application/pdf in the page's language.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectedReport, growthTestAnswers } from './fixtures/answers.ts';
import { areaName, localised, messages, type Locale } from './fixtures/catalogue.ts';
import { completeByRequest } from './fixtures/requests.ts';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

function expectPdf(bytes: Uint8Array): void {
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), 'the file starts like a PDF').toBe('%PDF-');
}

test('the report downloads as a PDF that names the opportunity', async ({ page }) => {
  const m = messages('nl');
  const answers = growthTestAnswers({ weakest: 'customer_focus' });
  const token = await completeByRequest(page.request, 'nl', answers);
  const expected = areaName(expectedReport('customer_focus').opportunity, 'nl');

  // First the endpoint itself, for a plain message if it is missing.
  const direct = await page.request.get(localised('nl', `/rapport/${token}/pdf`));
  expect(direct.status(), `GET /rapport/<token>/pdf`).toBe(200);
  expect(direct.headers()['content-type']).toMatch(/^application\/pdf/);

  await page.goto(`/rapport/${token}`);
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('link', { name: m.report.downloadPdf }).click();
  const download = await downloading;
  expect(await download.failure()).toBeNull();
  const bytes = new Uint8Array(await readFile(await download.path()));
  expectPdf(bytes);
  expect(await pdfText(bytes)).toContain(expected);
});

test('the English report gives an English PDF', async ({ request }) => {
  const locale: Locale = 'en';
  const answers = growthTestAnswers({ weakest: 'business_model' });
  const token = await completeByRequest(request, locale, answers);
  const response = await request.get(localised(locale, `/rapport/${token}/pdf`));
  expect(response.status()).toBe(200);
  const bytes = new Uint8Array(await response.body());
  expectPdf(bytes);
  // The built server found the Unicode font in node_modules (it runs from dist/server, not from src/).
  // Read before pdf.js takes the bytes over.
  expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
  const text = await pdfText(bytes);
  expect(text).toContain(areaName(expectedReport('business_model').opportunity, locale));
  expect(text).toContain(messages(locale).report.opportunityTitle);
});
