/**
 * Cross-site scripting through the forms that send mail (issue 12), and in
 * the mails themselves: every payload of tests/support/xss.ts typed into
 * "forgot password" (re-rendered with its error or answered) and into the
 * invitation form (the client's name stored and listed with its mail status,
 * the form re-rendered with a bad reminder), each page rendered in Chromium
 * with the site's CSP and with it bypassed (the escaping must hold on its
 * own). The invitation mails that arrive at the loopback SMTP server are
 * rendered in Chromium too: no payload may run or become markup there.
 * "Mail me this link" (resume and report link): every payload typed as the
 * address, the form shown again with its error and the address reflected
 * into the field: it must come back as the field's text, running nothing.
 * The administrator's consultant invitation by mail: every payload as an
 * organisation's name, on the admin page (re-rendered with a bad address,
 * then sent) and in the invitation mail.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { completedTest, seedDemoWorld, sessionCookie, unfinishedTest, type DemoWorld } from '../support/accounts.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs } from '../support/xss.ts';

let server: ServerHandle;
let database: TestDatabase;
let world: DemoWorld;
let sink: SmtpSink;
let browser: Browser;
let cookie: string;

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed', bypassCSP: true },
];

beforeAll(async () => {
  database = await freshDatabase('xss-mail', { inMemoryFs: true });
  const client = openDatabase(database.url);
  world = await seedDemoWorld(client, 0);
  sink = await startSmtpSink();
  server = await startServer({ database, env: { TRUST_PROXY: '1', SMTP_URL: sink.url, OUTBOX_POLL_MS: '200' } });
  cookie = await sessionCookie(world.db, world.users.consultant);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sink?.close();
  removeDatabase(database);
});

async function contextFor(bypassCSP: boolean, signedIn: boolean): Promise<BrowserContext> {
  const context = await openXssContext(browser, { bypassCSP });
  if (signedIn) await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
  return context;
}

async function adminContext(bypassCSP: boolean): Promise<BrowserContext> {
  const context = await openXssContext(browser, { bypassCSP });
  const adminCookie = await sessionCookie(world.db, world.users.admin);
  await context.addCookies([{ name: SESSION_COOKIE, value: adminCookie.split('=')[1], url: server.url }]);
  return context;
}

async function submit(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('main form button[type="submit"]').first().click()]);
}

test('forgot password: every payload as the address, re-rendered or answered, never runs', async () => {
  const problems: string[] = [];
  for (const mode of MODES) {
    const context = await contextFor(mode.bypassCSP, false);
    const page = await context.newPage();
    const dialogs = recordDialogs(page);
    let n = 0;
    for (const payload of XSS_PAYLOADS) {
      await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.${mode.bypassCSP ? 1 : 0}.${n++}` });
      await page.goto(`${server.url}/wachtwoord-vergeten`);
      await page.locator('input[name="email"]').fill(payload.text);
      await submit(page);
      problems.push(...(await findExecution(page, dialogs)).map((p) => `${mode.name}, payload ${payload.id}: ${p}`));
      dialogs.length = 0;
    }
    await context.close();
  }
  expect(problems).toEqual([]);
});

test('invitation form and list, and the mails: every payload as the client name never runs', async () => {
  const problems: string[] = [];
  const context = await contextFor(false, true);
  const page = await context.newPage();
  const dialogs = recordDialogs(page);
  for (const payload of XSS_PAYLOADS) {
    await page.goto(`${server.url}/dashboard/uitnodigen`);
    await page.locator('input[name="newClientName"]').fill(payload.text);
    await page.locator('input[name="email"]').fill(`klant-${payload.id}@voorbeeld.test`);
    // First with a reminder the form refuses (re-rendered with the name), then sent.
    await page.locator('input[name="reminderDays"]').fill('999');
    await submit(page);
    problems.push(...(await findExecution(page, dialogs)).map((p) => `form re-rendered, payload ${payload.id}: ${p}`));
    await page.locator('input[name="reminderDays"]').fill('0');
    await submit(page);
    problems.push(...(await findExecution(page, dialogs)).map((p) => `form sent, payload ${payload.id}: ${p}`));
    dialogs.length = 0;
  }
  await context.close();
  for (const mode of MODES) {
    const listContext = await contextFor(mode.bypassCSP, true);
    const list = await listContext.newPage();
    const listDialogs = recordDialogs(list);
    await list.goto(`${server.url}/dashboard/uitnodigen`);
    problems.push(...(await findExecution(list, listDialogs)).map((p) => `list ${mode.name}: ${p}`));
    await listContext.close();
  }
  // Every invitation mail arrived; its HTML, rendered as a mail client would (scripts on), runs nothing.
  for (const payload of XSS_PAYLOADS) await sink.waitFor((m) => m.to === `klant-${payload.id}@voorbeeld.test`, 60_000);
  const mailContext = await openXssContext(browser, { bypassCSP: true });
  const mailPage = await mailContext.newPage();
  const mailDialogs = recordDialogs(mailPage);
  for (const mail of sink.mails) {
    await mailPage.setContent(mail.html, { waitUntil: 'load' });
    problems.push(...(await findExecution(mailPage, mailDialogs)).map((p) => `mail to ${mail.to}: ${p}`));
  }
  await mailContext.close();
  expect(problems).toEqual([]);
});

test('mail me this link: every payload as the address, shown again in the field as text, never runs', async () => {
  const problems: string[] = [];
  let n = 0;
  for (const mode of MODES) {
    const context = await contextFor(mode.bypassCSP, false);
    const page = await context.newPage();
    const dialogs = recordDialogs(page);
    const paths = [`/hervatten/${await unfinishedTest(world.db)}/mail`, `/en/rapport/${await completedTest(world.db)}/mail`];
    for (const path of paths) {
      for (const payload of XSS_PAYLOADS) {
        await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${n++ % 250}` });
        await page.goto(`${server.url}${path}`);
        const field = page.locator('#mail-link-email');
        await field.fill(payload.text);
        // What the browser sends (an e-mail field drops line breaks): the page must give exactly that back.
        // An HTML parser reads a NUL in an attribute as U+FFFD: that is the text the page gave back.
        const typed = (await field.inputValue()).replaceAll('\u0000', '\uFFFD');
        await submit(page);
        const where = `${mode.name}, ${path.replace(/[^/]+\.[^/]+/, '<token>')}, payload ${payload.id}`;
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${where}: ${p}`));
        if (new URL(page.url()).pathname === path) {
          const shown = await page.locator('#mail-link-email').inputValue();
          if (shown !== typed) problems.push(`${where}: the field shows ${JSON.stringify(shown)}, typed ${JSON.stringify(typed)}`);
        }
        dialogs.length = 0;
      }
    }
    await context.close();
  }
  expect(problems).toEqual([]);
});

test('consultant invitation by mail: every payload as the organisation name, on the admin page and in the mail, never runs', async () => {
  const problems: string[] = [];
  const sentTo: string[] = [];
  const client = openDatabase(database.url);
  for (const mode of MODES) {
    const context = await adminContext(mode.bypassCSP);
    const page = await context.newPage();
    const dialogs = recordDialogs(page);
    // Each mode half of the payloads (organisations pile up on the one admin page): together all of them.
    for (const payload of XSS_PAYLOADS.filter((_, i) => i % 2 === (mode.bypassCSP ? 1 : 0))) {
      await page.goto(`${server.url}/admin`);
      await page.locator('#f-name').fill(payload.text);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('form:has(input[value="create"]) button[type="submit"]').click()]);
      const organisationId = String((await client.execute('select id from organisations order by rowid desc limit 1')).rows[0]!.id);
      const form = page.locator(`form:has(#consultant-email-${organisationId})`);
      await form.locator('input[name="email"]').fill(`${payload.text.slice(0, 40)}@`);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type="submit"]').click()]);
      problems.push(...(await findExecution(page, dialogs)).map((p) => `${mode.name}, bad address, payload ${payload.id}: ${p}`));
      sentTo.push(`coach-${mode.bypassCSP ? 'b' : 'a'}-${payload.id}@voorbeeld.test`);
      await page.locator(`#consultant-email-${organisationId}`).fill(sentTo.at(-1)!);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(`form:has(#consultant-email-${organisationId}) button[type="submit"]`).click()]);
      problems.push(...(await findExecution(page, dialogs)).map((p) => `${mode.name}, sent, payload ${payload.id}: ${p}`));
      dialogs.length = 0;
    }
    await context.close();
  }
  client.close();
  for (const to of sentTo) await sink.waitFor((m) => m.to === to, 60_000);
  const mailContext = await openXssContext(browser, { bypassCSP: true });
  const mailPage = await mailContext.newPage();
  const mailDialogs = recordDialogs(mailPage);
  for (const mail of sink.mails.filter((m) => sentTo.includes(m.to))) {
    await mailPage.setContent(mail.html, { waitUntil: 'load' });
    problems.push(...(await findExecution(mailPage, mailDialogs)).map((p) => `mail to ${mail.to}: ${p}`));
  }
  await mailContext.close();
  expect(problems).toEqual([]);
});
