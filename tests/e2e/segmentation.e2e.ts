/**
 * Customer segmentation end to end (issue 11): the demo hotel's four steps
 * with the bubble chart drawn and its table; a messy file read in,
 * previewed with its refused rows, saved and analysed; the entrepreneur on
 * their own company; another organisation's coach gets 404; axe on each.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_SURVEY_CLIENT } from '../../scripts/seed-demo-surveys.ts';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN } from './fixtures/requests.ts';

const s = messages('nl').segmentation;

const companyId = (name: string) =>
  withDatabase(async (db) => String((await db.execute({ sql: 'select id from companies where name = ?', args: [name] })).rows[0].id));
const importCount = (id: string) =>
  withDatabase(async (db) => Number((await db.execute({ sql: 'select count(*) as n from customer_imports where company_id = ?', args: [id] })).rows[0].n));

/** True when the canvas has at least one pixel that is not transparent. */
const canvasHasInk = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });

const MESSY = [
  '\uFEFFKlantnaam;Omzet (€);Winst;Groeipotentie (1-5);Strategische fit;Culturele fit;Notitie',
  'Zeilschool Wind;40.000;8.000;4;5;5;extra kolom',
  ';;;;;;',
  'Bakker Brood;12.500,50;250;2;2;2;',
  'Fout Getal;abc;1;3;3;3;',
  'Te Hoog;1000;100;7;3;3;',
  '',
].join('\r\n');

test('the demo hotel: four steps, the bubble chart drawn, its table, a comparison with last year', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = await companyId(DEMO_SURVEY_CLIENT);
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/klanten/${id}`);
  await page.getByRole('link', { name: s.linkFromClient, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_SURVEY_CLIENT);
  await expect(page.getByTestId('revenue-figure')).toContainText('van de 60 klanten');
  await expect(page.getByRole('heading', { name: s.step3Title })).toBeVisible();
  await expect(page.locator('#bubble-chart')).toHaveAttribute('data-drawn', 'true');
  expect(await canvasHasInk(page, '#bubble-chart')).toBe(true);
  expect(await canvasHasInk(page, '#pareto-chart')).toBe(true);
  const table = page.getByRole('table', { name: s.quadrantTable });
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(page.getByRole('navigation', { name: messages('nl').dashboard.pagination })).toBeVisible();
  await expectNoSeriousViolations(page, 'segmentation page');

  await page.getByLabel(s.compareWith).selectOption({ index: 1 });
  await page.getByRole('button', { name: s.show }).click();
  await expect(page.getByRole('heading', { name: /Vergeleken met Vorig jaar/ })).toBeVisible();

  // Moving the thresholds (GET form) changes the quadrants, and says which thresholds hold.
  await page.getByLabel(s.thresholdProfitability).fill('5');
  await page.getByRole('button', { name: s.apply }).click();
  await expect(page).toHaveURL(/winst=5/);
  await expect(page.getByLabel(s.thresholdProfitability)).toHaveValue('5');
  await context.close();
});

test('a messy file: preview with refused rows, save, quadrants and core customers', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = await companyId('Installatiebedrijf Van Dijk');
  const before = await importCount(id);
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/segmentatie/${id}`);
  await expectNoSeriousViolations(page, 'segmentation page without customers');
  await page.getByLabel(s.file).setInputFiles({ name: 'klanten.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY) });
  await page.getByLabel(s.label).first().fill('2026');
  await page.getByRole('button', { name: s.previewButton }).first().click();

  await expect(page.getByRole('heading', { name: s.previewTitle })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('2 klanten begrepen, 2 regels geweigerd, 1 lege regels overgeslagen.');
  const refused = page.getByRole('table', { name: s.refusedTitle });
  await expect(refused.getByRole('row', { name: /5 Kolom "omzet": "abc" is geen getal/ })).toBeVisible();
  await expect(refused.getByRole('row', { name: /6 Kolom "groeipotentie": "7" ligt buiten 1 tot 5/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'segmentation preview');
  expect(await importCount(id)).toBe(before);

  await page.getByRole('button', { name: 'Sla deze 2 klanten op als nieuwe versie' }).click();
  await expect(page.getByRole('status')).toHaveText('Versie 1 opgeslagen met 2 klanten.');
  expect(await importCount(id)).toBe(before + 1);
  await expect(page.getByTestId('core-list')).toContainText('Zeilschool Wind');
  const table = page.getByRole('table', { name: s.quadrantTable });
  await expect(table.getByRole('row', { name: /Zeilschool Wind/ })).toContainText('Star');
  await expect(table.getByRole('row', { name: /Bakker Brood/ })).toContainText('Dog');
  await expect(page.getByRole('list', { name: s.partWaysTitle })).toContainText('Bakker Brood');
  await expect(page.locator('#bubble-chart')).toHaveAttribute('data-drawn', 'true');
  expect(await canvasHasInk(page, '#bubble-chart')).toBe(true);
  await expectNoSeriousViolations(page, 'segmentation after save');
  await context.close();
});

test('the entrepreneur reaches the segmentation of their own company', async ({ browser }) => {
  const context = await browserAs(browser, DEMO_USERS.entrepreneur);
  const page = await context.newPage();
  await page.goto('/dashboard');
  await page.getByRole('link', { name: s.linkFromClient, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bakkerij De Korenschoof');
  await expectNoSeriousViolations(page, 'segmentation page of the entrepreneur');
  const other = await companyId(DEMO_SURVEY_CLIENT);
  expect((await page.request.get(`/dashboard/segmentatie/${other}`)).status()).toBe(404);
  await context.close();
});

test('another organisation’s coach gets 404 and changes nothing', async () => {
  const id = await companyId(DEMO_SURVEY_CLIENT);
  const before = await importCount(id);
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  for (const path of [`/dashboard/segmentatie/${id}`, `/dashboard/segmentatie/${id}/klanten.csv`, `/en/dashboard/segmentatie/${id}`]) {
    expect((await other.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const post = await other.post(`/dashboard/segmentatie/${id}`, { multipart: { action: 'preview-file', file: { name: 'k.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY) } }, headers: ORIGIN, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  expect(await importCount(id)).toBe(before);
  await other.dispose();
});
