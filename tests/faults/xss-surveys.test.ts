/**
 * Cross-site scripting on survey instances (issue 9): every payload as an
 * owner-entered survey title, typed into the real create form, and as the
 * open comment of a customer-satisfaction survey, typed into the
 * respondent's page; then every page that shows them rendered in Chromium,
 * once with the site's CSP and once with it bypassed (escaping alone).
 *
 * Titles are checked on every page in TITLE_PAGES (the results page
 * included); comments on the respondent's pages and on the owner's results
 * page, found by their search.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { SURVEY_TITLE_MAX_CHARS } from '../../src/lib/limits.ts';
import { sessionCookie } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { manyAddresses } from '../support/growth-test.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { PublicSurveyClient, satisfactionPlan, seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs, type XssPayload } from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;
let world: SurveyWorld;
let cookie: string;
/** Survey instance (id and public id) per title payload, made through the create form. */
const surveysByPayload = new Map<number, { id: string; publicId: string }>();

/** Pages that show a survey's title, as the coach or a respondent opens them. */
const TITLE_PAGES: { name: string; url: (survey: { id: string; publicId: string }) => string }[] = [
  { name: 'survey page', url: (s) => `/dashboard/vragenlijsten/${s.id}` },
  { name: 'public start page', url: (s) => `/v/${s.publicId}` },
  { name: 'thank-you page', url: (s) => `/v/${s.publicId}/bedankt` },
  { name: 'results page', url: (s) => `/dashboard/vragenlijsten/${s.id}/resultaten` },
];
/** Pages that list every survey of the client at once. */
const LIST_PAGES = [(companyId: string) => `/dashboard/klanten/${companyId}`, (companyId: string) => `/en/dashboard/klanten/${companyId}`];

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];

async function signedInContext(bypassCSP: boolean): Promise<BrowserContext> {
  const context = await openXssContext(browser, { bypassCSP });
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
  return context;
}

/** The page's visible text holds the payload's marker: it was shown as text, not swallowed as markup. */
async function showsAsText(page: Page, payload: XssPayload): Promise<boolean> {
  return (await page.locator('main').innerText()).includes(`(${payload.id})`) || (await page.content()).includes(`(${payload.id})`);
}

beforeAll(async () => {
  const database = await freshDatabase('xss-surveys', { inMemoryFs: true });
  const db = openDatabase(database.url);
  world = await seedSurveyWorld(db);
  cookie = await sessionCookie(world.db, world.coach.id);
  // Respondents start from many addresses (X-Forwarded-For), as real ones do: 92 starts from one would meet the per-address limit.
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  browser = await launchChromium();
  await createThroughForm();
}, 300_000);

