/**
 * Throttles against the real server (docs/security.md): a parallel burst of
 * guesses from one address lets exactly the limit through; an attacker
 * hammering one account from many addresses never locks its owner out; a
 * flood of test starts or page posts is turned away with 429 and
 * Retry-After and nothing typed is lost; sign-up answers the same for a new
 * and an existing address. The server trusts X-Forwarded-For here, so each
 * request can come from an address of its choosing.
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { THROTTLES } from '../../src/lib/limits.ts';
import { reportFigures, sleep } from '../support/figures.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { encodeForm, type FormFields } from '../support/growth-test.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { sessionCookie } from '../support/accounts.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { createCompany, createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

let server: ServerHandle;
let db: Client;
const OWNER = { email: 'owner@throttle.test', password: 'owner-password-2026', name: 'Olga' };

beforeAll(async () => {
  const database = await freshDatabase('throttle');
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  db = openDatabase(database.url);
});

afterAll(async () => {
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

interface Sent {
  status: number;
  location: string | null;
  retryAfter: string | null;
  cookies: string[];
  body: string;
}

async function post(path: string, fields: FormFields, ip: string, cookie = ''): Promise<Sent> {
  const response = await fetch(server.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': ip, cookie },
    body: encodeForm(fields),
  });
  return {
    status: response.status,
    location: response.headers.get('location'),
    retryAfter: response.headers.get('retry-after'),
    cookies: response.headers.getSetCookie().map((c) => c.split(';')[0]),
    body: await response.text(),
  };
}

const count = async (sqlText: string) => Number((await db.execute(sqlText)).rows[0].n);
const statuses = (replies: Sent[]) => replies.reduce<Record<number, number>>((all, r) => ({ ...all, [r.status]: (all[r.status] ?? 0) + 1 }), {});

/** Fixed windows end on the clock: a burst that straddles an end would count in two. Wait past one that is near. */
async function awayFromWindowEnd(windowS: number, marginMs = 30_000): Promise<void> {
  const leftMs = windowS * 1000 - (Date.now() % (windowS * 1000));
  if (leftMs < marginMs) await sleep(leftMs + 500);
}

test('sign-up answers the same for a new and an existing address, and changes nothing existing', async () => {
  const first = await post('/registreren', { ...OWNER, company: 'Olga BV' }, '198.51.100.1');
  const again = await post('/registreren', { ...OWNER, password: 'taken-over-2026', company: 'Mallory BV' }, '198.51.100.2');
  expect([first.status, first.location, first.cookies]).toEqual([303, '/inloggen?welkom=1', []]);
  expect([again.status, again.location, again.cookies]).toEqual([first.status, first.location, first.cookies]);
  expect(await count(`select count(*) as n from users where email = '${OWNER.email}' and name = 'Olga'`)).toBe(1);
  expect(await count(`select count(*) as n from companies`)).toBe(1);
});

test('a parallel burst of guesses from one address: exactly the limit reaches the password check', async () => {
  const { limit, windowS } = THROTTLES.signInAddress;
  await awayFromWindowEnd(windowS);
  const burst = await Promise.all(
    Array.from({ length: limit + 15 }, (_, i) => post('/inloggen', { email: `guess-${i}@throttle.test`, password: 'wrong-password-1' }, '203.0.113.66')),
  );
  reportFigures('throttle burst', { sent: burst.length, ...statuses(burst) });
  expect(statuses(burst)).toEqual({ 400: limit, 429: 15 });
  for (const refused of burst.filter((r) => r.status === 429)) {
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body).toContain('Te veel pogingen');
  }
});

test('the owner gets in while an attacker hammers the account from many other addresses', async () => {
  const { windowS, limit } = THROTTLES.signInAccount;
  await awayFromWindowEnd(windowS);
  // The owner signed in before from this browser: it holds a trusted-device cookie.
  const before = await post('/inloggen', { email: OWNER.email, password: OWNER.password }, '192.0.2.10');
  expect(before.status).toBe(303);
  const device = before.cookies.find((c) => c.startsWith('koers_device='))!;
  expect(device).toBeTruthy();

  const attack = [];
  for (let i = 0; i < limit + 20; i++) attack.push(post('/inloggen', { email: OWNER.email, password: `guess-${i}-abcdef` }, `10.66.${i >> 8}.${i & 255}`));
  const replies = await Promise.all(attack);
  reportFigures('throttle distributed attack', { sent: replies.length, ...statuses(replies) });
  expect(statuses(replies)).toEqual({ 400: limit, 429: 20 });

  // The attacker's next guess from yet another address, even with the right password, is refused …
  expect((await post('/inloggen', { email: OWNER.email, password: OWNER.password }, '10.67.0.1')).status).toBe(429);
  // … while the owner, from their own browser, gets in: from their usual address and from a new one.
  for (const ip of ['192.0.2.10', '198.51.100.77']) {
    const owner = await post('/inloggen', { email: OWNER.email, password: OWNER.password }, ip, device);
    expect(owner.status, `owner from ${ip}`).toBe(303);
  }
});

