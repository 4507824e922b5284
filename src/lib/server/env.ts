/**
 * Configuration from the environment, validated once. A bad variable stops
 * the process with a message naming it, instead of failing later.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:./data/koers.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  PUBLIC_ORIGIN: z.url().optional(),
  DEMO_DATA: z.enum(['0', '1']).default('1'),
  /** The demo accounts' password, for tests and CI only; unset, a new one is generated and printed at the first start. */
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  /** 1 behind a reverse proxy: take the client's address from X-Forwarded-For (for per-IP throttling). */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
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
