/**
 * Storing and reading survey responses. A response is created when the
 * respondent starts, saved at every step, and completed exactly once.
 */
import { and, eq, sql } from 'drizzle-orm';
import { peerFacts, responseFacts, responseSegments, responses } from '../../../../db/schema.ts';
import type { Answers } from '../../surveys/answers.ts';
import { missingAnswers, pruneAnswers } from '../../surveys/engine.ts';
import type { Locale, Survey } from '../../surveys/schema.ts';
import { familyOf } from '../../families/index.ts';
import { getDb, type Database } from '../db.ts';
import { parseToken, secretMatches, hashSecret } from '../tokens.ts';
import { responseStatements } from './response-statements.ts';
import { peerFactRows } from './benchmarks.ts';
import { countFactStatement } from './fact-counts.ts';
import { wakeOutbox } from '../outbox/worker.ts';
import { completionEventStatement } from '../webhooks/webhooks.ts';
import { leadFromAnswers } from '../../leads/lead-rule.ts';
import { leadEventStatement, leadInsertStatement } from './leads.ts';

export type ResponseRow = typeof responses.$inferSelect;

/**
 * The statements every step of a respondent runs, prepared once per
 * database: Drizzle then skips building the SQL on each request, which was
 * a third of the time of an answer submission (see bench/README.md). On an
 * embedded file, response-statements.ts runs the same two on the binding
 * directly; these serve a libSQL server.
 */
function prepareStatements(db: Database) {
  const at = sql.placeholder;
  return {
    byId: db.select().from(responses).where(eq(responses.id, at('id'))).limit(1).prepare(),
    /** Applies only if nobody saved in between and the response is still open. */
    saveIfUnchanged: db
      .update(responses)
      .set({ answers: sql`${at('answers')}`, lastSectionId: sql`${at('sectionId')}`, revision: sql`${at('revision')} + 1`, updatedAt: sql`${at('updatedAt')}` })
      .where(and(eq(responses.id, at('id')), eq(responses.revision, at('revision')), eq(responses.status, 'in_progress')))
      .prepare(),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareStatements>>();

function statements(db: Database): ReturnType<typeof prepareStatements> {
  let found = prepared.get(db);
  if (!found) {
    found = prepareStatements(db);
    prepared.set(db, found);
  }
  return found;
}

async function findById(id: string, db: Database): Promise<ResponseRow | undefined> {
  const direct = responseStatements(db);
  return direct ? direct.byId(id) : statements(db).byId.get({ id });
}

async function saveIfUnchanged(db: Database, args: { id: string; revision: number; answers: Answers; sectionId: string; updatedAt: Date }): Promise<boolean> {
  const direct = responseStatements(db);
  if (direct) return direct.saveIfUnchanged(args);
  const result = await statements(db).saveIfUnchanged.run({
    ...args,
    answers: responses.answers.mapToDriverValue(args.answers),
    updatedAt: responses.updatedAt.mapToDriverValue(args.updatedAt),
  });
  return result.rowsAffected === 1;
}

/** Who a response belongs to, when it came through a consultant's invitation; demo data is marked. */
export interface Attribution {
  organisationId?: string | null;
  companyId?: string | null;
  invitedBy?: string | null;
  isDemo?: boolean;
  createdAt?: Date;
  /** Started in a site's embedded frame (/e/<publicId>). */
  embedded?: boolean;
}

/** Where a response starts: a survey instance and the definition it serves (its template version, tailored by its options). */
export interface StartTarget {
  instanceId: string;
  survey: Survey;
}

/**
 * Creates the response for a respondent token the start page issued. The
 * same token posted twice (a double click, a retried request) finds the
 * response the first post created instead of making a second one.
 */
export async function startResponse(
  token: string,
  target: StartTarget,
  locale: Locale,
  attribution?: Attribution,
  db: Database = getDb(),
): Promise<ResponseRow | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  await db
    .insert(responses)
    .values({
      id: parts.id,
      secretHash: Buffer.from(hashSecret(parts.secret)),
      surveyInstanceId: target.instanceId,
      templateId: target.survey.id,
      templateVersion: target.survey.version,
      locale,
      organisationId: attribution?.organisationId ?? null,
      companyId: attribution?.companyId ?? null,
      invitedBy: attribution?.invitedBy ?? null,
      isDemo: attribution?.isDemo ?? false,
      embedded: attribution?.embedded ?? false,
      createdAt: attribution?.createdAt,
    })
    .onConflictDoNothing();
  return findResponseByToken(token, db);
}

/** The response a respondent token opens, or null for any token that does not match. */
export async function findResponseByToken(token: string, db: Database = getDb()): Promise<ResponseRow | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const row = await findById(parts.id, db);
  return row && secretMatches(parts.secret, row.secretHash) ? row : null;
}

const MAX_SAVE_ATTEMPTS = 5;

/**
 * Merges one page's answers into the stored ones. Optimistic: the update only
 * applies if nobody saved in between (same revision) and the response is
 * still in progress; otherwise it re-reads and merges again, so two tabs
 * never overwrite each other's pages, and nothing is saved into a completed
 * response. Returns the row as this save left it: the row it read, which the
 * revision check proves was unchanged, with this save applied.
 */
