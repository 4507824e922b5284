/**
 * Malformed and hostile input on the accounts and the consultant dashboard,
 * generated with fast-check as in malformed.test.ts (a fixed seed, at least
 * a thousand requests per endpoint group): every form (sign-in, sign-up,
 * sign-out, account, administrator, client invitation, notes and action
 * items, client deletion, consultant invitation and password reset, report claim) and
 * the dashboard's query strings, each sent signed in as the right role, as
 * the wrong one, with a forged or garbage session cookie or none, from
 * generated client addresses (X-Forwarded-For, the server trusts it here).
 *
 * Every reply: no 5xx, no stack trace, cross-site form posts refused,
 * redirects stay on the site, and a session is only ever handed out for
 * the right password, a new sign-up or an accepted invitation. Lists,
 * comparisons and exports never show another organisation's clients.
 * Afterwards: the stored data keeps its invariants (inspect-db.ts
 * `findDamage`), nobody gained a role, an organisation or another
 * account's password, and nothing outside a request's reach changed.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per group.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actionItems, companies, notes } from '../../db/schema.ts';
import { cleanLine } from '../../src/lib/forms/parse-form.ts';
import { GROWTH_AREAS } from '../../src/lib/families/growth-test/scoring.ts';
import { SECTOR_VALUES } from '../../src/lib/reports/client-labels.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { createInvite } from '../../src/lib/server/invites.ts';
import { createCompany } from '../../src/lib/server/queries/organisations.ts';
import { DEMO_PASSWORD, DEMO_USERS, completedTest, seedDemoWorld, sessionCookie, sessionFromSetCookie, unfinishedTest, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { checkHostileReply, hostileRequest, safeEncode, sendHostile, type HostileReply, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase } from '../support/inspect-db.ts';
import { checkProperty, hashName } from '../support/fuzz.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 4_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let client: Client;
let world: DemoWorld;
const totals = { requests: 0, failures: 0 };

// ---------------------------------------------------------------------------
// Fixtures: accounts and data the generated requests aim at, kept available
// while the requests delete, use up or sign out of them.

const ACCOUNT_PASSWORD = 'account-fuzz-passphrase';
const RESET_PASSWORD = 'reset-target-passphrase';
const NEW_PASSWORD = 'a brand new passphrase';
const VICTIM_NAME = 'Slachtoffer & Zn';

interface Fixtures {
  colleague: string;
  /** An entrepreneur with a company of their own, for the account page (may be deleted and is then put back). */
  accountUser: { id: string; email: string; companyId: string; hash: string };
  /** The consultant the password reset links are for. */
  resetTarget: string;
  /** A client of the demo organisation with notes by the consultant, a colleague, and none of the other organisation's. */
  notesClient: string;
  colleagueNote: string;
  otherNote: { id: string; company: string };
  /** An action item on the other organisation's client, which no request here may change. */
  otherItem: string;
  /** A client of the demo organisation the deletion form may delete (put back after each deletion). */
  victim: string;
  /** Completed anonymous tests, one claimed by a client of the other organisation, one unfinished. */
  claimedByOther: { token: string; company: string };
  unfinished: string;
  usedInvite: string;
  expiredInvite: string;
  growthInvite: string;
}
let fx: Fixtures;
/** Completed tests of each organisation (invited by it or of its clients). */
const responsesOf = { demo: [] as string[], other: [] as string[] };

/** Values the generated requests name by placeholder (`{victim}`), filled in just before each is sent. */
const current: Record<string, string> = {};

async function rowsOf(query: string, ...args: (string | number | null)[]): Promise<Record<string, unknown>[]> {
  return (await client.execute({ sql: query, args })).rows as unknown as Record<string, unknown>[];
}

async function inviteUsed(token: string | undefined): Promise<boolean> {
  if (!token) return true;
  const [row] = await rowsOf('select used_at from invites where id = ?', token.split('.')[0]);
  return !row || row.used_at !== null;
}

const keep = {
  async consultantInvite() {
    if (await inviteUsed(current.consultantInvite)) {
      current.consultantInvite = await createInvite({ kind: 'consultant', organisationId: world.organisations.demo, createdBy: world.users.admin }, Date.now(), world.db);
    }
  },
  async resetInvite() {
    if (await inviteUsed(current.resetInvite)) {
      current.resetInvite = await createInvite({ kind: 'password-reset', userId: fx.resetTarget, createdBy: world.users.admin }, Date.now(), world.db);
    }
  },
  async claimable() {
    const [row] = current.claimable ? await rowsOf('select company_id from responses where id = ?', current.claimable.split('.')[0]) : [];
    if (!row || row.company_id !== null) current.claimable = await completedTest(world.db);
  },
  async victim() {
    if ((await rowsOf('select 1 from companies where id = ?', fx.victim)).length === 0) {
      await world.db.insert(companies).values({ id: fx.victim, name: VICTIM_NAME, organisationId: world.organisations.demo });
    }
  },
  /** The other organisation's client the deletion form aims at: its own consultant may delete it. */
  async foreignVictim() {
    const { id, name } = world.clients.other[2];
    if ((await rowsOf('select 1 from companies where id = ?', id)).length === 0) {
      await world.db.insert(companies).values({ id, name, organisationId: world.organisations.other });
    }
  },
  async ownNote() {
    const [row] = await rowsOf('select id from notes where company_id = ? and author_id = ? limit 1', fx.notesClient, world.users.consultant);
    if (row) current.ownNote = String(row.id);
    else {
      current.ownNote = `ownnote${Date.now().toString(36)}`;
      await world.db.insert(notes).values({ id: current.ownNote, companyId: fx.notesClient, authorId: world.users.consultant, body: 'Eigen notitie' });
    }
  },
  /** An action item on the notes client (the posts tick it off, reopen and delete it): back if deleted. */
  async ownItem() {
    const [row] = await rowsOf('select id from action_items where company_id = ? limit 1', fx.notesClient);
    if (row) current.ownItem = String(row.id);
    else {
      current.ownItem = `ownitem${Date.now().toString(36)}`;
      await world.db.insert(actionItems).values({ id: current.ownItem, companyId: fx.notesClient, createdBy: world.users.consultant, text: 'Eigen actiepunt', owner: 'Anna (klant)', dueOn: '2027-01-31' });
    }
  },
  /** The account page's user: back if deleted, its password back if changed. */
  async accountUser() {
    const { id, email, companyId, hash } = fx.accountUser;
    const [row] = await rowsOf('select password_hash from users where id = ?', id);
    if (!row) {
      await client.batch([
        { sql: 'insert into companies (id, name) values (?, ?)', args: [companyId, 'Accountfuzz BV'] },
        { sql: `insert into users (id, email, name, password_hash, role, company_id) values (?, ?, 'Account Fuzz', ?, 'entrepreneur', ?)`, args: [id, email, hash, companyId] },
      ]);
    } else if (row.password_hash !== hash) {
      await client.execute({ sql: 'update users set password_hash = ? where id = ?', args: [hash, id] });
    }
  },
};