/** Every payload as a survey title, typed into the real create form (and three too long, re-rendered with their error). */
async function createThroughForm(): Promise<void> {
  const context = await signedInContext(false);
  const page = await context.newPage();
  const dialogs = recordDialogs(page);
  const problems: string[] = [];
  let tooLong = 0;
  // Each payload as a title, and three made too long, to see the form re-rendered with the error.
  const entries = [...XSS_PAYLOADS.map((p) => [p, p.text] as const), ...XSS_PAYLOADS.slice(0, 3).map((p) => [p, `${p.text}${'x'.repeat(SURVEY_TITLE_MAX_CHARS)}`] as const)];
  for (const [payload, text] of entries) {
    await page.goto(`${server.url}/dashboard/vragenlijsten/nieuw?klant=${world.companyId}`);
    await page.locator('select[name="template"]').selectOption('customer-satisfaction');
    await page.locator('input[name="title"]').evaluate((element) => element.removeAttribute('maxlength'));
    await page.locator('input[name="title"]').fill(text);
    const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form button[type="submit"]').last().click()]);
    problems.push(...(await findExecution(page, dialogs)).map((p) => `create form, payload ${payload.id}: ${p}`));
    dialogs.length = 0;
    const match = /\/dashboard\/vragenlijsten\/([^/?#]+)$/.exec(new URL(page.url()).pathname);
    if (match && match[1] !== 'nieuw') {
      const publicId = /\/v\/([A-Za-z0-9_-]+)/.exec(await page.content())?.[1];
      if (!publicId) problems.push(`payload ${payload.id}: survey page without its public link`);
      else surveysByPayload.set(payload.id, { id: match[1], publicId });
    } else {
      // Refused (too long): the form shows the title again, as the value of its field.
      tooLong++;
      // The create page answers a refused form with 400 (other forms use 422).
      expect([400, 422], `payload ${payload.id}`).toContain(response?.status());
      if (!(await page.inputValue('input[name="title"]')).includes(`(${payload.id})`)) problems.push(`create form lost payload ${payload.id}`);
    }
  }
  await context.close();
  reportFigures('xss-surveys titles', { payloads: XSS_PAYLOADS.length, created: surveysByPayload.size, refusedTooLong: tooLong, maxChars: SURVEY_TITLE_MAX_CHARS });
  expect(problems).toEqual([]);
  expect(surveysByPayload.size).toBe(XSS_PAYLOADS.length);
  expect(tooLong).toBe(3);
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`cross-site scripting on survey instances (${XSS_PAYLOADS.length} payloads)`, () => {
  for (const mode of MODES) {
    test.concurrent(`titles on every page that shows them, ${mode.name}`, { timeout: 300_000 }, async () => {
      const context = await signedInContext(mode.bypassCSP);
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      let renders = 0;
      const visit = async (label: string, url: string, payloads: XssPayload[]) => {
        await page.goto(`${server.url}${url}`);
        renders++;
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}: ${p}`));
        dialogs.length = 0;
        for (const payload of payloads) if (!(await showsAsText(page, payload))) problems.push(`${label}: payload ${payload.id} not shown as text`);
      };
      const created = XSS_PAYLOADS.filter((p) => surveysByPayload.has(p.id));
      for (const list of LIST_PAGES) await visit('client page', list(world.companyId), created);
      for (const payload of created) {
        // Every other payload in English: both catalogues' pages render the title.
        const prefix = payload.id % 2 === 0 ? '' : '/en';
        for (const target of TITLE_PAGES) await visit(`${target.name}, payload ${payload.id}`, prefix + target.url(surveysByPayload.get(payload.id)!), [payload]);
      }
      await context.close();
      reportFigures(`xss-surveys titles ${mode.name}`, { renders, problems: problems.length });
      expect(problems).toEqual([]);
    });
  }

});

describe(`cross-site scripting in the open comment (${XSS_PAYLOADS.length} payloads)`, () => {
  for (const [index, mode] of MODES.entries()) {
    test.concurrent(`every payload as the satisfaction survey's open comment, ${mode.name}`, { timeout: 300_000 }, async () => {
      const context = await openXssContext(browser, { bypassCSP: mode.bypassCSP });
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      let renders = 0;
      const check = async (label: string) => {
        renders++;
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}: ${p}`));
        dialogs.length = 0;
      };
      const client = new PublicSurveyClient(server.url, { forwardedFor: manyAddresses() });
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        // One respondent per payload, answered up to the comment page.
        const token = await client.newSurveyToken(world.open.publicId);
        expect((await client.startSurvey(world.open.publicId, token)).status).toBe(303);
        const [experience, service] = satisfactionPlan(i + index).sections;
        for (const step of [experience, service]) expect((await client.postSection(token, step.id, step.fields)).status).toBe(303);
        const prefix = i % 2 === 0 ? '' : '/en';
        const feedbackUrl = `${server.url}${prefix}/vragenlijst/${token}/feedback`;

        // Saved as the page saves it (back), then the comment page shows the stored comment.
        expect((await client.postSection(token, 'feedback', { comment: payload.text }, 'back')).status).toBe(303);
        await page.goto(feedbackUrl);
        await check(`comment page with the stored comment, payload ${payload.id}`);
        if (!(await page.inputValue('textarea[name="comment"]')).includes(`(${payload.id})`)) problems.push(`stored comment lost payload ${payload.id}`);

        // Over the length limit (a client past the field's maxlength): the page comes back with the error and the comment as typed.
        const comment = page.locator('textarea[name="comment"]');
        await comment.evaluate((element) => element.removeAttribute('maxlength'));
        await comment.fill(`${payload.text} ${'x'.repeat(2001)}`);
        const [reply] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('button[name="action"][value="next"]').click()]);
        await check(`comment re-rendered with its error, payload ${payload.id}`);
        if (reply?.status() !== 422) problems.push(`payload ${payload.id}: an over-long comment answered ${reply?.status()}`);
        else if (!(await comment.inputValue()).includes(`(${payload.id})`)) problems.push(`comment error page lost payload ${payload.id}`);
        // Completed with the comment: the results page lists it.
        expect((await client.postSection(token, 'feedback', { comment: payload.text })).status).toBe(303);
      }
      await context.close();
      // The owner's results page, each comment found by its search (the other mode's copy may show beside it).
      const owner = await signedInContext(mode.bypassCSP);
      const results = await owner.newPage();
      const resultsDialogs = recordDialogs(results);
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        const prefix = i % 2 === 0 ? '' : '/en';
        await results.goto(`${server.url}${prefix}/dashboard/vragenlijsten/${world.open.id}/resultaten?q=${encodeURIComponent(`(${payload.id})`)}`);
        renders++;
        problems.push(...(await findExecution(results, resultsDialogs)).map((p) => `results page, comment ${payload.id}: ${p}`));
        resultsDialogs.length = 0;
        // The visible text only: the search box holds the id too.
        if (!(await results.locator('main').innerText()).includes(`(${payload.id})`)) problems.push(`results page: comment ${payload.id} not listed as text`);
      }
      await owner.close();
      reportFigures(`xss-surveys comments ${mode.name}`, { payloads: XSS_PAYLOADS.length, renders, problems: problems.length });
      expect(problems).toEqual([]);
    });
  }
});
