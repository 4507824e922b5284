/**
 * Cross-site scripting and spreadsheet formulas in customer names (issue
 * 11): every payload read in as a customer name through the real upload
 * form, previewed and saved; then every page that shows the names rendered
 * in Chromium, once with the site's CSP and once with it bypassed (escaping
 * alone), the 360° report and its PDF (which name the core customers), and
 * the CSV export read back: each formula-like name arrives with a leading
 * apostrophe, and no piece of a line starts a formula when a spreadsheet
 * splits it on the other separator.
 *
 * Payloads with a NUL character are left out of the file: a file with NUL
 * bytes is refused whole as binary (malformed-segmentation.test.ts).
 */
import Papa from 'papaparse';
import { neutraliseFormulas } from '../../src/lib/reports/csv.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { textOf } from '../unit/families/support/pdf-text.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { postCustomerFile, previewIdOf, savePreview } from '../support/segmentation.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { FORMULA_PAYLOADS, XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs } from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;
let world: DemoWorld;
let cookie: string;
let companyId: string;
const payloads = [...XSS_PAYLOADS, ...FORMULA_PAYLOADS].filter((p) => !p.text.includes('\u0000') && p.text.trim() === p.text);

beforeAll(async () => {
  const database = await freshDatabase('xss-segmentation', { inMemoryFs: true });
  const db = openDatabase(database.url);
  world = await seedDemoWorld(db, 5);
  cookie = await sessionCookie(world.db, world.users.consultant);
  companyId = world.clients.demo[0].id;
  server = await startServer({ database });
  browser = await launchChromium();
  // Half of them profitable stars with a good fit (core), half loss-making dogs (part ways): the names appear in every list.
  const rows = payloads.map((p, i) => (i % 2 ? [p.text, 1000 + i, 300, 4, 5, 5] : [p.text, 500 + i, -10, 1, 1, 1]));
  const csv = Papa.unparse([['Naam', 'Omzet', 'Winst', 'Groeipotentie', 'Strategische fit', 'Culturele fit'], ...rows], { delimiter: ';' });
  const preview = await postCustomerFile(server.url, cookie, companyId, new TextEncoder().encode(csv), 'text/csv');
  expect(preview.status).toBe(200);
  const saved = await savePreview(server.url, cookie, companyId, previewIdOf(preview.body)!, '<b>label</b>');
  expect(saved.status).toBe(303);
  db.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

const PAGES = [
  (id: string) => `/dashboard/segmentatie/${id}`,
  (id: string) => `/dashboard/segmentatie/${id}?pagina=2`,
  (id: string) => `/en/dashboard/segmentatie/${id}?winst=1&groei=1`,
];

describe('customer names are shown as text everywhere', () => {
  for (const bypassCSP of [false, true]) {
    test(`segmentation pages ${bypassCSP ? 'with the CSP bypassed (escaping alone)' : 'with the CSP'}`, async () => {
      const context = await openXssContext(browser, { bypassCSP });
      await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      for (const path of PAGES) {
        await page.goto(`${server.url}${path(companyId)}`);
        await page.locator('#bubble-chart[data-drawn="true"]').waitFor();
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${path(companyId)}: ${p}`));
      }
      // Every name is on the first page somewhere (the step 4 lists name them all), as text.
      await page.goto(`${server.url}${PAGES[0](companyId)}`);
      const text = await page.locator('main').innerText();
      for (const payload of payloads) if (!text.includes(`(${payload.id})`)) problems.push(`payload ${payload.id} not shown as text`);
      reportFigures(`xss-segmentation ${bypassCSP ? 'bypassed' : 'csp'}`, { pages: PAGES.length + 1, payloads: payloads.length, problems: problems.length });
      expect(problems).toEqual([]);
      await context.close();
    }, 300_000);
  }

  for (const bypassCSP of [false, true]) {
    test(`the 360° report, which names the core customers, ${bypassCSP ? 'with the CSP bypassed' : 'with the CSP'}`, async () => {
      const context = await openXssContext(browser, { bypassCSP });
      await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      for (const path of [`/dashboard/bedrijven/${companyId}/360`, `/en/dashboard/bedrijven/${companyId}/360`]) {
        await page.goto(`${server.url}${path}`);
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${path}: ${p}`));
        const text = await page.locator('main').innerText();
        const shown = payloads.filter((p) => text.includes(`(${p.id})`)).length;
        if (shown === 0) problems.push(`${path}: no customer name shown, so nothing was tested`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }

  test('the 360° PDF holds the core customers as text', { timeout: 120_000 }, async () => {
    const reply = await fetch(`${server.url}/dashboard/bedrijven/${companyId}/360.pdf`, { headers: { cookie } });
    expect(reply.status).toBe(200);
    const text = (await textOf(new Uint8Array(await reply.arrayBuffer()))).replace(/\s+/g, '');
    expect(payloads.filter((p) => text.includes(`(${p.id})`)).length).toBeGreaterThan(0);
  });

  test('the CSV export neutralises every formula-like name', async () => {
    const response = await fetch(`${server.url}/dashboard/segmentatie/${companyId}/klanten.csv?versie=1`, { headers: { cookie } });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parsed = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    const names = parsed.data.slice(1).map((row) => row[0]);
    expect(names).toHaveLength(payloads.length);
    for (const name of names) expect(name, name).not.toMatch(/^[=+\-@\t\r]/);
    // Opened with the other separator, or with quotes ignored: no piece of any line may start a formula either.
    const pieces = parsed.data.slice(1).flatMap((row) => row[0].split(/[;,\n\r]/));
    for (const piece of pieces) expect(piece, piece).not.toMatch(/^[=+\-@]/);
    for (const payload of FORMULA_PAYLOADS) expect(names).toContain(neutraliseFormulas(payload.text));
  });
});
