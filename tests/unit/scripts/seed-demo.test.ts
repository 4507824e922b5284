/**
 * The demo data as a production start loads it: `node scripts/seed-demo.ts`
 * on a real database file, as `npm start` runs it before the server.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { companies, responses, users } from '../../../db/schema.ts';
import { DEMO_USERS, generateDemoPassword, seedDemo } from '../../../scripts/seed-demo.ts';
import { DEMO_SMALL_TEAM_CLIENT, DEMO_SURVEY_CLIENT } from '../../../scripts/seed-demo-surveys.ts';
import { familyOf, surveyForInstance } from '../../../src/lib/families/index.ts';
import { factCounts, instancesOfCompany } from '../../../src/lib/server/queries/surveys.ts';
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

describe('the demo customer and team surveys', () => {
  /** A company's surveys by template, with their answers and the family's results. */
  async function surveysOf(db: Awaited<ReturnType<typeof openTempDb>>['db'], name: string) {
    const company = await db.query.companies.findFirst({ where: eq(companies.name, name) });
    const rows = await instancesOfCompany(company!.id, db);
    return Promise.all(
      rows.map(async (row) => {
        const family = familyOf(row.templateId)!;
        const counts = await factCounts(row.id, db);
        const results = family.buildResults(counts, surveyForInstance(row)!, family.optionsSchema.parse(row.options));
        const demo = await db.select({ isDemo: responses.isDemo }).from(responses).where(and(eq(responses.surveyInstanceId, row.id), eq(responses.status, 'completed')));
        return { row, counts, results: results as Record<string, unknown>, allDemo: demo.every((r) => r.isDemo), months: new Set(counts.map((c) => c.month)) };
      }),
    );
  }

  test('one client answers a satisfaction survey over twelve months with a rising NPS, a complaint survey and a team of 12; another a team of 3, withheld', { timeout: 120_000 }, async () => {
    const temp = await openTempDb();
    close = temp.close;
    const now = new Date('2026-11-27T20:00:00Z');
    await seedDemo(temp.db, 10, { password: 'a demo password for tests', now });

    const hotel = await surveysOf(temp.db, DEMO_SURVEY_CLIENT);
    const byTemplate = Object.fromEntries(hotel.map((s) => [s.row.templateId, s]));
    expect(Object.keys(byTemplate).sort()).toEqual(['complaint-thresholds', 'customer-focus', 'customer-satisfaction']);

    const satisfaction = byTemplate['customer-satisfaction'];
    expect(satisfaction.row.answers).toBeGreaterThanOrEqual(150);
    expect(satisfaction.allDemo).toBe(true);
    // Every one of the last twelve calendar months, and none in the future.
    const expectedMonths = Array.from({ length: 12 }, (_, k) => new Date(Date.UTC(2026, 10 - k, 1)).toISOString().slice(0, 7)).sort();
    expect([...satisfaction.months].sort()).toEqual(expectedMonths);
    const months = satisfaction.results.months as { month: string; nps: { score: number | null }; respondents: number }[];
    expect(months.map((m) => m.month)).toEqual(expectedMonths);
    const npsOf = (slice: typeof months) => slice.reduce((sum, m) => sum + (m.nps.score ?? 0), 0) / slice.length;
    expect(npsOf(months.slice(-3))).toBeGreaterThan(npsOf(months.slice(0, 3)) + 20);
    // Some comments, and some skipped the recommendation question.
    const answers = await temp.db.select({ answers: responses.answers }).from(responses).where(eq(responses.surveyInstanceId, satisfaction.row.id));
    const comments = answers.filter((r) => typeof (r.answers as Record<string, unknown>).comment === 'string');
    expect(comments.length).toBeGreaterThan(20);
    expect(answers.some((r) => !('recommend' in (r.answers as Record<string, unknown>)))).toBe(true);

    const complaints = byTemplate['complaint-thresholds'];
    expect(complaints.row.answers).toBe(60);
    expect(complaints.row.options).toEqual({ offeredChannels: ['phone', 'email', 'in_person'] });
    expect(complaints.allDemo).toBe(true);

    const team = byTemplate['customer-focus'];
    expect(team.row.answers).toBe(12);
    expect(team.results.status).toBe('shown');

    const [small] = await surveysOf(temp.db, DEMO_SMALL_TEAM_CLIENT);
    expect(small.row.templateId).toBe('customer-focus');
    expect(small.row.answers).toBe(3);
    expect(small.results.status).toBe('withheld');
    // Every survey exists from its first answer on, and no answer lies in the future.
    const [latest] = await temp.db.select({ completedAt: responses.completedAt }).from(responses).orderBy(sql`completed_at desc`).limit(1);
    expect(latest.completedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
  });
});
