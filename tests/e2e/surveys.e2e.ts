/**
 * Survey instances end to end: a coach creates one for a client, it is
 * answered through its public link with JavaScript on and off, the
 * answers are counted on the client page, a closed survey refuses politely
 * and stores nothing, and another organisation's coach gets a 404.
 */
import { expect, test, type Browser } from '@playwright/test';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN } from './fixtures/requests.ts';
import { takeGrowthTest, tokenFromUrl } from './fixtures/respondent.ts';

const m = messages('nl');
const en = messages('en');

async function ownClient(): Promise<{ id: string; name: string }> {
  return withDatabase(async (db) => {
    const row = (await db.execute({ sql: "select c.id, c.name from companies c join organisations o on o.id = c.organisation_id where o.name = 'Demo Groeiadvies' order by c.name limit 1 offset 3", args: [] })).rows[0];
    return { id: String(row.id), name: String(row.name) };
  });
}

const countResponses = (instanceId: string) =>
  withDatabase(async (db) => Number((await db.execute({ sql: 'select count(*) as n from responses where survey_instance_id = ?', args: [instanceId] })).rows[0].n));

/** The coach creates a survey for a client through the form; returns its id and public link. */
async function createSurvey(browser: Browser, title: string) {
  const client = await ownClient();
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/klanten/${client.id}`);
  await page.getByRole('link', { name: m.surveys.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.surveys.newTitle })).toBeVisible();
  await expectNoSeriousViolations(page, 'new survey form');
  // A title is required: the form comes back with the message at the field.
  await page.getByRole('button', { name: m.surveys.createButton }).click();
  await expect(page.getByText(m.surveys.titleRequired.replace('{max}', '120'))).toBeVisible();
  await page.getByLabel(m.surveys.title).fill(title);
  await page.getByRole('button', { name: m.surveys.createButton }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const link = await page.getByLabel(m.surveys.publicLink).inputValue();
  expect(link).toMatch(/\/v\/[a-z2-7]{26}$/);
  await expectNoSeriousViolations(page, 'survey page');
  return { id, link, client, context, page };
}

test('create a survey, answer it by link with and without JavaScript, see it counted', async ({ browser }) => {
  test.setTimeout(120_000);
  const { id, link, client, context, page } = await createSurvey(browser, 'Groeitest team voorjaar');

  // The QR code, as PNG and as SVG, encodes nothing else than the page shows: both are served to the owner.
  const png = await page.request.get(`/dashboard/vragenlijsten/${id}/qr.png`);
  expect(png.headers()['content-type']).toBe('image/png');
  expect([...(await png.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const svg = await page.request.get(`/dashboard/vragenlijsten/${id}/qr.svg`);
  expect(svg.headers()['content-type']).toBe('image/svg+xml');
  expect(await svg.text()).toContain('<svg');

  for (const javaScriptEnabled of [true, false]) {
    const respondent = await browser.newContext({ javaScriptEnabled });
    const answering = await respondent.newPage();
    await answering.goto(link);
    await expect(answering.getByRole('heading', { level: 1, name: 'Groeitest team voorjaar' })).toBeVisible();
    if (javaScriptEnabled) await expectNoSeriousViolations(answering, 'public survey start');
    await answering.getByRole('button', { name: m.surveys.begin }).click();
    await answering.waitForURL(/\/vragenlijst\//);
    const token = tokenFromUrl(answering.url());
    await takeGrowthTest(answering, { locale: 'nl', answers: growthTestAnswers() });
    await expect(answering).toHaveURL(new RegExp(`/rapport/${token.replace('.', '\\.')}$`));
    await respondent.close();
  }
  expect(await countResponses(id)).toBe(2);

  await page.goto(`/dashboard/klanten/${client.id}`);
  const row = page.getByRole('region', { name: m.surveys.sectionTitle }).getByRole('row', { name: /Groeitest team voorjaar/ });
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await expect(row.getByRole('cell').nth(4)).toHaveText(/gemiddelde score \d+/);
  await context.close();
});

test('a closed survey says so politely in the respondent’s language and stores nothing', async ({ browser }) => {
  const { id, link, context, page } = await createSurvey(browser, 'Gesloten lijst');
  await page.getByRole('button', { name: m.surveys.close }).click();
  await expect(page.getByText(m.surveys.isClosed)).toBeVisible();

  const respondent = await browser.newContext();
  const visitor = await respondent.newPage();
  const response = await visitor.goto(link);
  expect(response?.status()).toBe(410);
  await expect(visitor.getByRole('heading', { level: 1, name: m.surveys.closedTitle })).toBeVisible();
  await expect(visitor.getByRole('button', { name: m.surveys.begin })).toHaveCount(0);
  await expectNoSeriousViolations(visitor, 'closed survey');
  const english = await visitor.goto(link.replace('/v/', '/en/v/'));
  expect(english?.status()).toBe(410);
  await expect(visitor.getByRole('heading', { level: 1, name: en.surveys.closedTitle })).toBeVisible();

  // A start posted anyway (a page left open before closing) stores nothing.
  const request = await signedInRequest(null);
  const posted = await request.post(new URL(link).pathname, { form: { token: 'abcdefghijklmnop.abcdefghijklmnopqrstuvwxyz234567', website: '' }, headers: ORIGIN, maxRedirects: 0 });
  expect(posted.status()).toBe(410);
  expect(await countResponses(id)).toBe(0);

  // Reopened, it takes answers again.
  await page.getByRole('button', { name: m.surveys.reopen }).click();
  expect((await visitor.goto(link))?.status()).toBe(200);
  await respondent.close();
  await request.dispose();
  await context.close();
});

test('a filled honeypot gets a friendly message and stores nothing', async ({ browser }) => {
  const { id, link, context } = await createSurvey(browser, 'Honingpot');
  const request = await signedInRequest(null);
  const start = await request.get(new URL(link).pathname);
  const token = /name="token" value="([^"]+)"/.exec(await start.text())![1];
  const posted = await request.post(new URL(link).pathname, { form: { token, website: 'https://spam.example' }, headers: ORIGIN, maxRedirects: 0 });
  expect(posted.status()).toBe(400);
  expect(await posted.text()).toContain(m.surveys.honeypot.replace(/'/g, '&#39;').slice(0, 30));
  expect(await countResponses(id)).toBe(0);
  await request.dispose();
  await context.close();
});

test('another organisation’s coach gets 404 on every page of a survey', async ({ browser }) => {
  const { id, client, context } = await createSurvey(browser, 'Alleen voor ons');
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  for (const path of [`/dashboard/vragenlijsten/${id}`, `/dashboard/vragenlijsten/${id}/qr.png`, `/dashboard/vragenlijsten/${id}/qr.svg`, `/dashboard/vragenlijsten/nieuw?klant=${client.id}`]) {
    expect((await other.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const close = await other.post(`/dashboard/vragenlijsten/${id}`, { form: { action: 'close' }, headers: ORIGIN, maxRedirects: 0 });
  expect(close.status()).toBe(404);
  const create = await other.post('/dashboard/vragenlijsten/nieuw', { form: { company: client.id, template: 'growth-test', title: 'x', locales: 'nl' }, headers: ORIGIN, maxRedirects: 0 });
  expect(create.status()).toBe(404);
  const status = await withDatabase(async (db) => String((await db.execute({ sql: 'select status from surveys where id = ?', args: [id] })).rows[0].status));
  expect(status).toBe('open');
  await other.dispose();
  await context.close();
});