test('a flood of test starts from one address is turned away with 429 and the same token offered again', async () => {
  const { limit, windowS } = THROTTLES.testStartAddress;
  await awayFromWindowEnd(windowS, 15_000);
  const before = await count('select count(*) as n from responses');
  const page = await (await fetch(`${server.url}/groeitest`)).text();
  // Fresh tokens of the shape the start page issues, one per start.
  const tokens = Array.from({ length: 200 }, () => issueToken().token);
  const flood = await Promise.all(tokens.map((token) => post('/groeitest', { token }, '203.0.113.99')));
  reportFigures('throttle start flood', { sent: flood.length, ...statuses(flood) });
  expect(statuses(flood)[429]).toBe(200 - limit);
  expect(await count('select count(*) as n from responses')).toBeLessThanOrEqual(before + limit);
  const refused = flood.find((r) => r.status === 429)!;
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toContain('Dat ging te vaak achter elkaar');
  // The page offers the posted token again, so a later retry makes exactly one response.
  const offered = refused.body.match(/name="token" value="([^"]+)"/)![1];
  expect(tokens).toContain(offered);
  // Another address is not affected.
  expect((await post('/groeitest', { token: page.match(/name="token" value="([^"]+)"/)![1] }, '203.0.113.100')).status).toBe(303);
});

test('page posts and autosaves of one response past the limit: 429, nothing saved, the answers back in the form', async () => {
  const { limit, windowS } = THROTTLES.surveyWrite;
  await awayFromWindowEnd(windowS, 20_000);
  const page = await (await fetch(`${server.url}/groeitest`)).text();
  const token = page.match(/name="token" value="([^"]+)"/)![1];
  expect((await post('/groeitest', { token }, '192.0.2.50')).status).toBe(303);
  const section = 'ambition';
  const drafts = await Promise.all(Array.from({ length: limit }, () => post(`/api/responses/${token}/draft`, { section, ambition_1: '2' }, '192.0.2.50')));
  expect(statuses(drafts)).toEqual({ 200: limit });
  const revision = await count(`select revision as n from responses where id = '${token.split('.')[0]}'`);

  const draft = await post(`/api/responses/${token}/draft`, { section, ambition_1: '3' }, '192.0.2.51');
  expect([draft.status, JSON.parse(draft.body).error, Number(draft.retryAfter) > 0]).toEqual([429, 'throttled', true]);
  const page429 = await post(`/en/vragenlijst/${token}/${section}`, { section, ambition_1: '4', action: 'next' }, '192.0.2.51');
  expect(page429.status).toBe(429);
  expect(Number(page429.retryAfter)).toBeGreaterThan(0);
  expect(page429.body).toContain('That was too often in a row');
  expect(page429.body).toMatch(/name="ambition_1"[^>]*value="4"[^>]*checked|value="4"[^>]*name="ambition_1"[^>]*checked/);
  expect(await count(`select revision as n from responses where id = '${token.split('.')[0]}'`)).toBe(revision);
});

test('"mail me this link" past the per-response limit, and from one address past its own: 429 with the message and the address kept, nothing more in the outbox', async () => {
  const startOne = async (ip: string) => {
    const page = await (await fetch(`${server.url}/groeitest`, { headers: { 'x-forwarded-for': ip } })).text();
    const token = page.match(/name="token" value="([^"]+)"/)![1];
    expect((await post('/groeitest', { token }, ip)).status).toBe(303);
    return token;
  };
  const mails = () => count("select count(*) as n from outbox where kind = 'mail'");
  const perToken = THROTTLES.mailLinkToken;
  await awayFromWindowEnd(perToken.windowS);
  const token = await startOne('192.0.2.60');
  // Each from its own address: only the per-response limit counts. Distinct addresses: the dedupe key would fold repeats into one mail.
  const asked = await Promise.all(Array.from({ length: perToken.limit }, (_, i) => post(`/hervatten/${token}/mail`, { email: `t${i}@voorbeeld.test` }, `192.0.2.${70 + i}`)));
  expect(statuses(asked)).toEqual({ 303: perToken.limit });
  const before = await mails();
  const refused = await post(`/en/hervatten/${token}/mail`, { email: 'once-more@voorbeeld.test' }, '192.0.2.99');
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toContain('That was too often in a row');
  expect(refused.body).toContain('value="once-more@voorbeeld.test"');
  expect(await mails()).toBe(before);

  // One address asking for many responses' links.
  const perAddress = THROTTLES.mailLinkAddress;
  const tokens = await Promise.all(Array.from({ length: perAddress.limit + 1 }, (_, i) => startOne(`198.51.100.${i + 1}`)));
  const replies = [];
  for (const t of tokens) replies.push(await post(`/hervatten/${t}/mail`, { email: 'same@voorbeeld.test' }, '203.0.113.7'));
  expect(statuses(replies)).toEqual({ 303: perAddress.limit, 429: 1 });
  expect(replies.at(-1)!.body).toContain('Dat ging te vaak achter elkaar');
});

