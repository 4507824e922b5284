/**
 * Looks straight into a test database file, past the server: what is really
 * stored, and whether it is whole. The invariants here hold after any fault
 * (a crash, a flood of bad requests, several processes at once); fault tests
 * check them at the end.
 */
import { createClient, type Client } from '@libsql/client';
import { isValidStoredAnswer, type Answers } from '../../src/lib/surveys/answers.ts';
import { getSurvey } from '../../src/lib/surveys/definitions/index.ts';
import { pruneAnswers } from '../../src/lib/surveys/engine.ts';
import { scoreGrowthTest } from '../../src/lib/scoring/growth-test.ts';
import { installBusyWorkaround } from '../../src/lib/server/libsql-busy-workaround.ts';

export interface StoredResponse {
  id: string;
  status: 'in_progress' | 'completed';
  answers: Answers;
  surveyId: string;
  surveyVersion: number;
  revision: number;
  overallScore: number | null;
  completedAt: number | null;
  secretHash: Uint8Array;
}

export interface StoredAreaScore {
  responseId: string;
  area: string;
  score: number;
}

/** A client for reading the file while (or after) servers use it; waits for their locks like they do. */
export function openDatabase(url: string): Client {
  // The test's own connections must not be poisoned by a busy failure either (see the workaround).
  installBusyWorkaround();
  return createClient({ url, timeout: 5000 });
}

export async function readResponses(db: Client): Promise<StoredResponse[]> {
  const result = await db.execute(
    'select id, status, answers, survey_id, survey_version, revision, overall_score, completed_at, secret_hash from responses',
  );
  return result.rows.map((row) => ({
    id: String(row.id),
    status: row.status as StoredResponse['status'],
    answers: JSON.parse(String(row.answers)) as Answers,
    surveyId: String(row.survey_id),
    surveyVersion: Number(row.survey_version),
    revision: Number(row.revision),
    overallScore: row.overall_score === null ? null : Number(row.overall_score),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
    secretHash: new Uint8Array(row.secret_hash as ArrayBuffer),
  }));
}

export async function readAreaScores(db: Client): Promise<StoredAreaScore[]> {
  const result = await db.execute('select response_id, area, score from area_scores');
  return result.rows.map((row) => ({ responseId: String(row.response_id), area: String(row.area), score: Number(row.score) }));
}

/**
 * Every way the stored data can be broken, as readable lines (empty when
 * whole): the file's own integrity, answers the definition would refuse or
 * that belong to hidden questions, completed responses without their full
 * set of area scores, area scores on unfinished or missing responses.
 */
export async function findDamage(db: Client): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await db.execute('pragma integrity_check');
  const verdict = String(integrity.rows[0]?.[0]);
  if (verdict !== 'ok') problems.push(`integrity_check: ${verdict}`);

  const responses = await readResponses(db);
  const scores = await readAreaScores(db);
  const byResponse = new Map<string, StoredAreaScore[]>();
  for (const score of scores) byResponse.set(score.responseId, [...(byResponse.get(score.responseId) ?? []), score]);

  for (const response of responses) {
    const survey = getSurvey(response.surveyId, response.surveyVersion);
    if (!survey) {
      problems.push(`${response.id}: unknown survey ${response.surveyId} v${response.surveyVersion}`);
      continue;
    }
    const questions = new Map(survey.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    for (const [id, value] of Object.entries(response.answers)) {
      const question = questions.get(id);
      if (!question) problems.push(`${response.id}: answer to unknown question ${JSON.stringify(id)}`);
      else if (!isValidStoredAnswer(question, value)) problems.push(`${response.id}: invalid answer ${id}=${JSON.stringify(value)}`);
    }
    const pruned = pruneAnswers(survey, response.answers);
    if (Object.keys(pruned).length !== Object.keys(response.answers).length) {
      problems.push(`${response.id}: answers to hidden questions are stored`);
    }

    const stored = byResponse.get(response.id) ?? [];
    if (response.status === 'in_progress') {
      if (stored.length > 0) problems.push(`${response.id}: unfinished, yet has ${stored.length} area scores`);
      if (response.completedAt !== null) problems.push(`${response.id}: unfinished, yet has a completion time`);
      continue;
    }
    if (response.completedAt === null) problems.push(`${response.id}: completed without a completion time`);
    const expected = scoreGrowthTest(survey, response.answers).areas.filter((a) => a.score !== null);
    if (stored.length !== expected.length) {
      problems.push(`${response.id}: completed with ${stored.length} area scores, expected ${expected.length}`);
    }
    for (const area of expected) {
      const row = stored.find((s) => s.area === area.area);
      if (!row || Math.abs(row.score - area.score!) > 1e-6) {
        problems.push(`${response.id}: area ${area.area} stored ${row?.score}, expected ${area.score}`);
      }
    }
  }
  const ids = new Set(responses.map((r) => r.id));
  for (const score of scores) {
    if (!ids.has(score.responseId)) problems.push(`area score for missing response ${score.responseId}`);
  }
  return problems;
}