type Who = 'none' | 'admin' | 'consultant' | 'colleague' | 'otherConsultant' | 'entrepreneur' | 'accountUser' | 'fresh' | 'forged';
type Sender = Who | { garbage: string };

const sessions = new Map<string, string>();
const userOf: Record<Exclude<Who, 'none' | 'fresh' | 'forged'>, () => string> = {
  admin: () => world.users.admin,
  consultant: () => world.users.consultant,
  colleague: () => fx.colleague,
  otherConsultant: () => world.users.otherConsultant,
  entrepreneur: () => world.users.entrepreneur,
  accountUser: () => fx.accountUser.id,
};

/** The Cookie header for a sender: a live session of that user (a new one if the last was ended), or a broken one. */
async function cookieFor(sender: Sender): Promise<string | null> {
  if (typeof sender === 'object') return sender.garbage;
  if (sender === 'none') return null;
  if (sender === 'fresh') return sessionCookie(world.db, world.users.consultant);
  if (sender === 'forged') {
    const real = sessions.get('consultant') ?? (await cookieFor('consultant'))!;
    return `${real.slice(0, -4)}aaaa`;
  }
  const cached = sessions.get(sender);
  if (cached && (await rowsOf('select 1 from sessions where id = ?', sessionId(cached)!)).length > 0) return cached;
  const cookie = await sessionCookie(world.db, userOf[sender]());
  sessions.set(sender, cookie);
  return cookie;
}

function sessionId(cookie: string | null): string | null {
  const match = cookie && new RegExp(`${SESSION_COOKIE}=([a-z2-7]{16})\\.`).exec(cookie);
  return match ? match[1] : null;
}

// ---------------------------------------------------------------------------
// Generators

const headerText = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
const localePrefix = fc.constantFrom('', '', '', '/en');

/** Path segments and query values that are not what the route expects. */
const weird = fc.oneof(
  fc.constantFrom('', '.', '..', '%2e%2e', '%2F', '%00', '%0A', '%09', '%0D%0A', '%', '%zz', '%E0%A4%A', '%FF%FE', 'null', '[object Object]', '%3Cscript%3E', 'a%0Ab'),
  fc.string({ maxLength: 60 }).map(safeEncode),
  fc.string({ unit: 'binary', maxLength: 30 }).map(safeEncode),
  fc.integer({ min: 100, max: 6000 }).map((n) => 'a'.repeat(n)),
);

/** X-Forwarded-For: none (the socket's address), one of many addresses, or junk. */
const clientAddress = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 254 }).map((n) => `198.51.100.${n}`) },
  { weight: 1, arbitrary: headerText },
);

function sender(weights: Partial<Record<Who, number>>): fc.Arbitrary<Sender> {
  const choices = Object.entries(weights).map(([who, weight]) => ({ weight: weight!, arbitrary: fc.constant(who as Who) as fc.Arbitrary<Sender> }));
  return fc.oneof(...choices, { weight: 1, arbitrary: headerText.map((garbage) => ({ garbage: `${SESSION_COOKIE}=${garbage}` })) });
}

