/**
 * Cross-site scripting on a survey's webhook form: every payload typed into
 * the URL field of the real form (refused, shown again with its error) and
 * as part of the path of a valid URL (saved, then shown as the current
 * webhook), rendered in Chromium once with the site's CSP and once with it
 * bypassed (escaping alone). Owner writes are throttled (webhookWrite), so
 * the posts rotate over several coaches of the survey's organisation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { THROTTLES } from '../../src/lib/limits.ts';
import { reportFigures } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { ownerSessions } from '../support/owner-sessions.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs } from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;
let world: SurveyWorld;
let cookies: string[];

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];
/** Posts per payload (refused, saved), in both modes. */
const POSTS = XSS_PAYLOADS.length * 2 * MODES.length;

beforeAll(async () => {
  const database = await freshDatabase('xss-webhooks', { inMemoryFs: true });
  world = await seedSurveyWorld(openDatabase(database.url));
  cookies = await ownerSessions(world, Math.ceil(POSTS / THROTTLES.webhookWrite.limit) + 1);
  server = await startServer({ database });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`cross-site scripting on the webhook form (${XSS_PAYLOADS.length} payloads)`, () => {
  for (const [modeIndex, mode] of MODES.entries()) {
    test(`every payload as a refused URL and inside a saved one, ${mode.name}`, { timeout: 600_000 }, async () => {
      const problems: string[] = [];
      let renders = 0;
      const context = await openXssContext(browser, { bypassCSP: mode.bypassCSP });
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        // A coach per payload and mode: two posts each, well within the throttle.
        const cookie = cookies[(modeIndex * XSS_PAYLOADS.length + i) % cookies.length];
        await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
        const prefix = i % 2 === 0 ? '' : '/en';
        const check = async (label: string) => {
          renders++;
          problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}, payload ${payload.id}: ${p}`));
          dialogs.length = 0;
        };
        await page.goto(`${server.url}${prefix}/dashboard/vragenlijsten/${world.open.id}`);
        const field = page.locator('input[name="webhookUrl"]');
        const save = page.locator('form:has(input[name="webhookUrl"]) button[type="submit"]');

        await field.fill(payload.text);
        const [refused] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), save.click()]);
        await check('refused URL');
        if (refused?.status() !== 400) problems.push(`payload ${payload.id}: refused URL answered ${refused?.status()}`);
        else if (!(await field.inputValue()).includes(`(${payload.id})`)) problems.push(`payload ${payload.id}: refused URL not kept in the field`);

        await field.fill(`https://8.8.8.8/${payload.text}`);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), save.click()]);
        // The first save shows the new secret (200), later ones redirect to the page: both show the saved URL.
        await check('saved URL');
        if (!(await page.locator('main').innerText()).includes('https://8.8.8.8/')) problems.push(`payload ${payload.id}: saved URL not shown`);
      }
      await context.close();
      reportFigures(`xss-webhooks ${mode.name}`, { payloads: XSS_PAYLOADS.length, renders, problems: problems.length });
      expect(problems).toEqual([]);
    });
  }
});
