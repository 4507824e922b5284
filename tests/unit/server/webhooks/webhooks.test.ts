import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { eq } from 'drizzle-orm';
import { outbox, surveyWebhooks } from '../../../../db/schema.ts';
import { growthTestV1 as survey } from '../../../../src/lib/families/growth-test/definition.ts';
import type { Database } from '../../../../src/lib/server/db.ts';
import { claimDue } from '../../../../src/lib/server/outbox/outbox.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../../src/lib/server/queries/responses.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../../src/lib/server/queries/surveys.ts';
import { issueToken } from '../../../../src/lib/server/tokens.ts';
import { deliverWebhook } from '../../../../src/lib/server/webhooks/deliver.ts';
import { enqueueTestEvent, regenerateWebhookSecret, setWebhook, webhookLog } from '../../../../src/lib/server/webhooks/webhooks.ts';
import { demoAnswers, seededRandom } from '../../../../scripts/seed-demo.ts';
import { openTempDb } from '../../support/temp-db.ts';

const SURVEY = SITE_GROWTH_TEST_INSTANCE;
let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

async function completedResponse() {
  const { token } = issueToken();
  const started = (await startResponse(token, { instanceId: SURVEY, survey }, 'nl', undefined, db))!;
  const saved = await saveAnswers(started, survey, { answers: demoAnswers(seededRandom(3)), cleared: [], sectionId: 'follow_up' }, db);
  const done = await completeResponse(saved, survey, db, new Date('2026-11-27T10:00:00Z'));
  if (!done.ok) throw new Error('incomplete');
  return { saved, response: done.response };
}

describe('the completion event', () => {
  test('a survey without a webhook gets none', async () => {
    await completedResponse();
    expect(await db.$count(outbox)).toBe(0);
  });

  test('a survey with a webhook gets one, in the completion batch, with the payload stored; a second completion adds none', async () => {
    await setWebhook(db, SURVEY, 'https://example.com/hook');
    const { saved, response } = await completedResponse();
    await completeResponse(saved, survey, db);
    const rows = await db.select().from(outbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'webhook', subjectId: SURVEY, dedupeKey: `response.completed:${response.id}`, status: 'pending' });
    expect(rows[0].payload).toEqual({
      type: 'response.completed',
      timestamp: '2026-11-27T10:00:00.000Z',
      data: {
        survey: { id: SURVEY, publicId: expect.any(String), title: expect.any(String) },
        response: { id: response.id, completedAt: '2026-11-27T10:00:00.000Z', locale: 'nl', answers: response.answers },
      },
    });
    expect(JSON.stringify(rows[0].payload)).not.toContain('whsec_');
  });
});

describe('setting a webhook', () => {
  test('a new webhook gets a secret once; changing the URL keeps it; regenerating replaces it', async () => {
    const made = await setWebhook(db, SURVEY, 'https://example.com/a');
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(await setWebhook(db, SURVEY, 'https://example.com/b')).toEqual({});
    const [row] = await db.select().from(surveyWebhooks);
    expect(row).toMatchObject({ url: 'https://example.com/b', secret: made.secret });
    const fresh = await regenerateWebhookSecret(db, SURVEY);
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(made.secret);
    expect(await regenerateWebhookSecret(db, 'no-such-survey')).toBeNull();
  });

  test('removing it ends its undelivered events, and the log keeps them', async () => {
    await setWebhook(db, SURVEY, 'https://example.com/a');
    await completedResponse();
    await setWebhook(db, SURVEY, null);
    expect(await db.$count(surveyWebhooks)).toBe(0);
    const [row] = await db.select().from(outbox);
    expect(row.status).toBe('failed');
    expect(await webhookLog(db, SURVEY)).toMatchObject([{ type: 'response.completed', status: 'failed' }]);
  });
});

describe('delivery', () => {
  let receiver: Server;
  let url: string;
  let replies: number[];
  let received: { headers: IncomingMessage['headers']; body: string }[];
  beforeEach(async () => {
    replies = [];
    received = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const status = replies.shift() ?? 204;
        if (status === 302) res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
        else if (status === 0) return; // never answers
        else res.writeHead(status);
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterEach(async () => {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  async function queuedEvent() {
    await enqueueTestEvent(db, { id: SURVEY, publicId: 'pub', title: 'Titel' });
    const [event] = await claimDue(db, 'w', 10);
    return event;
  }

  test('POSTs the stored payload, signed so standardwebhooks verifies it with the survey secret', async () => {
    const { secret } = await setWebhook(db, SURVEY, url);
    const event = await queuedEvent();
    expect(await deliverWebhook(event, { db, allowPrivate: true })).toEqual({ ok: true, statusCode: 204 });
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    expect(headers['webhook-id']).toBe(event.id);
    expect(headers['content-type']).toBe('application/json');
    const verified = new Webhook(secret!).verify(body, headers as Record<string, string>);
    expect(verified).toEqual(event.payload);
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString('base64')}`).verify(body, headers as Record<string, string>)).toThrow();
  });

  test('a non-2xx answer, a redirect and a timeout are failed attempts with a short reason', async () => {
    await setWebhook(db, SURVEY, url);
    const event = await queuedEvent();
    replies.push(500, 302, 0);
    expect(await deliverWebhook(event, { db, allowPrivate: true })).toEqual({ ok: false, statusCode: 500, error: 'HTTP 500' });
    expect(await deliverWebhook(event, { db, allowPrivate: true })).toEqual({ ok: false, statusCode: 302, error: 'HTTP 302' });
    expect(await deliverWebhook(event, { db, allowPrivate: true, timeoutMs: 300 })).toEqual({ ok: false, error: 'timeout after 300 ms' });
    expect(received).toHaveLength(3);
  });

  test('without WEBHOOKS_ALLOW_PRIVATE a loopback receiver is refused at delivery, by literal address or by name, and never reached', async () => {
    await setWebhook(db, SURVEY, url);
    const event = await queuedEvent();
    // http is refused too without the setting; use https so the address rule is what refuses.
    for (const [target, reason] of [
      [url.replace('http:', 'https:'), 'refused address 127.0.0.1'],
      [url.replace('http://127.0.0.1', 'https://localhost'), /^refused address (127\.0\.0\.1|::1)$/],
      [url.replace('http://127.0.0.1', 'https://[::ffff:127.0.0.1]'), 'refused address ::ffff:7f00:1'],
      [url.replace('http://127.0.0.1', 'https://[::1]'), 'refused address ::1'],
      ['https://10.0.0.1/hook', 'refused address 10.0.0.1'],
      ['https://169.254.169.254/hook', 'refused address 169.254.169.254'],
    ] as const) {
      await db.update(surveyWebhooks).set({ url: target }).where(eq(surveyWebhooks.surveyId, SURVEY));
      const outcome = await deliverWebhook(event, { db, allowPrivate: false });
      expect(outcome.ok).toBe(false);
      expect(outcome.error).toMatch(reason);
    }
    expect(received).toHaveLength(0);
  });

  test('an event whose survey has no webhook any more fails without a request', async () => {
    await setWebhook(db, SURVEY, url);
    const event = await queuedEvent();
    await db.delete(surveyWebhooks);
    expect(await deliverWebhook(event, { db, allowPrivate: true })).toEqual({ ok: false, error: 'no webhook set for this survey' });
  });
});
