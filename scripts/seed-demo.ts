/**
 * Loads clearly marked demo content into an empty database: completed
 * Growth Tests spread over sectors and sizes, so benchmarks and charts show
 * something on first run, and one client's customer and team surveys
 * (./seed-demo-surveys.ts). Generated from a fixed seed through the same
 * functions real respondents go through; no committed database file.
 *
 * The demo sign-ins get a password generated at that first start and
 * printed once in the console (never a published one: a production start
 * on an empty database creates an administrator). Tests and CI choose it
 * with DEMO_PASSWORD. A database that holds any account or test already
 * gets no demo content, so DEMO_DATA can never add demo accounts beside real ones.
 */
import { createDb, openClient, type Database } from '../src/lib/server/db.ts';
import { parseEnv, type Env } from '../src/lib/server/env.ts';
import { completeResponse, saveAnswers, startResponse } from '../src/lib/server/queries/responses.ts';
import { issueToken } from '../src/lib/server/tokens.ts';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { growthTestInstanceFor } from '../src/lib/server/queries/surveys.ts';
import { DONT_KNOW, type Answers } from '../src/lib/surveys/answers.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../src/lib/families/index.ts';
import { eq, sql } from 'drizzle-orm';
import { companies, responses, users } from '../db/schema.ts';
import { createUser } from '../src/lib/server/auth/accounts.ts';
import { createCompany, createOrganisation } from '../src/lib/server/queries/organisations.ts';
import { seedDemoSurveys } from './seed-demo-surveys.ts';
import { seedDemoCustomers } from './seed-demo-customers.ts';
import { seedDemoCanvas } from './seed-demo-canvas.ts';

