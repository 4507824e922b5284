/**
 * The Business Model Canvas and the 360° growth report end to end: the
 * entrepreneur fills in the canvas with the keyboard, sees the heat map and
 * the constraints and makes a second version; the coach comments a block
 * and the entrepreneur reads it; the 360° report of the full demo company
 * (every section, differences called out) and of the
 * one with only a Growth Test (what is missing, with links); another
 * organisation's coach gets 404; axe on every new page.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from '@playwright/test';
import { DEMO_GROWTH_TEST_ONLY_CLIENT } from '../../scripts/seed-demo-canvas.ts';
import { DEMO_SURVEY_CLIENT } from '../../scripts/seed-demo-surveys.ts';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';

const m = messages('nl');
const c = m.canvas;
const t = m.threeSixty;

const companyIdOf = (name: string) => withDatabase(async (db) => String((await db.execute({ sql: 'select id from companies where name = ?', args: [name] })).rows[0].id));
const entrepreneurCompany = () =>
  withDatabase(async (db) => String((await db.execute({ sql: 'select company_id from users where email = ?', args: [DEMO_USERS.entrepreneur] })).rows[0].company_id));

test('the entrepreneur fills in the canvas with the keyboard, sees the result, makes a version; the coach comments a block and the entrepreneur reads it', async ({ browser }) => {
  // 47 s on a quiet run, 84 s at a load average of 30 on two cores: about three times that.
  test.setTimeout(240_000);
  const companyId = await entrepreneurCompany();
  const own = await browserAs(browser, DEMO_USERS.entrepreneur);
  const page = await own.newPage();
  await page.goto('/dashboard');
  await page.getByRole('link', { name: c.openCanvas }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(c.title);
  await expect(page.getByText(c.noVersions)).toBeVisible();
  await expectNoSeriousViolations(page, 'empty canvas');

  // Keyboard only: focus the first field of a block, type, Tab to the next, type-ahead in the selects.
  const fill = async (block: keyof typeof c.blocks, today: string, minuses: string, value: string, readiness: string) => {
    const group = page.getByRole('group', { name: c.blocks[block] });
    await group.getByLabel(c.today).focus();
    await page.keyboard.type(today);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trouwe klanten');
    await page.keyboard.press('Tab');
    await page.keyboard.type(minuses);
    await page.keyboard.press('Tab');
    await page.keyboard.press(value);
    await page.keyboard.press('Tab');
    await page.keyboard.press(readiness);
    await expect(group.getByLabel(c.value)).toHaveValue(value);
    await expect(group.getByLabel(c.readiness)).toHaveValue(readiness);
  };
  await fill('channels', 'Alleen de winkel', 'Geen bezorging', '1', '2');
  await fill('value_proposition', 'Vers brood elke ochtend', 'Duur', '4', '3');
  await fill('customer_relationships', 'Persoonlijk aan de toonbank', 'Geen klantbestand', '2', '4');
  await page.getByRole('button', { name: c.save }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(c.saved);

  // The heat map says it in words and figures; the constraints in order of pressure.
  const map = page.getByRole('list', { name: c.heatTitle });
  await expect(map.getByRole('listitem').filter({ hasText: c.blocks.channels })).toContainText(c.heat.weak);
  await expect(map.getByRole('listitem').filter({ hasText: c.blocks.channels })).toContainText('Waarde 1 van 5');
  await expect(map.getByRole('listitem').filter({ hasText: c.blocks.value_proposition })).toContainText(c.heat.strong);
  const constraints = page.getByRole('list', { name: c.constraintsTitle });
  await expect(constraints.getByRole('listitem')).toHaveText([/^Kanalen: waarde 1 van 5, klaar voor verandering 2 van 5, druk 11 van 12/, /^Klantrelaties: waarde 2/]);
  await expect(page.getByRole('heading', { name: c.questionsTitle })).toBeVisible();
  await expectNoSeriousViolations(page, 'canvas with result');

  // A second version, named, from the first; then set beside it.
  await page.getByLabel(c.newVersionName).fill('Variant bezorging');
  await page.getByRole('button', { name: c.newVersionButton }).click();
  await expect(page.getByRole('status')).toHaveText(c.versionMade);
  await expect(page.getByText('Je ziet versie 2: Variant bezorging.')).toBeVisible();
  await page.getByRole('group', { name: c.blocks.channels }).getByLabel(c.value).selectOption('3');
  await page.getByRole('button', { name: c.save }).click();
  await page.getByLabel(c.compareWith).selectOption({ label: 'Versie 1: Huidig model' });
  await page.getByRole('button', { name: c.compareButton }).click();
  const table = page.getByRole('table', { name: 'Versie 2 en versie 1 per bouwsteen' });
  await expect(table.getByRole('row', { name: new RegExp(c.blocks.channels) })).toContainText('Waarde 3 van 5');
  await expect(table.getByRole('row', { name: new RegExp(c.blocks.channels) })).toContainText('Waarde 1 van 5');
  await expectNoSeriousViolations(page, 'versions side by side');

  // The coach comments on a block of version 2.
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const coachPage = await coach.newPage();
  await coachPage.goto(`/dashboard/klanten/${companyId}`);
  await coachPage.getByRole('link', { name: c.openCanvas }).click();
  await coachPage.getByLabel(c.commentBlock).selectOption({ label: c.blocks.channels });
  await coachPage.getByLabel(c.commentBody).fill('Probeer eerst bezorging op zaterdag.');
  await coachPage.getByRole('button', { name: c.commentButton }).click();
  await expect(coachPage.getByRole('status')).toHaveText(c.commented);

  // The entrepreneur reads it, next to the block.
  await page.goto(`/dashboard/bedrijven/${companyId}/canvas`);
  await expect(page.getByRole('group', { name: c.blocks.channels })).toContainText('Probeer eerst bezorging op zaterdag.');
  await expect(page.getByLabel(c.commentBody)).toHaveCount(0);
  await own.close();
  await coach.close();
});

test('the 360° report of the full demo company: every section, the largest differences called out, and its PDF', async ({ browser }) => {
  const hotel = await companyIdOf(DEMO_SURVEY_CLIENT);
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto(`/dashboard/klanten/${hotel}`);
  await page.getByRole('link', { name: c.openThreeSixty }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`360°-groeirapport van ${DEMO_SURVEY_CLIENT}`);
  for (const key of ['growthTest', 'segmentation', 'canvas', 'satisfaction', 'complaints', 'team'] as const) {
    await expect(page.getByRole('heading', { level: 2, name: t.sections[key], exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: t.segmentationOpen })).toHaveAttribute('href', `/dashboard/segmentatie/${hotel}`);
  await expect(page.getByRole('heading', { level: 3, name: t.calledOutTitle })).toBeVisible();
  await expect(page.locator('ol.called-out > li').first()).toContainText('punten');
  await expect(page.getByRole('table', { name: t.comparisonCaption }).getByRole('row')).toHaveCount(7);
  await expectNoSeriousViolations(page, '360 full');

  await page.getByLabel(t.commentBody).fill('Begin bij <b>de drempels</b>.');
  await page.getByRole('button', { name: t.commentButton }).click();
  await expect(page.getByRole('status')).toHaveText(t.commented);
  await expect(page.getByText('Begin bij <b>de drempels</b>.')).toBeVisible();

  const pdf = await coach.request.get(`/dashboard/bedrijven/${hotel}/360.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  expect(text).toContain(DEMO_SURVEY_CLIENT);
  expect(text).toContain(t.calledOutTitle);
  expect(text).toContain('Begin bij <b>de drempels</b>.');
  await coach.close();
});

test('the 360° report of the company with only a Growth Test says what is missing and how to get it; another organisation’s coach gets 404', async ({ browser }) => {
  const printer = await companyIdOf(DEMO_GROWTH_TEST_ONLY_CLIENT);
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.goto(`/en/dashboard/bedrijven/${printer}/360`);
  const en = messages('en').threeSixty;
  await expect(page.getByRole('heading', { level: 2, name: en.sections.growthTest, exact: true })).toBeVisible();
  for (const key of ['segmentation', 'canvas', 'satisfaction', 'complaints', 'team'] as const) {
    await expect(page.getByRole('heading', { level: 2, name: `${en.sections[key]} (${en.missing})` })).toBeVisible();
  }
  await expect(page.getByText(en.comparisonMissing)).toBeVisible();
  await expect(page.getByRole('link', { name: en.segmentationHow })).toHaveAttribute('href', `/en/dashboard/segmentatie/${printer}`);
  await expect(page.getByRole('link', { name: en.canvasHow })).toHaveAttribute('href', `/en/dashboard/bedrijven/${printer}/canvas`);
  await expect(page.getByRole('link', { name: en.surveyHow }).first()).toHaveAttribute('href', `/en/dashboard/vragenlijsten/nieuw?klant=${printer}`);
  await expectNoSeriousViolations(page, '360 growth test only');
  await coach.close();

  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  for (const path of [`/dashboard/bedrijven/${printer}/360`, `/dashboard/bedrijven/${printer}/canvas`, `/dashboard/bedrijven/${printer}/360.pdf`]) {
    expect((await other.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  await other.dispose();
});

test('on a 360 px phone the canvas is a readable list, one block under the other', async ({ browser }) => {
  const hotel = await companyIdOf(DEMO_SURVEY_CLIENT);
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const page = await coach.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/dashboard/bedrijven/${hotel}/canvas`);
  const partners = await page.getByRole('group', { name: c.blocks.key_partners }).boundingBox();
  const activities = await page.getByRole('group', { name: c.blocks.key_activities }).boundingBox();
  expect(activities!.y).toBeGreaterThan(partners!.y + partners!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousViolations(page, 'canvas on a phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  // Wide: key partners and key activities side by side, as on the canvas.
  const wideP = await page.getByRole('group', { name: c.blocks.key_partners }).boundingBox();
  const wideA = await page.getByRole('group', { name: c.blocks.key_activities }).boundingBox();
  expect(wideA!.x).toBeGreaterThan(wideP!.x + wideP!.width - 1);
  await coach.close();
});
