/**
 * Roles × routes against the real server: who gets a page, who is sent to
 * sign in, who is refused, and ids of another organisation's objects that
 * must stay invisible (404, never a hint that they exist).
 */
import { expect, test } from '@playwright/test';
import { DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN } from './fixtures/requests.ts';

type Role = 'anonymous' | keyof typeof DEMO_USERS;
const ROLES: Role[] = ['anonymous', 'entrepreneur', 'consultant', 'otherConsultant', 'admin'];
/** ok: 200; in: redirect to sign-in; away: redirect elsewhere; no: 403; gone: 404. */
type Outcome = 'ok' | 'in' | 'away' | 'no' | 'gone';

interface Ids {
  ownClient: string;
  otherClient: string;
  /** A completed test of each organisation's first client, and of the entrepreneur's own company. */
  ownTest: string;
  otherTest: string;
  entrepreneurTest: string;
  /** A survey instance each owner created through the form, and the public id of one. */
  ownSurvey: string;
  otherSurvey: string;
  entrepreneurSurvey: string;
  publicId: string;
}

/** Creates a survey through the owner's form, as `email`, and returns its id. */
async function createSurvey(email: string, companyId: string): Promise<string> {
  const owner = await signedInRequest(email);
  const response = await owner.post('/dashboard/vragenlijsten/nieuw', {
    form: { company: companyId, template: 'growth-test', title: 'Matrix', locales: 'nl' },
    headers: ORIGIN,
    maxRedirects: 0,
  });
  expect(response.status(), `create a survey as ${email}`).toBe(303);
  await owner.dispose();
  return response.headers().location!.split('/').at(-1)!;
}

async function demoIds(): Promise<Ids> {
  return withDatabase(async (db) => {
    const client = async (organisation: string) =>
      String((await db.execute({ sql: 'select c.id from companies c join organisations o on o.id = c.organisation_id where o.name = ? order by c.name limit 1', args: [organisation] })).rows[0].id);
    const testOf = async (companyId: string) =>
      String((await db.execute({ sql: "select id from responses where company_id = ? and status = 'completed' limit 1", args: [companyId] })).rows[0].id);
    const ownClient = await client('Demo Groeiadvies');
    const otherClient = await client('Ander Adviesbureau');
    const entrepreneurCompany = String((await db.execute({ sql: 'select company_id from users where email = ?', args: [DEMO_USERS.entrepreneur] })).rows[0].company_id);
    return { ownClient, otherClient, entrepreneurCompany, ownTest: await testOf(ownClient), otherTest: await testOf(otherClient), entrepreneurTest: await testOf(entrepreneurCompany) };
  }).then(async ({ entrepreneurCompany, ...ids }) => {
    const ownSurvey = await createSurvey(DEMO_USERS.consultant, ids.ownClient);
    const otherSurvey = await createSurvey(DEMO_USERS.otherConsultant, ids.otherClient);
    const entrepreneurSurvey = await createSurvey(DEMO_USERS.entrepreneur, entrepreneurCompany);
    const publicId = await withDatabase(async (db) => String((await db.execute({ sql: 'select public_id from surveys where id = ?', args: [ownSurvey] })).rows[0].public_id));
    return { ...ids, ownSurvey, otherSurvey, entrepreneurSurvey, publicId };
  });
}

