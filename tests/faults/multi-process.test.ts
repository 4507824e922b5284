/**
 * Several server processes on one database file, as behind a reverse proxy
 * that spreads requests without sticky sessions: three servers, every
 * request of a respondent going to the next one in turn. Part of each test is
 * answered in two tabs at once (two pages posted concurrently to different
 * processes) while an autosave of a third page goes to the remaining one, so
 * the same row is written by three processes at the same moment.
 *
 * Every reply must be the expected one (no 5xx, no "database is locked" or
 * any other internal message reaching a respondent). Afterwards, straight
 * from the file: no acknowledged answer lost, no response duplicated or
 * unexplained, nothing half-written.
 *
 * FAULTS_SEED changes the answers; FAULTS_MULTI_SECONDS the length of the load.
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findLeak, reportFigures } from '../support/figures.ts';
import {
  GrowthTestClient,
  isReportRedirect,
  planAnswers,
  responseId,
  seededRandom,
  type AnswerPlan,
  type Reply,
  manyAddresses,
} from '../support/growth-test.ts';
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

/** Respondents come from many addresses (X-Forwarded-For, trusted here), so the start throttle sees real-world load. */
const SERVER_ENV = { TRUST_PROXY: '1' };
const SEED = Number(process.env.FAULTS_SEED ?? 20261123);
const PROCESSES = 3;
const WORKERS = 6;
const LOAD_MS = Number(process.env.FAULTS_MULTI_SECONDS ?? 20) * 1000;
/** The pages answered in two tabs at once, and the one autosaved meanwhile. */
const TWO_TABS = ['ambition', 'core_customers'] as const;
const AUTOSAVED = 'business_model';

interface Journey {
  token: string;
  plan: AnswerPlan;
  started: boolean;
  acknowledged: Set<string>;
  completed: boolean;
}

let servers: ServerHandle[] = [];
let db: Client;
let turn = 0;
const journeys: Journey[] = [];
const failures: string[] = [];
const figures = { requests: 0, concurrentPairs: 0, autosaves: 0, slowestMs: 0 };
const perServer = new Map<string, number>();

/** The proxy: each call goes to the next server in turn. */
function nextServer(): string {
  const url = servers[turn++ % servers.length].url;
  perServer.set(url, (perServer.get(url) ?? 0) + 1);
  return url;
}

beforeAll(async () => {
  const database = await freshDatabase('multi-process');
  servers = await Promise.all(Array.from({ length: PROCESSES }, () => startServer({ database, env: SERVER_ENV })));
  db = openDatabase(database.url);
});

afterAll(async () => {
  db?.close();
  await Promise.all(servers.map((s) => s.stop()));
  removeDatabase(servers[0]?.database);
});

/** Sends one request and checks the reply: the expected status, and nothing internal in the body. */
async function expectReply(label: string, call: () => Promise<Reply>, status: number): Promise<Reply> {
  const t0 = performance.now();
  figures.requests++;
  const reply = await call();
  figures.slowestMs = Math.max(figures.slowestMs, performance.now() - t0);
  const leak = findLeak(reply.body);
  if (reply.status !== status) failures.push(`${label}: status ${reply.status}, expected ${status}: ${reply.body.slice(0, 200)}`);
  if (leak) failures.push(`${label}: ${leak}`);
  return reply;
}

async function respondent(worker: number, until: number): Promise<void> {
  const random = seededRandom(SEED * 17 + worker);
  const client = new GrowthTestClient(nextServer, { forwardedFor: manyAddresses() });
  for (let n = 0; performance.now() < until; n++) {
    const plan = planAnswers(random, { label: `w${worker}n${n}` });
    const token = await client.newToken();
    const journey: Journey = { token, plan, started: false, acknowledged: new Set(), completed: false };
    journeys.push(journey);
    journey.started = (await expectReply(`${token} start`, () => client.start(token), 303)).status === 303;
    if (!journey.started) continue;
    const section = (id: string) => plan.sections.find((s) => s.id === id)!;
    const post = async (id: string) => {
      const reply = await expectReply(`${token} ${id}`, () => client.postSection(token, id, section(id).fields), 303);
      if (reply.status === 303) journey.acknowledged.add(id);
      if (isReportRedirect(reply, token)) journey.completed = true;
      return reply;
    };
    for (const { id } of plan.sections) {
      if (journey.acknowledged.has(id)) continue;
      if (id === TWO_TABS[0]) {
        // Two tabs post two pages at the same moment, each to another process, and a third autosaves.
        figures.concurrentPairs++;
        figures.autosaves++;
        const [, , draft] = await Promise.all([
          post(TWO_TABS[0]),
          post(TWO_TABS[1]),
          expectReply(`${token} autosave`, () => client.saveDraft(token, AUTOSAVED, section(AUTOSAVED).fields), 200),
        ]);
        if (draft.status === 200 && JSON.parse(draft.body).saved !== true) failures.push(`${token} autosave: ${draft.body}`);
        continue;
      }
      if ((await post(id)).status !== 303) break;
    }
  }
}

test(`${PROCESSES} server processes on one database file: nothing lost, duplicated or locked`, async () => {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, (_, i) => respondent(i, t0 + LOAD_MS)));
  const seconds = (performance.now() - t0) / 1000;

  failures.push(...(await findDamage(db)));
  const stored = new Map((await readResponses(db)).map((r) => [r.id, r]));
  const issued = new Set(journeys.map((j) => responseId(j.token)));
  for (const id of stored.keys()) if (!issued.has(id)) failures.push(`${id}: stored, but no respondent started it`);
  const counts = await db.execute('select count(*) as n, count(distinct id) as ids from responses');
  if (counts.rows[0].n !== counts.rows[0].ids) failures.push('duplicate response ids');

  for (const journey of journeys) {
    const row = stored.get(responseId(journey.token));
    if (journey.started && !row) {
      failures.push(`${journey.token}: start acknowledged, response missing`);
      continue;
    }
    if (!row) continue;
    for (const sectionId of journey.acknowledged) {
      for (const questionId of Object.keys(journey.plan.sections.find((s) => s.id === sectionId)!.fields)) {
        if (row.answers[questionId] !== journey.plan.answers[questionId]) {
          failures.push(`${journey.token}: ${questionId} acknowledged as ${journey.plan.answers[questionId]}, stored ${row.answers[questionId]}`);
        }
      }
    }
    if (journey.completed && row.status !== 'completed') failures.push(`${journey.token}: completion acknowledged, stored ${row.status}`);
  }
  for (const server of servers) failures.push(...server.errorLines().map((line) => `server ${server.port} logged: ${line}`));

  reportFigures('multi-process', {
    seed: SEED,
    processes: PROCESSES,
    loadSeconds: seconds.toFixed(1),
    requests: figures.requests,
    requestsPerServer: [...perServer.values()].join('/'),
    journeys: journeys.length,
    completionsAcknowledged: journeys.filter((j) => j.completed).length,
    twoTabPairs: figures.concurrentPairs,
    autosavesDuringPairs: figures.autosaves,
    slowestRequestMs: figures.slowestMs.toFixed(0),
    failures: failures.length,
  });
  expect(journeys.filter((j) => j.completed).length).toBeGreaterThan(10);
  expect(failures).toEqual([]);
});
