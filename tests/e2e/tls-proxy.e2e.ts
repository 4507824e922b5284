/**
 * The deployment of docs/deploy.md for real: nginx terminating TLS with a
 * self-signed certificate on loopback, its `location /` block read from that
 * file (tests/support/nginx.ts), in front of the built server started with
 * PUBLIC_ORIGIN=https://127.0.0.1:<nginx port> and TRUST_PROXY=1. Chromium
 * talks to nginx only. docs/deploy.md lists what is asserted here; keep the
 * two in step.
 *
 * Its own server and database (not the suite's shared one), so the sign-in
 * throttle this file trips on 127.0.0.1 bothers no other spec.
 */
import { request as requestFactory, expect, test, type BrowserContext, type Browser } from '@playwright/test';
import { request as httpsRequest } from 'node:https';
import { extractText, getDocumentProxy } from 'unpdf';
import { THROTTLES } from '../../src/lib/limits.ts';

const SIGN_IN_MAX_PER_IP = THROTTLES.signInAddress.limit;
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { createDb, openClient } from '../../src/lib/server/db.ts';
import { createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import { findNginx, startTlsProxy, type TlsProxy } from '../support/nginx.ts';
import { freePort, freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';
import { growthTestAnswers } from './fixtures/answers.ts';
import { messages } from './fixtures/catalogue.ts';
import { takeGrowthTest, tokenFromUrl } from './fixtures/respondent.ts';

const NGINX = findNginx();
if (!NGINX) console.warn('[tls-proxy] SKIPPED: nginx is not installed (apt-get install nginx; .ci/run installs it).');

const m = messages('nl');
const COACH = { email: 'coach@proxy.test', password: 'proxy-test-passphrase-1', name: 'Paula Proxy' };
const CLIENT_NAME = 'Bakkerij Achter De Proxy';
const HSTS = 'max-age=31536000';

test.describe.configure({ mode: 'serial' });
test.skip(!NGINX, 'nginx is not installed: the TLS proxy test needs Debian\'s nginx (apt-get install nginx; .ci/run installs it)');

let database: TestDatabase;
let server: ServerHandle;
let proxy: TlsProxy;
let coach: BrowserContext;
let reportToken: string;

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000);
  database = await freshDatabase('tls-proxy');
  const client = openClient(database.url);
  try {
    const db = createDb(client);
    const organisation = await createOrganisation('Proxy Groeiadvies', null, db);
    await createUser({ ...COACH, role: 'consultant', organisationId: organisation.id }, db);
  } finally {
    client.close();
  }
  const proxyPort = await freePort();
  server = await startServer({ database, env: { PUBLIC_ORIGIN: `https://127.0.0.1:${proxyPort}`, TRUST_PROXY: '1' } });
  proxy = await startTlsProxy(NGINX!, proxyPort, server.port);
});

test.afterAll(async () => {
  await coach?.close();
  await proxy?.stop();
  await server?.stop();
  removeDatabase(database);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) {
    console.log(`[tls-proxy] nginx configuration:\n${proxy?.config}\nnginx error log:\n${proxy?.errorLog()}\nserver output:\n${server?.output()}`);
  }
});

const throughProxy = (browser: Browser) => browser.newContext({ baseURL: proxy.url, ignoreHTTPSErrors: true, locale: 'nl-NL' });

test('signing in through nginx: the form post passes, the session cookie is Secure, HSTS is sent', async ({ browser }) => {
  coach = await throughProxy(browser);
  const page = await coach.newPage();
  const signInPage = await page.goto('/inloggen');
  expect(signInPage?.headers()['strict-transport-security']).toBe(HSTS);

  await page.getByLabel(m.auth.email).fill(COACH.email);
  await page.getByLabel(m.auth.password, { exact: true }).fill(COACH.password);
  const [post] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/inloggen'),
    page.getByRole('button', { name: m.auth.signInButton }).click(),
  ]);
  expect(post.status(), 'the sign-in post passes the origin check').toBe(303);
  expect(await post.headerValue('strict-transport-security')).toBe(HSTS);
  await expect(page).toHaveURL(`${proxy.url}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: m.dashboard.clientsTitle })).toBeVisible();

  const session = (await coach.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session, 'a session cookie was set').toBeDefined();
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
  await page.close();
});

test('form posts from another origin, or claiming the proxied http origin, are refused', async () => {
  const api = await requestFactory.newContext({ baseURL: proxy.url, ignoreHTTPSErrors: true });
  try {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${proxy.port}`, null]) {
      const response = await api.post('/inloggen', {
        form: { email: COACH.email, password: COACH.password },
        headers: origin ? { Origin: origin } : {},
        maxRedirects: 0,
      });
      expect(response.status(), `Origin ${origin}`).toBe(403);
    }
  } finally {
    await api.dispose();
  }
});

