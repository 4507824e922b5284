/**
 * The widget end to end (issue 10): a site on another origin (a second
 * port, with a strict CSP) embeds a customer-satisfaction survey inline and
 * as a popup; the frame appears only once Koers answered, resizes to its
 * pages, and the host page hears `koers:completed` with the survey id
 * only; the answers reach the results. A site that is not listed shows
 * nothing of the survey; Koers down or the frame failing leaves the
 * placeholder as the site made it; without JavaScript its link leads to
 * the survey. The owner's origins form keeps its input on an error.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { visibleQuestions, visibleSections } from '../../src/lib/surveys/engine.ts';
import { freshDatabase, removeDatabase, startServer } from '../support/server.ts';
import { answersFor } from '../support/survey-answers.ts';
import { browserAs, DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { messages } from './fixtures/catalogue.ts';
import { withDatabase } from './fixtures/database.ts';
import { e2eBaseUrl } from './fixtures/environment.ts';
import { startHostSite, type HostSite } from './fixtures/host-site.ts';
import { answerInBrowser, createSurveyByRequest, servedSurvey } from './fixtures/instance-surveys.ts';
import { ORIGIN } from './fixtures/requests.ts';
import { submitPage } from './fixtures/respondent.ts';

const m = messages('nl');
const koers = e2eBaseUrl();
let host: HostSite;
let surveyId: string;
let publicId: string;

async function ownClient(): Promise<string> {
  return withDatabase(async (db) => {
    const row = (await db.execute({ sql: "select c.id from companies c join organisations o on o.id = c.organisation_id where o.name = 'Demo Groeiadvies' order by c.name limit 1 offset 5", args: [] })).rows[0];
    return String(row.id);
  });
}

/** Saves the origins through the owner's form post, as the survey page sends it. */
async function setOrigins(id: string, origins: string): Promise<void> {
  const coach = await signedInRequest(DEMO_USERS.consultant);
  const response = await coach.post(`/dashboard/vragenlijsten/${id}`, { form: { action: 'origins', origins }, headers: ORIGIN, maxRedirects: 0 });
  expect(response.status(), 'save origins').toBe(303);
  await coach.dispose();
}

test.beforeAll(async () => {
  host = await startHostSite();
  const coach = await signedInRequest(DEMO_USERS.consultant);
  surveyId = await createSurveyByRequest(coach, { company: await ownClient(), template: 'customer-satisfaction', title: 'Tevredenheid op de site', locales: ['nl'] });
  await coach.dispose();
  publicId = (await servedSurvey(surveyId)).publicId;
  await setOrigins(surveyId, `${host.origin}\nhttps://www.example.nl`);
});

test.afterAll(async () => {
  await host.close();
});

/** Fails the test on any uncaught error of the host page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const frameHeight = (page: Page, selector: string) => page.locator(selector).evaluate((f) => (f as HTMLIFrameElement).style.height);

/** Answers the whole survey inside the frame, page by page, and records the frame's heights on the way. */
async function answerInFrame(page: Page, frameSelector: string): Promise<Set<string>> {
  const frame = (await (await page.locator(frameSelector).elementHandle())!.contentFrame()) as Frame;
  const { survey: served } = await servedSurvey(surveyId);
  const answers = answersFor(served, {});
  const heights = new Set([await frameHeight(page, frameSelector)]);
  await frame.getByRole('button', { name: m.surveys.begin }).click();
  for (const section of visibleSections(served, answers)) {
    await frame.waitForURL((url) => url.pathname.endsWith(`/${section.id}`));
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => frameHeight(page, frameSelector)).not.toBe('0px');
    heights.add(await frameHeight(page, frameSelector));
    for (const question of visibleQuestions(section, answers)) {
      if (answers[question.id] !== undefined) await answerInBrowser(frame as unknown as Page, question, answers[question.id], 'nl');
    }
    await submitPage(frame as unknown as Page, 'nl');
  }
  await frame.waitForURL(/\/e\/[a-z0-9]+\/bedankt$/);
  await expect(frame.getByRole('heading', { level: 1, name: m.surveys.thanksTitle })).toBeVisible();
  heights.add(await frameHeight(page, frameSelector));
  return heights;
}

const completedResponses = () =>
  withDatabase(async (db) =>
    Number((await db.execute({ sql: "select count(*) as n from responses where survey_instance_id = ? and status = 'completed' and embedded = 1", args: [surveyId] })).rows[0].n),
  );

