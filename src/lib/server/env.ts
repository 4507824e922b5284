/**
 * Configuration from the environment, validated once. A bad variable stops
 * the process with a message naming it, instead of failing later.
 */
import { z } from 'zod';
import { OUTBOX_LEASE_MS, OUTBOX_POLL_MS, WEBHOOK_TIMEOUT_MS } from '../limits.ts';

function isBareHttpOrigin(value: string): boolean {
  // zod runs this refinement even when the z.url() check before it failed.
  const url = URL.parse(value);
  if (!url) return false;
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:./data/koers.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  /**
   * Where people reach the site, e.g. https://koers.example.nl. When set it is
   * the only truth about host and protocol: links, the origin check of form
   * posts, Secure cookies and HSTS follow it, never the request's Host header
   * or X-Forwarded-* (src/lib/server/origin.ts). Kept as a bare origin.
   */
  PUBLIC_ORIGIN: z
    .url()
    .refine(isBareHttpOrigin, 'must be http(s)://host[:port] with no path, e.g. https://koers.example.nl')
    .transform((value) => new URL(value).origin)
    .optional(),
  DEMO_DATA: z.enum(['0', '1']).default('1'),
  /** The demo accounts' password, for tests and CI only; unset, a new one is generated and printed at the first start. */
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  /**
   * How many reverse proxies you run in front of the server (0: none, 1:
   * nginx). The client's address for per-IP throttling is then the
   * X-Forwarded-For entry the outermost of them appended (src/lib/server/origin.ts).
   */
  TRUST_PROXY: z
    .string()
    .regex(/^\d{1,2}$/, 'must be the number of trusted reverse proxies in front of the server: 0 (none), 1 (e.g. nginx), 2, ...')
    .transform(Number)
    .default(0),
  /** How often the outbox worker looks for due mails and webhooks when nothing woke it (src/lib/server/outbox). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(OUTBOX_POLL_MS),
  /**
   * How long a worker's claim on an outbox event lasts; a killed worker's
   * events are delivered by another once it runs out. Lower only in tests;
   * it stays above a webhook's timeout, so a live worker never loses a claim.
   */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(WEBHOOK_TIMEOUT_MS + 5000).max(60 * 60_000).default(OUTBOX_LEASE_MS),
  /**
   * 1: webhooks may go to loopback, private and link-local addresses, and to
   * http:// URLs. For tests with a receiver on this machine only: in
   * production it lets a survey owner make the server call internal services.
   */
  WEBHOOKS_ALLOW_PRIVATE: z.enum(['0', '1']).default('0').transform((value) => value === '1'),
  /**
   * The mail server, e.g. smtp://user:password@mail.example.nl:587 (STARTTLS
   * when offered) or smtps://…:465. Unset: mails are logged (kind and
   * addressee only), not sent (src/lib/server/mail/transport.ts).
   */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be smtp://[user:password@]host[:port] or smtps://…' })
    .optional(),
  /** The sender of every mail: an address, or "Name <address>". */
  MAIL_FROM: z
    .string()
    .max(200)
    .refine((value) => !/[\r\n]/.test(value) && /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value.trim()), 'must be an address, or "Name <address>", on one line')
    .default('Koers <noreply@koers.invalid>'),
})
  // Mails carry links (password reset, invitations). Built from the request's Host header, a forged
  // "forgot password" request would mail the victim a reset link to the forger's site.
  .refine((config) => !config.SMTP_URL || config.PUBLIC_ORIGIN, {
    path: ['PUBLIC_ORIGIN'],
    message: 'must be set when SMTP_URL is: the links in mails are built from it, never from the Host header of a request',
  });
export type Env = z.infer<typeof EnvSchema>;


export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
