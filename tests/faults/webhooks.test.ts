/**
 * Webhooks against the real server: a receiver on loopback (this test's own
 * HTTP server) checks every delivery's signature with `standardwebhooks`.
 *
 * - A failed first delivery (500) is retried and accepted.
 * - The server is killed with SIGKILL while a delivery is in flight (the
 *   receiver holds the request open), restarted on the same file, and the
 *   event is delivered once the killed worker's claim runs out
 *   (OUTBOX_LEASE_MS, shortened here).
 * - Two server processes on one database file deliver each event exactly
 *   once.
 * - Without WEBHOOKS_ALLOW_PRIVATE a URL that resolves to loopback is
 *   refused at delivery time and the receiver never hears of it.
 * - The JSON API sets, changes and removes the webhook (PATCH webhookUrl).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { outbox, outboxAttempts, surveyWebhooks } from '../../db/schema.ts';
import type { Database } from '../../src/lib/server/db.ts';
import { createApiKey } from '../../src/lib/server/api/keys.ts';
import { setWebhook } from '../../src/lib/server/webhooks/webhooks.ts';
import { sleep } from '../support/figures.ts';
import { manyAddresses } from '../support/growth-test.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { PublicSurveyClient, satisfactionPlan, seedSurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

const LEASE_MS = 15_000;
const SERVER_ENV = { TRUST_PROXY: '1', WEBHOOKS_ALLOW_PRIVATE: '1', OUTBOX_POLL_MS: '200', OUTBOX_LEASE_MS: String(LEASE_MS) };

interface Delivery {
  id: string;
  body: string;
  verified: boolean;
}

/** What the receiver does with a request: answer with a status, or hold it open (0). */
type Reply = (delivery: Delivery) => number;

let database: TestDatabase;
let client: Client;
let db: Database;
let survey: { id: string; publicId: string };
let receiver: Server;
let receiverUrl: string;
let secret: string;
let deliveries: Delivery[] = [];
let reply: Reply = () => 204;
const servers: ServerHandle[] = [];

beforeAll(async () => {
  database = await freshDatabase('webhooks');
  client = openDatabase(database.url);
  const world = await seedSurveyWorld(client);
  db = world.db;
  survey = world.open;
  receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      let verified = false;
      try {
        new Webhook(secret).verify(body, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const delivery = { id: String(req.headers['webhook-id']), body, verified };
      deliveries.push(delivery);
      const status = reply(delivery);
      if (status === 0) return;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  secret = (await setWebhook(db, survey.id, receiverUrl)).secret!;
}, 120_000);

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  deliveries = [];
  reply = () => 204;
  receiver.closeAllConnections();
});

afterAll(async () => {
  client?.close();
  await new Promise((resolve) => receiver?.close(resolve));
  removeDatabase(database);
});

async function serve(env: Record<string, string> = SERVER_ENV, port?: number): Promise<ServerHandle> {
  const server = await startServer({ database, env, port });
  servers.push(server);
  return server;
}

/** Completes one satisfaction response by the public link; returns its response id (the token's first half). */
async function complete(server: ServerHandle, i: number): Promise<string> {
  const respondent = new PublicSurveyClient(server.url, { forwardedFor: manyAddresses() });
  const token = await respondent.newSurveyToken(survey.publicId);
  expect((await respondent.startSurvey(survey.publicId, token)).status).toBe(303);
  for (const section of satisfactionPlan(i).sections) {
    const posted = await respondent.postSection(token, section.id, section.fields);
    expect(posted.status, `${section.id}: ${posted.body.slice(0, 200)}`).toBe(303);
  }
  return token.split('.')[0];
}

async function until<T>(what: string, check: () => T | Promise<T>, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function eventOf(responseId: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.dedupeKey, `response.completed:${responseId}`));
  return row;
}

test('a failed first delivery (500) is retried and accepted, every request signed', async () => {
  const server = await serve();
  let calls = 0;
  reply = () => (++calls === 1 ? 500 : 204);
  const responseId = await complete(server, 1);
  const event = await until('the retry', async () => {
    const row = await eventOf(responseId);
    return row?.status === 'delivered' ? row : undefined;
  });
  expect(deliveries.map((d) => d.id)).toEqual([event.id, event.id]);
  expect(deliveries.every((d) => d.verified)).toBe(true);
  const payload = JSON.parse(deliveries[1].body);
  expect(payload).toMatchObject({ type: 'response.completed', data: { survey: { id: survey.id, publicId: survey.publicId }, response: { id: responseId } } });
  const attempts = await db.select().from(outboxAttempts).where(eq(outboxAttempts.eventId, event.id));
  expect(attempts.map((a) => [a.ok, a.statusCode])).toEqual([
    [false, 500],
    [true, 204],
  ]);
}, 120_000);

