/**
 * Accounts and dashboard data for tests that run the real server: the demo
 * data (scripts/seed-demo.ts) loaded into a test database, the ids tests
 * need from it, sessions made straight in the database (no sign-in, so the
 * sign-in throttle is left alone), and completed Growth Tests with a token
 * the test knows (to claim or open by link).
 */
import type { Client } from '@libsql/client';
import { DEMO_USERS, demoAnswers, seedDemo, seededRandom } from '../../scripts/seed-demo.ts';
import { DEMO_PASSWORD } from './demo-password.ts';
import { SESSION_COOKIE, createSession } from '../../src/lib/server/auth/session.ts';
import { createDb, type Database } from '../../src/lib/server/db.ts';
import { completeResponse, saveAnswers, startResponse, type Attribution } from '../../src/lib/server/queries/responses.ts';
import { growthTestInstanceFor } from '../../src/lib/server/queries/surveys.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../src/lib/families/index.ts';

export { DEMO_PASSWORD, DEMO_USERS };

export interface DemoWorld {
  db: Database;
  organisations: { demo: string; other: string };
  users: { admin: string; consultant: string; otherConsultant: string; entrepreneur: string };
  /** Client companies per organisation, with their names. */
  clients: { demo: { id: string; name: string }[]; other: { id: string; name: string }[] };
  /** The demo entrepreneur's company (a client of the demo organisation). */
  entrepreneurCompany: string;
}

/** Loads the demo data (`tests` completed Growth Tests) into a migrated test database and returns its ids. */
export async function seedDemoWorld(client: Client, tests = 60): Promise<DemoWorld> {
  const db = createDb(client);
  await seedDemo(db, tests, { password: DEMO_PASSWORD });
  const one = async (query: string, ...args: string[]) => String((await client.execute({ sql: query, args })).rows[0]?.[0]);
  const organisations = {
    demo: await one('select id from organisations where name = ?', 'Demo Groeiadvies'),
    other: await one('select id from organisations where name = ?', 'Ander Adviesbureau'),
  };
  const userId = (email: string) => one('select id from users where email = ?', email);
  const users = {
    admin: await userId(DEMO_USERS.admin),
    consultant: await userId(DEMO_USERS.consultant),
    otherConsultant: await userId(DEMO_USERS.otherConsultant),
    entrepreneur: await userId(DEMO_USERS.entrepreneur),
  };
  const clientsOf = async (organisationId: string) =>
    (await client.execute({ sql: 'select id, name from companies where organisation_id = ? order by name', args: [organisationId] })).rows.map(
      (row) => ({ id: String(row.id), name: String(row.name) }),
    );
  return {
    db,
    organisations,
    users,
    clients: { demo: await clientsOf(organisations.demo), other: await clientsOf(organisations.other) },
    entrepreneurCompany: await one('select company_id from users where id = ?', users.entrepreneur),
  };
}

/** A new session for the user, as the Cookie header value a signed-in browser sends. */
export async function sessionCookie(db: Database, userId: string): Promise<string> {
  const { token } = await createSession(userId, Date.now(), db);
  return `${SESSION_COOKIE}=${token}`;
}

/** The session token a Set-Cookie list carries, if it sets one (an empty value clears it). */
export function sessionFromSetCookie(setCookies: string[]): string | null {
  for (const line of setCookies) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line);
    if (match) return match[1] || null;
  }
  return null;
}

let testSeed = 1;

/**
 * A completed Growth Test with plausible answers, stored the way the survey
 * pages store one, and its respondent token (the report link's secret).
 */
export async function completedTest(db: Database, attribution: Attribution = {}): Promise<string> {
  const survey = currentSurvey(GROWTH_TEST_ID)!;
  const { token } = issueToken();
  const instance = await growthTestInstanceFor(attribution.organisationId, db);
  const started = await startResponse(token, { instanceId: instance.id, survey }, 'nl', attribution, db);
  const saved = await saveAnswers(started!, survey, { answers: demoAnswers(seededRandom(testSeed++)), cleared: [], sectionId: 'follow_up' }, db);
  const done = await completeResponse(saved, survey, db);
  if (!done.ok) throw new Error(`test incomplete at ${done.missingSectionId}`);
  return token;
}

/** A started, unfinished Growth Test and its token. */
export async function unfinishedTest(db: Database, attribution: Attribution = {}): Promise<string> {
  const { token } = issueToken();
  const instance = await growthTestInstanceFor(attribution.organisationId, db);
  await startResponse(token, { instanceId: instance.id, survey: currentSurvey(GROWTH_TEST_ID)! }, 'nl', attribution, db);
  return token;
}

/**
 * Signs in over HTTP as a browser would and returns the Cookie header value.
 * Each call may pass its own client address (the server must run with
 * TRUST_PROXY=1), so a test's sign-ins never add up to the per-IP throttle.
 */
export async function signInOverHttp(base: string, email: string, password = DEMO_PASSWORD, ip = '192.0.2.1'): Promise<string> {
  const response = await fetch(`${base}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password }),
  });
  const token = sessionFromSetCookie(response.headers.getSetCookie());
  if (response.status !== 303 || !token) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return `${SESSION_COOKIE}=${token}`;
}
