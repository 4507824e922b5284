/**
 * Cross-site scripting in the canvas and the 360° report (issue 11): every
 * payload posted through the real forms as canvas text (what a block holds
 * today, a plus, a minus), as a version name, as a coach's comment on a
 * block and on the report; then every page that shows them rendered in
 * Chromium, with the site's CSP and with it bypassed (escaping alone), and
 * the report's PDF read back: each payload is there as text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CANVAS_BLOCKS } from '../../src/lib/analyses/canvas/model.ts';
import { canvasFieldName } from '../../src/lib/forms/canvas.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { DEMO_PASSWORD, seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs, type XssPayload } from '../support/xss.ts';
import { textOf } from '../unit/families/support/pdf-text.ts';

let server: ServerHandle;
let browser: Browser;
let world: DemoWorld;
let companyId = '';
let ownerCookie = '';
/** Coaches of the company's organisation: canvasWrite counts per account, so the comments spread over them. */
const coachCookies: string[] = [];
const PER_VERSION = CANVAS_BLOCKS.length;
/** Version number → the payloads in its blocks. */
const versionPayloads = new Map<number, XssPayload[]>();

async function post(cookie: string, path: string, fields: Record<string, string>): Promise<number> {
  const reply = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  await reply.arrayBuffer();
  return reply.status;
}

/** A payload that fits in one plus or minus line (no line break, at most 200 characters). */
const asLine = (p: XssPayload) => p.text.replace(/[\r\n]+/g, ' ').slice(0, 200);

beforeAll(async () => {
  const database = await freshDatabase('xss-canvas', { inMemoryFs: true });
  const client = openDatabase(database.url);
  world = await seedDemoWorld(client, 20);
  companyId = world.entrepreneurCompany;
  ownerCookie = await sessionCookie(world.db, world.users.entrepreneur);
  coachCookies.push(await sessionCookie(world.db, world.users.consultant));
  for (let i = 0; i < 3; i++) {
    const coach = await createUser({ email: `xss-coach-${i}@koers.test`, name: `Coach ${i}`, password: DEMO_PASSWORD, role: 'consultant', organisationId: world.organisations.demo }, world.db);
    coachCookies.push(await sessionCookie(world.db, coach.id));
  }
  server = await startServer({ database });
  browser = await launchChromium();

  const canvasPath = (version?: number) => `/dashboard/bedrijven/${companyId}/canvas${version ? `?versie=${version}` : ''}`;
  for (let start = 0, version = 1; start < XSS_PAYLOADS.length; start += PER_VERSION, version++) {
    const payloads = XSS_PAYLOADS.slice(start, start + PER_VERSION);
    if (version > 1) {
      // A version named by its first payload (names are one line of at most 120 characters).
      expect(await post(ownerCookie, canvasPath(version - 1), { action: 'new-version', name: payloads[0].text.replace(/[\r\n]+/g, ' ').slice(0, 120) })).toBe(303);
    }
    const fields: Record<string, string> = { action: 'save' };
    payloads.forEach((p, i) => {
      const block = CANVAS_BLOCKS[i];
      fields[canvasFieldName(block, 'today')] = p.text;
      fields[canvasFieldName(block, 'pluses')] = asLine(p);
      fields[canvasFieldName(block, 'minuses')] = `gewoon\n${asLine(p)}`;
      fields[canvasFieldName(block, 'value')] = String(1 + (i % 5));
      fields[canvasFieldName(block, 'readiness')] = String(1 + ((i + 2) % 5));
    });
    expect(await post(ownerCookie, canvasPath(version), fields)).toBe(303);
    versionPayloads.set(version, payloads);
  }
  const latest = versionPayloads.size;
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    const cookie = coachCookies[i % coachCookies.length];
    expect(await post(cookie, canvasPath(latest), { action: 'comment', block: CANVAS_BLOCKS[i % PER_VERSION], body: p.text })).toBe(303);
    expect(await post(cookie, `/dashboard/bedrijven/${companyId}/360`, { action: 'comment', body: p.text })).toBe(303);
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

async function signedIn(cookie: string, bypassCSP: boolean): Promise<BrowserContext> {
  const context = await openXssContext(browser, { bypassCSP });
  await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
  return context;
}

/** The page shows the payload's marker somewhere: as text, or as a form field's value. */
async function shows(page: Page, payload: XssPayload): Promise<boolean> {
  const marker = `(${payload.id})`;
  if ((await page.locator('main').innerText()).includes(marker)) return true;
  return page.evaluate((m) => [...document.querySelectorAll('textarea, input')].some((e) => (e as HTMLTextAreaElement).value.includes(m)), marker);
}

describe(`cross-site scripting in the canvas and the 360° report (${XSS_PAYLOADS.length} payloads)`, () => {
  for (const mode of [{ name: 'with the CSP', bypassCSP: false }, { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true }]) {
    test(`every page that shows them, ${mode.name}`, { timeout: 600_000 }, async () => {
      const problems: string[] = [];
      let renders = 0;
      for (const [who, cookie] of [['entrepreneur', ownerCookie], ['coach', coachCookies[0]]] as const) {
        const context = await signedIn(cookie, mode.bypassCSP);
        const page = await context.newPage();
        const dialogs = recordDialogs(page);
        const visit = async (label: string, url: string, payloads: XssPayload[]) => {
          await page.goto(`${server.url}${url}`);
          renders++;
          problems.push(...(await findExecution(page, dialogs)).map((p) => `${who}, ${label}: ${p}`));
          dialogs.length = 0;
          for (const payload of payloads) if (!(await shows(page, payload))) problems.push(`${who}, ${label}: payload ${payload.id} not shown as text`);
        };
        for (const [version, payloads] of versionPayloads) {
          const prefix = version % 2 === 0 ? '/en' : '';
          await visit(`canvas version ${version}`, `${prefix}/dashboard/bedrijven/${companyId}/canvas?versie=${version}`, payloads);
          if (version > 1) await visit(`versions ${version} and ${version - 1} side by side`, `${prefix}/dashboard/bedrijven/${companyId}/canvas?versie=${version}&naast=${version - 1}`, [...payloads, ...versionPayloads.get(version - 1)!]);
        }
        // The latest version carries every comment on its blocks; the report carries every report comment.
        await visit('canvas with the comments', `/dashboard/bedrijven/${companyId}/canvas`, XSS_PAYLOADS);
        await visit('360° report', `/dashboard/bedrijven/${companyId}/360`, XSS_PAYLOADS);
        await visit('360° report in English', `/en/dashboard/bedrijven/${companyId}/360`, XSS_PAYLOADS);
        await context.close();
      }
      reportFigures(`xss-canvas pages ${mode.name}`, { payloads: XSS_PAYLOADS.length, versions: versionPayloads.size, renders, problems: problems.length });
      expect(problems).toEqual([]);
    });
  }

  test('the 360° PDF holds every comment as text', { timeout: 120_000 }, async () => {
    const reply = await fetch(`${server.url}/dashboard/bedrijven/${companyId}/360.pdf`, { headers: { cookie: ownerCookie } });
    expect(reply.status).toBe(200);
    const text = (await textOf(new Uint8Array(await reply.arrayBuffer()))).replace(/\s+/g, '');
    const missing = XSS_PAYLOADS.filter((p) => !text.includes(`(${p.id})`)).map((p) => p.id);
    reportFigures('xss-canvas pdf', { payloads: XSS_PAYLOADS.length, missing: missing.length });
    expect(missing).toEqual([]);
  });
});
