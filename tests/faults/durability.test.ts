/**
 * Durability under crashes: respondents complete Growth Tests, and a
 * customer-satisfaction survey by its public link, concurrently
 * while the server is killed with SIGKILL at random moments (seeded), ten
 * times, and restarted on the same database file the way `npm run serve`
 * does (migrate, then start). A request cut off by a crash is retried once
 * the server is back, as a browser's resubmit would.
 *
 * Afterwards, read straight from the file: every acknowledged page (a 303)
 * is stored with exactly the answers sent; every acknowledged completion (the
 * 303 to the report, or to the survey's thank-you page) is a completed response, once, with its full set of
 * area scores; nothing is half-written (no completed response without its
 * scores, no scores on an unfinished one, no invalid answer); and no
 * response exists that no respondent started.
 *
 * FAULTS_SEED changes the kill schedule and the answers.
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { reportFigures, sleep } from '../support/figures.ts';
import {
  isReportRedirect,
  planAnswers,
  responseId,
  seededRandom,
  type AnswerPlan,
  type Reply,
  manyAddresses,
} from '../support/growth-test.ts';
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { PublicSurveyClient, satisfactionPlan, seedSurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

/** Respondents come from many addresses (X-Forwarded-For, trusted here), so the start throttle sees real-world load. */
const SERVER_ENV = { TRUST_PROXY: '1' };
const SEED = Number(process.env.FAULTS_SEED ?? 20261123);
const KILLS = Number(process.env.FAULTS_KILLS ?? 10);
const WORKERS = 6;
/** Workers with an odd number answer the customer-satisfaction survey by its public link; the others take the Growth Test. */
const onSurvey = (worker: number) => worker % 2 === 1;
/** Load runs this long between kills, chosen per kill from the seeded generator (a fresh server needs ~1 s for its first pages). */
const LOAD_BETWEEN_KILLS_MS = { min: 1000, max: 3000 };
/** A request cut off by a crash is tried again this often before the respondent gives up. */
const ATTEMPTS = 4;

interface Journey {
  kind: 'growth-test' | 'customer-satisfaction';
  token: string;
  plan: AnswerPlan;
  started: boolean;
  acknowledged: string[];
  completed: boolean;
  /** Replies that were neither the expected redirect nor a crash. */
  unexpected: string[];
}

let database: TestDatabase;
/** The customer-satisfaction survey's ids. */
let survey: { id: string; publicId: string };
let db: Client;
let server: ServerHandle;
let serverUp: Promise<void> = Promise.resolve();
let stopping = false;
let inFlight = 0;
const journeys: Journey[] = [];
const figures = { kills: 0, requests: 0, cutOffByCrash: 0, inFlightAtKills: 0, abandoned: 0, restartsMs: 0 };

beforeAll(async () => {
  database = await freshDatabase('durability');
  db = openDatabase(database.url);
  survey = (await seedSurveyWorld(db)).open;
  server = await startServer({ database, env: SERVER_ENV });
});

afterAll(async () => {
  db?.close();
  await server?.stop();
  removeDatabase(database);
});

/** One request, retried on a fresh server if a crash cut it off. */
async function send(call: () => Promise<Reply>): Promise<Reply> {
  for (let attempt = 1; ; attempt++) {
    await serverUp;
    inFlight++;
    figures.requests++;
    try {
      return await call();
    } catch (error) {
      figures.cutOffByCrash++;
      if (attempt >= ATTEMPTS) throw error;
    } finally {
      inFlight--;
    }
  }
}

async function respondent(worker: number): Promise<void> {
  const random = seededRandom(SEED * 31 + worker);
  const client = new PublicSurveyClient(() => server.url, { forwardedFor: manyAddresses() });
  const kind = onSurvey(worker) ? 'customer-satisfaction' : 'growth-test';
  for (let n = 0; !stopping; n++) {
    const label = `w${worker}n${n}`;
    const plan = kind === 'growth-test' ? planAnswers(random, { label }) : satisfactionPlan(Math.floor(random() * 1000), `Opmerking ${label}`);
    let journey: Journey | undefined;
    try {
      const newToken = () => (kind === 'growth-test' ? client.newToken() : client.newSurveyToken(survey.publicId));
      const token = await send(async () => ({ status: 200, location: null, body: await newToken() })).then((r) => r.body);
      journey = { kind, token, plan, started: false, acknowledged: [], completed: false, unexpected: [] };
      journeys.push(journey);
      const start = await send(() => (kind === 'growth-test' ? client.start(token) : client.startSurvey(survey.publicId, token)));
      if (start.status !== 303) journey.unexpected.push(`start: ${start.status}`);
      journey.started = start.status === 303;
      for (const section of plan.sections) {
        if (!journey.started || stopping) break;
        const reply = await send(() => client.postSection(token, section.id, section.fields));
        if (reply.status !== 303) {
          journey.unexpected.push(`${section.id}: ${reply.status} ${reply.body.slice(0, 200)}`);
          break;
        }
        journey.acknowledged.push(section.id);
        if (kind === 'growth-test' ? isReportRedirect(reply, token) : reply.location?.endsWith(`/v/${survey.publicId}/bedankt`)) journey.completed = true;
      }
    } catch {
      figures.abandoned++; // cut off more often than a respondent retries
    }
  }
}

