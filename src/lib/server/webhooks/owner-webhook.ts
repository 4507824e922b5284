/**
 * The owner's side of a survey's webhook, on the survey's page: set,
 * remove, new secret, test event, and the delivery log. Access through
 * ownedInstance (owner-surveys.ts): anything else reads as unknown (404).
 * Every change is throttled per owner: a test event is an outgoing request.
 */
import { fill, messages } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';
import { field } from '../../forms/read-form.ts';
import type { Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { env } from '../env.ts';
import { ownedInstance } from '../owner-surveys.ts';
import { wakeOutbox } from '../outbox/worker.ts';
import { throttle, type Throttle } from '../throttle/throttle.ts';
import { throttleMessage } from '../throttle/reply.ts';
import { parseWebhookUrl } from './url.ts';
import { enqueueTestEvent, findWebhook, regenerateWebhookSecret, setWebhook, webhookLog, type WebhookDelivery } from './webhooks.ts';

export const WEBHOOK_ACTIONS = ['webhook-save', 'webhook-remove', 'webhook-secret', 'webhook-test'] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

export function isWebhookAction(action: string): action is WebhookAction {
  return (WEBHOOK_ACTIONS as readonly string[]).includes(action);
}

/** What the page does after a webhook post: redirect to itself (303), or show the form again with a secret (once), an error or a notice. */
export type WebhookPostResult =
  | { kind: 'redirect'; notice?: 'test' }
  | { kind: 'show'; status: number; secret?: string; url: string; error?: string; throttle?: Throttle };

/** Handles one webhook post; null when the actor may not manage this survey. */
export async function handleWebhookPost(actor: Actor, surveyId: string, form: FormData, locale: Locale, db: Database = getDb()): Promise<WebhookPostResult | null> {
  const owned = await ownedInstance(actor, surveyId, db);
  if (!owned || !actor) return null;
  const m = messages(locale);
  const action = field(form, 'action');
  const url = field(form, 'webhookUrl');
  const throttled = await throttle('webhookWrite', actor.id);
  if (!throttled.allowed) return { kind: 'show', status: 429, url, error: `${throttleMessage(m, throttled)} ${m.throttle.kept}`, throttle: throttled };
  const { instance } = owned;
  switch (action) {
    case 'webhook-save': {
      const parsed = await parseWebhookUrl(url, env().WEBHOOKS_ALLOW_PRIVATE);
      if (!parsed.ok) return { kind: 'show', status: 400, url, error: m.webhooks.errors[parsed.error] };
      const { secret } = await setWebhook(db, instance.id, parsed.url);
      return secret ? { kind: 'show', status: 200, url: parsed.url, secret } : { kind: 'redirect' };
    }
    case 'webhook-remove':
      await setWebhook(db, instance.id, null);
      return { kind: 'redirect' };
    case 'webhook-secret': {
      const secret = await regenerateWebhookSecret(db, instance.id);
      const hook = secret ? await findWebhook(db, instance.id) : undefined;
      return secret && hook ? { kind: 'show', status: 200, url: hook.url, secret } : { kind: 'redirect' };
    }
    case 'webhook-test': {
      if (!(await findWebhook(db, instance.id))) return { kind: 'redirect' };
      await enqueueTestEvent(db, instance);
      wakeOutbox();
      return { kind: 'redirect', notice: 'test' };
    }
    default:
      return null;
  }
}

export interface WebhookLogRow {
  id: string;
  type: string;
  created: string;
  state: string;
  attempts: string[];
}

export interface WebhookSection {
  url: string | null;
  log: WebhookLogRow[];
}

function formatTime(date: Date, locale: Locale): string {
  return date.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Amsterdam' });
}

function stateOf(delivery: WebhookDelivery, locale: Locale): string {
  const m = messages(locale).webhooks;
  if (delivery.status === 'delivered') return m.delivered;
  if (delivery.status === 'failed') return m.givenUp;
  return delivery.attempts.length ? fill(m.retrying, { time: formatTime(delivery.nextAttemptAt, locale) }) : m.queued;
}

/** The webhook part of the survey page, for a survey the caller already checked access to. */
export async function webhookSection(surveyId: string, locale: Locale, db: Database = getDb()): Promise<WebhookSection> {
  const m = messages(locale).webhooks;
  const [hook, log] = await Promise.all([findWebhook(db, surveyId), webhookLog(db, surveyId)]);
  return {
    url: hook?.url ?? null,
    log: log.map((d) => ({
      id: d.id,
      type: m.types[d.type] ?? d.type,
      created: formatTime(d.createdAt, locale),
      state: stateOf(d, locale),
      attempts: d.attempts.map((a) =>
        fill(m.attempt, {
          time: formatTime(a.attemptedAt, locale),
          result: a.ok ? fill(m.attemptOk, { status: a.statusCode ?? '' }) : (a.error ?? (a.statusCode ? `HTTP ${a.statusCode}` : '?')),
          ms: a.durationMs,
        }),
      ),
    })),
  };
}