test('killed with SIGKILL while delivering, restarted: the event is delivered after the claim runs out', async () => {
  const server = await serve();
  let calls = 0;
  // The first request is held open: the delivery is in flight when the server dies.
  reply = () => (++calls === 1 ? 0 : 204);
  const responseId = await complete(server, 2);
  await until('the first delivery to arrive', () => deliveries.length === 1);
  await server.crash();
  const killedAt = Date.now();
  const restarted = await serve(SERVER_ENV, server.port);
  expect(restarted.port).toBe(server.port);
  const event = await until('delivery after the restart', async () => {
    const row = await eventOf(responseId);
    return row?.status === 'delivered' ? row : undefined;
  }, LEASE_MS + 60_000);
  expect(Date.now() - killedAt).toBeGreaterThanOrEqual(LEASE_MS - 1000);
  expect(deliveries.map((d) => d.id)).toEqual([event.id, event.id]);
  expect(deliveries.every((d) => d.verified)).toBe(true);
}, 180_000);

test('two server processes on one database deliver each event exactly once', async () => {
  const [a, b] = await Promise.all([serve(), serve()]);
  const COMPLETIONS = 24;
  const ids = await Promise.all(Array.from({ length: COMPLETIONS }, (_, i) => complete(i % 2 ? a : b, 100 + i)));
  expect(new Set(ids).size).toBe(COMPLETIONS);
  await until('every event delivered', async () => {
    const rows = await Promise.all(ids.map(eventOf));
    return rows.every((r) => r?.status === 'delivered');
  });
  // Give a double delivery time to show itself: several polls of both workers.
  await sleep(2000);
  const perId = new Map<string, number>();
  for (const d of deliveries) perId.set(d.id, (perId.get(d.id) ?? 0) + 1);
  const events = await Promise.all(ids.map(eventOf));
  expect(events.map((e) => perId.get(e.id))).toEqual(ids.map(() => 1));
  expect(deliveries).toHaveLength(COMPLETIONS);
  expect(deliveries.every((d) => d.verified)).toBe(true);
}, 180_000);

test('without WEBHOOKS_ALLOW_PRIVATE a URL resolving to loopback is refused at delivery, the receiver never called', async () => {
  // Stored past the save-time check, as if DNS had pointed elsewhere when it was saved.
  await db.update(surveyWebhooks).set({ url: receiverUrl.replace('http://127.0.0.1', 'https://localhost') }).where(eq(surveyWebhooks.surveyId, survey.id));
  try {
    const server = await serve({ ...SERVER_ENV, WEBHOOKS_ALLOW_PRIVATE: '0' });
    const responseId = await complete(server, 3);
    const event = await until('the completion event', () => eventOf(responseId));
    const attempt = await until('a refused attempt', async () => {
      const [row] = await db.select().from(outboxAttempts).where(eq(outboxAttempts.eventId, event.id));
      return row;
    });
    expect(attempt).toMatchObject({ ok: false, statusCode: null });
    expect(attempt.error).toMatch(/^refused address (127\.0\.0\.1|::1)$/);
    expect(deliveries).toHaveLength(0);
  } finally {
    await db.update(surveyWebhooks).set({ url: receiverUrl }).where(eq(surveyWebhooks.surveyId, survey.id));
  }
}, 120_000);

test('set through the API (PATCH webhookUrl): the secret is shown once, null removes it, and deliveries go to the new URL', async () => {
  const server = await serve();
  const { organisation_id } = (await client.execute({ sql: 'select c.organisation_id from companies c join surveys s on s.company_id = c.id where s.id = ?', args: [survey.id] })).rows[0];
  const { key } = await createApiKey({ organisationId: organisation_id as string, companyId: null }, 'webhooks', null, db);
  const patch = async (webhookUrl: string | null) => {
    const res = await fetch(`${server.url}/api/v1/surveys/${survey.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ webhookUrl }),
    });
    return { status: res.status, body: (await res.json()) as { webhookUrl: string | null; webhookSecret?: string } };
  };
  const apiUrl = `${receiverUrl}?via=api`;
  try {
    // Changing the URL keeps the secret, so none is shown.
    expect(await patch(apiUrl)).toEqual({ status: 200, body: expect.objectContaining({ webhookUrl: apiUrl }) });
    expect((await patch(apiUrl)).body.webhookSecret).toBeUndefined();
    expect(await patch(null)).toEqual({ status: 200, body: expect.objectContaining({ webhookUrl: null }) });
    const made = await patch(apiUrl);
    expect(made.body.webhookSecret).toMatch(/^whsec_/);
    secret = made.body.webhookSecret!;
    const responseId = await complete(server, 4);
    const delivery = await until('the delivery', () => deliveries.find((d) => d.body.includes(responseId)));
    expect(delivery.verified).toBe(true);
    const [stored] = await db.select().from(surveyWebhooks).where(eq(surveyWebhooks.surveyId, survey.id));
    expect(stored.url).toBe(apiUrl);
  } finally {
    await db.update(surveyWebhooks).set({ url: receiverUrl }).where(eq(surveyWebhooks.surveyId, survey.id));
  }
}, 120_000);