async function crashAndRestart(random: () => number): Promise<void> {
  for (let kill = 0; kill < KILLS; kill++) {
    const { min, max } = LOAD_BETWEEN_KILLS_MS;
    await sleep(min + random() * (max - min));
    let reopen!: () => void;
    serverUp = new Promise((resolve) => (reopen = resolve));
    figures.inFlightAtKills += inFlight;
    await server.crash();
    figures.kills++;
    const t0 = performance.now();
    await migrateDatabase(database.url);
    server = await startServer({ database, port: server.port, env: SERVER_ENV });
    figures.restartsMs += performance.now() - t0;
    reopen();
  }
}

test(`${KILLS} SIGKILLs under submission load: every acknowledged answer stored once, nothing half-written`, async () => {
  const t0 = performance.now();
  const workers = Array.from({ length: WORKERS }, (_, i) => respondent(i));
  await crashAndRestart(seededRandom(SEED));
  await sleep(1000);
  stopping = true;
  await Promise.all(workers);
  const loadSeconds = (performance.now() - t0) / 1000;

  const failures: string[] = [];
  for (const journey of journeys) failures.push(...journey.unexpected.map((u) => `${journey.token}: ${u}`));
  failures.push(...(await findDamage(db)));

  const stored = new Map((await readResponses(db)).map((r) => [r.id, r]));
  const issued = new Set(journeys.map((j) => responseId(j.token)));
  for (const id of stored.keys()) if (!issued.has(id)) failures.push(`${id}: stored, but no respondent started it`);
  let completedUnacknowledged = 0;
  for (const journey of journeys) {
    const row = stored.get(responseId(journey.token));
    if (journey.started && !row) failures.push(`${journey.token}: start acknowledged, response missing`);
    if (!row) continue;
    for (const sectionId of journey.acknowledged) {
      const section = journey.plan.sections.find((s) => s.id === sectionId)!;
      for (const questionId of Object.keys(section.fields)) {
        if (row.answers[questionId] !== journey.plan.answers[questionId]) {
          failures.push(`${journey.token}: ${questionId} acknowledged as ${journey.plan.answers[questionId]}, stored ${row.answers[questionId]}`);
        }
      }
    }
    if (journey.completed && row.status !== 'completed') failures.push(`${journey.token}: completion acknowledged, stored ${row.status}`);
    if (row.status === 'completed') {
      expect(row.answers).toEqual(journey.plan.answers);
      if (!journey.completed) completedUnacknowledged++;
    }
  }
  const counts = await db.execute('select count(*) as n, count(distinct id) as distinct_ids from responses');
  if (counts.rows[0].n !== counts.rows[0].distinct_ids) failures.push('duplicate response ids');

  reportFigures('durability', {
    seed: SEED,
    kills: figures.kills,
    loadSeconds: loadSeconds.toFixed(1),
    requests: figures.requests,
    inFlightAtKills: figures.inFlightAtKills,
    requestsCutOffAndRetried: figures.cutOffByCrash,
    journeys: journeys.length,
    started: journeys.filter((j) => j.started).length,
    surveyJourneys: journeys.filter((j) => j.kind === 'customer-satisfaction').length,
    surveyCompletionsAcknowledged: journeys.filter((j) => j.kind === 'customer-satisfaction' && j.completed).length,
    pagesAcknowledged: journeys.reduce((n, j) => n + j.acknowledged.length, 0),
    completionsAcknowledged: journeys.filter((j) => j.completed).length,
    completedWithoutAcknowledgement: completedUnacknowledged,
    abandoned: figures.abandoned,
    meanRestartMs: (figures.restartsMs / Math.max(1, figures.kills)).toFixed(0),
    failures: failures.length,
  });
  expect(figures.kills).toBe(KILLS);
  expect(journeys.filter((j) => j.completed).length).toBeGreaterThan(KILLS);
  expect(journeys.filter((j) => j.kind === 'customer-satisfaction' && j.completed).length).toBeGreaterThan(KILLS / 2);
  // Each respondent's response lies on the survey it started: the public link's on the satisfaction survey.
  for (const journey of journeys.filter((j) => j.kind === 'customer-satisfaction')) {
    const row = stored.get(responseId(journey.token));
    if (row && row.surveyInstanceId !== survey.id) failures.push(`${journey.token}: stored on ${row.surveyInstanceId}`);
  }
  expect(failures).toEqual([]);
});
