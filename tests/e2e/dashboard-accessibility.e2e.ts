/**
 * axe-core on every dashboard page a consultant opens, one test per page:
 * all nine in one test ran past its timeout on a loaded 2-core machine.
 * Each worker signs in once and reuses the session cookie.
 */
import { test, type BrowserContext } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/accessibility.ts';
import { DEMO_USERS, browserAs } from './fixtures/accounts.ts';
import { withDatabase } from './fixtures/database.ts';
import { e2eBaseUrl } from './fixtures/environment.ts';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The company id of a demo client by name: client pages are /dashboard/klanten/<id>. */
function clientId(name: string): Promise<string> {
  return withDatabase(async (db) => String((await db.execute({ sql: 'select id from companies where name = ?', args: [name] })).rows[0].id));
}

interface Clients {
  client: string;
  other: string;
}

const PAGES: [label: string, path: (ids: Clients) => string][] = [
  ['client list', () => '/dashboard'],
  ['client list, nothing found', () => '/dashboard?zoek=zzz'],
  ['overview and export', () => '/dashboard/overzicht'],
  ['compare, nobody chosen', () => '/dashboard/vergelijken'],
  ['client list in English', () => '/en/dashboard'],
  ['client page', ({ client }) => `/dashboard/klanten/${client}`],
  ['delete a client', ({ client }) => `/dashboard/klanten/${client}/verwijderen`],
  ['compare, one client', ({ client }) => `/dashboard/vergelijken?klant=${client}`],
  ['compare, two clients', ({ client, other }) => `/dashboard/vergelijken?klant=${client}&klant=${other}`],
  ['leads inbox', () => '/dashboard/leads'],
  ["the organisation's Growth Test", () => '/dashboard/groeitest'],
  ['organisation settings', () => '/dashboard/organisatie'],
];

let signedIn: StorageState | undefined;
let clients: Clients | undefined;

test.beforeAll(async ({ browser }) => {
  const context = await browserAs(browser, DEMO_USERS.consultant);
  signedIn = await context.storageState();
  await context.close();
  clients = { client: await clientId('Bakkerij De Korenschoof'), other: await clientId('Fietsenmaker Jansen') };
});

for (const [label, pathOf] of PAGES) {
  test(`dashboard: ${label}`, async ({ browser }) => {
    const path = pathOf(clients!);
    const context = await browser.newContext({ baseURL: e2eBaseUrl(), storageState: signedIn });
    const page = await context.newPage();
    try {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page, `${label} (${path})`);
    } finally {
      await context.close();
    }
  });
}