test('consultant invitations by mail past the per-account limit: 429 with the message and the address kept, no invite and no mail more', async () => {
  const drizzleDb = createDb(db);
  const admin = await createUser({ email: 'admin@throttle.test', name: 'Ada', password: 'admin-password-2026', role: 'admin' }, drizzleDb);
  const organisation = await createOrganisation('Throttle Advies', null, drizzleDb);
  const cookie = await sessionCookie(drizzleDb, admin.id);
  const limit = THROTTLES.inviteMailUser;
  await awayFromWindowEnd(limit.windowS);
  const invite = (i: number | string, path = '/admin') =>
    post(path, { action: 'invite-consultant', organisation: organisation.id, email: `coach-${i}@voorbeeld.test`, mailLocale: 'nl' }, `192.0.2.${typeof i === 'number' ? i % 250 : 251}`, cookie);
  const consultantInvites = () => count("select count(*) as n from invites where kind = 'consultant'");
  const mails = () => count("select count(*) as n from outbox where kind = 'mail'");
  const sent: Sent[] = [];
  // In batches of 10: an administrator's page, not a flood test; the limit is per account, whatever the address.
  for (let i = 0; i < limit.limit; i += 10) sent.push(...(await Promise.all(Array.from({ length: Math.min(10, limit.limit - i) }, (_, j) => invite(i + j)))));
  expect(statuses(sent)).toEqual({ 200: limit.limit });
  const [invitesBefore, mailsBefore] = [await consultantInvites(), await mails()];
  expect(invitesBefore).toBe(limit.limit);
  const refused = await invite('once-more', '/en/admin');
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toContain('That was too often in a row');
  expect(refused.body).toContain('value="coach-once-more@voorbeeld.test"');
  expect([await consultantInvites(), await mails()]).toEqual([invitesBefore, mailsBefore]);
  // Without an address it sends nothing, so the link alone is not counted.
  const linkOnly = await post('/admin', { action: 'invite-consultant', organisation: organisation.id, email: '', mailLocale: 'nl' }, '192.0.2.252', cookie);
  expect(linkOnly.status).toBe(200);
  expect(await consultantInvites()).toBe(invitesBefore + 1);
  expect(await mails()).toBe(mailsBefore);
});

test('notes and action items past the per-account limit: 429 with the message, the typed item kept in its form, nothing written; a typo is not counted', async () => {
  const drizzleDb = createDb(db);
  const organisation = await createOrganisation('Notitie Advies', null, drizzleDb);
  const coach = await createUser({ email: 'coach@throttle.test', name: 'Cas', password: 'coach-password-2026', role: 'consultant', organisationId: organisation.id }, drizzleDb);
  const company = await createCompany({ organisationId: organisation.id, name: 'Klant BV' }, drizzleDb);
  const cookie = await sessionCookie(drizzleDb, coach.id);
  const limit = THROTTLES.clientPageWrite;
  await awayFromWindowEnd(limit.windowS);
  const path = `/dashboard/klanten/${company.id}`;
  const written = async () => (await count(`select count(*) as n from notes where company_id = '${company.id}'`)) + (await count(`select count(*) as n from action_items where company_id = '${company.id}'`));
  // Posts that write nothing (an empty note) do not use up the budget.
  const typos = await Promise.all(Array.from({ length: 20 }, () => post(path, { action: 'add-note', body: '  ' }, '192.0.2.199', cookie)));
  expect(statuses(typos)).toEqual({ 400: 20 });
  const sent: Sent[] = [];
  for (let i = 0; i < limit.limit; i += 20) {
    sent.push(...(await Promise.all(Array.from({ length: Math.min(20, limit.limit - i) }, (_, j) => post(path, { action: 'add-note', body: `Notitie ${i + j}` }, '192.0.2.200', cookie)))));
  }
  expect(statuses(sent)).toEqual({ 303: limit.limit });
  expect(await written()).toBe(limit.limit);
  const refused = await post(`/en${path}`, { action: 'add-action-item', text: 'Send the quote', owner: 'Anna', dueOn: '2027-01-15' }, '192.0.2.201', cookie);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toContain('That was too often in a row');
  for (const typed of ['value="Send the quote"', 'value="Anna"', 'value="2027-01-15"']) expect(refused.body).toContain(typed);
  const note = await post(path, { action: 'add-note', body: 'Nog een gesprek' }, '192.0.2.202', cookie);
  expect(note.status).toBe(429);
  expect(note.body).toContain('Nog een gesprek');
  expect(note.body).toContain('Dat ging te vaak achter elkaar');
  const noteId = String((await db.execute({ sql: 'select id from notes where company_id = ? limit 1', args: [company.id] })).rows[0]!.id);
  const removal = await post(path, { action: 'delete-note', noteId }, '192.0.2.203', cookie);
  expect(removal.status).toBe(429);
  expect(removal.body).toContain('Dat ging te vaak achter elkaar');
  expect(await written()).toBe(limit.limit);
});
