/** The Growth Test is plain forms: with JavaScript off it still runs start to report. */
import { expect, test } from '@playwright/test';
import { expectedReport, growthTestAnswers } from './fixtures/answers.ts';
import { areaName, messages } from './fixtures/catalogue.ts';
import { storedResponses } from './fixtures/database.ts';
import { responseIdOf, startFromHome, takeGrowthTest } from './fixtures/respondent.ts';

test.use({ javaScriptEnabled: false });

test('completes the whole test and shows the report without JavaScript', async ({ page }) => {
  const m = messages('nl');
  const answers = growthTestAnswers({ weakest: 'sales', consent: 'yes' });
  const token = await startFromHome(page, 'nl');
  await takeGrowthTest(page, { locale: 'nl', answers });

  await expect(page.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();
  const headline = page.getByRole('region', { name: m.report.opportunityTitle });
  await expect(headline.getByText(areaName(expectedReport('sales').opportunity, 'nl'), { exact: true })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: m.report.area })).toBeVisible();
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(9);
  // The chart is server-rendered SVG: drawn without script too (and the table carries the same numbers).
  await expect(page.getByRole('img', { name: m.report.radarTitle })).toHaveAttribute('data-drawn', 'true');

  const [stored] = await storedResponses(responseIdOf(token));
  expect(stored.status).toBe('completed');
  expect(JSON.parse(stored.answers)).toMatchObject({ consent: 'yes', email: answers.email, name: answers.name });
});
