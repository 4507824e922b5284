/**
 * Roles × routes for API keys, against the real server: every endpoint
 * with an organisation's own key, another organisation's key (404 for
 * every id of this one), a revoked key and no key (401), and an
 * entrepreneur's key (their own company only). Plus: a script payload in a
 * company and survey title comes back as JSON (nosniff) and is shown
 * escaped on the dashboard; the API keys page passes axe.
 */
import { expect, request as requestFactory, test, type APIRequestContext } from '@playwright/test';
import { browserAs, DEMO_USERS, freshAddress } from './fixtures/accounts.ts';
import { bearer, makeApiKey } from './fixtures/api.ts';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { withDatabase } from './fixtures/database.ts';
import { e2eBaseUrl } from './fixtures/environment.ts';

async function apiContext(): Promise<APIRequestContext> {
  return requestFactory.newContext({ baseURL: e2eBaseUrl(), extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
}

async function companyOf(organisation: string): Promise<string> {
  return withDatabase(async (db) =>
    String((await db.execute({ sql: 'select c.id from companies c join organisations o on o.id = c.organisation_id where o.name = ? order by c.name limit 1', args: [organisation] })).rows[0].id),
  );
}

/** A satisfaction survey made through the API with `key` for `companyId`. */
async function surveyFor(api: APIRequestContext, key: string, companyId: string): Promise<string> {
  const reply = await api.post('/api/v1/surveys', { headers: bearer(key), data: { template: 'customer-satisfaction', title: 'Toegang', companyId, locales: ['nl'] } });
  expect(reply.status()).toBe(201);
  return (await reply.json()).id;
}

/** A request: method, path, and a body (JSON, or text with its content type). */
type Call = [method: string, path: string, body?: unknown, contentType?: string];

const CUSTOMER_CSV = 'Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit\nBakkerij Toegang;12.500;2.100;4;5;4\n';

/** Every endpoint, with ids of the organisation under test (`importCompanyId`: a company of its own, so the demo companies keep their customers). */
function endpoints(ids: { companyId: string; surveyId: string; importCompanyId: string }): Call[] {
  return [
    ['GET', '/api/v1/companies'],
    ['POST', '/api/v1/companies', { name: 'Via de API' }],
    ['GET', '/api/v1/surveys'],
    ['GET', `/api/v1/surveys?companyId=${ids.companyId}`],
    ['POST', '/api/v1/surveys', { template: 'customer-satisfaction', title: 'Nog een', companyId: ids.companyId, locales: ['nl'] }],
    ['GET', `/api/v1/surveys/${ids.surveyId}`],
    ['PATCH', `/api/v1/surveys/${ids.surveyId}`, { title: 'Toegang' }],
    ['POST', `/api/v1/surveys/${ids.surveyId}/responses`, { answers: { expectation: 'as' } }],
    ['GET', `/api/v1/surveys/${ids.surveyId}/responses`],
    ['GET', `/api/v1/surveys/${ids.surveyId}/results`],
    ['PUT', `/api/v1/companies/${ids.importCompanyId}/customers`, CUSTOMER_CSV, 'text/csv'],
    ['GET', `/api/v1/companies/${ids.importCompanyId}/segmentation`],
  ];
}

test('keys × endpoints: own key works, another organisation sees none of it, revoked and missing keys are refused', async () => {
  const own = await makeApiKey(DEMO_USERS.consultant, 'access own');
  const other = await makeApiKey(DEMO_USERS.otherConsultant, 'access other');
  const revoked = await makeApiKey(DEMO_USERS.consultant, 'access revoked');
  await revoked.revoke();
  const api = await apiContext();
  const companyId = await companyOf('Demo Groeiadvies');
  const surveyId = await surveyFor(api, own.key, companyId);
  const importCompany = await api.post('/api/v1/companies', { headers: bearer(own.key), data: { name: 'Klantenlijst via de API' } });
  const importCompanyId = (await importCompany.json()).id as string;
  const failures: string[] = [];
  const expectStatus = async (who: string, headers: Record<string, string>, [method, path, body, contentType]: Call, wanted: number[]) => {
    const reply = await api.fetch(path, { method, headers: { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}) }, data: body });
    if (!wanted.includes(reply.status())) failures.push(`${who} ${method} ${path}: ${reply.status()}, wanted ${wanted.join(' or ')}`);
    if (!reply.headers()['content-type']?.includes('application/json')) failures.push(`${who} ${method} ${path}: not JSON`);
    const text = await reply.text();
    if (/at .+\.(ts|js|mjs):\d+/.test(text)) failures.push(`${who} ${method} ${path}: a stack trace`);
    return reply;
  };
  for (const endpoint of endpoints({ companyId, surveyId, importCompanyId })) {
    const [method, path] = endpoint;
    await expectStatus('own key', bearer(own.key), endpoint, method === 'POST' ? [201] : [200]);
    // Lists answer 200 with only the other organisation's own rows; every id of this one is a 404.
    const isList = path === '/api/v1/companies' || (path === '/api/v1/surveys' && method === 'GET');
    const reply = await expectStatus('other key', bearer(other.key), endpoint, isList ? [method === 'POST' ? 201 : 200] : [404]);
    if (isList && method === 'GET') {
      const ids = ((await reply.json()).data as { id: string }[]).map((row) => row.id);
      if (ids.includes(companyId) || ids.includes(surveyId)) failures.push(`other key ${path}: lists this organisation's rows`);
    }
    await expectStatus('revoked key', bearer(revoked.key), endpoint, [401]);
    await expectStatus('no key', {}, endpoint, [401]);
    await expectStatus('mangled key', bearer(`${own.key.slice(0, -1)}x`), endpoint, [401]);
  }
  expect(failures).toEqual([]);
  // Nothing of this organisation was changed by the other key.
  const title = await withDatabase(async (db) => String((await db.execute({ sql: 'select title from surveys where id = ?', args: [surveyId] })).rows[0].title));
  expect(title).toBe('Toegang');
  await api.dispose();
});