export const DEMO_TESTS = 120;
/** Sectors are skewed so that some reach the benchmark threshold and the report shows a sector comparison. */
const SECTOR_WEIGHTS: Record<string, number> = { business_services: 6, retail: 5, construction: 3 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** Small deterministic PRNG (mulberry32): the same seed gives the same demo data everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers of one imaginary business: an overall maturity, with each area a little above or below it. */
export function demoAnswers(random: () => number): Answers {
  const survey = currentSurvey(GROWTH_TEST_ID)!;
  const pickOption = (id: string) => {
    const question = survey.sections.flatMap((s) => s.questions).find((q) => q.id === id);
    if (!question || question.type !== 'single') throw new Error(`no single-choice question ${id}`);
    return question.options[Math.floor(random() * question.options.length)].value;
  };
  const sectors = survey.sections[0].questions.find((q) => q.id === 'sector');
  const weighted = sectors?.type === 'single' ? sectors.options.flatMap((o) => Array(SECTOR_WEIGHTS[o.value] ?? 1).fill(o.value)) : [];
  const answers: Answers = {
    sector: weighted[Math.floor(random() * weighted.length)],
    employees: pickOption('employees'),
    revenue: pickOption('revenue'),
    years: pickOption('years'),
    consent: 'no',
  };
  const maturity = 1.6 + random() * 2.8;
  for (const section of survey.sections) {
    const areaShift = (random() - 0.5) * 1.6;
    for (const question of section.questions) {
      if (question.type !== 'agreement') continue;
      if (random() < 0.06) {
        answers[question.id] = DONT_KNOW;
        continue;
      }
      const value = Math.round(maturity + areaShift + (random() - 0.5) * 1.4);
      const clamped = Math.min(5, Math.max(1, value));
      answers[question.id] = question.reverse ? 6 - clamped : clamped;
    }
  }
  return answers;
}

/** Demo sign-ins, listed in the README; their password is printed at the first start. Only ever in a demo database. */
export const DEMO_USERS = {
  admin: 'admin@koers.demo',
  consultant: 'coach@koers.demo',
  otherConsultant: 'coach@ander-kantoor.demo',
  entrepreneur: 'ondernemer@koers.demo',
};
/** Client name and sector. */
const DEMO_CLIENTS: [string, string][] = [
  ['Bakkerij De Korenschoof', 'retail'], ['Installatiebedrijf Van Dijk', 'construction'], ['Studio Noorderlicht', 'creative'],
  ['Groothandel Peters', 'wholesale_logistics'], ['Zorgpraktijk Het Anker', 'care_education'], ['Bouwbedrijf Kramer & Zn', 'construction'],
  ['IT-partners Delta', 'ict'], ['Hotel De Zeeuwse Kust', 'hospitality'], ['Drukkerij Vermeer', 'manufacturing'],
  ['Adviesbureau Stroom', 'business_services'], ['Fietsenmaker Jansen', 'retail'], ['Transport Hollandia', 'wholesale_logistics'],
  ['Webbureau Pixelwerk', 'ict'], ['Kinderopvang De Speeltuin', 'care_education'], ['Tuincentrum Groenrijk', 'retail'],
  ['Metaalbewerking Staal', 'manufacturing'],
];
const OTHER_CLIENTS: [string, string][] = [
  ['Café De Hoek', 'hospitality'], ['Schildersbedrijf Bos', 'construction'], ['Accountantskantoor Lijn', 'business_services'], ['Logistiek Noord', 'wholesale_logistics'],
];

interface DemoClient {
  sector: string;
  organisationId: string;
  companyId: string;
  invitedBy: string;
  tests: number;
}

/** Two consultancies with consultants and clients, an administrator and one entrepreneur. */
async function seedAccounts(db: Database, random: () => number, password: string): Promise<DemoClient[]> {
  const demoOrg = await createOrganisation('Demo Groeiadvies', 24, db);
  const otherOrg = await createOrganisation('Ander Adviesbureau', null, db);
  await createUser({ email: DEMO_USERS.admin, name: 'Anne Admin', password, role: 'admin' }, db);
  const coach = await createUser({ email: DEMO_USERS.consultant, name: 'Chris Coach', password, role: 'consultant', organisationId: demoOrg.id }, db);
  const other = await createUser({ email: DEMO_USERS.otherConsultant, name: 'Olga Overkant', password, role: 'consultant', organisationId: otherOrg.id }, db);
  const clients: DemoClient[] = [];
  for (const [names, org, consultant] of [[DEMO_CLIENTS, demoOrg, coach], [OTHER_CLIENTS, otherOrg, other]] as const) {
    for (const [name, sector] of names) {
      const company = await createCompany({ organisationId: org.id, name }, db);
      clients.push({ sector, organisationId: org.id, companyId: company.id, invitedBy: consultant.id, tests: 1 + Math.floor(random() * 3) });
    }
  }
  await createUser({ email: DEMO_USERS.entrepreneur, name: 'Eva Ondernemer', password, role: 'entrepreneur', companyId: clients[0].companyId }, db);
  return clients;
}

/** 80 random bits, as four groups of four letters and digits: easy to type from a console, impossible to guess. */
export function generateDemoPassword(): string {
  const letters = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
  return letters.match(/.{4}/g)!.join('-');
}

export interface SeedOptions {
  seed?: number;
  /** The demo accounts' password; a freshly generated one when not given. */
  password?: string;
  /** The moment the demo is loaded: answers lie in the year before it. */
  now?: Date;
}

export async function seedDemo(db: Database, count = DEMO_TESTS, { seed = 20261123, password = generateDemoPassword(), now: loadedAt = new Date() }: SeedOptions = {}): Promise<number> {
  const survey = currentSurvey(GROWTH_TEST_ID)!;
  const random = seededRandom(seed);
  const now = loadedAt.getTime();
  const clients = await seedAccounts(db, random, password);
  // The first tests belong to the demo clients (some took it more than once, months apart); the rest are anonymous.
  const attributed = clients.flatMap((client) => Array.from({ length: client.tests }, (_, round) => ({ client, round })));
  const contextOf = new Map<string, Answers>();
  for (let i = 0; i < count; i++) {
    const slot = attributed[i];
    const daysAgo = slot ? (slot.client.tests - slot.round) * 100 - Math.floor(random() * 60) : Math.floor(random() * 365);
    const completedAt = new Date(now - daysAgo * DAY_MS);
    let answers = demoAnswers(random);
    if (slot) {
      // The same business answers the context questions the same way each time.
      const context = contextOf.get(slot.client.companyId) ?? { sector: slot.client.sector, employees: answers.employees, revenue: answers.revenue, years: answers.years };
      contextOf.set(slot.client.companyId, context);
      answers = { ...answers, ...context };
    }
    const attribution = { isDemo: true, createdAt: completedAt, ...(slot && { organisationId: slot.client.organisationId, companyId: slot.client.companyId, invitedBy: slot.client.invitedBy }) };
    const instance = await growthTestInstanceFor(attribution.organisationId, db);
    const started = await startResponse(issueToken().token, { instanceId: instance.id, survey }, 'nl', attribution, db);
    const saved = await saveAnswers(started!, survey, { answers, cleared: [], sectionId: 'follow_up' }, db);
    const done = await completeResponse(saved, survey, db, completedAt);
    if (!done.ok) throw new Error(`demo test ${i} incomplete at ${done.missingSectionId}`);
    if (slot) await db.update(companies).set({ sector: String(answers.sector), sizeBand: String(answers.employees) }).where(eq(companies.id, slot.client.companyId));
  }
  await seedDemoSurveys(db, { random, coachEmail: DEMO_USERS.consultant, now: new Date(now) });
  // Its own seed, so the customers never shift the tests and answers above.
  await seedDemoCustomers(db, { random: seededRandom(11), coachEmail: DEMO_USERS.consultant });
  await seedDemoCanvas(db, random);
  // A client exists from its first test or survey answer on, not from the day the demo was loaded.
  await db.run(sql`update companies set created_at = (select min(created_at) from responses where company_id = companies.id)
    where exists (select 1 from responses where company_id = companies.id)`);
  return count;
}

export type DemoOutcome =
  | { loaded: false; reason: 'off' | 'not-empty' }
  | { loaded: true; tests: number; password: string };

/**
 * Loads the demo into an empty database: no account and no test at all.
 * A single real account (an administrator who signed up, a migrated
 * database) is enough to skip it, so demo accounts with a known password
 * never sit beside real ones.
 */
export async function loadDemoData(db: Database, config: Pick<Env, 'DEMO_DATA' | 'DEMO_PASSWORD'>): Promise<DemoOutcome> {
  if (config.DEMO_DATA === '0') return { loaded: false, reason: 'off' };
  const [anyUser] = await db.select({ id: users.id }).from(users).limit(1);
  const [anyTest] = await db.select({ id: responses.id }).from(responses).limit(1);
  if (anyUser || anyTest) return { loaded: false, reason: 'not-empty' };
  const password = config.DEMO_PASSWORD ?? generateDemoPassword();
  return { loaded: true, tests: await seedDemo(db, DEMO_TESTS, { password }), password };
}

/** What the console says; the password appears here once, on the start that created the accounts. */
export function describeDemoOutcome(outcome: DemoOutcome): string {
  if (!outcome.loaded) {
    return outcome.reason === 'off' ? 'Demo data: off (DEMO_DATA=0).' : 'Demo data: skipped, the database already holds accounts or tests.';
  }
  const rule = '='.repeat(72);
  return [
    `Demo data: loaded ${outcome.tests} completed Growth Tests and a demo client's customer and team surveys, marked as demo.`,
    rule,
    `  Demo sign-ins: ${Object.values(DEMO_USERS).join(', ')}`,
    `  Password for all of them: ${outcome.password}`,
    '  Shown this once: Koers keeps only a hash of it. Lost it? Delete the',
    '  database (data/koers.db by default) and start again for a new one.',
    rule,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = parseEnv(process.env);
  const client = openClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  try {
    console.log(describeDemoOutcome(await loadDemoData(createDb(client), config)));
  } finally {
    client.close();
  }
}
