/**
 * Malformed and hostile input on the forms that send mail (issue 12),
 * generated with fast-check like malformed.test.ts: "forgot password"
 * (anonymous, from many addresses), the client invitation with its new
 * fields (mail language, reminder days, resend), the administrator's
 * consultant invitation by mail, and "mail me this link"
 * (resume and report link, on real, wrong-secret and garbage tokens; the
 * address field with CR/LF and header text), 1000 requests each, the
 * server sending to a real SMTP server on loopback. Every reply: no 5xx, no
 * stack trace, the cross-site check holds. Afterwards: every mail in the
 * outbox parses (one addressee, no line break in any field), every mail
 * that arrived had one recipient and one Subject header, and a reset mail
 * went only to an existing account; no response gained an address.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per form.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MailSchema } from '../../src/lib/server/mail/message.ts';
import { completedTest, DEMO_USERS, seedDemoWorld, sessionCookie, unfinishedTest, type DemoWorld } from '../support/accounts.ts';
import { sleep } from '../support/figures.ts';
import { createFuzzer, localePrefix, weirdSegment, withWrongSecret } from '../support/fuzz.ts';
import { manyAddresses } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest } from '../support/hostile-requests.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 12_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let database: TestDatabase;
let client: Client;
let world: DemoWorld;
let sink: SmtpSink;
let cookie: string;
let adminCookie: string;
const { fuzz } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
const address = manyAddresses();

const HOSTILE_TEXT = ['<script>@x.nl', 'a"b@c.nl', 'a\r\nBcc: victim@evil.test', 'x@y.nl\r\nSubject: pwned', '<script>alert(1)</script>', '"Name" <a@b.nl>, c@d.nl', '\u0000', 'é'.repeat(300)];

beforeAll(async () => {
  database = await freshDatabase('malformed-mail', { inMemoryFs: true });
  client = openDatabase(database.url);
  world = await seedDemoWorld(client, 0);
  sink = await startSmtpSink();
  server = await startServer({ database, env: { TRUST_PROXY: '1', SMTP_URL: sink.url, OUTBOX_POLL_MS: '200' } });
  cookie = await sessionCookie(world.db, world.users.consultant);
  adminCookie = await sessionCookie(world.db, world.users.admin);
});

afterAll(async () => {
  await server?.stop();
  await sink?.close();
  client?.close();
  removeDatabase(database);
});

test('POST /wachtwoord-vergeten', async () => {
  const request = hostileRequest({
    path: localePrefix.map((p) => `${p}/wachtwoord-vergeten`),
    fieldNames: ['email'],
    validValues: [DEMO_USERS.consultant, DEMO_USERS.entrepreneur, 'onbekend@voorbeeld.test', ...HOSTILE_TEXT],
    validForm: fc.constantFrom(DEMO_USERS.consultant, 'onbekend@voorbeeld.test', ...HOSTILE_TEXT).map((email) => [['email', email]] as [string, string][]),
  });
  await fuzz('POST /wachtwoord-vergeten', request, (sent, reply) => checkHostileReply(sent, reply, [200, 400, 403, 413, 429]), () => ({ 'x-forwarded-for': address() }));
});

test('POST /dashboard/uitnodigen (mail fields, resend)', async () => {
  const inviteIds = (await client.execute("select id from invites where kind = 'growth-test'")).rows.map((r) => String(r.id));
  const request = hostileRequest({
    path: localePrefix.map((p) => `${p}/dashboard/uitnodigen`),
    fieldNames: ['action', 'invite', 'companyId', 'newClientName', 'email', 'reminderDays', 'mailLocale', 'days', 'maxUses'],
    validValues: ['resend', 'revoke', '', 'nl', 'en', 'de', '0', '7', '61', '-1', '1e3', 'Klant BV', 'klant@voorbeeld.test', ...inviteIds, ...HOSTILE_TEXT],
    validForm: fc
      .tuple(fc.constantFrom('Klant BV', ...HOSTILE_TEXT), fc.constantFrom('klant@voorbeeld.test', '', ...HOSTILE_TEXT), fc.constantFrom('0', '3', '60', '61', 'x'), fc.constantFrom('nl', 'en', 'xx'))
      .map(([name, email, days, locale]) => [['newClientName', name], ['email', email], ['reminderDays', days], ['mailLocale', locale]] as [string, string][]),
  });
  await fuzz('POST /dashboard/uitnodigen (mail)', request, (sent, reply) => checkHostileReply(sent, reply, [200, 303, 400, 403, 404, 413, 429]), () => ({
    cookie,
    'x-forwarded-for': address(),
  }));
});

test('POST /admin (consultant invitation by mail)', async () => {
  const organisations = [world.organisations.demo, world.organisations.other];
  const request = hostileRequest({
    path: localePrefix.map((p) => `${p}/admin`),
    fieldNames: ['action', 'organisation', 'email', 'mailLocale'],
    validValues: ['invite-consultant', 'nl', 'en', 'xx', 'coach@voorbeeld.test', '', ...organisations, ...HOSTILE_TEXT],
    validForm: fc
      .tuple(fc.constantFrom(...organisations, 'nope'), fc.constantFrom('coach@voorbeeld.test', ' Coach@Voorbeeld.TEST ', '', ...HOSTILE_TEXT), fc.constantFrom('nl', 'en', 'xx'))
      .map(([organisation, email, locale]) => [['action', 'invite-consultant'], ['organisation', organisation], ['email', email], ['mailLocale', locale]] as [string, string][]),
  });
  await fuzz('POST /admin (invite by mail)', request, (sent, reply) => checkHostileReply(sent, reply, [200, 303, 400, 403, 404, 413, 429]), () => ({
    cookie: adminCookie,
    'x-forwarded-for': address(),
  }));
});

/** Respondent tokens the "mail me this link" requests use: many, so the per-response throttle leaves room to reach the sending. */
let unfinished: string[] = [];
let completed: string[] = [];
const respondentRows = async () => JSON.stringify((await client.execute('select * from responses order by id')).rows);
let responsesBefore = '';

