/**
 * The database cannot take a write at submission time: another process holds
 * the write lock past the server's busy timeout (5 s), which is what a stuck
 * writer, a backup or a full disk look like from inside a request. The
 * respondent must get a clear, localised message with their answers still in
 * the page to retry; nothing may be acknowledged that was not stored; no
 * stack trace may reach them. Also: what an unexpected error renders.
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { nl } from '../../src/lib/i18n/nl.ts';
import { findLeak, reportFigures } from '../support/figures.ts';
import { GrowthTestClient, planAnswers, responseId, seededRandom, type AnswerPlan } from '../support/growth-test.ts';
import { findDamage, openDatabase, readFacts, readResponses } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

let server: ServerHandle;
let db: Client;
let client: GrowthTestClient;
const checks = { lockedRequests: 0, failures: 0 };

beforeAll(async () => {
  const database = await freshDatabase('unavailable');
  server = await startServer({ database });
  db = openDatabase(database.url);
  client = new GrowthTestClient(server.url);
});

afterAll(async () => {
  reportFigures('database unavailable', { ...checks, serverErrorLines: server?.errorLines().length ?? 'n/a' });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

/** Runs `during` while this test holds the database's write lock (BEGIN IMMEDIATE), then lets go. */
async function whileLocked<T>(during: () => Promise<T>): Promise<T> {
  const lock = await db.transaction('write');
  try {
    checks.lockedRequests++;
    return await during();
  } finally {
    await lock.rollback();
  }
}

async function stored(token: string) {
  return (await readResponses(db)).find((r) => r.id === responseId(token));
}

/** A started test with every section before `untilSection` answered. */
async function startedTest(plan: AnswerPlan, untilSection: string): Promise<string> {
  const token = await client.newToken();
  expect((await client.start(token)).status).toBe(303);
  for (const section of plan.sections) {
    if (section.id === untilSection) break;
    expect((await client.postSection(token, section.id, section.fields)).status).toBe(303);
  }
  return token;
}

/** The radio button for `value` of `question` is rendered checked: the answer is still in the page. */
function keepsChoice(body: string, question: string, value: string): boolean {
  return new RegExp(`<input type="radio" name="${question}" value="${value}" checked`).test(body);
}

function expectFriendly(body: string) {
  const leak = findLeak(body);
  if (leak) checks.failures++;
  expect(leak).toBeNull();
}

describe('database unavailable at submission', () => {
  test('a section post gets 503 with the message and its answers kept, and nothing is stored until the retry', async () => {
    const plan = planAnswers(seededRandom(1), { consent: 'no' });
    const token = await startedTest(plan, 'ambition');
    const ambition = plan.sections.find((s) => s.id === 'ambition')!;
    const before = await stored(token);

    const reply = await whileLocked(() => client.postSection(token, 'ambition', ambition.fields));
    expect(reply.status).toBe(503);
    expect(reply.body).toContain(nl.pages.unavailable.replaceAll("'", '&#39;'));
    for (const [question, value] of Object.entries(ambition.fields)) {
      expect(keepsChoice(reply.body, question, String(value)), `${question} kept`).toBe(true);
    }
    expectFriendly(reply.body);
    const after = await stored(token);
    expect(after?.revision).toBe(before?.revision);
    expect(after?.answers).toEqual(before?.answers);

    // The retry, once the database is back, goes through and stores the page.
    const retry = await client.postSection(token, 'ambition', ambition.fields);
    expect(retry.status).toBe(303);
    expect(retry.location).toContain(`/vragenlijst/${token}/core_customers`);
    expect((await stored(token))?.answers.ambition_1).toBe(plan.answers.ambition_1);
  });

  test('the completing post (in English) is not acknowledged and completes nothing until the retry', async () => {
    const plan = planAnswers(seededRandom(2), { consent: 'no' });
    const token = await startedTest(plan, 'follow_up');
    const last = plan.sections.at(-1)!;
    expect(last.id).toBe('follow_up');

    const post = () =>
      client.postForm(`/en/vragenlijst/${token}/follow_up`, { section: 'follow_up', ...last.fields, action: 'next' });
    const reply = await whileLocked(post);
    expect(reply.status).toBe(503);
    expect(reply.location).toBeNull();
    expect(reply.body).toContain(en.pages.unavailable.replaceAll("'", '&#39;'));
    expect(keepsChoice(reply.body, 'consent', 'no')).toBe(true);
    expectFriendly(reply.body);
    expect((await stored(token))?.status).toBe('in_progress');
    expect((await readFacts(db)).filter((s) => s.responseId === responseId(token))).toHaveLength(0);

    const retry = await post();
    expect(retry.status).toBe(303);
    expect(retry.location).toBe(`/en/rapport/${token}`);
    expect((await stored(token))?.status).toBe('completed');
  });

  test('an autosave answers 503 "unavailable", never "saved"', async () => {
    const plan = planAnswers(seededRandom(3));
    const token = await startedTest(plan, 'context');
    const context = plan.sections[0];
    const reply = await whileLocked(() => client.saveDraft(token, 'context', context.fields));
    expect(reply.status).toBe(503);
    expect(JSON.parse(reply.body)).toEqual({ error: 'unavailable' });
    expect((await stored(token))?.answers).toEqual({});
    expect((await client.saveDraft(token, 'context', context.fields)).status).toBe(200);
    expect((await stored(token))?.answers.sector).toBe(plan.answers.sector);
  });

  test('starting gets 503 and the same token to retry with, so the retry makes exactly one response', async () => {
    const token = await client.newToken();
    const reply = await whileLocked(() => client.start(token));
    expect(reply.status).toBe(503);
    expect(reply.body).toContain(`name="token" value="${token}"`);
    expectFriendly(reply.body);
    expect(await stored(token)).toBeUndefined();
    expect((await client.start(token)).status).toBe(303);
    expect((await client.start(token)).status).toBe(303);
    expect((await readResponses(db)).filter((r) => r.id === responseId(token))).toHaveLength(1);
  });

  test('an unexpected error (unreadable stored answers) shows the friendly error page, no stack trace', async () => {
    const plan = planAnswers(seededRandom(4));
    const token = await startedTest(plan, 'ambition');
    await db.execute({ sql: `update responses set answers = '{not json' where id = ?`, args: [responseId(token)] });

    for (const path of [`/vragenlijst/${token}/ambition`, `/en/hervatten/${token}`, `/rapport/${token}`]) {
      const reply = await client.request(path);
      expect(reply.status, path).toBe(500);
      expectFriendly(reply.body);
    }
    const page = await client.request(`/vragenlijst/${token}/ambition`);
    expect(page.body).toContain(nl.pages.errorTitle);
    const draft = await client.saveDraft(token, 'ambition', { ambition_1: '3' });
    expect(draft.status).toBe(500);
    expectFriendly(draft.body);
    await db.execute({ sql: `update responses set answers = '{}' where id = ?`, args: [responseId(token)] });
  });

  test('afterwards the stored data is whole', async () => {
    expect(await findDamage(db)).toEqual([]);
  });
});
