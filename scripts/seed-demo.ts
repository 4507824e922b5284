/**
 * Loads clearly marked demo content into an empty database: completed
 * Growth Tests spread over sectors and sizes, so benchmarks and charts show
 * something on first run. Generated from a fixed seed through the same
 * functions real respondents go through; no committed database file.
 */
import { createDb, openClient, type Database } from '../src/lib/server/db.ts';
import { parseEnv } from '../src/lib/server/env.ts';
import { completeResponse, saveAnswers, startResponse } from '../src/lib/server/queries/responses.ts';
import { issueToken } from '../src/lib/server/tokens.ts';
import { DONT_KNOW, type Answers } from '../src/lib/surveys/answers.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../src/lib/surveys/definitions/index.ts';
import { responses } from '../db/schema.ts';

export const DEMO_TESTS = 90;
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

export async function seedDemo(db: Database, count = DEMO_TESTS, seed = 20261123): Promise<number> {
  const survey = currentSurvey(GROWTH_TEST_ID)!;
  const random = seededRandom(seed);
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const completedAt = new Date(now - Math.floor(random() * 365) * DAY_MS);
    const started = await startResponse(issueToken().token, survey, 'nl', { isDemo: true, createdAt: completedAt }, db);
    const saved = await saveAnswers(started!, survey, { answers: demoAnswers(random), cleared: [], sectionId: 'follow_up' }, db);
    const done = await completeResponse(saved, survey, db, completedAt);
    if (!done.ok) throw new Error(`demo test ${i} incomplete at ${done.missingSectionId}`);
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = parseEnv(process.env);
  const client = openClient(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  const db = createDb(client);
  try {
    const existing = await db.select({ id: responses.id }).from(responses).limit(1);
    if (config.DEMO_DATA === '0') console.log('Demo data: off (DEMO_DATA=0).');
    else if (existing.length > 0) console.log('Demo data: skipped, the database is not empty.');
    else console.log(`Demo data: loaded ${await seedDemo(db)} completed Growth Tests, marked as demo.`);
  } finally {
    client.close();
  }
}