/** A query string from parameter names and values, some repeated, some junk, always valid on the wire. */
function queryString(names: string[], values: string[]): fc.Arbitrary<string> {
  const value = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values).map(safeEncode) }, { weight: 2, arbitrary: weird });
  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: weird });
  return fc
    .array(fc.tuple(name, value), { maxLength: 8 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([n, v]) => `${n}=${v}`).join('&')}`));
}

interface Case {
  request: HostileRequest;
  as: Sender;
  ip: string | null;
}

function caseOf(request: fc.Arbitrary<HostileRequest>, as: fc.Arbitrary<Sender>): fc.Arbitrary<Case> {
  return fc.record({ request, as, ip: clientAddress });
}

// ---------------------------------------------------------------------------
// The runner

interface Sent {
  request: HostileRequest;
  cookie: string | null;
  /** Every string field value as sent, trimmed and lower-cased (to find an e-mail address among them). */
  values: string[];
}

function fill(text: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => current[key] ?? whole);
}

/** The request with its placeholders filled in. */
function resolve(request: HostileRequest): HostileRequest {
  return {
    ...request,
    path: fill(request.path),
    fields: request.fields.map(([name, value]) => [name, typeof value === 'string' ? fill(value) : value]),
  };
}

/** Problems every reply is checked for, beyond checkHostileReply: where a redirect leads, whose session is handed out. */
async function checkCommon(sent: Sent, reply: HostileReply, newSession: (user: Record<string, unknown>, sent: Sent) => boolean): Promise<string | null> {
  if (reply.location !== null) {
    const target = new URL(reply.location, server.url);
    if (target.origin !== server.url || !reply.location.startsWith('/') || reply.location.startsWith('//')) {
      return `redirect off the site: ${JSON.stringify(reply.location)}`;
    }
  }
  const token = sessionFromSetCookie(reply.setCookies);
  if (token && token.split('.')[0] !== sessionId(sent.cookie)) {
    const [user] = await rowsOf('select u.* from sessions s join users u on u.id = s.user_id where s.id = ?', token.split('.')[0]);
    if (!user) return 'a session cookie for no stored session';
    if (!newSession(user, sent)) return `a session for ${user.email} (${user.role}) it had no right to`;
  }
  return null;
}

const noNewSession = () => false;

/** Whether the user's address is among the values sent (bytes that are not UTF-8 arrive as U+FFFD, which the address may then hold). */
function sentAddress(sent: Sent, user: Record<string, unknown>): boolean {
  const email = String(user.email).replaceAll('\uFFFD', '');
  return sent.values.some((v) => v.replaceAll('\uFFFD', '') === email);
}

/** A path whose client id was mangled into something that normalises to another route (such as "..") may answer 200 there. */
function realClientPath(path: string): boolean {
  return /\/dashboard\/klanten\/[a-z0-9]{1,64}(\/verwijderen)?(\?|$)/.test(path);
}

interface GroupOptions {
  /** Refreshes the placeholders the group uses, before each request. */
  prepare?: () => Promise<void>;
  /** Statuses this group may answer. */
  allowed: number[];
  /** Whether a new session for this user may follow this request. */
  newSession?: (user: Record<string, unknown>, sent: Sent) => boolean;
  /** Group-specific checks of a reply; a problem or null. */
  check?: (c: Case, sent: Sent, reply: HostileReply) => Promise<string | null> | string | null;
}

/** Runs one group: RUNS generated cases, each sent and checked; fast-check shrinks a failure to a minimal case. */
async function fuzz(name: string, arbitrary: fc.Arbitrary<Case>, options: GroupOptions): Promise<void> {
  const statuses: Record<number, number> = {};
  let sent = 0;
  const property = fc.asyncProperty(arbitrary, async (c) => {
    await options.prepare?.();
    const request = resolve(c.request);
    const cookie = await cookieFor(c.as);
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (c.ip !== null) headers['x-forwarded-for'] = c.ip;
    const reply = await sendHostile(server.url, request, headers);
    sent++;
    statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
    const values = request.fields.flatMap(([, v]) => (typeof v === 'string' ? [v.trim().toLowerCase()] : []));
    const facts: Sent = { request, cookie, values };
    const problem =
      checkHostileReply(request, reply, options.allowed) ??
      (await checkCommon(facts, reply, options.newSession ?? noNewSession)) ??
      (await options.check?.(c, facts, reply)) ??
      null;
    if (problem) throw new Error(`${problem}\n${reply.status} ${reply.location ?? ''}\n${reply.body.slice(0, 400)}`);
  });
  await checkProperty(`malformed-accounts ${name}`, property, { seed: SEED + hashName(name), runs: RUNS }, totals, () => ({ sent, statuses }));
}

/** The first value of a field as a urlencoded or multipart post carries it (null for other bodies or when missing). */
function formValue(sent: Sent, name: string): string | null {
  if (!['urlencoded', 'multipart'].includes(sent.request.encoding) || sent.request.contentType !== undefined) return null;
  const index = sent.request.fields.findIndex(([n]) => n === name);
  if (index === -1) return null;
  // Sent as a file upload, the field reads as empty.
  if (sent.request.encoding === 'multipart' && sent.request.filePart === index) return '';
  const value = sent.request.fields[index][1];
  return typeof value === 'string' ? value : null;
}

/** A form's field names and values, with a valid form built from some of them. */
function form(fieldNames: string[], validValues: string[], validForm: fc.Arbitrary<[string, string][]>, path: fc.Arbitrary<string>) {
  return hostileRequest({ path, fieldNames, validValues, validForm });
}

const pairs = (...entries: [string, fc.Arbitrary<string>][]) =>
  fc.tuple(...entries.map(([name, value]) => value.map((v) => [name, v] as [string, string])));

// ---------------------------------------------------------------------------
// What must hold across the run: roles, organisations and passwords.

interface Snapshot {
  users: Map<string, Record<string, unknown>>;
  companies: Map<string, unknown>;
  responses: Map<string, unknown>;
  protectedNotes: Record<string, unknown>[];
  protectedItems: Record<string, unknown>[];
}

async function snapshot(): Promise<Snapshot> {
  return {
    users: new Map((await rowsOf('select id, email, role, organisation_id, company_id, password_hash from users')).map((u) => [String(u.id), u])),
    companies: new Map((await rowsOf('select id, organisation_id from companies')).map((c) => [String(c.id), c.organisation_id])),
    responses: new Map((await rowsOf('select id, company_id from responses')).map((r) => [String(r.id), r.company_id])),
    protectedNotes: await rowsOf('select id, company_id, author_id, body, updated_at from notes where id in (?, ?) order by id', fx.colleagueNote, fx.otherNote.id),
    protectedItems: await rowsOf('select * from action_items where id = ?', fx.otherItem),
  };
}
let before: Snapshot;

/** A consultant invitation made 40 days ago, so expired 10 days ago. */
async function expiredInvite(db: DemoWorld['db']): Promise<string> {
  const madeAt = Date.now() - 40 * 86_400_000;
  const token = await createInvite({ kind: 'consultant', organisationId: world.organisations.demo, createdBy: world.users.admin }, madeAt, db);
  await client.execute({ sql: 'update invites set created_at = ? where id = ?', args: [madeAt, token.split('.')[0]] });
  return token;
}

beforeAll(async () => {
  const database = await freshDatabase('malformed-accounts', { inMemoryFs: true });
  client = openDatabase(database.url);
  world = await seedDemoWorld(client, 40);
  const { db } = world;
  const demoOrg = world.organisations.demo;
  const colleague = await createUser({ email: 'collega@fuzz.test', name: 'Collega', password: DEMO_PASSWORD, role: 'consultant', organisationId: demoOrg }, db);
  const resetTarget = await createUser({ email: 'reset@fuzz.test', name: 'Reset Doel', password: RESET_PASSWORD, role: 'consultant', organisationId: demoOrg }, db);
  const accountCompany = await createCompany({ organisationId: null, name: 'Accountfuzz BV' }, db);
  const accountUser = await createUser({ email: 'account@fuzz.test', name: 'Account Fuzz', password: ACCOUNT_PASSWORD, role: 'entrepreneur', companyId: accountCompany.id }, db);
  const notesClient = await createCompany({ organisationId: demoOrg, name: 'Notitieklant BV' }, db);
  const victim = await createCompany({ organisationId: demoOrg, name: VICTIM_NAME }, db);
  const colleagueNote = 'colleaguenote';
  const otherNote = { id: 'othernote', company: world.clients.other[0].id };
  await db.insert(notes).values([
    { id: colleagueNote, companyId: notesClient.id, authorId: colleague.id, body: 'Notitie van een collega' },
    { id: otherNote.id, companyId: otherNote.company, authorId: world.users.otherConsultant, body: 'Notitie van het andere kantoor' },
  ]);
  const otherItem = 'otheritem';
  await db.insert(actionItems).values({ id: otherItem, companyId: otherNote.company, createdBy: world.users.otherConsultant, text: 'Actiepunt van het andere kantoor', owner: 'Olga', dueOn: '2027-02-28' });
  const otherCompany = world.clients.other[1].id;
  const usedInvite = await createInvite({ kind: 'consultant', organisationId: demoOrg, createdBy: world.users.admin }, Date.now(), db);
  await client.execute({ sql: 'update invites set used_at = ? where id = ?', args: [Date.now(), usedInvite.split('.')[0]] });
  fx = {
    colleague: colleague.id,
    accountUser: { id: accountUser.id, email: accountUser.email, companyId: accountCompany.id, hash: accountUser.passwordHash },
    resetTarget: resetTarget.id,
    notesClient: notesClient.id,
    colleagueNote,
    otherNote,
    otherItem,
    victim: victim.id,
    claimedByOther: { token: await completedTest(db, { companyId: otherCompany }), company: otherCompany },
    unfinished: await unfinishedTest(db),
    usedInvite,
    expiredInvite: await expiredInvite(db),
    growthInvite: await createInvite({ kind: 'growth-test', organisationId: demoOrg, companyId: notesClient.id, createdBy: world.users.consultant }, Date.now(), db),
  };
  Object.assign(current, {
    victim: fx.victim,
    notesClient: fx.notesClient,
    colleagueNote: fx.colleagueNote,
    otherNote: fx.otherNote.id,
    otherItem,
    otherClient: otherNote.company,
    claimedByOther: fx.claimedByOther.token,
    unfinished: fx.unfinished,
    usedInvite: fx.usedInvite,
    expiredInvite: fx.expiredInvite,
    growthInvite: fx.growthInvite,
  });
  await Promise.all([keep.consultantInvite(), keep.resetInvite(), keep.claimable(), keep.ownNote(), keep.ownItem()]);
  for (const key of ['demo', 'other'] as const) {
    const rows = await rowsOf(
      `select r.id from responses r left join companies c on c.id = r.company_id
       where r.status = 'completed' and coalesce(c.organisation_id, r.organisation_id) = ?`,
      world.organisations[key],
    );
    responsesOf[key] = rows.map((r) => String(r.id));
  }
  before = await snapshot();
  // Each request may name its own client address: the per-IP sign-in throttle then sees many.
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
});

afterAll(async () => {
  reportFigures('malformed-accounts total', { requestsSent: totals.requests, failedProperties: totals.failures });
  client?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

// ---------------------------------------------------------------------------

const DEMO_EMAILS = Object.values(DEMO_USERS);
const PASSWORDS = [DEMO_PASSWORD, ACCOUNT_PASSWORD, NEW_PASSWORD, 'wrong-password-1', 'short', 'password123', 'x'.repeat(201)];
const NEW_EMAILS = Array.from({ length: 12 }, (_, i) => `nieuw-${i}@fuzz.test`);
/** Names and notes with control characters, line breaks and tabs: stored cleaned or not at all. */
const CONTROL_NAMES = ['Naam\u0000met\u0007stuurtekens', 'Tab\there', 'Regel\nbreuk', '\u001b[31mRood\u001b[0m', 'C1\u009bteken'];
const CONTROL_NOTES = ['Regel\r\nbreuk\rnog een', 'NUL\u0000 en ESC\u001b', ' \u0000 '];
/** Due days for action items: real ones, impossible ones, other shapes, junk. */
const DAYS = ['2027-01-31', '2020-02-29', '', ' 2027-03-01 ', '2026-02-30', '2026-13-01', '1999-12-31', '31-12-2026', '2027-01-31T00:00:00Z', '２０２７-０１-３１', '2027-01-31\u0000', 'x'.repeat(300)];
const NAMES = ['Anna de Vries', 'Bakkerij Zon', ' Zon & Co ', '', 'x'.repeat(121), 'Naam\u0000met\u0007stuurtekens', 'Tab\there', 'Regel\nbreuk'];
/** The password every known user has, to tell a rightful sign-in from a wrong one. */
const knownPasswords = (): Record<string, string> => ({
  ...Object.fromEntries(DEMO_EMAILS.map((e) => [e, DEMO_PASSWORD])),
  'collega@fuzz.test': DEMO_PASSWORD,
  'account@fuzz.test': ACCOUNT_PASSWORD,
  'reset@fuzz.test': RESET_PASSWORD,
});

const returnPaths = fc.oneof(
  fc.constantFrom('/dashboard', '/account', '/en/dashboard', '//evil.example', '/\\evil.example', '/%09/evil.example', '/%0A/x', 'https://evil.example/', '/a%0Db', '/%20/x', '/%E2%80%A8/x').map((v) => v.replace(/[/\\]/g, (ch) => (ch === '\\' ? '%5C' : ch))),
  weird,
);

describe(`malformed input on accounts and the dashboard (${RUNS} generated requests per group, seed ${SEED})`, () => {
  test.concurrent('POST /inloggen', async () => {
    const request = form(
      ['email', 'password'],
      [...DEMO_EMAILS, ' COACH@koers.demo ', 'nobody@koers.demo', ...PASSWORDS],
      pairs(['email', fc.constantFrom(...DEMO_EMAILS, 'collega@fuzz.test', 'nobody@koers.demo')], ['password', fc.constantFrom(DEMO_PASSWORD, 'wrong-password-1')]),
      fc.tuple(localePrefix, fc.option(returnPaths, { freq: 2 })).map(([p, back]) => `${p}/inloggen${back === null ? '' : `?terug=${back}`}`),
    );
    await fuzz('POST /inloggen', caseOf(request, sender({ none: 8, consultant: 1, forged: 1 })), {
      allowed: [303, 400, 403, 413, 429],
      // A session only for an address among the fields and that account's own password among them too.
      newSession: (user, sent) => sentAddress(sent, user) && sent.request.fields.some(([, v]) => v === knownPasswords()[String(user.email)]),
    });
  });

  test.concurrent('POST /registreren', async () => {
    const request = form(
      ['name', 'email', 'password', 'company', 'claim'],
      [...NAMES, ...NEW_EMAILS, ...DEMO_EMAILS, ...PASSWORDS, '{claimable}', '{claimedByOther}', '{unfinished}'],
      pairs(
        ['name', fc.constantFrom('Anna de Vries', ' Piet ', ...CONTROL_NAMES)],
        ['email', fc.constantFrom(...NEW_EMAILS, DEMO_USERS.entrepreneur)],
        ['password', fc.constantFrom(NEW_PASSWORD, 'short')],
        ['company', fc.constantFrom('', 'Zon BV', ...CONTROL_NAMES)],
        ['claim', fc.constantFrom('', '{claimable}', '{claimedByOther}', '{unfinished}', 'aaaa.bbbb')],
      ),
      fc.tuple(localePrefix, fc.option(fc.constantFrom('{claimable}', '{claimedByOther}').map((t) => `?rapport=${t}`), { freq: 3 })).map(([p, q]) => `${p}/registreren${q ?? ''}`),
    );
    await fuzz('POST /registreren', caseOf(request, sender({ none: 8, entrepreneur: 1 })), {
      prepare: keep.claimable,
      allowed: [303, 400, 403, 413, 429],
      // A new entrepreneur, with the address among the fields, on a company of no organisation.
      newSession: (user, sent) =>
        !before.users.has(String(user.id)) && user.role === 'entrepreneur' && user.organisation_id === null && sentAddress(sent, user),
    });
  });

  test.concurrent('POST /uitloggen', async () => {
    const request = hostileRequest({
      path: fc.tuple(localePrefix, fc.option(weird, { freq: 4 })).map(([p, q]) => `${p}/uitloggen${q === null ? '' : `?${q}`}`),
      fieldNames: ['action', 'terug'],
      validValues: ['/', '//evil.example'],
    });
    await fuzz('POST /uitloggen', caseOf(request, sender({ fresh: 6, none: 2, forged: 1 })), {
      allowed: [303, 400, 403, 413],
      async check(c, sent, reply) {
        const id = c.as === 'fresh' ? sessionId(sent.cookie) : null;
        if (!id) return null;
        const alive = (await rowsOf('select 1 from sessions where id = ?', id)).length > 0;
        if (reply.status === 303 && alive) return 'signed out, yet the session lives on';
        if (reply.status !== 303 && !alive) return `answered ${reply.status}, yet the session was ended`;
        return null;
      },
    });
  });

  test.concurrent('POST /account (every action)', async () => {
    const request = form(
      ['action', 'currentPassword', 'newPassword', 'deletePassword'],
      ['password', 'sign-out-everywhere', 'delete', 'PASSWORD', ...PASSWORDS],
      fc.oneof(
        pairs(['action', fc.constant('password')], ['currentPassword', fc.constantFrom(ACCOUNT_PASSWORD, 'wrong-password-1')], ['newPassword', fc.constantFrom(NEW_PASSWORD, 'short')]),
        pairs(['action', fc.constant('sign-out-everywhere')]),
        pairs(['action', fc.constant('delete')], ['deletePassword', fc.constantFrom(ACCOUNT_PASSWORD, 'wrong-password-1')]),
      ),
      localePrefix.map((p) => `${p}/account`),
    );
    await fuzz('POST /account', caseOf(request, sender({ accountUser: 8, none: 1, forged: 1 })), {
      prepare: keep.accountUser,
      allowed: [200, 303, 400, 403, 413],
      // After a password change the user gets a new session of their own.
      newSession: (user, sent) => user.id === fx.accountUser.id && sent.cookie !== null,
      async check(c, sent, reply) {
        const signedIn = c.as === 'accountUser';
        if (!signedIn) return reply.status === 303 && !reply.location?.includes('/inloggen') ? `not signed in, redirected to ${reply.location}` : null;
        const [user] = await rowsOf('select password_hash from users where id = ?', fx.accountUser.id);
        const sessionsLeft = (await rowsOf('select 1 from sessions where user_id = ?', fx.accountUser.id)).length;
        if (reply.status !== 303 && reply.status !== 200 && (!user || user.password_hash !== fx.accountUser.hash)) return `answered ${reply.status}, yet the account changed`;
        if (reply.status === 303 && /\/inloggen$/.test(reply.location ?? '') && sessionsLeft > 0) return 'signed out everywhere, yet sessions remain';
        if (reply.status === 303 && /^\/(en\/)?$/.test(reply.location ?? '') && user) return 'deleted, yet the account remains';
        return null;
      },
    });
  });

  test.concurrent('POST /admin (every action)', async () => {
    const ids = [world.organisations.demo, world.organisations.other, world.users.consultant, world.users.admin, fx.resetTarget, 'nope', ''];
    const request = form(
      ['action', 'name', 'retention', 'organisation', 'user'],
      ['create', 'retention', 'invite-consultant', 'reset', ...NAMES, '12', '0', '241', '1e2', ' 6 ', ...ids],
      fc.oneof(
        pairs(['action', fc.constant('create')], ['name', fc.constantFrom('Nieuw Kantoor', ' Kantoor & Co ', ...CONTROL_NAMES)], ['retention', fc.constantFrom('', '12', '0')]),
        pairs(['action', fc.constant('retention')], ['organisation', fc.constantFrom(...ids)], ['retention', fc.constantFrom('', '24', 'x')]),
        pairs(['action', fc.constant('invite-consultant')], ['organisation', fc.constantFrom(...ids)]),
        pairs(['action', fc.constant('reset')], ['user', fc.constantFrom(...ids)], ['name', fc.constantFrom(...NAMES)]),
      ),
      localePrefix.map((p) => `${p}/admin`),
    );
    await fuzz('POST /admin', caseOf(request, sender({ admin: 8, consultant: 1, entrepreneur: 1, none: 1 })), {
      // 404: a growth coach invited to an organisation that does not exist.
      allowed: [200, 303, 400, 403, 404, 413],
      check: (c, _sent, reply) => (c.as !== 'admin' && ![303, 400, 403, 413, 0].includes(reply.status) ? `a ${JSON.stringify(c.as)} got ${reply.status}` : null),
    });
  });

  test.concurrent('POST /dashboard/uitnodigen', async () => {
    const own = world.clients.demo.slice(0, 3).map((c) => c.id);
    const foreign = world.clients.other.slice(0, 2).map((c) => c.id);
    const request = form(
      ['companyId', 'newClientName', 'email'],
      [...own, ...foreign, ...NAMES, 'klant@zon.nl', 'a\n[ERROR] forged log line', 'x@y', ''],
      pairs(['companyId', fc.constantFrom('', ...own, ...foreign)], ['newClientName', fc.constantFrom('', 'Nieuwe Klant BV', ...CONTROL_NAMES)], ['email', fc.constantFrom('', 'klant@zon.nl', 'geen adres', 'a\n[ERROR] forged log line')]),
      localePrefix.map((p) => `${p}/dashboard/uitnodigen`),
    );
    await fuzz('POST /dashboard/uitnodigen', caseOf(request, sender({ consultant: 8, otherConsultant: 1, admin: 1, entrepreneur: 1, none: 1 })), {
      allowed: [200, 303, 400, 403, 413],
      check(c, sent, reply) {
        if (reply.status !== 200 || !reply.body.includes('id="invite-link"')) return null;
        if (['admin', 'entrepreneur'].includes(c.as as string)) return `a ${c.as} made an invitation`;
        // No address (nothing but spaces and control characters counts as none), or a real one.
        const email = cleanLine(formValue(sent, 'email') ?? '');
        return email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? `an invitation for the address ${JSON.stringify(email)}` : null;
      },
    });
  });

  test.concurrent('POST /dashboard/klanten/<id> (add, edit, delete notes; add, tick off, reopen, delete action items)', async () => {
    const itemIds = fc.constantFrom('{ownItem}', '{otherItem}', '{ownNote}', 'nope', 'x'.repeat(65), 'A1');
    const request = form(
      ['action', 'body', 'noteId', 'text', 'owner', 'dueOn', 'itemId'],
      [
        'add-note', 'edit-note', 'delete-note', '{ownNote}', '{colleagueNote}', '{otherNote}', 'Belangrijk gesprek', ' ', 'x'.repeat(5001), 'Regel\r\nbreuk', 'NUL\u0000',
        'add-action-item', 'finish-action-item', 'reopen-action-item', 'delete-action-item', '{ownItem}', '{otherItem}', 'Offerte sturen', 'Anna (klant)', ...DAYS,
      ],
      fc.oneof(
        pairs(['action', fc.constant('add-note')], ['body', fc.constantFrom('Gesprek gehad', '   ', 'x'.repeat(5001), ...CONTROL_NOTES)]),
        pairs(['action', fc.constant('edit-note')], ['noteId', fc.constantFrom('{ownNote}', '{colleagueNote}', '{otherNote}', 'nope')], ['body', fc.constantFrom('Aangepast', '', ...CONTROL_NOTES)]),
        pairs(['action', fc.constant('delete-note')], ['noteId', fc.constantFrom('{ownNote}', '{colleagueNote}', '{otherNote}', 'nope')]),
        pairs(
          ['action', fc.constant('add-action-item')],
          ['text', fc.constantFrom('Offerte sturen', '   ', 'x'.repeat(301), ...CONTROL_NAMES)],
          ['owner', fc.constantFrom('Anna (klant)', '', 'x'.repeat(121), ...CONTROL_NAMES)],
          ['dueOn', fc.constantFrom(...DAYS)],
        ),
        pairs(['action', fc.constantFrom('finish-action-item', 'reopen-action-item', 'delete-action-item')], ['itemId', itemIds]),
      ),
      fc
        .tuple(localePrefix, fc.oneof({ weight: 8, arbitrary: fc.constant('{notesClient}') }, { weight: 1, arbitrary: fc.constant('{otherClient}') }, { weight: 1, arbitrary: weird }), fc.option(fc.constantFrom('?bewerk={ownNote}', '?notitie=x', '?bewerk=%0A', '?actie=afgerond', '?actie=%00', '?actie=valueOf', '?notitie=__proto__', '?actie=toString'), { freq: 4 }))
        .map(([p, id, q]) => `${p}/dashboard/klanten/${id}${q ?? ''}`),
    );
    await fuzz('POST notes', caseOf(request, sender({ consultant: 8, colleague: 1, otherConsultant: 1, entrepreneur: 1, none: 1 })), {
      prepare: async () => {
        await keep.ownNote();
        await keep.ownItem();
      },
      // 429: past clientPageWrite (300 per 10 minutes per account), which a run of 1000 reaches; a refused post writes nothing (findAccountDamage).
      allowed: [200, 303, 400, 403, 404, 413, 429],
      check: (_c, sent, reply) => (reply.status === 200 && realClientPath(sent.request.path) ? 'a note or action-item post answered 200' : null),
    });
  });

  test.concurrent('POST /dashboard/klanten/<id>/verwijderen', async () => {
    const names = [VICTIM_NAME, ' slachtoffer  &  zn ', 'SLACHTOFFER & ZN', 'Slachtoffer', world.clients.other[2].name, ''];
    const request = form(
      ['confirmName'],
      names,
      fc.constantFrom(...names).map((n) => [['confirmName', n]] as [string, string][]),
      fc
        .tuple(localePrefix, fc.oneof({ weight: 8, arbitrary: fc.constant('{victim}') }, { weight: 2, arbitrary: fc.constant(world.clients.other[2].id) }, { weight: 1, arbitrary: weird }))
        .map(([p, id]) => `${p}/dashboard/klanten/${id}/verwijderen`),
    );
    await fuzz('POST delete client', caseOf(request, sender({ consultant: 8, otherConsultant: 2, entrepreneur: 1, none: 1 })), {
      prepare: async () => {
        await keep.victim();
        await keep.foreignVictim();
      },
      allowed: [200, 303, 400, 403, 404, 413],
      async check(c, sent, reply) {
        if (reply.status === 200 && realClientPath(sent.request.path)) return 'a deletion post answered 200';
        // Each client may be deleted by its own organisation's consultant only, and then the answer is a 303.
        const foreignGone = (await rowsOf('select 1 from companies where id = ?', world.clients.other[2].id)).length === 0;
        if (foreignGone && !(reply.status === 303 && c.as === 'otherConsultant')) return `the other organisation's client was deleted, answered ${reply.status}`;
        const victimGone = (await rowsOf('select 1 from companies where id = ?', fx.victim)).length === 0;
        if (victimGone && !(reply.status === 303 && c.as === 'consultant')) return `the client was deleted, answered ${reply.status}`;
        if (reply.status === 303 && c.as === 'consultant' && sent.request.path.includes(fx.victim) && !victimGone) return 'confirmed, yet the client remains';
        return null;
      },
    });
  });

  test.concurrent('POST /uitnodiging/<token> (consultant invitation, password reset)', async () => {
    const token = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('{consultantInvite}', '{resetInvite}') },
      { weight: 2, arbitrary: fc.constantFrom('{usedInvite}', '{expiredInvite}', '{growthInvite}') },
      { weight: 1, arbitrary: fc.constantFrom('{consultantInvite}', '{resetInvite}').map((t) => `${t}x`) },
      { weight: 1, arbitrary: weird },
    );
    const request = form(
      ['name', 'email', 'password'],
      [...NAMES, ...NEW_EMAILS.map((e) => e.replace('nieuw', 'coach')), DEMO_USERS.consultant, ...PASSWORDS],
      pairs(['name', fc.constantFrom('Nieuwe Coach', '', ...CONTROL_NAMES)], ['email', fc.constantFrom(...NEW_EMAILS.map((e) => e.replace('nieuw', 'coach')), DEMO_USERS.consultant)], ['password', fc.constantFrom(NEW_PASSWORD, 'short')]),
      fc.tuple(localePrefix, token).map(([p, t]) => `${p}/uitnodiging/${t}`),
    );
    await fuzz('POST /uitnodiging/<token>', caseOf(request, sender({ none: 8, consultant: 1, admin: 1 })), {
      prepare: async () => {
        await keep.consultantInvite();
        await keep.resetInvite();
      },
      allowed: [200, 303, 400, 403, 404, 413, 429],
      // A new consultant of the inviting organisation, with the address among the fields.
      newSession: (user, sent) =>
        !before.users.has(String(user.id)) && user.role === 'consultant' && user.organisation_id === world.organisations.demo && sentAddress(sent, user),
    });
  });

  test.concurrent('POST /rapport/<token> (claim)', async () => {
    const token = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('{claimable}', '{claimedByOther}', '{unfinished}') },
      { weight: 1, arbitrary: fc.constant('{claimable}x') },
      { weight: 2, arbitrary: weird },
    );
    const request = hostileRequest({
      path: fc.tuple(localePrefix, token).map(([p, t]) => `${p}/rapport/${t}`),
      fieldNames: ['claim', 'token'],
      validValues: ['1', '{claimable}'],
    });
    await fuzz('POST /rapport/<token>', caseOf(request, sender({ entrepreneur: 6, consultant: 1, none: 2 })), {
      prepare: keep.claimable,
      allowed: [200, 303, 400, 403, 404, 413],
    });
  });

  const ownIds = () => world.clients.demo.map((c) => c.id);
  const foreignIds = () => world.clients.other.map((c) => c.id);
  /** Links to (or checkboxes for, or export rows of) clients of another organisation than the sender's; none at all for an entrepreneur. */
  function leakedClient(c: Case, body: string): string | null {
    const mine = c.as === 'consultant' || c.as === 'colleague' ? 'demo' : c.as === 'otherConsultant' ? 'other' : c.as === 'entrepreneur' ? 'none' : null;
    if (!mine) return null;
    const clients = mine === 'demo' ? foreignIds() : mine === 'other' ? ownIds() : [...ownIds(), ...foreignIds()];
    const tests = mine === 'demo' ? responsesOf.other : mine === 'other' ? responsesOf.demo : [...responsesOf.demo, ...responsesOf.other];
    const client = clients.find((id) => body.includes(`/dashboard/klanten/${id}"`) || body.includes(`name="klant" value="${id}"`));
    if (client) return `shows client ${client} to a ${JSON.stringify(c.as)}`;
    const test = tests.find((id) => body.includes(`\n${id};`) || body.includes(`\n${id},`));
    return test ? `exports test ${test} to a ${JSON.stringify(c.as)}` : null;
  }
  const readers = sender({ consultant: 5, otherConsultant: 2, admin: 2, entrepreneur: 1, none: 1, forged: 1 });
  const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH');

  test.concurrent('GET /dashboard with generated query strings', async () => {
    const query = queryString(
      ['zoek', 'sector', 'kans', 'sorteer', 'volgorde', 'pagina', 'organisatie', 'verwijderd'],
      [...SECTOR_VALUES, ...GROWTH_AREAS, 'name', 'date', 'score', 'op', 'af', '0', '1', '2', '99', '-1', '1e3', '%', '_', 'Bakkerij', "' or 1=1 --", world.organisations.other, world.organisations.demo],
    );
    const request = hostileRequest({ method, path: fc.tuple(localePrefix, query).map(([p, q]) => `${p}/dashboard${q}`), fieldNames: ['zoek'], validValues: ['x'] });
    await fuzz('GET /dashboard', caseOf(request, readers), {
      // 431: Node refuses a request line past its header size limit.
      allowed: [200, 303, 400, 403, 404, 405, 413, 431],
      check: (c, _sent, reply) => leakedClient(c, reply.body),
    });
  });

  test.concurrent('GET /dashboard/vergelijken, /overzicht, /export.csv with generated query strings', async () => {
    const ids = [...ownIds().slice(0, 4), ...foreignIds().slice(0, 2), fx.victim];
    const path = fc.oneof(
      queryString(['klant'], ids).map((q) => `/dashboard/vergelijken${q}`),
      queryString(['organisatie'], [world.organisations.demo, world.organisations.other, 'x']).map((q) => `/dashboard/overzicht${q}`),
      queryString(['format', 'decimal', 'organisatie'], ['excel-nl', 'csv', 'comma', 'point', world.organisations.demo, world.organisations.other]).map((q) => `/dashboard/export.csv${q}`),
    );
    const request = hostileRequest({ method, path: fc.tuple(localePrefix, path).map(([p, q]) => p + q), fieldNames: ['klant'], validValues: ids });
    await fuzz('GET compare, overview, export', caseOf(request, readers), {
      // 431: Node refuses a request line past its header size limit.
      allowed: [200, 303, 400, 403, 404, 405, 413, 431],
      check(c, sent, reply) {
        const leak = leakedClient(c, reply.body);
        if (leak) return leak;
        // Comparing with a client of another organisation answers as if it did not exist.
        const asks = new Set(new URL(sent.request.path, server.url).searchParams.getAll('klant').filter((id) => /^[a-z0-9]{1,64}$/.test(id)));
        const foreign = c.as === 'consultant' ? foreignIds() : c.as === 'otherConsultant' ? ownIds() : [];
        const comparing = sent.request.path.includes('vergelijken') && sent.request.method === 'GET' && asks.size <= 5;
        if (comparing && reply.status === 200 && [...asks].some((id) => foreign.includes(id))) {
          return `compared a client of another organisation (${reply.status})`;
        }
        return null;
      },
    });
  });

  test.concurrent('GET and other methods on every new page, with mangled ids, tokens and queries', async () => {
    const clientId = fc.oneof(fc.constantFrom(...ownIds().slice(0, 3), ...foreignIds().slice(0, 2)), weird);
    const testId = fc.oneof(fc.constantFrom(responsesOf.demo[0], responsesOf.other[0]), weird);
    const token = fc.oneof(fc.constantFrom('{consultantInvite}', '{resetInvite}', '{growthInvite}', '{expiredInvite}', '{claimable}', '{claimedByOther}', '{unfinished}'), weird);
    const path = fc.oneof(
      fc.option(returnPaths, { freq: 5 }).map((back) => `/inloggen${back === null ? '' : `?terug=${back}`}`),
      token.map((t) => `/registreren?rapport=${t}`),
      fc.constantFrom('/uitloggen', '/account', '/account/gegevens.json', '/admin', '/dashboard/uitnodigen'),
      fc
        .tuple(
          clientId,
          fc.option(fc.constantFrom('{ownNote}', '{colleagueNote}', '{otherNote}', '%0A', 'x'), { freq: 3 }),
          fc.option(fc.tuple(fc.constantFrom('notitie', 'actie'), fc.constantFrom('toegevoegd', 'afgerond', 'x', '%00', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor')), { freq: 3 }),
        )
        .map(([id, edit, notice]) => `/dashboard/klanten/${id}?${edit === null ? '' : `bewerk=${edit}&`}${notice === null ? '' : `${notice[0]}=${notice[1]}`}`),
      clientId.map((id) => `/dashboard/klanten/${id}/verwijderen`),
      testId.map((id) => `/dashboard/rapporten/${id}`),
      token.map((t) => `/uitnodiging/${t}`),
      token.map((t) => `/rapport/${t}`),
    );
    const request = hostileRequest({ method, path: fc.tuple(localePrefix, path).map(([p, q]) => p + q), fieldNames: ['action'], validValues: ['x'] });
    await fuzz('GET every new page', caseOf(request, readers), {
      prepare: async () => {
        await keep.consultantInvite();
        await keep.resetInvite();
        await keep.claimable();
        await keep.ownNote();
      },
      // 431: Node refuses a request line past its header size limit. 429: only a post on a client page, past
      // clientPageWrite, which the notes group running beside this one uses up for the same consultant.
      allowed: [200, 303, 400, 403, 404, 405, 413, 429, 431],
      check(c, sent, reply) {
        if (reply.status === 429) return sent.request.method === 'POST' && /^(\/en)?\/dashboard\/klanten\/[^/?]+(\?|$)/.test(sent.request.path) ? null : `429 for ${sent.request.method} ${sent.request.path}`;
        if (sent.request.method !== 'GET' || reply.status !== 200) return null;
        // A client, its deletion page or one of its reports, of another organisation, reads as unknown.
        const foreignClients = c.as === 'consultant' ? foreignIds() : c.as === 'otherConsultant' ? ownIds() : [];
        const foreignTests = c.as === 'consultant' ? responsesOf.other : c.as === 'otherConsultant' ? responsesOf.demo : [];
        const opened = [...foreignClients.map((id) => `/dashboard/klanten/${id}`), ...foreignTests.map((id) => `/dashboard/rapporten/${id}`)];
        const path = new URL(sent.request.path, server.url).pathname;
        return opened.some((p) => path === p || path === `/en${p}` || path.startsWith(`${p}/`) || path.startsWith(`/en${p}/`)) ? `opened ${path} for a ${JSON.stringify(c.as)}` : null;
      },
    });
  });

  test('afterwards: the server is up and logged no error, the data is whole, and nobody gained anything', async () => {
    expect((await fetch(`${server.url}/inloggen`)).status).toBe(200);
    expect(server.errorLines()).toEqual([]);
    expect(await findDamage(client)).toEqual([]);

    const after = await snapshot();
    const changed: string[] = [];
    // Every account that was there keeps its role, organisation, company and address; only the account
    // page's user and the reset links' target may have a new password (or, for the former, be deleted).
    for (const [id, was] of before.users) {
      const now = after.users.get(id);
      if (!now) {
        if (id !== fx.accountUser.id) changed.push(`user ${was.email} was deleted`);
        continue;
      }
      for (const key of ['email', 'role', 'organisation_id', 'company_id'] as const) {
        if (now[key] !== was[key]) changed.push(`user ${was.email}: ${key} ${was[key]} -> ${now[key]}`);
      }
      if (now.password_hash !== was.password_hash && id !== fx.resetTarget && id !== fx.accountUser.id) changed.push(`user ${was.email}: password changed`);
    }
    const newUsers = [...after.users.values()].filter((u) => !before.users.has(String(u.id)));
    for (const user of newUsers) {
      const fits = user.role === 'entrepreneur' ? user.organisation_id === null : user.role === 'consultant' && user.organisation_id === world.organisations.demo;
      if (!fits) changed.push(`new ${user.role} ${user.email} in organisation ${user.organisation_id}`);
    }
    // Clients stay in their organisation, and only the deletion form's own client may be gone.
    for (const [id, organisation] of before.companies) {
      if (!after.companies.has(id)) {
        if (![fx.victim, fx.accountUser.companyId, world.clients.other[2].id].includes(id)) changed.push(`company ${id} was deleted`);
      } else if (after.companies.get(id) !== organisation) changed.push(`company ${id} moved organisation`);
    }
    // Tests keep their company, except anonymous ones that were claimed; nothing unfinished was claimed.
    for (const [id, company] of before.responses) {
      if (after.responses.has(id) && after.responses.get(id) !== company && company !== null) changed.push(`response ${id} changed company`);
    }
    if (after.responses.get(fx.unfinished.split('.')[0]) !== null) changed.push('an unfinished test was claimed');
    expect(after.protectedNotes).toEqual(before.protectedNotes);
    expect(after.protectedItems).toEqual(before.protectedItems);
    expect(changed).toEqual([]);
    reportFigures('malformed-accounts database', {
      newUsers: newUsers.length,
      newEntrepreneurs: newUsers.filter((u) => u.role === 'entrepreneur').length,
      newConsultants: newUsers.filter((u) => u.role === 'consultant').length,
      organisations: (await rowsOf('select count(*) as n from organisations'))[0].n as number,
      notes: (await rowsOf('select count(*) as n from notes'))[0].n as number,
      actionItems: (await rowsOf('select count(*) as n from action_items'))[0].n as number,
      invites: (await rowsOf('select count(*) as n from invites'))[0].n as number,
      damage: 0,
    });
  });
});