test('inline: the frame replaces the placeholder once loaded, resizes, and the host hears the completion', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const before = await completedResponses();
  await page.goto(host.url(koers, publicId, 'inline'));
  const iframe = page.locator(`[data-koers-survey="${publicId}"] iframe`);
  await expect(iframe).toBeVisible();
  // The placeholder's own link is gone only now that Koers answered.
  await expect(page.getByRole('link', { name: 'Naar de vragenlijst' })).toHaveCount(0);
  await expect(iframe).toHaveAttribute('title', 'Naar de vragenlijst');
  const heights = await answerInFrame(page, `[data-koers-survey="${publicId}"] iframe`);
  expect(heights.size, `heights seen: ${[...heights].join(', ')}`).toBeGreaterThan(1);
  // The event names the survey and nothing else.
  await expect(page.locator('#log')).toHaveText(`completed ${publicId} surveyId`);
  expect(await completedResponses()).toBe(before + 1);
  expect(errors).toEqual([]);
  await context.close();

  // The answer is in the owner's results.
  const coach = await browserAs(browser, DEMO_USERS.consultant);
  const results = await coach.newPage();
  await results.goto(`/dashboard/vragenlijsten/${surveyId}/resultaten`);
  await expect(results.getByText(`rust op ${before + 1} antwoorden`).first()).toBeVisible();
  await coach.close();
});

