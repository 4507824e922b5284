/**
 * Cross-site scripting on the widget (issue 10): every payload as a survey
 * title on the embedded start page, its preview and its thank-you page, and
 * typed into the owner's origins form (refused, so shown back in the field
 * and in the error), rendered in Chromium once with the site's CSP and once
 * with it bypassed (escaping alone).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { createSurvey } from '../../src/lib/server/owner-surveys.ts';
import { sessionCookie } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs, type XssPayload } from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;
let world: SurveyWorld;
let cookie: string;
const publicIds = new Map<number, string>();

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];

async function context(bypassCSP: boolean): Promise<BrowserContext> {
  const opened = await openXssContext(browser, { bypassCSP });
  await opened.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
  return opened;
}

async function showsAsText(page: Page, payload: XssPayload): Promise<boolean> {
  return (await page.locator('main').innerText()).includes(`(${payload.id})`) || (await page.content()).includes(`(${payload.id})`);
}

beforeAll(async () => {
  const database = await freshDatabase('xss-embed', { inMemoryFs: true });
  const db = openDatabase(database.url);
  world = await seedSurveyWorld(db);
  cookie = await sessionCookie(world.db, world.coach.id);
  const coach = { id: world.coach.id, role: 'consultant' as const, organisationId: null as string | null, companyId: null };
  coach.organisationId = String((await db.execute({ sql: 'select organisation_id from users where id = ?', args: [world.coach.id] })).rows[0].organisation_id);
  for (const payload of XSS_PAYLOADS) {
    const form = new FormData();
    for (const [name, value] of [['company', world.companyId], ['template', 'customer-satisfaction'], ['title', payload.text.slice(0, 120)], ['locales', 'nl'], ['locales', 'en']]) form.append(name, value);
    const created = await createSurvey(coach, form, 'nl', new Date(), world.db);
    if (created?.ok) {
      const row = await db.execute({ sql: 'select public_id from surveys where id = ?', args: [created.id] });
      publicIds.set(payload.id, String(row.rows[0].public_id));
    }
  }
  server = await startServer({ database });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`cross-site scripting on the widget (${XSS_PAYLOADS.length} payloads)`, () => {
  for (const mode of MODES) {
    test(`titles on the embedded pages, ${mode.name}`, { timeout: 600_000 }, async () => {
      const opened = await context(mode.bypassCSP);
      const page = await opened.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      let renders = 0;
      for (const payload of XSS_PAYLOADS.filter((p) => publicIds.has(p.id) && p.text.length <= 120)) {
        const prefix = payload.id % 2 === 0 ? '' : '/en';
        const id = publicIds.get(payload.id)!;
        // The start page for every payload; its preview and the thank-you page (the same title, the same escaping) for every other one.
        const pages = [['embedded start', `/e/${id}`], payload.id % 4 < 2 ? ['preview', `/e/${id}?voorbeeld`] : ['embedded thank-you', `/e/${id}/bedankt`]] as const;
        for (const [label, url] of pages) {
          await page.goto(`${server.url}${prefix}${url}`);
          renders++;
          problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}, payload ${payload.id}: ${p}`));
          dialogs.length = 0;
          if (!(await showsAsText(page, payload))) problems.push(`${label}: payload ${payload.id} not shown as text`);
        }
      }
      await opened.close();
      reportFigures(`xss-embed titles ${mode.name}`, { renders, problems: problems.length });
      expect(problems).toEqual([]);
    });

    test(`every payload typed into the origins form, ${mode.name}`, { timeout: 600_000 }, async () => {
      const opened = await context(mode.bypassCSP);
      const page = await opened.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      for (const payload of XSS_PAYLOADS) {
        await page.goto(`${server.url}/dashboard/vragenlijsten/${world.open.id}`);
        await page.locator('textarea[name="origins"]').fill(`https://ok.example\n${payload.text}`);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form:has(textarea[name="origins"]) button[type="submit"]').click()]);
        problems.push(...(await findExecution(page, dialogs)).map((p) => `origins form, payload ${payload.id}: ${p}`));
        dialogs.length = 0;
        if (!(await page.inputValue('textarea[name="origins"]')).includes(`(${payload.id})`)) problems.push(`origins form lost payload ${payload.id}`);
      }
      await opened.close();
      reportFigures(`xss-embed origins form ${mode.name}`, { payloads: XSS_PAYLOADS.length, problems: problems.length });
      expect(problems).toEqual([]);
    });
  }
});
