/**
 * Cross-site scripting: every known payload in every free-text field that
 * exists now (the contact page's name, company and e-mail), rendered in every
 * page that shows them: the contact page re-rendered with errors (raw
 * values), the contact page showing stored values, the pages after it, the
 * report. Also payloads reflected from the URL (path and query) and from the
 * respondent cookie. Nothing may execute in Chromium, once with the site's CSP
 * and once with the CSP bypassed (so the output escaping holds on its own).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { reportFigures } from '../support/figures.ts';
import { GrowthTestClient, planAnswers, seededRandom } from '../support/growth-test.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import {
  EMAIL_SHAPED_PAYLOADS,
  XSS_PAYLOADS,
  findExecution,
  launchChromium,
  openXssContext,
  recordDialogs,
  type XssPayload,
} from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ database: await freshDatabase('xss', { inMemoryFs: true }) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

/** A test answered up to the contact page (consent given), ready for the free-text fields. */
async function testAtContactPage(seed: number): Promise<string> {
  const client = new GrowthTestClient(server.url);
  const token = await client.newToken();
  await client.start(token);
  const plan = planAnswers(seededRandom(seed), { consent: 'yes' });
  for (const section of plan.sections) {
    if (section.id === 'contact') break;
    expect((await client.postSection(token, section.id, section.fields)).status).toBe(303);
  }
  return token;
}

/** Clicks a survey form button and waits for the page it leads to. */
async function submit(page: Page, action: 'next' | 'back'): Promise<number> {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`button[name="action"][value="${action}"]`).click(),
  ]);
  return response?.status() ?? 0;
}

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];

describe(`cross-site scripting (${XSS_PAYLOADS.length} payloads)`, () => {
  test('the detector itself sees a payload that runs, and one the CSP blocks', async () => {
    const csp = (await fetch(`${server.url}/groeitest`)).headers.get('content-security-policy')!;
    for (const mode of MODES) {
      const context = await openXssContext(browser, { bypassCSP: mode.bypassCSP });
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      // A page that does what an escaping bug would do: put the payload into the HTML as markup.
      await page.route(`${server.url}/xss-control`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'content-security-policy': csp },
          body: `<!doctype html><title>control</title><p>${XSS_PAYLOADS[0].text}</p><p>${XSS_PAYLOADS[1].text}</p>`,
        }),
      );
      await page.goto(`${server.url}/xss-control`);
      const found = await findExecution(page, dialogs);
      await context.close();
      expect(found.length, mode.name).toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(mode.bypassCSP ? /xss\(1000\)/ : /csp-violation/);
    }
  });

  for (const [index, mode] of MODES.entries()) {
    test.concurrent(`free-text fields and reflected input, ${mode.name}`, async () => {
      const context = await openXssContext(browser, { bypassCSP: mode.bypassCSP });
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      let renders = 0;
      let payloadsEntered = 0;
      const check = async (label: string) => {
        renders++;
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}: ${p}`));
        dialogs.length = 0;
      };
      /** The field shows the payload as its value: it was escaped into the attribute, not parsed as markup. */
      const expectValue = async (label: string, selector: string, payload: XssPayload) => {
        const value = await page.inputValue(selector);
        if (!value.includes(`(${payload.id})`)) problems.push(`${label}: ${selector} lost payload ${payload.id}, shows ${JSON.stringify(value)}`);
      };

      const token = await testAtContactPage(100 + index);
      const base = server.url;

      // Three payloads per round: name, company, and (made invalid) e-mail.
      for (let i = 0; i < XSS_PAYLOADS.length; i += 3) {
        const [name, company, email] = [0, 1, 2].map((k) => XSS_PAYLOADS[(i + k) % XSS_PAYLOADS.length]);
        const prefix = (i / 3) % 2 === 0 ? '' : '/en';
        const contactUrl = `${base}${prefix}/vragenlijst/${token}/contact`;
        await page.goto(contactUrl);
        await check('contact page');
        await page.locator('#q-name').fill(name.text);
        await page.locator('#q-company').fill(company.text);
        await page.locator('#q-email').fill(`${email.text} x`);
        payloadsEntered += 3;

        // Invalid e-mail: the page comes back with the raw values.
        expect(await submit(page, 'next')).toBe(422);
        await check(`contact page re-rendered with errors (payloads ${name.id}, ${company.id}, ${email.id})`);
        await expectValue('re-rendered', '#q-name', name);
        await expectValue('re-rendered', '#q-company', company);
        await expectValue('re-rendered', '#q-email', email);

        // Back saves what is valid (name and company) and goes to the previous page (which shows neither).
        expect(await submit(page, 'back')).toBe(200);
        await page.goto(contactUrl);
        await check(`contact page with stored values (payloads ${name.id}, ${company.id})`);
        await expectValue('stored', '#q-name', name);
        await expectValue('stored', '#q-company', company);
      }

      // Payloads shaped like an e-mail address pass the check and are stored in the e-mail field too.
      for (const payload of EMAIL_SHAPED_PAYLOADS) {
        await page.goto(`${base}/vragenlijst/${token}/contact`);
        await page.locator('#q-email').fill(payload.text);
        payloadsEntered++;
        expect(await submit(page, 'back')).toBe(200);
        await page.goto(`${base}/vragenlijst/${token}/contact`);
        await check(`contact page with stored e-mail ${payload.id}`);
        await expectValue('stored', '#q-email', payload);
      }

      // Finish with payloads in all three fields: the report and the resume link must be clean too.
      const last = EMAIL_SHAPED_PAYLOADS.at(-1)!;
      await page.goto(`${base}/vragenlijst/${token}/contact`);
      await page.locator('#q-name').fill(XSS_PAYLOADS[0].text);
      await page.locator('#q-company').fill(XSS_PAYLOADS[1].text);
      await page.locator('#q-email').fill(last.text);
      expect(await submit(page, 'next')).toBe(200);
      expect(page.url()).toBe(`${base}/rapport/${token}`);
      await check('report');
      for (const path of [`/en/rapport/${token}`, `/hervatten/${token}`, `/en/hervatten/${token}`]) {
        await page.goto(base + path);
        await check(path);
      }

      // Reflected input: the URL's path and query end up in links (language switch, alternate), the cookie is read.
      for (const payload of XSS_PAYLOADS) {
        const query = encodeURIComponent(payload.text);
        const paths = [`/groeitest?${query}`, `/rapport/${token}?q=${query}`, `/${query}`, `/en/${query}`];
        const path = paths[payload.id % paths.length];
        await page.goto(base + path);
        await check(`reflected in ${path.slice(0, 40)}`);
      }
      await context.addCookies([{ name: 'koers_test', value: encodeURIComponent(XSS_PAYLOADS[2].text), url: base }]);
      await page.goto(`${base}/groeitest`);
      await check('start page with a hostile cookie');

      reportFigures(`xss ${mode.name}`, {
        payloads: XSS_PAYLOADS.length,
        payloadsEntered,
        pagesRendered: renders,
        failures: problems.length,
      });
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