/** [path, expected outcome per role in ROLES order]. */
function matrix(ids: Ids): [string, Outcome[]][] {
  return [
    ['/', ['ok', 'ok', 'ok', 'ok', 'ok']],
    ['/en/', ['ok', 'ok', 'ok', 'ok', 'ok']],
    ['/groeitest', ['ok', 'ok', 'ok', 'ok', 'ok']],
    ['/inloggen', ['ok', 'away', 'away', 'away', 'away']],
    ['/account', ['in', 'ok', 'ok', 'ok', 'ok']],
    ['/en/account', ['in', 'ok', 'ok', 'ok', 'ok']],
    ['/account/gegevens.json', ['in', 'ok', 'ok', 'ok', 'ok']],
    ['/dashboard', ['in', 'ok', 'ok', 'ok', 'ok']],
    ['/dashboard/uitnodigen', ['in', 'no', 'ok', 'ok', 'no']],
    ['/admin', ['in', 'no', 'no', 'no', 'ok']],
    ['/en/admin', ['in', 'no', 'no', 'no', 'ok']],
    // Client pages are for consultants: an entrepreneur is refused whatever the id, so no id is confirmed.
    [`/dashboard/klanten/${ids.ownClient}`, ['in', 'no', 'ok', 'gone', 'ok']],
    [`/dashboard/klanten/${ids.otherClient}`, ['in', 'no', 'gone', 'ok', 'ok']],
    [`/dashboard/klanten/${ids.otherClient}/verwijderen`, ['in', 'no', 'gone', 'ok', 'ok']],
    ['/dashboard/klanten/nonexistent0000', ['in', 'no', 'gone', 'gone', 'gone']],
    [`/dashboard/vergelijken?klant=${ids.otherClient}`, ['in', 'no', 'gone', 'ok', 'ok']],
    [`/dashboard/rapporten/${ids.ownTest}`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/rapporten/${ids.otherTest}`, ['in', 'gone', 'gone', 'ok', 'ok']],
    [`/dashboard/rapporten/${ids.entrepreneurTest}`, ['in', 'ok', 'ok', 'gone', 'ok']],
    ['/dashboard/rapporten/nonexistent0000', ['in', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/export.csv', ['in', 'no', 'ok', 'ok', 'ok']],
    ['/dashboard/overzicht', ['in', 'no', 'ok', 'ok', 'ok']],
    // Surveys: a coach runs them for their organisation's clients, an entrepreneur for their own company; anything else reads as unknown.
    [`/dashboard/vragenlijsten/nieuw?klant=${ids.ownClient}`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/nieuw?klant=${ids.otherClient}`, ['in', 'gone', 'gone', 'ok', 'ok']],
    ['/dashboard/vragenlijsten/nieuw', ['in', 'ok', 'gone', 'gone', 'gone']],
    [`/dashboard/vragenlijsten/${ids.ownSurvey}`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/en/dashboard/vragenlijsten/${ids.ownSurvey}`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/${ids.ownSurvey}/qr.png`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/${ids.ownSurvey}/qr.svg`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/${ids.otherSurvey}`, ['in', 'gone', 'gone', 'ok', 'ok']],
    [`/dashboard/vragenlijsten/${ids.otherSurvey}/qr.png`, ['in', 'gone', 'gone', 'ok', 'ok']],
    [`/dashboard/vragenlijsten/${ids.entrepreneurSurvey}`, ['in', 'ok', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/${ids.ownSurvey}/resultaten`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/en/dashboard/vragenlijsten/${ids.ownSurvey}/resultaten?q=x`, ['in', 'gone', 'ok', 'gone', 'ok']],
    [`/dashboard/vragenlijsten/${ids.otherSurvey}/resultaten`, ['in', 'gone', 'gone', 'ok', 'ok']],
    [`/dashboard/vragenlijsten/${ids.entrepreneurSurvey}/resultaten`, ['in', 'ok', 'ok', 'gone', 'ok']],
    // No family has a results PDF yet (the Growth Test instances here never will): the same 404 for everyone signed in.
    [`/dashboard/vragenlijsten/${ids.ownSurvey}/resultaten.pdf`, ['in', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/vragenlijsten/nonexistent0000/resultaten', ['in', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/vragenlijsten/site-growth-test/resultaten', ['in', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/vragenlijsten/nonexistent0000', ['in', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/vragenlijsten/site-growth-test', ['in', 'gone', 'gone', 'gone', 'gone']],
    // The public link is for everyone; a guessed one is unknown.
    [`/v/${ids.publicId}`, ['ok', 'ok', 'ok', 'ok', 'ok']],
    [`/en/v/${ids.publicId}`, ['away', 'away', 'away', 'away', 'away']],
    [`/v/${ids.publicId}/bedankt`, ['ok', 'ok', 'ok', 'ok', 'ok']],
    ['/v/aaaaaaaaaaaaaaaaaaaaaaaaaa', ['gone', 'gone', 'gone', 'gone', 'gone']],
    // The widget (issue 10): the loader and the embedded pages are for everyone; a coach sets up their organisation's Growth Test.
    ['/embed.js', ['ok', 'ok', 'ok', 'ok', 'ok']],
    [`/e/${ids.publicId}`, ['ok', 'ok', 'ok', 'ok', 'ok']],
    [`/e/${ids.publicId}?voorbeeld`, ['ok', 'ok', 'ok', 'ok', 'ok']],
    [`/en/e/${ids.publicId}`, ['away', 'away', 'away', 'away', 'away']],
    [`/e/${ids.publicId}/bedankt`, ['ok', 'ok', 'ok', 'ok', 'ok']],
    ['/e/aaaaaaaaaaaaaaaaaaaaaaaaaa', ['gone', 'gone', 'gone', 'gone', 'gone']],
    ['/e/aaaaaaaaaaaaaaaaaaaaaaaaaa/bedankt', ['gone', 'gone', 'gone', 'gone', 'gone']],
    ['/dashboard/insluiten', ['in', 'no', 'ok', 'ok', 'no']],
    ['/en/dashboard/insluiten', ['in', 'no', 'ok', 'ok', 'no']],
  ];
}

function outcomeOf(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return 'ok';
  if (status === 303 && location?.includes('/inloggen')) return 'in';
  if (status === 303) return 'away';
  if (status === 403) return 'no';
  if (status === 404) return 'gone';
  return `${status} ${location ?? ''}`;
}

// One test per role: 110 requests in one test are slow on a loaded machine and a failure named by role reads better.
for (const [i, role] of ROLES.entries()) {
  test(`routes as ${role}`, async () => {
    const ids = await demoIds();
    const context = await signedInRequest(role === 'anonymous' ? null : DEMO_USERS[role]);
    const failures: string[] = [];
    try {
      for (const [path, expected] of matrix(ids)) {
        const response = await context.get(path, { maxRedirects: 0 });
        const got = outcomeOf(response.status(), response.headers().location);
        if (got !== expected[i]) failures.push(`${role} ${path}: expected ${expected[i]}, got ${got}`);
      }
    } finally {
      await context.dispose();
    }
    expect(failures).toEqual([]);
  });
}

test("a consultant cannot invite another organisation's client by posting its id", async () => {
  const ids = await demoIds();
  const consultant = await signedInRequest(DEMO_USERS.consultant);
  const response = await consultant.post('/dashboard/uitnodigen', { form: { companyId: ids.otherClient }, headers: ORIGIN, maxRedirects: 0 });
  expect(response.status()).toBe(400);
  expect(await response.text()).not.toContain('/uitnodiging/');
  const invites = await withDatabase(async (db) => Number((await db.execute({ sql: 'select count(*) as n from invites where company_id = ?', args: [ids.otherClient] })).rows[0].n));
  expect(invites).toBe(0);
  await consultant.dispose();
});

test("nobody sets the embed origins of another organisation's survey by posting its id", async () => {
  const ids = await demoIds();
  const stored = () => withDatabase(async (db) => String((await db.execute({ sql: 'select embed_origins from surveys where id = ?', args: [ids.otherSurvey] })).rows[0].embed_origins));
  const before = await stored();
  for (const email of [DEMO_USERS.consultant, DEMO_USERS.entrepreneur]) {
    const actor = await signedInRequest(email);
    const response = await actor.post(`/dashboard/vragenlijsten/${ids.otherSurvey}`, { form: { action: 'origins', origins: 'https://evil.example' }, headers: ORIGIN, maxRedirects: 0 });
    expect(response.status(), email).toBe(404);
    await actor.dispose();
  }
  expect(await stored()).toBe(before);
});
