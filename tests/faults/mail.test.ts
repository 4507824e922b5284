/**
 * Mail under faults, against the real server and a real SMTP server on
 * loopback: the mail server is down when a consultant sends an invitation
 * (the invitation is stored at once, the mail goes out once SMTP is back,
 * once), and the server is killed with SIGKILL while mails wait in the
 * outbox (after a restart every one goes out, none twice), also right
 * after "mail me this link" was acknowledged (its row is stored before the
 * 303, and the respondent's address leaves the outbox once sent).
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { completedTest, seedDemoWorld, sessionCookie, unfinishedTest, type DemoWorld } from '../support/accounts.ts';
import { sleep } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freePort, freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

let database: TestDatabase;
let client: Client;
let world: DemoWorld;
let server: ServerHandle | undefined;
let sink: SmtpSink | undefined;
let smtpPort: number;

beforeAll(async () => {
  database = await freshDatabase('mail');
  client = openDatabase(database.url);
  world = await seedDemoWorld(client, 0);
  smtpPort = await freePort();
});

afterAll(async () => {
  await server?.stop();
  await sink?.close();
  client?.close();
  removeDatabase(database);
});

const serverEnv = () => ({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_POLL_MS: '200', MAIL_FROM: 'Koers <noreply@koers.test>' });

async function inviteByMail(cookie: string, email: string): Promise<Response> {
  return fetch(`${server!.url}/dashboard/uitnodigen`, {
    method: 'POST',
    headers: { cookie, origin: server!.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ newClientName: `Klant ${email}`, email, reminderDays: '0', days: '', maxUses: '' }),
    redirect: 'manual',
  });
}

async function outboxRows() {
  return (await client.execute("select id, status, attempts, payload from outbox where kind = 'mail'")).rows;
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

test('SMTP down during an invitation: the invitation is stored at once, the mail goes out once SMTP is back, once', async () => {
  server = await startServer({ database, env: serverEnv() });
  const cookie = await sessionCookie(world.db, world.users.consultant);
  const started = performance.now();
  const reply = await inviteByMail(cookie, 'smtp-down@voorbeeld.test');
  const tookMs = performance.now() - started;
  expect(reply.status).toBe(200);
  expect(await reply.text()).toContain('smtp-down@voorbeeld.test');
  // The request did not wait for the mail server (its connect timeout is 20 s).
  expect(tookMs).toBeLessThan(10_000);
  const stored = await client.execute("select count(*) as n from invitation_mails where email = 'smtp-down@voorbeeld.test'");
  expect(Number(stored.rows[0].n)).toBe(1);
  // The first attempt fails (nothing listens), and is logged.
  await until('a failed attempt', async () => (await outboxRows()).some((r) => Number(r.attempts) >= 1 && r.status === 'pending'), 30_000);
  const errors = await client.execute('select error from outbox_attempts where ok = 0');
  expect(errors.rows.length).toBeGreaterThan(0);

  sink = await startSmtpSink({ port: smtpPort });
  const mail = await sink.waitFor((m) => m.to === 'smtp-down@voorbeeld.test', 90_000);
  expect(mail.subject).toContain('nodigt je uit');
  await until('delivered', async () => (await outboxRows()).every((r) => r.status === 'delivered'), 30_000);
  await sleep(1000);
  expect(sink.mails.filter((m) => m.to === 'smtp-down@voorbeeld.test')).toHaveLength(1);
  const state = await client.execute("select sent_at from invitation_mails where email = 'smtp-down@voorbeeld.test'");
  expect(state.rows[0].sent_at).not.toBeNull();
});

test('kill -9 with mails in the outbox: all of them go out after the restart, none twice', async () => {
  const COUNT = 12;
  sink!.refusing = true;
  const cookie = await sessionCookie(world.db, world.users.consultant);
  const addresses = Array.from({ length: COUNT }, (_, i) => `kill-${i}@voorbeeld.test`);
  for (const address of addresses) expect((await inviteByMail(cookie, address)).status).toBe(200);
  // Every mail tried and refused at least once: they wait in the outbox.
  await until('every mail attempted', async () => {
    const rows = (await outboxRows()).filter((r) => String(r.payload).includes('kill-'));
    return rows.length === COUNT && rows.every((r) => Number(r.attempts) >= 1);
  }, 60_000);
  await server!.crash();
  sink!.refusing = false;
  server = await startServer({ database, port: server!.port, env: serverEnv() });
  for (const address of addresses) await sink!.waitFor((m) => m.to === address, 120_000);
  await until('all delivered', async () => (await outboxRows()).every((r) => r.status === 'delivered'), 60_000);
  await sleep(1000);
  for (const address of addresses) expect(sink!.mails.filter((m) => m.to === address), address).toHaveLength(1);
  // Each with its own Message-ID, and no link left in the outbox once sent.
  expect(new Set(sink!.mails.map((m) => m.messageId)).size).toBe(sink!.mails.length);
  for (const row of await outboxRows()) expect(String(row.payload)).not.toContain('/uitnodiging/');
});

test('kill -9 right after "mail me this link" was acknowledged: every row is stored, each mail goes out once after the restart, no address stays', async () => {
  sink!.refusing = true;
  const asks = [
    ...(await Promise.all([0, 1, 2].map(() => unfinishedTest(world.db)))).map((token, i) => ({ path: `/hervatten/${token}/mail`, email: `hervat-${i}@voorbeeld.test` })),
    ...(await Promise.all([0, 1, 2].map(() => completedTest(world.db)))).map((token, i) => ({ path: `/en/rapport/${token}/mail`, email: `rapport-${i}@voorbeeld.test` })),
  ];
  const replies = await Promise.all(
    asks.map(({ path, email }) =>
      fetch(`${server!.url}${path}`, {
        method: 'POST',
        headers: { origin: server!.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email }),
        redirect: 'manual',
      }),
    ),
  );
  for (const reply of replies) {
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toContain('gemaild=1');
  }
  await server!.crash();
  // Acknowledged means stored: every row is in the file the killed server left.
  const stored = (await client.execute("select payload from outbox where dedupe_key like 'mail:resume-link:%' or dedupe_key like 'mail:report-link:%'")).rows.map((r) => String(r.payload));
  for (const { email } of asks) expect(stored.filter((p) => p.includes(email)), email).toHaveLength(1);

  sink!.refusing = false;
  server = await startServer({ database, port: server!.port, env: serverEnv() });
  for (const { email } of asks) await sink!.waitFor((m) => m.to === email, 120_000);
  await until('all delivered', async () => (await outboxRows()).every((r) => r.status === 'delivered'), 60_000);
  await sleep(1000);
  for (const { email } of asks) expect(sink!.mails.filter((m) => m.to === email), email).toHaveLength(1);
  expect(sink!.mails.filter((m) => m.to.startsWith('rapport-')).every((m) => m.subject === 'Your Growth Test report')).toBe(true);
  // The address was for that one mail: once sent, the outbox keeps no trace of it, nor of the link.
  const after = JSON.stringify((await client.execute('select payload, dedupe_key from outbox')).rows);
  for (const { email } of asks) expect(after).not.toContain(email);
  expect(after).not.toContain('/hervatten/');
});