test('POST /hervatten/<token>/mail and /rapport/<token>/mail', async () => {
  unfinished = await Promise.all(Array.from({ length: 30 }, () => unfinishedTest(world.db)));
  completed = await Promise.all(Array.from({ length: 30 }, () => completedTest(world.db)));
  responsesBefore = await respondentRows();
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...unfinished, ...completed) },
    { weight: 1, arbitrary: fc.constantFrom(...unfinished, ...completed).map(withWrongSecret) },
    { weight: 1, arbitrary: weirdSegment },
  );
  const request = hostileRequest({
    path: fc.tuple(localePrefix, fc.constantFrom('hervatten', 'rapport'), token).map(([prefix, kind, t]) => `${prefix}/${kind}/${t}/mail`),
    fieldNames: ['email', 'section'],
    validValues: ['resp@voorbeeld.test', 'about', 'follow_up', '../../admin', '', ...HOSTILE_TEXT],
    validForm: fc
      .tuple(fc.constantFrom('resp@voorbeeld.test', 'Resp@Voorbeeld.TEST ', '', ...HOSTILE_TEXT), fc.constantFrom('about', 'follow_up', 'nope', ''))
      .map(([email, section]) => [['email', email], ['section', section]] as [string, string][]),
  });
  await fuzz('POST mail me this link', request, (sent, reply) => checkHostileReply(sent, reply, [200, 303, 400, 403, 404, 413, 422, 429]), () => ({ 'x-forwarded-for': address() }));
});

test('afterwards: every stored mail parses, every sent one had one addressee and one Subject, resets only to accounts', async () => {
  await sleep(3000);
  const rows = (await client.execute("select payload, status from outbox where kind = 'mail'")).rows;
  for (const row of rows) {
    const payload = JSON.parse(String(row.payload));
    if (row.status === 'pending') expect(MailSchema.safeParse(payload).success, String(row.payload)).toBe(true);
    expect(String(payload.to)).not.toMatch(/[\r\n,<>]/);
  }
  for (const mail of sink.mails) {
    expect(mail.envelopeTo).toHaveLength(1);
    expect(mail.rawHeaders.match(/^Subject:/gim)).toHaveLength(1);
    expect(mail.rawHeaders).not.toMatch(/^Bcc:/im);
    if (/wachtwoord|password/i.test(mail.subject)) expect(Object.values(DEMO_USERS)).toContain(mail.to);
  }
  // "Mail me this link" stores no address on the response, and changes nothing else there either.
  expect(await respondentRows()).toBe(responsesBefore);
  const linkMails = sink.mails.filter((m) => /verder te doen|rapport van de Groeitest|continue the Growth Test|Growth Test report/.test(m.subject));
  expect(linkMails.length).toBeGreaterThan(0);
  for (const mail of linkMails) expect(mail.to).toMatch(/^[^\s<>,;"]+@[^\s<>,;"]+$/);
  const coachMails = sink.mails.filter((m) => /word groeicoach bij|become a growth coach at/.test(m.subject));
  expect(coachMails.length).toBeGreaterThan(0);
  for (const mail of coachMails) expect(mail.to).toBe('coach@voorbeeld.test');
});