export async function saveAnswers(
  response: ResponseRow,
  survey: Survey,
  update: { answers: Answers; cleared: string[]; sectionId: string },
  db: Database = getDb(),
): Promise<ResponseRow> {
  let current = response;
  for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
    if (current.status === 'completed') return current;
    const merged: Answers = { ...(current.answers as Answers), ...update.answers };
    for (const id of update.cleared) delete merged[id];
    const answers = pruneAnswers(survey, merged);
    const updatedAt = new Date();
    if (await saveIfUnchanged(db, { id: current.id, revision: current.revision, answers, sectionId: update.sectionId, updatedAt })) {
      return { ...current, answers, lastSectionId: update.sectionId, revision: current.revision + 1, updatedAt };
    }
    const reread = await findById(current.id, db);
    if (!reread) throw new Error(`response ${current.id} disappeared while saving`);
    current = reread;
  }
  throw new Error(`response ${response.id}: too many concurrent saves`);
}

export type CompleteResult =
  /** created: this call completed it (not an earlier one); lead: its answers make a lead (stored if an organisation takes it). */
  | { ok: true; response: ResponseRow; created?: boolean; lead?: boolean }
  | { ok: false; missingSectionId: string };

/**
 * Completes a response once. The family's facts and segments (and, for a
 * family whose report compares with peers, its peer_facts rows) are computed
 * from the stored answers and stored beside them in one atomic batch, so a
 * crash leaves either an unfinished response or a completed one with all its
 * scores, never half. The same batch writes the webhook event when the
 * survey has a webhook (an outbox row, delivered after), so a completion is
 * never announced without being stored, nor stored without being announced.
 * A Growth Test whose respondent consented to be contacted adds its lead to
 * the same batch (one insert, only then), so an acknowledged completion with
 * consent always has its lead.
 * Completing an already completed response changes nothing.
 */
export async function completeResponse(
  response: ResponseRow,
  survey: Survey,
  db: Database = getDb(),
  now = new Date(),
  /** `origin`: the site's address, for the link in a new lead's notification mail. */
  options: { origin?: string } = {},
): Promise<CompleteResult> {
  if (response.status === 'completed') return { ok: true, response };
  const answers = response.answers as Answers;
  const missing = missingAnswers(survey, answers);
  if (missing.length) return { ok: false, missingSectionId: missing[0].section.id };

  const family = familyOf(survey.id);
  if (!family) throw new Error(`no family registered for template "${survey.id}"`);
  const extracted = family.extractFacts(survey, answers);
  const segmentValues = family.extractSegments(survey, answers);
  const segments = Object.entries(segmentValues);
  const month = now.toISOString().slice(0, 7);
  const owner = { responseId: response.id, templateId: survey.id };
  const peers = peerFactRows({ ...owner, isDemo: response.isDemo }, family.report, extracted.facts, segmentValues);
  const lead = leadFromAnswers(survey.id, answers, response);
  const results = await db.batch([
    db
      .update(responses)
      .set({ status: 'completed', completedAt: now, updatedAt: now, overallScore: extracted.overall, headline: extracted.headline })
      .where(and(eq(responses.id, response.id), eq(responses.status, 'in_progress'))),
    // Counted before the facts are stored, and only while none of this response's are: a second
    // completion racing this one finds them stored and counts nothing twice.
    ...extracted.facts.map((fact) => countFactStatement(db, { instanceId: response.surveyInstanceId, responseId: response.id, key: fact.key, value: fact.value, month })),
    ...extracted.facts.map((fact) =>
      db
        .insert(responseFacts)
        .values({ ...owner, surveyInstanceId: response.surveyInstanceId, key: fact.key, value: fact.value, month })
        .onConflictDoNothing(),
    ),
    ...segments.map(([dimension, value]) => db.insert(responseSegments).values({ ...owner, dimension, value }).onConflictDoNothing()),
    ...(peers.length ? [db.insert(peerFacts).values(peers).onConflictDoNothing()] : []),
    ...(lead ? [leadInsertStatement(db, response, lead, now), leadEventStatement(db, response.id, options.origin ?? '', now)] : []),
    // Last: its result tells whether an event was written (below).
    completionEventStatement(db, { ...response, answers }, now),
  ]);
  // Only when an event was written: waking the worker costs a claim query, which a survey without a webhook
  // (and without a new lead) need not pay.
  const event = results.at(-1) as { rowsAffected?: number } | undefined;
  if (event?.rowsAffected || lead) wakeOutbox();
  const completed = await findById(response.id, db);
  return { ok: true, response: completed!, created: true, lead: lead !== null };
}

/** A completed response's segments (dimension → value), e.g. the Growth Test's sector and size band. */
export async function segmentsOf(responseId: string, db: Database = getDb()): Promise<Record<string, string>> {
  const rows = await db
    .select({ dimension: responseSegments.dimension, value: responseSegments.value })
    .from(responseSegments)
    .where(eq(responseSegments.responseId, responseId));
  return Object.fromEntries(rows.map((r) => [r.dimension, r.value]));
}
