/**
 * The consultant dashboard in a real browser against the built server with
 * demo data: sign in, the client list and its search, a client's page with
 * notes and action items, comparing two clients, and the CSV export. Elements are found by
 * role and label, as a person or a screen reader finds them.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD } from '../support/demo-password.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { CLIENTS_PAGE_SIZE } from '../../src/lib/limits.ts';

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
  // The demo's 16, plus any a spec running earlier added (the API specs make companies, invitations make clients).
  const found = Number(/(\d+) klanten gevonden\./.exec((await page.getByRole('status').filter({ hasText: 'klanten gevonden' }).textContent()) ?? '')?.[1]);
  expect(found).toBeGreaterThanOrEqual(16);
  await expect(clientRows(page)).toHaveCount(Math.min(found, CLIENTS_PAGE_SIZE));
  for (const name of ['Adviesbureau Stroom', 'Bakkerij De Korenschoof']) await expect(page.getByRole('link', { name })).toBeVisible();
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

test('a consultant adds an action item with an owner and a due date, ticks it off, reopens and deletes it', async ({ page }) => {
  await signIn(page, COACH);
  await page.getByRole('link', { name: 'Fietsenmaker Jansen' }).click();
  const section = page.getByRole('region', { name: 'Actiepunten' });
  await expect(section.getByRole('group', { name: 'Nieuw actiepunt' })).toBeVisible();
  const stamp = Date.now();
  const text = `Offerte voor de nieuwe werkplaats opvragen (${stamp})`;
  const item = section.getByRole('listitem').filter({ hasText: text });

  // A day long gone, so the item is overdue: said in words, not only in colour.
  await page.getByLabel('Wat moet er gebeuren?').fill(text);
  await page.getByLabel('Wie doet het?').fill('Anna (klant)');
  await page.getByLabel('Uiterlijk klaar op').fill('2020-01-15');
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await expect(page).toHaveURL(/\?actie=toegevoegd#acties$/);
  await expect(page.getByRole('status').filter({ hasText: 'Het actiepunt is toegevoegd.' })).toBeVisible();
  await expect(item).toContainText('Wie: Anna (klant)');
  await expect(item).toContainText('Uiterlijk klaar op 15 januari 2020');
  await expect(item.getByText('Te laat')).toBeVisible();
  await expect(section.getByRole('heading', { name: /^Open \(\d+\)$/ })).toBeVisible();

  // No day: the error summary and the field say so, and what was typed stays.
  const second = `Subsidie aanvragen (${stamp})`;
  await page.getByLabel('Wat moet er gebeuren?').fill(second);
  await page.getByLabel('Wie doet het?').fill('Chris Coach');
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Het actiepunt is niet toegevoegd' });
  await expect(summary.getByRole('link', { name: 'Uiterlijk klaar op: Vul dit veld in.' })).toBeVisible();
  await expect(page.getByLabel('Wat moet er gebeuren?')).toHaveValue(second);
  await expect(page.getByLabel('Wie doet het?')).toHaveValue('Chris Coach');
  await expectNoSeriousViolations(page, 'client page with action items and a failed add');

  // A browser without a date picker sends what was typed: a day that does not exist is refused in words.
  await page.getByLabel('Uiterlijk klaar op').evaluate((input: HTMLInputElement) => (input.type = 'text'));
  await page.getByLabel('Uiterlijk klaar op').fill('2026-02-30');
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await expect(summary.getByRole('link', { name: 'Uiterlijk klaar op: Vul een bestaande datum in tussen 2000 en 2099, getypt als 2026-12-31.' })).toBeVisible();
  await expect(section.getByText('Vul een bestaande datum in tussen 2000 en 2099, getypt als 2026-12-31.', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Wat moet er gebeuren?')).toHaveValue(second);
  await expect(page.getByLabel('Uiterlijk klaar op')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('listitem').filter({ hasText: second })).toHaveCount(0);

  // Ticking it off: the button names its item.
  await page.getByRole('button', { name: `Afvinken – ${text}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het actiepunt is afgerond.' })).toBeVisible();
  await expect(section.getByRole('heading', { name: /^Afgerond \(1\)$/ })).toBeVisible();
  await expect(item).toContainText(/Afgerond op \d+ \w+ \d{4}/);
  await expect(item.getByText('Te laat')).toHaveCount(0);

  await page.getByRole('button', { name: `Weer openzetten – ${text}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het actiepunt staat weer open.' })).toBeVisible();
  await expect(item.getByText('Te laat')).toBeVisible();

  await page.getByRole('button', { name: `Verwijder actiepunt: ${text}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het actiepunt is verwijderd.' })).toBeVisible();
  await expect(item).toHaveCount(0);
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
