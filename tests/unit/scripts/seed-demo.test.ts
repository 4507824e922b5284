/**
 * The demo data as a production start loads it: `node scripts/seed-demo.ts`
 * on a real database file, as `npm start` runs it before the server.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eq, like } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { users } from '../../../db/schema.ts';
import { DEMO_USERS, generateDemoPassword } from '../../../scripts/seed-demo.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import { verifyPassword } from '../../../src/lib/server/auth/password.ts';
import { openTempDb } from '../support/temp-db.ts';

const SCRIPT = fileURLToPath(new URL('../../../scripts/seed-demo.ts', import.meta.url));
/** The password the README printed before demo passwords were generated. */
const PUBLISHED = 'koers-demo-2026';

let close: (() => void) | undefined;
afterEach(() => close?.());

function runSeed(url: string, env: Record<string, string> = {}): string {
  const { DEMO_PASSWORD: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [SCRIPT], { env: { ...inherited, DATABASE_URL: url, DEMO_DATA: '1', ...env }, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('the demo data at the first start', () => {
  test('gives the demo accounts a generated password, printed once, and never the published one', { timeout: 90_000 }, async () => {
    const temp = await openTempDb();
    close = temp.close;
    const output = runSeed(temp.url);
    const password = /Password for all of them: (\S+)/.exec(output)?.[1];
    expect(password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    for (const email of Object.values(DEMO_USERS)) expect(output).toContain(email);
    const admin = await temp.db.query.users.findFirst({ where: eq(users.email, DEMO_USERS.admin) });
    expect(await verifyPassword(admin!.passwordHash, password!)).toBe(true);
    expect(await verifyPassword(admin!.passwordHash, PUBLISHED)).toBe(false);
    // A second start neither changes nor repeats it.
    const again = runSeed(temp.url);
    expect(again).not.toContain(password!);
    expect(again).toContain('skipped');
  });

  test('DEMO_PASSWORD (tests, CI) chooses the password', { timeout: 90_000 }, async () => {
    const temp = await openTempDb();
    close = temp.close;
    runSeed(temp.url, { DEMO_PASSWORD: 'a password chosen by CI' });
    const coach = await temp.db.query.users.findFirst({ where: eq(users.email, DEMO_USERS.consultant) });
    expect(await verifyPassword(coach!.passwordHash, 'a password chosen by CI')).toBe(true);
  });

  test('adds no demo accounts to a database that holds a real account', { timeout: 90_000 }, async () => {
    const temp = await openTempDb();
    close = temp.close;
    await createUser({ email: 'eigenaar@bedrijf.nl', name: 'Eigenaar', password: 'a real passphrase', role: 'admin' }, temp.db);
    const output = runSeed(temp.url);
    expect(output).toContain('skipped');
    expect(await temp.db.select().from(users).where(like(users.email, '%.demo'))).toEqual([]);
  });

  test('generated passwords differ', () => {
    const passwords = new Set(Array.from({ length: 50 }, generateDemoPassword));
    expect(passwords.size).toBe(50);
  });
});
