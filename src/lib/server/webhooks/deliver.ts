/**
 * The outbox handler of kind 'webhook': POSTs an event's stored payload to
 * its survey's webhook URL, signed the Standard Webhooks way with the
 * survey's current secret. A 2xx answer is a delivery; anything else (other
 * status, timeout, refused address, network error) is a failed attempt
 * with a short reason for the owner's log, never the payload. Redirects
 * are not followed (node:http never does): a 3xx is a failure.
 */
import http from 'node:http';
import https from 'node:https';
import { Webhook } from 'standardwebhooks';
import { WEBHOOK_RESPONSE_MAX_BYTES, WEBHOOK_TIMEOUT_MS } from '../../limits.ts';
import type { Database } from '../db.ts';
import type { DeliveryOutcome, OutboxEvent } from '../outbox/outbox.ts';
import { guardedLookup, isPublicAddress, literalAddress } from './address.ts';
import { findWebhook } from './webhooks.ts';

export interface DeliverOptions {
  db: Database;
  /** WEBHOOKS_ALLOW_PRIVATE: tests with a receiver on loopback. */
  allowPrivate: boolean;
  timeoutMs?: number;
}

type Outcome = Omit<DeliveryOutcome, 'durationMs'>;

export async function deliverWebhook(event: OutboxEvent, options: DeliverOptions): Promise<Outcome> {
  const hook = event.subjectId ? await findWebhook(options.db, event.subjectId) : undefined;
  if (!hook) return { ok: false, error: 'no webhook set for this survey' };
  const body = JSON.stringify(event.payload);
  const sentAt = new Date();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Koers-Webhooks/1',
    'webhook-id': event.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(hook.secret).sign(event.id, sentAt, body),
  };
  return post(new URL(hook.url), body, headers, options.allowPrivate, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
}

/** A short reason for the log: the error's code where Node gives one (ECONNREFUSED), else its message. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EWEBHOOKADDRESS' || !code) return error.message.slice(0, 200);
    return code;
  }
  return String(error).slice(0, 200);
}

function post(url: URL, body: string, headers: Record<string, string>, allowPrivate: boolean, timeoutMs: number): Promise<Outcome> {
  // A literal IP in the URL never goes through `lookup`: check it here.
  const literal = literalAddress(url.hostname);
  if (literal && !allowPrivate && !isPublicAddress(literal)) return Promise.resolve({ ok: false, error: `refused address ${literal}` });
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return Promise.resolve({ ok: false, error: `refused scheme ${url.protocol}` });

  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowPrivate),
        // No pooled sockets: each delivery resolves and checks its address afresh.
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // Only the status counts: stop reading a receiver that answers at length.
          if (read > WEBHOOK_RESPONSE_MAX_BYTES) response.destroy();
        });
        const done = () => finish(status >= 200 && status < 300 ? { ok: true, statusCode: status } : { ok: false, statusCode: status, error: `HTTP ${status}` });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, error: `timeout after ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error) => finish({ ok: false, error: reasonOf(error) }));
    request.end(body);
  });
}
