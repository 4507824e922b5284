/**
 * Malformed and hostile input on the leads forms (issue 12), generated with
 * fast-check (a fixed seed, FAULTS_RUNS requests per form): the inbox's
 * status and accept posts, the organisation's branding form with its logo
 * upload (multipart, files of any bytes), the administrator's home-test
 * owner, and the public logo route. Each is sent as the right role, as the
 * other organisation's coach and without a session.
 *
 * Every reply: no 5xx, no stack trace, cross-site posts refused. Afterwards,
 * read from the file: a stored logo passes the byte checks, a stored booking
 * link is https, the home test's owner is none or a real organisation, the
 * demo organisation's lead was never touched by the other organisation, and
 * the stored data keeps its invariants (inspect-db.ts findDamage).
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leads } from '../../db/schema.ts';
import { checkLogo } from '../../src/lib/branding/logo-check.ts';
import { completeResponse, saveAnswers, startResponse } from '../../src/lib/server/queries/responses.ts';
import { organisationGrowthTest } from '../../src/lib/server/queries/surveys.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { growthTestV1 } from '../../src/lib/families/growth-test/definition.ts';
import { demoAnswers, seededRandom } from '../../scripts/seed-demo.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { checkProperty, hashName, localePrefix } from '../support/fuzz.ts';
import { checkHostileReply, hostileRequest, sendHostile, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase } from '../support/inspect-db.ts';
import { hostileLogos, pngLogo } from '../support/logos.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 12_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let client: Client;
let world: DemoWorld;
let demoLead: string;
const cookies: Record<string, string> = {};
const totals = { requests: 0, failures: 0 };

beforeAll(async () => {
  const database = await freshDatabase('malformed-leads', { inMemoryFs: true });
  client = openDatabase(database.url);
  world = await seedDemoWorld(client, 20);
  const { db } = world;
  // A lead of the demo organisation, through its own public test.
  const instance = await organisationGrowthTest(world.organisations.demo, db);
  const { token } = issueToken();
  const started = await startResponse(token, { instanceId: instance.id, survey: growthTestV1 }, 'nl', { organisationId: world.organisations.demo }, db);
  const answers = { ...demoAnswers(seededRandom(9)), consent: 'yes', name: 'Fuzz Lead', email: 'fuzz@example.nl' };
  const saved = await saveAnswers(started!, growthTestV1, { answers, cleared: [], sectionId: 'contact' }, db);
  await completeResponse(saved, growthTestV1, db);
  demoLead = (await db.select().from(leads))[0].id;
  cookies.consultant = await sessionCookie(db, world.users.consultant);
  cookies.otherConsultant = await sessionCookie(db, world.users.otherConsultant);
  cookies.admin = await sessionCookie(db, world.users.admin);
  cookies.none = '';
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  client?.close();
  removeDatabase(server?.database);
});

type Who = keyof typeof cookies;
const who = (weights: Partial<Record<Who, number>>) =>
  fc.oneof(...Object.entries(weights).map(([name, weight]) => ({ weight: weight!, arbitrary: fc.constant(name as Who) })));

let address = 0;
async function fuzz(name: string, cases: fc.Arbitrary<[HostileRequest, Who]>, allowed: number[]) {
  let sent = 0;
  const statuses: Record<number, number> = {};
  const property = fc.asyncProperty(cases, async ([request, sender]) => {
    address++;
    const headers: Record<string, string> = { 'X-Forwarded-For': `10.12.${(address >> 8) & 255}.${address & 255}` };
    if (cookies[sender]) headers.Cookie = cookies[sender];
    const reply = await sendHostile(server.url, request, headers);
    sent++;
    statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
    const problem = checkHostileReply(request, reply, allowed);
    if (problem) throw new Error(`${sender}: ${problem}\n${reply.status} ${reply.location ?? ''}\n${reply.body.slice(0, 400)}`);
  });
  await checkProperty(`malformed-leads ${name}`, property, { seed: SEED + hashName(name), runs: RUNS }, totals, () => ({ sent, statuses }));
}

const latin1 = (bytes: Buffer) => bytes.toString('latin1');

describe('malformed leads input', () => {
  test('POST /dashboard/leads (status, accept)', async () => {
    const request = hostileRequest({
      path: localePrefix.map((p) => `${p}/dashboard/leads`),
      fieldNames: ['action', 'lead', 'status'],
      validValues: ['status', 'accept', 'new', 'contacted', 'not_interested', 'client', demoLead],
      validForm: fc.tuple(fc.constantFrom('status', 'accept'), fc.constantFrom('new', 'contacted', 'not_interested', 'client', 'bogus')).map(([action, status]) => [
        ['action', action],
        ['lead', demoLead],
        ['status', status],
      ]),
    });
    await fuzz('POST /dashboard/leads', fc.tuple(request, who({ consultant: 3, otherConsultant: 3, none: 1, admin: 1 })), [200, 303, 400, 403, 404, 405, 413, 429]);
    // The other organisation's coach never changed it: every change was the demo organisation's coach.
    const changed = (await client.execute({ sql: 'select status_changed_by from leads where id = ?', args: [demoLead] })).rows[0];
    expect([null, world.users.consultant]).toContain(changed.status_changed_by);
  }, 600_000);

  test('POST /dashboard/organisatie (branding and logo upload)', async () => {
    const files = [pngLogo(), ...hostileLogos().filter((h) => h.bytes.length < 60_000).map((h) => h.bytes)].map(latin1);
    const request = hostileRequest({
      path: localePrefix.map((p) => `${p}/dashboard/organisatie`),
      fieldNames: ['displayName', 'ctaUrl', 'ctaPhone', 'removeLogo', 'logo'],
      validValues: ['Groei & Co', 'https://agenda.example.nl', 'javascript:alert(1)', '+31 20 123 45 67', 'on', ...files],
      validForm: fc.constantFrom(...files).map((logo) => [
        ['displayName', 'Groei & Co'],
        ['ctaUrl', 'https://agenda.example.nl/a'],
        ['ctaPhone', ''],
        ['logo', logo],
      ]),
    });
    await fuzz('POST /dashboard/organisatie', fc.tuple(request, who({ consultant: 5, otherConsultant: 1, none: 1, admin: 1 })), [200, 303, 400, 403, 404, 405, 413, 429]);
    const rows = (await client.execute('select logo, logo_type, cta_url from organisation_branding')).rows;
    for (const row of rows) {
      if (row.logo) expect(checkLogo(new Uint8Array(row.logo as ArrayBuffer))).toMatchObject({ ok: true, mediaType: row.logo_type });
      if (row.cta_url) expect(String(row.cta_url)).toMatch(/^https:\/\//);
    }
  }, 600_000);

  test('POST /admin/groeitest (home test owner)', async () => {
    const request = hostileRequest({
      path: localePrefix.map((p) => `${p}/admin/groeitest`),
      fieldNames: ['organisation'],
      validValues: ['', world.organisations.demo, world.organisations.other, 'nonexistent'],
    });
    await fuzz('POST /admin/groeitest', fc.tuple(request, who({ admin: 5, consultant: 1, none: 1 })), [200, 303, 400, 403, 404, 405, 413, 429]);
    const [row] = (await client.execute("select value from site_settings where key = 'home-test-organisation'")).rows;
    if (row?.value) expect([world.organisations.demo, world.organisations.other]).toContain(row.value);
  }, 600_000);

  test('GET /logo/<id>', async () => {
    const request = hostileRequest({
      method: fc.constantFrom('GET', 'GET', 'HEAD', 'POST'),
      path: fc.oneof(fc.constantFrom(world.organisations.demo, world.organisations.other, '..%2f..', '%00'), fc.string({ maxLength: 80 }).map(encodeURIComponent)).map((id) => `/logo/${id}`),
      fieldNames: ['v'],
      validValues: ['1'],
    });
    await fuzz('GET /logo/<id>', fc.tuple(request, who({ none: 3, consultant: 1 })), [200, 303, 400, 403, 404, 405, 413, 429, 431]);
  }, 600_000);

  test('the stored data is intact', async () => {
    expect(await findDamage(client)).toEqual([]);
    expect(totals.failures).toBe(0);
  });
});
