/**
 * Roles × routes against the real server: who gets a page, who is sent to
 * sign in, who is refused, and ids of another organisation's objects that
 * must stay invisible (404, never a hint that they exist).
 */
import { expect, test } from '@playwright/test';
import { DEMO_USERS, signedInRequest } from './fixtures/accounts.ts';
import { withDatabase } from './fixtures/database.ts';
import { ORIGIN } from './fixtures/requests.ts';
import { ROLES, demoIds, matrix, type Outcome, type Role } from './fixtures/access-routes.ts';

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

test('webhook posts on a survey page: only those who may manage the survey reach it, the rest get sign-in or 404', async () => {
  const ids = await demoIds();
  // webhook-test on a survey without a webhook changes nothing and redirects back to the page.
  const expected: Record<Role, Outcome> = { anonymous: 'in', entrepreneur: 'gone', consultant: 'away', otherConsultant: 'gone', admin: 'away' };
  const failures: string[] = [];
  for (const role of ROLES) {
    const context = await signedInRequest(role === 'anonymous' ? null : DEMO_USERS[role]);
    try {
      for (const action of ['webhook-test', 'webhook-remove']) {
        const response = await context.post(`/dashboard/vragenlijsten/${ids.ownSurvey}`, { form: { action }, headers: ORIGIN, maxRedirects: 0 });
        const got = outcomeOf(response.status(), response.headers().location);
        if (got !== expected[role]) failures.push(`${role} ${action}: expected ${expected[role]}, got ${got}`);
      }
    } finally {
      await context.dispose();
    }
  }
  expect(failures).toEqual([]);
});

test("action-item posts on a client page: the client's own coaches and the administrator; the rest sign-in, 403 or 404", async () => {
  const ids = await demoIds();
  const expected: Record<Role, Outcome> = { anonymous: 'in', entrepreneur: 'no', consultant: 'away', otherConsultant: 'gone', admin: 'away' };
  const item = { action: 'add-action-item', text: 'Matrix: actiepunt', owner: 'Anna (klant)', dueOn: '2027-01-31' };
  const failures: string[] = [];
  for (const role of ROLES) {
    const context = await signedInRequest(role === 'anonymous' ? null : DEMO_USERS[role]);
    try {
      const response = await context.post(`/dashboard/klanten/${ids.ownClient}`, { form: { ...item, owner: `Matrix ${role}` }, headers: ORIGIN, maxRedirects: 0 });
      const got = outcomeOf(response.status(), response.headers().location);
      if (got !== expected[role]) failures.push(`${role} add-action-item: expected ${expected[role]}, got ${got}`);
      if (got === 'away' && !response.headers().location?.includes('actie=toegevoegd')) failures.push(`${role} add-action-item: no notice in ${response.headers().location}`);
    } finally {
      await context.dispose();
    }
  }
  const owners = await withDatabase(async (db) =>
    (await db.execute({ sql: 'select owner from action_items where company_id = ? and owner like ? order by owner', args: [ids.ownClient, 'Matrix %'] })).rows.map((r) => String(r.owner)),
  );
  expect(failures).toEqual([]);
  expect(owners).toEqual(['Matrix admin', 'Matrix consultant']);

  // Another organisation's item, named under its own client or under one's own, is unknown either way and stays as it was.
  const other = await signedInRequest(DEMO_USERS.otherConsultant);
  expect((await other.post(`/dashboard/klanten/${ids.otherClient}`, { form: { ...item, owner: 'Ander kantoor' }, headers: ORIGIN, maxRedirects: 0 })).status()).toBe(303);
  await other.dispose();
  const foreignItem = () =>
    withDatabase(async (db) => (await db.execute({ sql: "select id, done_at from action_items where company_id = ? and owner = 'Ander kantoor'", args: [ids.otherClient] })).rows[0]);
  const { id: itemId } = await foreignItem();
  const consultant = await signedInRequest(DEMO_USERS.consultant);
  for (const client of [ids.otherClient, ids.ownClient]) {
    for (const action of ['finish-action-item', 'reopen-action-item', 'delete-action-item']) {
      const response = await consultant.post(`/dashboard/klanten/${client}`, { form: { action, itemId: String(itemId) }, headers: ORIGIN, maxRedirects: 0 });
      expect(response.status(), `${action} under ${client === ids.ownClient ? 'own' : 'other'} client`).toBe(404);
    }
  }
  await consultant.dispose();
  expect(await foreignItem()).toMatchObject({ id: itemId, done_at: null });
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

test('"mail me this link" posts: anyone holding the token, signed in or not; an unknown token or a report not there yet is 404', async () => {
  const ids = await demoIds();
  const failures: string[] = [];
  for (const role of ROLES) {
    const context = await signedInRequest(role === 'anonymous' ? null : DEMO_USERS[role]);
    try {
      const cases: [string, Outcome][] = [
        [`/hervatten/${ids.startedToken}/mail`, 'away'],
        [`/rapport/${ids.reportToken}/mail`, 'away'],
        [`/rapport/${ids.startedToken}/mail`, 'gone'],
        ['/hervatten/aaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/mail', 'gone'],
      ];
      for (const [path, expected] of cases) {
        const response = await context.post(path, { form: { email: `matrix-${role}@voorbeeld.test` }, headers: ORIGIN, maxRedirects: 0 });
        const got = outcomeOf(response.status(), response.headers().location);
        if (got !== expected) failures.push(`${role} POST ${path}: expected ${expected}, got ${got}`);
        if (got === 'away' && !response.headers().location?.includes('gemaild=1')) failures.push(`${role} POST ${path}: no confirmation in ${response.headers().location}`);
      }
    } finally {
      await context.dispose();
    }
  }
  expect(failures).toEqual([]);
});