test('a consultant invites a client, who answers the Growth Test; the dashboard shows the result', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await coach.newPage();
  await page.goto('/dashboard/uitnodigen');
  await page.getByLabel(m.invitations.orNewClient).fill(CLIENT_NAME);
  await page.getByRole('button', { name: m.invitations.button }).click();
  const inviteLink = await page.getByRole('textbox', { name: m.invite.linkLabel }).inputValue();
  expect(inviteLink.startsWith(`${proxy.url}/uitnodiging/`), inviteLink).toBe(true);

  const respondent = await throughProxy(browser);
  try {
    const answering = await respondent.newPage();
    await answering.goto(inviteLink);
    await answering.getByRole('button', { name: m.start.begin }).click();
    await answering.waitForURL(/\/vragenlijst\//);
    await takeGrowthTest(answering, { locale: 'nl', answers: growthTestAnswers({ weakest: 'branding' }) });
    await expect(answering.getByRole('heading', { level: 1, name: m.report.title })).toBeVisible();
    reportToken = tokenFromUrl(answering.url());
    expect(answering.url()).toBe(`${proxy.url}/rapport/${reportToken}`);
  } finally {
    await respondent.close();
  }

  await page.goto('/dashboard');
  await page.getByRole('link', { name: CLIENT_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT_NAME })).toBeVisible();
  // The client page keeps the full report behind a fold.
  await page.getByText(m.dashboard.latestReportShow, { exact: true }).click();
  await expect(page.getByRole('heading', { name: m.report.opportunityTitle })).toBeVisible();
  await page.close();
});

// The PDF holds no link to the report at all (a bearer token: issue 12), so a forged Host has nothing to land in.
test('the PDF, fetched with a forged Host, holds no report link and nothing of that Host', async () => {
  expect(reportToken, 'the Growth Test above produced a report').toBeTruthy();
  const reply = await getInsecure(`${proxy.url}/rapport/${reportToken}/pdf`, { Host: 'evil.example' });
  expect(reply.status).toBe(200);
  expect(reply.headers['strict-transport-security']).toBe(HSTS);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(reply.body)), { mergePages: true });
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain('JouwGroeirapport');
  expect(flat).not.toContain('/rapport/');
  expect(flat).not.toContain(reportToken);
  expect(flat).not.toContain('evil.example');
});

test('forged X-Forwarded-For entries cannot dodge the per-IP sign-in limit', async () => {
  const api = await requestFactory.newContext({ baseURL: proxy.url, ignoreHTTPSErrors: true });
  const statuses: number[] = [];
  try {
    for (let i = 0; i < SIGN_IN_MAX_PER_IP + 5; i++) {
      // A new account name each time, so only the per-IP limit can bite; a new forged address each time.
      const response = await api.post('/inloggen', {
        form: { email: `nobody-${i}@proxy.test`, password: 'wrong-password-123' },
        headers: { Origin: proxy.url, 'X-Forwarded-For': `198.51.100.${i + 1}` },
        maxRedirects: 0,
      });
      statuses.push(response.status());
    }
  } finally {
    await api.dispose();
  }
  expect(statuses.every((status) => status === 400 || status === 429), statuses.join(' ')).toBe(true);
  expect(statuses.filter((status) => status === 400).length, statuses.join(' ')).toBeLessThanOrEqual(SIGN_IN_MAX_PER_IP);
  expect(statuses.slice(-5), statuses.join(' ')).toEqual([429, 429, 429, 429, 429]);
});

/** A GET through the proxy with headers fetch() will not send (Host), accepting the self-signed certificate. */
function getInsecure(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
