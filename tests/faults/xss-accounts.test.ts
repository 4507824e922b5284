/**
 * Cross-site scripting on the accounts and the consultant dashboard: every
 * payload of tests/support/xss.ts (and the spreadsheet-formula ones) typed
 * into every free-text field they add, through the real forms: the
 * administrator's organisation name, the consultant's name on accepting an
 * invitation, the new client's name and e-mail on the invitation form, the
 * Growth Test's contact answers through that invitation, note bodies,
 * action items' texts and owners (open and done ones), and an
 * entrepreneur's name and company on signing up (claiming a report).
 *
 * Two payloads go into each stored name (so 27 organisations, consultants,
 * clients and entrepreneurs carry all 53 in every field), and eleven into
 * each field of a form sent back with an error.
 *
 * Then every page that shows them is rendered in Chromium, once with the
 * site's CSP and once with it bypassed (the escaping must hold on its
 * own): the administrator's page, the client list (every page of it), the
 * overview, per client its page (notes, authors, action items,
 * organisation, latest report), compare against the averages, a note opened for editing, the
 * dashboard report header, the Growth Test start page naming the
 * organisation, compare five side by side; for one client in nine each,
 * the deletion page, the account pages, the consultant invitation page,
 * the invitation form, the client list and reports as consultant and as
 * entrepreneur, the report by link (the texts sit in the same components
 * there; rendering all of them for every client would double the run);
 * and every form re-rendered with the payloads after an error. Every
 * payload must also show as text where it was put, so a page that lost
 * it cannot pass. The JSON export must be JSON the browser is told not to
 * sniff and to download; the CSV export must neutralise every cell a
 * spreadsheet would run as a formula with a leading apostrophe.
 */
import type { Client } from '@libsql/client';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session.ts';
import { createInvite } from '../../src/lib/server/invites.ts';
import { DEMO_USERS, completedTest, seedDemoWorld, sessionFromSetCookie, signInOverHttp, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { GrowthTestClient, encodeForm, planAnswers, responseId, seededRandom, type FormFields } from '../support/growth-test.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { FORMULA_PAYLOADS, XSS_PAYLOADS, findExecution, launchChromium, openXssContext, recordDialogs, type XssPayload } from '../support/xss.ts';

const PAYLOADS = [...XSS_PAYLOADS, ...FORMULA_PAYLOADS];
const PASSWORD = 'xss-test-passphrase';

/**
 * Payloads entered together. A stored name holds two (each pair fits the
 * 120 characters a name may have), so half as many organisations, clients
 * and accounts, and pages to render, still put every payload in every
 * field. A form re-rendered with an error holds seven to a field.
 */
class Packed {
  constructor(readonly payloads: XssPayload[]) {}
  get text(): string {
    return this.payloads.map((p) => p.text).join(' ');
  }
}
const pack = (size: number) => Array.from({ length: Math.ceil(PAYLOADS.length / size) }, (_, k) => new Packed(PAYLOADS.slice(k * size, k * size + size)));
/** As many payloads to a field as fit in `max` characters (a field the form cuts to that length). */
function packUpTo(max: number): Packed[] {
  const packs: XssPayload[][] = [[]];
  for (const p of PAYLOADS) {
    const last = packs.at(-1)!;
    if (last.length > 0 && [...last, p].map((q) => q.text).join(' ').length > max) packs.push([p]);
    else last.push(p);
  }
  return packs.map((payloads) => new Packed(payloads));
}
const PAIRS = pack(2);
const ELEVENS = pack(11);
/** The client invitation form cuts a new client's name to 120 characters (and the address to 254). */
const FITTING_A_NAME = packUpTo(120);
/** The pair `offset` places after entity i's: over all entities each field gets every pair once, and each entity different pairs per field. */
const payload = (i: number, offset: number) => PAIRS[(i + offset) % PAIRS.length];
/** Payloads shaped like an e-mail address, which the address fields take. */
const EMAIL_SHAPED = PAYLOADS.filter((p) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.text));
/** One entity per pair: every field then holds every payload once. */
const ENTITIES = PAIRS.length;

let server: ServerHandle;
let client: Client;
let world: DemoWorld;
let browser: Browser;
let adminCookie: string;