test('popup: opened by the placeholder link as a labelled dialog, Escape closes it, the survey completes inside', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(host.url(koers, publicId, 'popup'));
  const trigger = page.getByRole('link', { name: 'Naar de vragenlijst' });
  // Ready once the hidden frame has reported to the loader.
  await expect(page.locator(`[data-koers-survey="${publicId}"][data-koers-ready]`)).toHaveCount(1);
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: 'Naar de vragenlijst' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/page\?/);
  await expect(page.frameLocator('dialog iframe').getByRole('heading', { level: 1, name: 'Tevredenheid op de site' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await trigger.click();
  await expect(dialog).toBeVisible();
  await answerInFrame(page, 'dialog iframe');
  await expect(page.locator('#log')).toHaveText(`completed ${publicId} surveyId`);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});

test('a site that is not listed shows nothing of the survey: the frame is blocked, the placeholder stays', async ({ browser }) => {
  const response = await (await signedInRequest(null)).get(`/e/${publicId}`);
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain(`frame-ancestors 'self' ${host.origin} https://www.example.nl;`);
  expect(response.headers()['x-frame-options']).toBeUndefined();
  expect(response.headers()['set-cookie']).toBeUndefined();

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const blocked = page.waitForEvent('response', (r) => r.url().includes(`/e/${publicId}`));
  await page.goto(host.url(koers, publicId, 'inline', host.otherOrigin));
  await blocked;
  const iframe = page.locator(`[data-koers-survey="${publicId}"] iframe`);
  await expect(iframe).toHaveCount(1);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  // Give the frame time it would need to report; nothing of the survey may show.
  await page.waitForTimeout(2000);
  expect(await frame!.locator('body').innerText().catch(() => '')).not.toContain('Tevredenheid op de site');
  await expect(page.getByRole('link', { name: 'Naar de vragenlijst' })).toBeVisible();
  expect(await frameHeight(page, `[data-koers-survey="${publicId}"] iframe`)).toBe('0px');
  expect(errors).toEqual([]);
  await context.close();
});

test('every other page keeps frame-ancestors none', async () => {
  const request = await signedInRequest(null);
  for (const path of ['/', `/v/${publicId}`, '/groeitest', '/inloggen']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  await request.dispose();
});

test('the loader: JavaScript for any site, briefly cached, no cookie, within its budget', async () => {
  const request = await signedInRequest(DEMO_USERS.consultant);
  const response = await request.get('/embed.js', { headers: { 'accept-encoding': 'identity' } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
  expect(headers['cache-control']).toMatch(/^public, max-age=\d+$/);
  // Even for a signed-in browser: the loader never refreshes or sets a cookie.
  expect(headers['set-cookie']).toBeUndefined();
  const again = await request.get('/embed.js', { headers: { 'if-none-match': headers.etag } });
  expect(again.status()).toBe(304);
  await request.dispose();
});

test('the host page survives the frame failing and Koers being stopped', async ({ browser }) => {
  const database = await freshDatabase('embed-down');
  const server = await startServer({ database });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    // Koers answers the loader, but the frame never arrives (slow or failing).
    await page.route('**/e/**', (route) => route.abort());
    await page.goto(host.url(server.url, publicId, 'inline'));
    await expect(page.locator(`[data-koers-survey="${publicId}"] iframe`)).toHaveCount(1);
    await page.waitForTimeout(1000);
    await expect(page.getByRole('link', { name: 'Naar de vragenlijst' })).toBeVisible();
    // An unknown survey: Koers's 404 page, which says nothing to the host.
    await page.unroute('**/e/**');
    await page.goto(host.url(server.url, 'a'.repeat(26), 'popup'));
    await page.waitForTimeout(1000);
    await page.getByRole('link', { name: 'Naar de vragenlijst' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(`${server.url}/v/${'a'.repeat(26)}`);

    await server.stop();
    for (const mode of ['inline', 'popup', 'slide-in']) {
      await page.goto(host.url(server.url, publicId, mode));
      await expect(page.getByRole('heading', { name: 'Bakkerij Voorbeeld' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Naar de vragenlijst' })).toBeVisible();
      await expect(page.getByText('Einde van de pagina.')).toBeVisible();
    }
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await server.stop();
    removeDatabase(database);
  }
});

test('with JavaScript off on the host, the placeholder link leads to the survey', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(host.url(koers, publicId, 'inline'));
  await page.getByRole('link', { name: 'Naar de vragenlijst' }).click();
  await expect(page).toHaveURL(`${koers}/v/${publicId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tevredenheid op de site' })).toBeVisible();
  await context.close();
});

test('the owner sets the origins: a bad line is named and the input kept; the snippets and the live preview', async ({ browser }) => {
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto(`/dashboard/vragenlijsten/${surveyId}`);
  const field = page.getByLabel(m.embed.originsLabel);
  await expect(field).toHaveValue(`${host.origin}\nhttps://www.example.nl`);
  await field.fill(`${host.origin}\nhttps://www.example.nl/contact`);
  await page.getByRole('button', { name: m.embed.originsSave }).click();
  await expect(page.getByRole('alert')).toContainText('Regel 2');
  await expect(field).toHaveValue(`${host.origin}\nhttps://www.example.nl/contact`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(`${host.origin}\nhttps://WWW.example.nl:443/`);
  await page.getByRole('button', { name: m.embed.originsSave }).click();
  await expect(page.getByText(m.embed.originsSaved)).toBeVisible();
  await expect(field).toHaveValue(`${host.origin}\nhttps://www.example.nl`);
  for (const mode of ['inline', 'popup', 'slide-in'] as const) {
    const code = page.getByLabel(`Code: ${m.embed.modes[mode]}`);
    await expect(code).toHaveValue(new RegExp(`data-koers-survey="${publicId}" data-koers-mode="${mode}"`));
    await expect(code).toHaveValue(new RegExp(`<script src="${koers}/embed.js" async></script>`));
  }
  // The live preview: the inline frame shows the start page, whose start button does nothing.
  const preview = page.frameLocator('.embed-preview iframe').first();
  await expect(preview.getByRole('heading', { level: 1, name: 'Tevredenheid op de site' })).toBeVisible();
  await expect(preview.getByRole('button', { name: m.surveys.begin })).toBeDisabled();
  await expectNoSeriousViolations(page, 'survey page with embed settings');
  await context.close();
});

test("a coach puts their organisation's Growth Test on their site; an entrepreneur may not", async ({ browser }) => {
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto('/dashboard');
  await page.getByRole('link', { name: m.embed.navLabel }).click();
  await expect(page.getByRole('heading', { level: 1, name: m.embed.growthTestTitle })).toBeVisible();
  await page.getByLabel(m.embed.originsLabel).fill('https://groeiadvies.example');
  await page.getByRole('button', { name: m.embed.originsSave }).click();
  await expect(page.getByText(m.embed.originsSaved)).toBeVisible();
  const code = await page.getByLabel(`Code: ${m.embed.modes.inline}`).inputValue();
  const gtPublicId = /data-koers-survey="([a-z0-9]+)"/.exec(code)![1];
  const request = await signedInRequest(null);
  const embedded = await request.get(`/e/${gtPublicId}`);
  expect(embedded.status()).toBe(200);
  expect(embedded.headers()['content-security-policy']).toContain("frame-ancestors 'self' https://groeiadvies.example;");
  await request.dispose();
  await context.close();

  const entrepreneur = await signedInRequest(DEMO_USERS.entrepreneur);
  expect((await entrepreneur.get('/dashboard/insluiten', { maxRedirects: 0 })).status()).toBe(403);
  await entrepreneur.dispose();
});
