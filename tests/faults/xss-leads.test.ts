/**
 * Cross-site scripting through leads and branding (issue 12): every payload
 * as a respondent's name and company (what becomes a lead) and as an
 * organisation's display name, then every page that shows them rendered
 * in Chromium, with the site's CSP and with it bypassed (escaping alone):
 * the inbox, each lead's page, the organisation's public start page, a
 * survey page of its test and the report.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { leads, organisationBranding } from '../../db/schema.ts';
import { acceptLead } from '../../src/lib/server/queries/leads.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { growthTestV1 } from '../../src/lib/families/growth-test/definition.ts';
import { completeResponse, saveAnswers, startResponse } from '../../src/lib/server/queries/responses.ts';
import { organisationGrowthTest, type SurveyInstanceRow } from '../../src/lib/server/queries/surveys.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { demoAnswers, seededRandom } from '../../scripts/seed-demo.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs } from '../support/xss.ts';

let server: ServerHandle;
let browser: Browser;
let world: DemoWorld;
let cookie: string;
let instance: SurveyInstanceRow;
/** A respondent token with a finished report and one stopped on the consent page. */
let reportToken: string;
let openToken: string;
const leadIds: string[] = [];
/** Client companies made by accepting the last leads (their names are payloads too; the first stay new, for the inbox checks). */
const acceptedCompanies: string[] = [];

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];

async function respond(answers: Record<string, string | number>, complete: boolean): Promise<string> {
  const { token } = issueToken();
  const started = await startResponse(token, { instanceId: instance.id, survey: growthTestV1 }, 'nl', { organisationId: world.organisations.demo }, world.db);
  const saved = await saveAnswers(started!, growthTestV1, { answers: { ...demoAnswers(seededRandom(leadIds.length + 7)), ...answers }, cleared: [], sectionId: 'contact' }, world.db);
  if (complete) await completeResponse(saved, growthTestV1, world.db);
  return token;
}

beforeAll(async () => {
  const database = await freshDatabase('xss-leads', { inMemoryFs: true });
  const client = openDatabase(database.url);
  world = await seedDemoWorld(client, 20);
  instance = await organisationGrowthTest(world.organisations.demo, world.db);
  for (const payload of XSS_PAYLOADS) {
    await respond({ consent: 'yes', name: payload.text, company: payload.text, email: `xss${payload.id}@example.nl` }, true);
  }
  leadIds.push(...(await world.db.select({ id: leads.id }).from(leads).orderBy(leads.email)).map((l) => l.id));
  for (const id of leadIds.slice(-8)) acceptedCompanies.push((await acceptLead(world.organisations.demo, id, world.users.consultant, world.db))!);
  reportToken = await respond({ consent: 'yes', name: 'Rapport', email: 'rapport@example.nl' }, true);
  const { token } = issueToken();
  await startResponse(token, { instanceId: instance.id, survey: growthTestV1 }, 'nl', { organisationId: world.organisations.demo }, world.db);
  openToken = token;
  cookie = await sessionCookie(world.db, world.users.consultant);
  server = await startServer({ database });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

async function context(bypassCSP: boolean): Promise<BrowserContext> {
  const c = await openXssContext(browser, { bypassCSP });
  await c.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
  return c;
}

async function visit(c: BrowserContext, path: string): Promise<string[]> {
  const page = await c.newPage();
  const dialogs = recordDialogs(page);
  const response = await page.goto(`${server.url}${path}`);
  const problems = [...(response && response.status() >= 500 ? [`status ${response.status()}`] : []), ...(await findExecution(page, dialogs))];
  await page.close();
  return problems.map((p) => `${path}: ${p}`);
}

describe.each(MODES)('leads and branding $name', ({ bypassCSP }) => {
  test('a lead accepted as a client: its name and company as text on the client page (contacts, answers, report)', async () => {
    const c = await context(bypassCSP);
    const problems: string[] = [];
    for (const companyId of acceptedCompanies) problems.push(...(await visit(c, `/dashboard/klanten/${companyId}`)));
    const page = await c.newPage();
    await page.goto(`${server.url}/dashboard/klanten/${acceptedCompanies[0]}`);
    // The lead's name and address are there, as text.
    expect(await page.locator('.contact-list').innerText()).toMatch(/xss\(\d+\)[\s\S]*xss\d+@example\.nl/);
    await c.close();
    expect(problems).toEqual([]);
  }, 300_000);

  test('names and companies of leads render as text in the inbox and on every lead page', async () => {
    const c = await context(bypassCSP);
    const problems = [...(await visit(c, '/dashboard/leads')), ...(await visit(c, '/en/dashboard/leads?status=new'))];
    for (const id of leadIds) problems.push(...(await visit(c, `/dashboard/leads/${id}`)));
    const inbox = await c.newPage();
    await inbox.goto(`${server.url}/dashboard/leads`);
    // Shown as the very text typed, not swallowed either.
    for (const payload of XSS_PAYLOADS.slice(0, 5)) expect(await inbox.getByText(payload.text, { exact: true }).count(), payload.text).toBeGreaterThan(0);
    await c.close();
    reportFigures(`xss-leads inbox ${bypassCSP ? 'no-csp' : 'csp'}`, { payloads: XSS_PAYLOADS.length, pages: leadIds.length + 2 });
    expect(problems).toEqual([]);
  }, 600_000);

  test("the organisation's display name renders as text on its public test, survey pages and report", async () => {
    const c = await context(bypassCSP);
    const problems: string[] = [];
    for (const payload of XSS_PAYLOADS) {
      await world.db
        .insert(organisationBranding)
        .values({ organisationId: world.organisations.demo, displayName: payload.text, ctaUrl: 'https://agenda.example.nl' })
        .onConflictDoUpdate({ target: organisationBranding.organisationId, set: { displayName: payload.text } });
      for (const path of [`/v/${instance.publicId}`, `/vragenlijst/${openToken}/follow_up`, `/rapport/${reportToken}`]) problems.push(...(await visit(c, path)));
    }
    await world.db.delete(organisationBranding).where(eq(organisationBranding.organisationId, world.organisations.demo));
    await c.close();
    expect(problems).toEqual([]);
  }, 900_000);
});