/** One organisation, its consultant, its client with a test and a note, and an entrepreneur of its own: each named by payloads. */
interface Entity {
  i: number;
  organisation: { id: string; name: Packed };
  consultant: { id: string; cookie: string; name: Packed; email: string };
  client: { id: string; name: Packed; responseId: string; growthInvite: string; contactName: Packed; contactCompany: Packed };
  note: { id: string; body: Packed };
  actionItem: { id: string; text: Packed; owner: Packed };
  entrepreneur: { cookie: string; companyId: string; token: string; name: Packed; company: Packed; email: string };
  /** Unused, for rendering the page that accepts it. */
  consultantInvite: string;
}
const entities: Entity[] = [];

interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

async function request(path: string, options: { cookie?: string; form?: FormFields; ip?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? '192.0.2.50' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.form) Object.assign(headers, { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' });
  const response = await fetch(server.url + path, {
    method: options.form ? 'POST' : 'GET',
    redirect: 'manual',
    headers,
    body: options.form ? encodeForm(options.form) : undefined,
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function expectStatus(reply: Reply, status: number, what: string): void {
  if (reply.status !== status) throw new Error(`${what}: ${reply.status}, expected ${status}\n${reply.body.slice(0, 300)}`);
}

const cookieOf = (reply: Reply) => `${SESSION_COOKIE}=${sessionFromSetCookie(reply.headers.getSetCookie())}`;
const linkToken = (body: string) => /\/uitnodiging\/([a-z2-7]{16}\.[a-z2-7]{32})"/.exec(body)?.[1];
const one = async (sql: string, ...args: string[]) => String((await client.execute({ sql, args })).rows[0]?.[0]);

/** Builds entity i through the real forms, each free-text field filled with a payload. */
async function buildEntity(i: number): Promise<Entity> {
  const orgName = payload(i, 0);
  expectStatus(await request('/admin', { cookie: adminCookie, form: { action: 'create', name: orgName.text, retention: '' } }), 200, 'create organisation');
  const organisationId = await one('select id from organisations order by rowid desc limit 1');

  const invited = await request('/admin', { cookie: adminCookie, form: { action: 'invite-consultant', organisation: organisationId } });
  const consultantName = payload(i, 1);
  const consultantEmail = (EMAIL_SHAPED[i]?.text ?? `coach-${i}@xss.test`).toLowerCase();
  // Each entity's people come from an address of their own, as real ones would: the per-address throttles stay out of the way.
  const ip = `198.18.${i}.1`;
  const accepted = await request(`/uitnodiging/${linkToken(invited.body)}`, {
    form: { name: consultantName.text, email: consultantEmail, password: PASSWORD },
    ip,
  });
  expectStatus(accepted, 303, 'accept consultant invitation');
  const consultant = { id: await one('select id from users where email = ?', consultantEmail), cookie: cookieOf(accepted), name: consultantName, email: consultantEmail };

  const clientName = payload(i, 2);
  const invitation = await request('/dashboard/uitnodigen', { cookie: consultant.cookie, form: { companyId: '', newClientName: clientName.text, email: '' } });
  expectStatus(invitation, 200, 'invite a new client');
  const growthInvite = linkToken(invitation.body)!;
  const clientId = await one('select id from companies where organisation_id = ?', organisationId);

  // The client takes the Growth Test through the invitation, with payloads as contact name and company.
  const respondent = new GrowthTestClient(server.url, { forwardedFor: ip });
  const token = await respondent.newToken();
  expectStatus({ ...(await respondent.postForm('/groeitest', { token, invite: growthInvite })), headers: new Headers() }, 303, 'start invited test');
  const [contactName, contactCompany] = [payload(i, 3), payload(i, 4)];
  for (const section of planAnswers(seededRandom(i), { consent: 'yes' }).sections) {
    const fields = section.id === 'contact' ? { name: contactName.text, company: contactCompany.text, email: `klant-${i}@xss.test` } : section.fields;
    const reply = await respondent.postSection(token, section.id, fields);
    if (reply.status !== 303) throw new Error(`invited test, ${section.id}: ${reply.status}`);
  }

  const noteBody = payload(i, 5);
  expectStatus(await request(`/dashboard/klanten/${clientId}`, { cookie: consultant.cookie, form: { action: 'add-note', body: noteBody.text } }), 303, 'add note');
  const noteId = await one('select id from notes where company_id = ?', clientId);

  // An action item with payloads as text and owner; every other one ticked off, so both renderings are seen.
  const [itemText, itemOwner] = [payload(i, 8), payload(i, 9)];
  const itemPath = `/dashboard/klanten/${clientId}`;
  expectStatus(await request(itemPath, { cookie: consultant.cookie, form: { action: 'add-action-item', text: itemText.text, owner: itemOwner.text, dueOn: '2021-06-30' } }), 303, 'add action item');
  const itemId = await one('select id from action_items where company_id = ?', clientId);
  if (i % 2 === 1) expectStatus(await request(itemPath, { cookie: consultant.cookie, form: { action: 'finish-action-item', itemId } }), 303, 'finish action item');

  // An entrepreneur signs up with payloads as name and company, claiming an anonymous report.
  const [name, company] = [payload(i, 6), payload(i, 7)];
  const email = (EMAIL_SHAPED[i]?.text.replace(/@[^@]+$/, '@ondernemer.nl') ?? `ondernemer-${i}@xss.test`).toLowerCase();
  const reportToken = await completedTest(world.db);
  const signedUp = await request('/registreren', {
    form: { name: name.text, email, password: PASSWORD, company: company.text, claim: reportToken },
    ip,
  });
  expectStatus(signedUp, 303, 'sign up');
  // Sign-up answers the same for new and existing addresses, so it never signs in by itself.
  const entrepreneurCookie = await signInOverHttp(server.url, email, PASSWORD, ip);

  return {
    i,
    organisation: { id: organisationId, name: orgName },
    consultant,
    client: { id: clientId, name: clientName, responseId: responseId(token), growthInvite, contactName, contactCompany },
    note: { id: noteId, body: noteBody },
    actionItem: { id: itemId, text: itemText, owner: itemOwner },
    entrepreneur: {
      cookie: entrepreneurCookie,
      companyId: await one('select company_id from users where email = ?', email),
      token: reportToken,
      name,
      company,
      email,
    },
    consultantInvite: await createInvite({ kind: 'consultant', organisationId, createdBy: world.users.admin }, Date.now(), world.db),
  };
}

beforeAll(async () => {
  const database = await freshDatabase('xss-accounts', { inMemoryFs: true });
  client = openDatabase(database.url);
  world = await seedDemoWorld(client, 30);
  // Sign-ins and failed sign-ins come from many addresses here: the per-IP throttle must not get in the way.
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  browser = await launchChromium();
  adminCookie = await signInOverHttp(server.url, DEMO_USERS.admin, undefined, '192.0.2.10');
  for (let i = 0; i < ENTITIES; i++) entities.push(await buildEntity(i));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  client?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

/**
 * How the export must write a text cell: an apostrophe wherever a spreadsheet could start a formula, at
 * the start and after either separator or a line break (a file split on the other dialect's separator).
 */
const neutral = (text: string) => text.replace(/(^|[;,\n\r])(?=[=+\-@\t\r])/g, "$1'");

/** RFC 4180: quoted cells may hold separators, doubled quotes and line breaks; rows end with CRLF. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// ---------------------------------------------------------------------------
// What each mode renders

/** A page to open as a user, and the payloads that must show on it as text (proof the data is there, escaped). */
interface Visit {
  path: string;
  cookie: string | null;
  shows?: Packed[];
  /** Form fields (CSS selector) whose value must hold the payloads. */
  values?: [string, Packed][];
  /** A page of the client list: together they must show every client, company and organisation. */
  list?: boolean;
}

/** A server reply (to a form post) to render as it came, under its own URL and CSP. */
interface Rendered {
  label: string;
  path: string;
  reply: Reply;
  values?: [string, Packed][];
  shows?: Packed[];
}

/** The e-mail-shaped payload entity i's accounts use as their address, if any. */
const emailShown = (i: number) => (EMAIL_SHAPED[i] ? [new Packed([EMAIL_SHAPED[i]])] : []);

function visitsOf(): Visit[] {
  const visits: Visit[] = [];
  const admin = adminCookie;
  visits.push({ path: '/admin', cookie: admin, shows: entities.flatMap((e) => [e.organisation.name, e.consultant.name, ...emailShown(e.i)]) });
  visits.push({ path: '/dashboard/overzicht', cookie: admin });
  visits.push({ path: `/en/dashboard/overzicht?organisatie=${entities[0].organisation.id}`, cookie: admin });
  // Every page of the client list: names, organisations; all together they must show every name.
  const pages = Math.ceil((entities.length * 2 + world.clients.demo.length + world.clients.other.length) / 25);
  for (let page = 1; page <= pages; page++) visits.push({ path: `/dashboard?pagina=${page}`, cookie: admin, list: true });
  visits.push({ path: `/en/dashboard?zoek=${encodeURIComponent('(10')}&sorteer=score`, cookie: admin });
  for (const e of entities) {
    const { client: c } = e;
    // Every entity: the pages that show its own texts in contexts no other page has.
    visits.push(
      { path: `/dashboard/klanten/${c.id}`, cookie: admin, shows: [c.name, e.organisation.name, e.note.body, e.consultant.name, e.actionItem.text, e.actionItem.owner] },
      { path: `/dashboard/vergelijken?klant=${c.id}`, cookie: admin, shows: [c.name, e.organisation.name] },
      { path: `/dashboard/klanten/${c.id}?bewerk=${e.note.id}`, cookie: e.consultant.cookie, values: [[`#edit-${e.note.id}`, e.note.body]] },
      { path: `/dashboard/rapporten/${responseId(e.entrepreneur.token)}`, cookie: admin, shows: [e.entrepreneur.company] },
      { path: `/groeitest?uitnodiging=${c.growthInvite}`, cookie: null, shows: [e.organisation.name] },
    );
    // One entity in nine each: pages whose texts sit in the same components as above (a heading, a
    // paragraph, a list, a field), seen as other roles; every entity has one of them.
    const more: Visit[] = [
      { path: `/dashboard/klanten/${c.id}/verwijderen`, cookie: e.consultant.cookie, shows: [c.name] },
      { path: '/account', cookie: e.consultant.cookie, shows: [e.consultant.name, ...emailShown(e.i)] },
      { path: `/en/uitnodiging/${e.consultantInvite}`, cookie: null, shows: [e.organisation.name] },
      { path: '/dashboard', cookie: e.consultant.cookie, shows: [c.name] },
      { path: '/dashboard/uitnodigen', cookie: e.consultant.cookie },
      { path: `/en/dashboard/rapporten/${c.responseId}`, cookie: e.consultant.cookie, shows: [c.name] },
      { path: '/account', cookie: e.entrepreneur.cookie, shows: [e.entrepreneur.name] },
      { path: `/dashboard/rapporten/${responseId(e.entrepreneur.token)}`, cookie: e.entrepreneur.cookie, shows: [e.entrepreneur.company] },
      { path: `/rapport/${e.entrepreneur.token}`, cookie: e.entrepreneur.cookie },
    ];
    visits.push(more[e.i % more.length]);
  }
  // Five side by side: the clients, and the entrepreneurs' companies.
  for (let i = 0; i < entities.length; i += 5) {
    const group = entities.slice(i, i + 5);
    visits.push({ path: `/dashboard/vergelijken?${group.map((e) => `klant=${e.client.id}`).join('&')}`, cookie: admin, shows: group.map((e) => e.client.name) });
    visits.push({
      path: `/dashboard/vergelijken?${group.map((e) => `klant=${e.entrepreneur.companyId}`).join('&')}`,
      cookie: admin,
      shows: group.map((e) => e.entrepreneur.company),
    });
  }
  return visits;
}

/** Every form posted with payloads (eleven to a field) so that it comes back with an error, keeping what was typed. */
async function rerenderedForms(): Promise<Rendered[]> {
  const out: Rendered[] = [];
  const long = 'x'.repeat(5001);
  const e = entities[0];
  for (let k = 0; k < FITTING_A_NAME.length; k++) {
    const [a, b] = [FITTING_A_NAME[k], FITTING_A_NAME[(k + 1) % FITTING_A_NAME.length]];
    out.push({
      label: 'client invitation with a wrong address',
      path: '/dashboard/uitnodigen',
      reply: await request('/dashboard/uitnodigen', { cookie: e.consultant.cookie, form: { companyId: '', newClientName: a.text, email: b.text } }),
      values: [['#f-newClientName', a], ['#f-email', b]],
    });
  }
  for (let k = 0; k < ELEVENS.length; k++) {
    const [a, b] = [ELEVENS[k], ELEVENS[(k + 1) % ELEVENS.length]];
    const invite = await createInvite({ kind: 'consultant', organisationId: e.organisation.id, createdBy: world.users.admin }, Date.now(), world.db);
    out.push(
      {
        label: 'sign-up with a wrong address',
        path: '/registreren',
        reply: await request('/registreren', { form: { name: a.text, email: 'geen adres', password: PASSWORD, company: b.text } }),
        values: [['#f-name', a], ['#f-company', b]],
      },
      {
        label: 'sign-in with a wrong address',
        path: '/inloggen',
        reply: await request('/inloggen', { form: { email: a.text, password: 'x' }, ip: `198.18.0.${k}` }),
        values: [['#f-email', a]],
      },
      {
        label: 'new organisation with a wrong retention',
        path: '/admin',
        reply: await request('/admin', { cookie: adminCookie, form: { action: 'create', name: a.text, retention: 'x' } }),
        values: [['#f-name', a]],
      },
      {
        label: 'password link (the name comes back in its label)',
        path: '/admin',
        reply: await request('/admin', { cookie: adminCookie, form: { action: 'reset', user: e.consultant.id, name: b.text } }),
        shows: [b],
      },
      {
        label: 'note too long',
        path: `/dashboard/klanten/${e.client.id}`,
        reply: await request(`/dashboard/klanten/${e.client.id}`, { cookie: e.consultant.cookie, form: { action: 'add-note', body: `${a.text} ${long}` } }),
        values: [['#new-note', a]],
      },
      {
        label: 'note edited too long',
        path: `/dashboard/klanten/${e.client.id}`,
        reply: await request(`/dashboard/klanten/${e.client.id}`, { cookie: e.consultant.cookie, form: { action: 'edit-note', noteId: e.note.id, body: `${b.text} ${long}` } }),
        values: [[`#edit-${e.note.id}`, b]],
      },
      {
        label: 'action item with a day that does not exist',
        path: `/dashboard/klanten/${e.client.id}`,
        reply: await request(`/dashboard/klanten/${e.client.id}`, { cookie: e.consultant.cookie, form: { action: 'add-action-item', text: a.text, owner: b.text, dueOn: '2026-02-30' } }),
        values: [['#f-text', a], ['#f-owner', b]],
      },
      {
        label: 'consultant invitation with a wrong address',
        path: `/uitnodiging/${invite}`,
        reply: await request(`/uitnodiging/${invite}`, { form: { name: a.text, email: b.text, password: PASSWORD } }),
        values: [['#f-name', a], ['#f-email', b]],
      },
    );
  }
  for (const r of out) {
    const expected = r.label.startsWith('password link') ? 200 : 400;
    if (r.reply.status !== expected) throw new Error(`${r.label}: ${r.reply.status}\n${r.reply.body.slice(0, 300)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------

const MODES = [
  { name: 'with the CSP', bypassCSP: false },
  { name: 'with the CSP bypassed (escaping alone)', bypassCSP: true },
];

describe(`cross-site scripting on accounts and the dashboard (${PAYLOADS.length} payloads per field)`, () => {
  let forms: Rendered[];
  beforeAll(async () => {
    forms = await rerenderedForms();
  });

  test('the CSV export neutralises every cell a spreadsheet would run as a formula', async () => {
    // Names that start with a tab or a carriage return cannot come through the forms (they trim); older or imported data might hold them.
    const raw = [`\t=1+1 (2100)`, `\r=2+2 (2101)`, `-5 (2102)`];
    for (const name of raw) {
      const id = `raw${raw.indexOf(name)}`;
      await client.execute({ sql: 'insert into companies (id, name, organisation_id) values (?, ?, ?)', args: [id, name, world.organisations.demo] });
      await completedTest(world.db, { companyId: id, organisationId: world.organisations.demo });
    }
    // Response id -> the cells its free text must become, from what is stored.
    const expected = new Map<string, Record<string, string>>();
    const stored = await client.execute(`select r.id, r.answers, c.name as company_name, o.name as organisation_name from responses r
      left join companies c on c.id = r.company_id left join organisations o on o.id = coalesce(c.organisation_id, r.organisation_id)
      where r.status = 'completed'`);
    for (const row of stored.rows) {
      const answers = JSON.parse(String(row.answers)) as Record<string, unknown>;
      const cells: Record<string, string> = { company: neutral(String(row.company_name ?? '')), organisation: neutral(String(row.organisation_name ?? '')) };
      for (const question of ['name', 'company', 'email']) cells[`answer:${question}`] = neutral(String(answers[question] ?? ''));
      expected.set(String(row.id), cells);
    }
    let cells = 0;
    let neutralised = 0;
    const problems: string[] = [];
    for (const [query, separator] of [['format=excel-nl', ';'], ['format=csv&decimal=point', ','], ['format=csv&decimal=comma', ',']] as const) {
      for (const cookie of [adminCookie, entities[0].consultant.cookie]) {
        const reply = await request(`/dashboard/export.csv?${query}`, { cookie });
        expect(reply.status).toBe(200);
        expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(reply.headers.get('content-disposition')).toMatch(/^attachment/);
        expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
        const [header, ...rows] = parseCsv(reply.body.replace(/^\uFEFF/, ''), separator);
        const column = (name: string) => header.indexOf(name);
        const numeric = new Set(header.flatMap((name, i) => (name === 'overall_score' || name.startsWith('score_') ? [i] : [])));
        for (const row of rows) {
          row.forEach((cell, i) => {
            cells++;
            if (cell.startsWith("'")) neutralised++;
            if (/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !(numeric.has(i) || /^-?\d+$/.test(cell)))) {
              problems.push(`${query}: ${header[i]} cell ${JSON.stringify(cell.slice(0, 40))} would run as a formula`);
            }
          });
          // Every free-text cell exactly as stored, an apostrophe added only where a formula could start.
          const want = expected.get(row[column('response_id')]);
          if (!want) problems.push(`${query}: a row for unknown response ${row[column('response_id')]}`);
          const columns: [string, number][] = [['company', column('company')], ['organisation', column('organisation')], ...['name', 'company', 'email'].map((q): [string, number] => [`answer:${q}`, header.lastIndexOf(q)])];
          for (const [key, index] of columns) {
            if (want && row[index] !== want[key]) problems.push(`${query}: ${key} ${JSON.stringify(row[index].slice(0, 50))}, expected ${JSON.stringify(want[key].slice(0, 50))}`);
          }
        }
      }
    }
    reportFigures('xss-accounts CSV export', { cells, neutralised, failures: problems.length });
    expect(neutralised).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the JSON export is JSON the browser downloads and does not sniff, with every payload intact', async () => {
    const problems: string[] = [];
    for (const e of entities) {
      for (const [cookie, name, company, email] of [
        [e.entrepreneur.cookie, e.entrepreneur.name, e.entrepreneur.company, e.entrepreneur.email],
        [e.consultant.cookie, e.consultant.name, null, e.consultant.email],
      ] as const) {
        const reply = await request('/account/gegevens.json', { cookie });
        if (reply.status !== 200) problems.push(`export: ${reply.status}`);
        if (!/^application\/json/.test(reply.headers.get('content-type') ?? '')) problems.push(`export: content type ${reply.headers.get('content-type')}`);
        if (reply.headers.get('x-content-type-options') !== 'nosniff') problems.push('export: no nosniff');
        if (!/^attachment/.test(reply.headers.get('content-disposition') ?? '')) problems.push('export: not an attachment');
        const data = JSON.parse(reply.body) as { user: { name: string; email: string }; company: { name: string } | null };
        if (data.user.email !== email) problems.push(`export: address ${JSON.stringify(data.user.email)}, expected ${JSON.stringify(email)}`);
        for (const p of name.payloads) if (!data.user.name.includes(`(${p.id})`)) problems.push(`export: user name ${JSON.stringify(data.user.name)}`);
        for (const p of company?.payloads ?? []) if (!data.company?.name.includes(`(${p.id})`)) problems.push(`export: company ${JSON.stringify(data.company?.name)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  for (const mode of MODES) {
    // About 90 s each on a quiet machine, 266 s with builds beside it: the config's 300 s is too tight for a loaded 2-core CI box.
    test.concurrent(`every page showing account and dashboard text, ${mode.name}`, { timeout: 900_000 }, async () => {
      const context = await openXssContext(browser, { bypassCSP: mode.bypassCSP });
      const page = await context.newPage();
      const dialogs = recordDialogs(page);
      const problems: string[] = [];
      let renders = 0;
      let signedInAs: string | null | undefined;
      const shown = new Set<number>();

      let listText = '';
      const inspect = async (label: string, shows: Packed[] = [], values: [string, Packed][] = [], list = false) => {
        renders++;
        problems.push(...(await findExecution(page, dialogs)).map((p) => `${label}: ${p}`));
        dialogs.length = 0;
        const text = await page.evaluate(() => document.body.innerText);
        if (list) listText += text;
        for (const p of shows.flatMap((packed) => packed.payloads)) {
          if (text.includes(`(${p.id})`)) shown.add(p.id);
          else problems.push(`${label}: payload ${p.id} not shown as text`);
        }
        for (const [selector, packed] of values) {
          const value = await page.inputValue(selector).catch(() => '');
          for (const p of packed.payloads) {
            if (!value.includes(`(${p.id})`)) problems.push(`${label}: ${selector} lost payload ${p.id}, shows ${JSON.stringify(value.slice(0, 80))}`);
          }
        }
      };
      const signIn = async (cookie: string | null) => {
        if (cookie === signedInAs) return;
        await context.clearCookies();
        if (cookie) await context.addCookies([{ name: SESSION_COOKIE, value: cookie.split('=')[1], url: server.url }]);
        signedInAs = cookie;
      };

      for (const visit of visitsOf()) {
        await signIn(visit.cookie);
        const response = await page.goto(server.url + visit.path);
        if (response?.status() !== 200) problems.push(`${visit.path}: ${response?.status()}`);
        await inspect(visit.path, visit.shows, visit.values, visit.list);
      }
      // The client list's pages together show every client, every entrepreneur's company and every organisation.
      for (const e of entities) {
        for (const p of [e.client.name, e.entrepreneur.company, e.organisation.name].flatMap((packed) => packed.payloads)) {
          if (!listText.includes(`(${p.id})`)) problems.push(`client list: payload ${p.id} on no page`);
        }
      }

      // Replies to form posts, rendered exactly as the server sent them (body, CSP), at their own address.
      await signIn(null);
      for (const [n, form] of forms.entries()) {
        const url = `${server.url}${form.path}${form.path.includes('?') ? '&' : '?'}rendered=${n}`;
        const headers = Object.fromEntries([...form.reply.headers].filter(([name]) => ['content-type', 'content-security-policy'].includes(name)));
        await page.route(url, (route) => route.fulfill({ status: form.reply.status, headers, body: form.reply.body }));
        await page.goto(url);
        await inspect(`${form.label} (${form.path})`, form.shows, form.values);
        await page.unroute(url);
      }

      reportFigures(`xss-accounts ${mode.name}`, {
        payloads: PAYLOADS.length,
        entities: entities.length,
        storedFields: 11,
        payloadsStored: entities.reduce((n, e) => n + [e.organisation.name, e.consultant.name, e.client.name, e.client.contactName, e.client.contactCompany, e.note.body, e.actionItem.text, e.actionItem.owner, e.entrepreneur.name, e.entrepreneur.company].reduce((m, f) => m + f.payloads.length, 0), 0) + EMAIL_SHAPED.length * 2,
        formsReRendered: forms.length,
        pagesRendered: renders,
        payloadsSeenAsText: shown.size,
        failures: problems.length,
      });
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
