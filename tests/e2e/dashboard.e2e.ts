/**
 * The consultant dashboard in a real browser against the built server with
 * demo data: sign in, the client list and its search, a client's page with
 * notes, comparing two clients, and the CSV export. Elements are found by
 * role and label, as a person or a screen reader finds them.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD } from '../support/demo-password.ts';

const COACH = 'coach@koers.demo';
const OTHER_COACH = 'coach@ander-kantoor.demo';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

const clientRows = (page: Page) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('checkbox') });

test('a consultant sees their own clients and searches them', async ({ page }) => {
  await signIn(page, COACH);
  await expect(page.getByRole('heading', { level: 1, name: 'Klanten' })).toBeVisible();
  await expect(page.getByText('16 klanten gevonden.')).toBeVisible();
  await expect(clientRows(page)).toHaveCount(16);
  // Another organisation's client is not in the list.
  await expect(page.getByRole('link', { name: 'Café De Hoek' })).toHaveCount(0);

  await page.getByLabel('Zoek op bedrijfsnaam').fill('bakker');
  await page.getByRole('button', { name: 'Toon klanten' }).click();
  await expect(page).toHaveURL(/zoek=bakker/);
  await expect(page.getByText('1 klant gevonden.')).toBeVisible();
  await expect(clientRows(page)).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Bakkerij De Korenschoof' })).toBeVisible();

  // Sorting is a link in the column header.
  await page.getByRole('link', { name: /Totaalscore/ }).click();
  await expect(page).toHaveURL(/sorteer=score/);
  await expect(page.getByRole('columnheader', { name: /Totaalscore/ })).toHaveAttribute('aria-sort', 'descending');
});

test('a consultant opens a client, adds a note and edits it', async ({ page }) => {
  await signIn(page, COACH);
  await page.getByRole('link', { name: 'Bakkerij De Korenschoof' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bakkerij De Korenschoof' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scores over tijd' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Score per gebied per test/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contactpersonen' })).toBeVisible();
  // The latest answers, weakest first, folded until asked for.
  await expect(page.getByRole('heading', { name: 'Antwoorden, zwakste eerst' })).toBeVisible();
  const answers = page.getByRole('table', { name: 'Antwoorden, zwakste eerst' });
  await expect(answers).toBeHidden();
  await page.getByText(/^Toon alle \d+ antwoorden$/).click();
  await expect(answers).toBeVisible();
  expect(await answers.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
  // The full report is behind its own fold.
  await expect(page.getByRole('heading', { name: 'Laatste rapport' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Je grootste groeikans' })).toBeHidden();
  await page.getByText('Toon het volledige rapport').click();
  await expect(page.getByRole('heading', { name: 'Je grootste groeikans' })).toBeVisible();

  // An empty note is refused at the field.
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();

  const text = `Gesprek gepland over klachtafhandeling (${Date.now()})`;
  await page.getByLabel('Nieuwe notitie').fill(text);
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je notitie is opgeslagen.' })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByText(/Chris Coach, \d+ \w+ \d{4}/).first()).toBeVisible();

  await page.getByRole('link', { name: /Bewerk notitie van Chris Coach/ }).first().click();
  const edited = `${text}: verplaatst naar volgende week`;
  await page.getByLabel('Bewerk notitie').fill(edited);
  await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Je wijziging is opgeslagen.' })).toBeVisible();
  await expect(page.getByText(edited)).toBeVisible();
  await expect(page.getByText(/bewerkt op/).first()).toBeVisible();
});

test('another organisation’s consultant cannot open that client', async ({ page }) => {
  await signIn(page, COACH);
  await page.getByRole('link', { name: 'Bakkerij De Korenschoof' }).click();
  const clientUrl = page.url();
  await page.context().clearCookies();
  await signIn(page, OTHER_COACH);
  const response = await page.goto(clientUrl);
  expect(response?.status()).toBe(404);
});

test('a consultant compares two clients', async ({ page }) => {
  await signIn(page, COACH);
  await page.getByLabel('Vergelijk Bakkerij De Korenschoof').check();
  await page.getByLabel('Vergelijk Fietsenmaker Jansen').check();
  await page.getByRole('button', { name: 'Vergelijk aangevinkte klanten' }).click();
  await expect(page).toHaveURL(/vergelijken\?klant=.+&klant=.+/);
  await expect(page.getByRole('heading', { level: 1, name: 'Klanten vergelijken' })).toBeVisible();
  const table = page.getByRole('table', { name: /Score per gebied/ });
  await expect(table.getByRole('columnheader', { name: /Bakkerij De Korenschoof/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Fietsenmaker Jansen/ })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(10);
  await expect(page.locator('canvas#compare-radar')).toHaveAttribute('data-drawn', 'true');
});

test('a consultant downloads the export for Dutch Excel', async ({ page }) => {
  await signIn(page, COACH);
  await page.getByRole('link', { name: 'Overzicht en export' }).click();
  await expect(page.getByRole('heading', { name: 'Tests per maand' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^koers-groeitests-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
  // Every text cell quoted, in both dialects (a file split on the other separator must not run a formula).
  expect(lines[0].startsWith('"response_id";"company";"organisation";"completed_at";"overall_score";')).toBe(true);
  expect(lines[0].split(';')).toContain('"ambition_1"');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(';"Demo Groeiadvies";'))).toBe(true);
  // Decimal commas: an overall score such as 36,8 (a whole number has none).
  expect(lines.slice(1).some((line) => /;\d+,\d;/.test(line))).toBe(true);
});

test("an entrepreneur's own tests show the change from the test before, and a button to take it again", async ({ page }) => {
  await signIn(page, 'ondernemer@koers.demo');
  const table = page.getByRole('table', { name: 'Je afgeronde Groeitests' });
  await expect(table.getByRole('columnheader', { name: 'Verschil met de vorige' })).toBeVisible();
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  // Newest first: every row but the oldest has a signed change; the oldest has none.
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count - 1; i++) await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText(/^([+−]\d+|0)$/);
  await expect(rows.nth(count - 1).getByRole('cell').nth(1)).toHaveText('–');
  await page.getByRole('link', { name: 'Doe de Groeitest opnieuw' }).click();
  await expect(page).toHaveURL(/\/groeitest$/);
});