test("an entrepreneur's key sees their own company only and adds no companies", async () => {
  const key = await makeApiKey(DEMO_USERS.entrepreneur, 'winkel');
  const api = await apiContext();
  const own = await withDatabase(async (db) => String((await db.execute({ sql: 'select company_id from users where email = ?', args: [DEMO_USERS.entrepreneur] })).rows[0].company_id));
  const companies = await (await api.get('/api/v1/companies', { headers: bearer(key.key) })).json();
  expect(companies.data.map((c: { id: string }) => c.id)).toEqual([own]);
  expect((await api.post('/api/v1/companies', { headers: bearer(key.key), data: { name: 'Tweede zaak' } })).status()).toBe(403);
  const sibling = await withDatabase(async (db) =>
    String((await db.execute({ sql: 'select id from companies where organisation_id = (select organisation_id from companies where id = ?) and id != ? limit 1', args: [own, own] })).rows[0].id),
  );
  const refused = await api.post('/api/v1/surveys', { headers: bearer(key.key), data: { template: 'customer-satisfaction', title: 'Niet van mij', companyId: sibling, locales: ['nl'] } });
  expect(refused.status()).toBe(404);
  const csv = { ...bearer(key.key), 'Content-Type': 'text/csv' };
  expect((await api.fetch(`/api/v1/companies/${sibling}/customers`, { method: 'PUT', headers: csv, data: CUSTOMER_CSV })).status()).toBe(404);
  expect((await api.get(`/api/v1/companies/${sibling}/segmentation`, { headers: bearer(key.key) })).status()).toBe(404);
  expect((await surveyFor(api, key.key, own)).length).toBeGreaterThan(0);
  await api.dispose();
});

test('a script payload in a title comes back as JSON and shows escaped on the dashboard', async ({ browser }) => {
  const { key } = await makeApiKey(DEMO_USERS.consultant, 'xss');
  const api = await apiContext();
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
  const company = await api.post('/api/v1/companies', { headers: bearer(key), data: { name: `Zaak ${payload}` } });
  expect(company.status()).toBe(201);
  expect(company.headers()['content-type']).toMatch(/^application\/json/);
  expect(company.headers()['x-content-type-options']).toBe('nosniff');
  const companyId = (await company.json()).id;
  const survey = await api.post('/api/v1/surveys', { headers: bearer(key), data: { template: 'customer-satisfaction', title: `Enquête ${payload}`, companyId, locales: ['nl'] } });
  expect((await survey.json()).title).toBe(`Enquête ${payload}`);
  const surveyId = (await survey.json()).id;
  await api.dispose();

  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  for (const path of [`/dashboard/klanten/${companyId}`, `/dashboard/vragenlijsten/${surveyId}`]) {
    await page.goto(path);
    await expect(page.getByText(payload).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  expect(dialogs).toBe(0);
  await context.close();
});

test('the API keys page: create (shown once), list, revoke; no serious axe violations', async ({ browser }) => {
  const context = await browserAs(browser, DEMO_USERS.consultant);
  const page = await context.newPage();
  await page.goto('/dashboard/api-sleutels');
  await expectNoSeriousViolations(page, 'API keys page');
  await page.getByLabel('Naam van de sleutel').fill('Webwinkel axe');
  await page.getByRole('button', { name: 'Sleutel maken' }).click();
  const shown = await page.getByLabel('Uw nieuwe sleutel').inputValue();
  expect(shown).toMatch(/^koers_live_/);
  await expectNoSeriousViolations(page, 'API keys page with a new key');
  await page.getByRole('button', { name: 'Sleutel Webwinkel axe intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ingetrokken' })).toBeVisible();
  await page.goto('/dashboard/api-sleutels');
  expect(await page.content()).not.toContain(shown);
  const api = await apiContext();
  expect((await api.get('/api/v1/companies', { headers: bearer(shown) })).status()).toBe(401);
  await api.dispose();
  await page.goto('/en/dashboard/api-sleutels');
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await expectNoSeriousViolations(page, 'API keys page (English)');
  await context.close();
});
