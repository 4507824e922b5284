/** axe-core finds no serious or critical WCAG 2.2 AA violations on the respondent's pages. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { localised, messages } from './fixtures/catalogue.ts';
import { answerByRequest, completeByRequest, startByRequest } from './fixtures/requests.ts';
import { forwardButton } from './fixtures/respondent.ts';

for (const locale of ['nl', 'en'] as const) {
  test(`home and start pages (${locale})`, async ({ page }) => {
    await page.goto(localised(locale, '/'));
    await expectNoSeriousViolations(page, `home (${locale})`);
    await page.getByRole('link', { name: messages(locale).home.cta }).click();
    await expect(page.getByRole('button', { name: messages(locale).start.begin })).toBeVisible();
    await expectNoSeriousViolations(page, `start (${locale})`);
  });
}

// One test per page: together they took 17 s on a loaded 2-core machine.
test('question page: context', async ({ page }) => {
  const token = await startByRequest(page.request, 'nl');
  await page.goto(`/vragenlijst/${token}/context`);
  await expectNoSeriousViolations(page, 'context page');
});

test('question page: agreement statements, also with errors shown', async ({ page }) => {
  const token = await startByRequest(page.request, 'nl');
  await answerByRequest(page.request, 'nl', token, growthTestAnswers({ consent: 'yes' }), 'ambition');
  await page.goto(`/vragenlijst/${token}/ambition`);
  await expectNoSeriousViolations(page, 'agreement page');
  await forwardButton(page, 'nl').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'agreement page with errors');
});

test('question page: contact details with errors shown', async ({ page }) => {
  const token = await startByRequest(page.request, 'nl');
  await answerByRequest(page.request, 'nl', token, growthTestAnswers({ consent: 'yes' }), 'contact');
  await page.goto(`/vragenlijst/${token}/contact`);
  await forwardButton(page, 'nl').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'contact page with errors');
});

test('report page', async ({ page }) => {
  const token = await completeByRequest(page.request, 'nl', growthTestAnswers());
  await page.goto(`/rapport/${token}`);
  await expect(page.getByRole('img', { name: messages('nl').report.radarTitle })).toHaveAttribute('data-drawn', 'true');
  await expectNoSeriousViolations(page, 'report');
});
