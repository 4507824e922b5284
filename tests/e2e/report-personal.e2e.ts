/**
 * The report speaks to one person (issue 12): "why this opportunity" names
 * the respondent's weakest statements with their answers, its steps carry
 * the notes for the respondent's sector and size, and the PDF has a
 * cover with their company and no link to the report (a bearer token).
 */
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { growthTestAnswers } from './fixtures/answers.ts';
import { localised, messages, pick, sectionById } from './fixtures/catalogue.ts';
import { completeByRequest } from './fixtures/requests.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { visibleQuestions } from '../../src/lib/surveys/engine.ts';
import { SECTOR_NOTES } from '../../src/lib/families/growth-test/advice-sector.ts';
import { SIZE_NOTES } from '../../src/lib/families/growth-test/advice-size.ts';

test('the report names the respondent\'s three weakest statements of the opportunity, in their words', async ({ page }) => {
  const token = await completeByRequest(page.request, 'nl', growthTestAnswers({ weakest: 'customer_focus' }));
  for (const locale of ['nl', 'en'] as const) {
    const m = messages(locale);
    await page.goto(localised(locale, `/rapport/${token}`));
    const headline = page.getByRole('region', { name: m.report.opportunityTitle });
    await expect(headline.getByText(m.growthReport.weakestIntro)).toBeVisible();
    // Every statement of the area was answered "strongly disagree" (0): the first three, in the order asked.
    const statements = visibleQuestions(sectionById('customer_focus'), { employees: '2-9' }).filter((q) => q.type === 'agreement');
    const items = headline.locator('ul.weakest > li');
    await expect(items).toHaveCount(3);
    for (const [i, q] of statements.slice(0, 3).entries()) {
      await expect(items.nth(i)).toContainText(pick(q.text, locale));
      await expect(items.nth(i)).toContainText(m.survey.agreement['1']);
    }
    await expect(headline).not.toContainText(pick(statements[3]!.text, locale));
    // Business services, 2 to 9 people: the steps get that sector's note and the small team's one.
    await expect(headline.locator('.sector-note')).toHaveText(pick(SECTOR_NOTES.business_services!.direction, locale));
    await expect(headline.locator('.size-note')).toContainText(pick(SIZE_NOTES.small, locale).split('{area}')[0]!);
    await expectNoSeriousViolations(page, `report (${locale})`);
  }
});

test('the PDF has a cover with the company and the person, and no link to the report', async ({ request }) => {
  const contact = { name: 'Noor Bakker', company: 'Bakker & Zonen Installatietechniek', email: 'noor@example.nl' };
  const token = await completeByRequest(request, 'nl', growthTestAnswers({ weakest: 'sales', consent: 'yes', contact }));
  const response = await request.get(`/rapport/${token}/pdf`);
  expect(response.status()).toBe(200);
  const bytes = new Uint8Array(await response.body());
  const raw = Buffer.from(bytes).toString('latin1');
  const pdf = await getDocumentProxy(bytes);
  const pages = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, ' '));
  expect(pages[0]).toContain(`${contact.name}, ${contact.company}`);
  const all = pages.join(' ');
  expect(all).not.toContain('/rapport/');
  expect(all).not.toContain(token);
  expect(raw).not.toContain('/rapport/');
  expect(raw).not.toContain(token);
});
