/**
 * Looks straight into a test database file, past the server: what is really
 * stored, and whether it is whole. The invariants here hold after any fault
 * (a crash, a flood of bad requests, several processes at once); fault tests
 * check them at the end.
 */
import { createClient, type Client } from '@libsql/client';
import { isValidStoredAnswer, type Answers } from '../../src/lib/surveys/answers.ts';
import { familyOf, getSurvey } from '../../src/lib/families/index.ts';
import { pruneAnswers } from '../../src/lib/surveys/engine.ts';
import { installBusyWorkaround } from '../../src/lib/server/libsql-busy-workaround.ts';
import { INVITE_TTL_MS } from '../../src/lib/limits.ts';

export interface StoredResponse {
  id: string;
  status: 'in_progress' | 'completed';
  answers: Answers;
  surveyInstanceId: string;
  templateId: string;
  templateVersion: number;
  revision: number;
  overallScore: number | null;
  completedAt: number | null;
  secretHash: Uint8Array;
}

export interface StoredFact {
  responseId: string;
  key: string;
  value: number;
}

/** A client for reading the file while (or after) servers use it; waits for their locks like they do. */
export function openDatabase(url: string): Client {
  // The test's own connections must not be poisoned by a busy failure either (see the workaround).
  installBusyWorkaround();
  return createClient({ url, timeout: 5000 });
}

export async function readResponses(db: Client): Promise<StoredResponse[]> {
  const result = await db.execute(
    'select id, status, answers, survey_instance_id, template_id, template_version, revision, overall_score, completed_at, secret_hash from responses',
  );
  return result.rows.map((row) => ({
    id: String(row.id),
    status: row.status as StoredResponse['status'],
    answers: JSON.parse(String(row.answers)) as Answers,
    surveyInstanceId: String(row.survey_instance_id),
    templateId: String(row.template_id),
    templateVersion: Number(row.template_version),
    revision: Number(row.revision),
    overallScore: row.overall_score === null ? null : Number(row.overall_score),
    completedAt: row.completed_at === null ? null : Number(row.completed_at),
    secretHash: new Uint8Array(row.secret_hash as ArrayBuffer),
  }));
}

export async function readFacts(db: Client): Promise<StoredFact[]> {
  const result = await db.execute('select response_id, key, value from response_facts');
  return result.rows.map((row) => ({ responseId: String(row.response_id), key: String(row.key), value: Number(row.value) }));
}

/**
 * Every way the stored data can be broken, as readable lines (empty when
 * whole): the file's own integrity, answers the definition would refuse or
 * that belong to hidden questions, responses without a survey instance,
 * completed responses without exactly the facts their family extracts,
 * facts of unfinished or missing responses, and
 * the account tables' invariants (`findAccountDamage`).
 */
export async function findDamage(db: Client): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await db.execute('pragma integrity_check');
  const verdict = String(integrity.rows[0]?.[0]);
  if (verdict !== 'ok') problems.push(`integrity_check: ${verdict}`);

  const responses = await readResponses(db);
  const facts = await readFacts(db);
  const byResponse = new Map<string, StoredFact[]>();
  for (const fact of facts) byResponse.set(fact.responseId, [...(byResponse.get(fact.responseId) ?? []), fact]);
  const instances = new Set((await db.execute('select id from surveys')).rows.map((row) => String(row.id)));

  for (const response of responses) {
    if (!instances.has(response.surveyInstanceId)) problems.push(`${response.id}: no survey instance ${response.surveyInstanceId}`);
    const survey = getSurvey(response.templateId, response.templateVersion);
    const family = familyOf(response.templateId);
    if (!survey || !family) {
      problems.push(`${response.id}: unknown template ${response.templateId} v${response.templateVersion}`);
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
      if (stored.length > 0) problems.push(`${response.id}: unfinished, yet has ${stored.length} facts`);
      if (response.completedAt !== null) problems.push(`${response.id}: unfinished, yet has a completion time`);
      continue;
    }
    if (response.completedAt === null) problems.push(`${response.id}: completed without a completion time`);
    const expected = family.extractFacts(survey, response.answers).facts;
    if (stored.length !== expected.length) {
      problems.push(`${response.id}: completed with ${stored.length} facts, expected ${expected.length}`);
    }
    for (const fact of expected) {
      const row = stored.find((s) => s.key === fact.key && Math.abs(s.value - fact.value) <= 1e-6);
      if (!row) problems.push(`${response.id}: fact ${fact.key}=${fact.value} not stored`);
    }
  }
  const ids = new Set(responses.map((r) => r.id));
  for (const fact of facts) {
    if (!ids.has(fact.responseId)) problems.push(`fact for missing response ${fact.responseId}`);
  }
  problems.push(...(await findAccountDamage(db)));
  return problems;
}

/** What the sign-up and sign-in forms accept as an e-mail address, after trimming and lower-casing. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Control characters (C0, DEL, C1): never in a name or an address. */
const CONTROL = /\p{Cc}/u;
/** A note may hold line breaks and tabs, no other control character (and no CR: line ends are stored as LF). */
const NOTE_CONTROL = /[^\P{Cc}\n\t]/u;
/** What @node-rs/argon2 writes: argon2id, version 19, its parameters, salt and hash. */
const ARGON2ID_HASH = /^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;
/** Longest names and notes the forms accept (src/lib/forms/parse-form.ts). */
const MAX_NAME = 120;
const MAX_NOTE = 5000;
const MAX_TASK = 300;
/** An action item's due day as the form stores it: a real day of this century. */
function dayProblem(day: unknown): string | null {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return `not a day: ${JSON.stringify(day)}`;
  const [year, month, date] = day.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return year >= 2000 && year <= 2099 && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date ? null : `no such day: ${day}`;
}
/** Invitation and reset lifetimes (src/lib/limits.ts), plus a second for clock steps. */
const LONGEST_INVITE_MS = INVITE_TTL_MS + 1000;

const rows = async (db: Client, query: string) => (await db.execute(query)).rows as unknown as Record<string, unknown>[];

/** A name as the forms store it: trimmed, not empty, not too long, no control characters. */
function nameProblem(name: unknown, max = MAX_NAME): string | null {
  if (typeof name !== 'string') return `not text: ${JSON.stringify(name)}`;
  if (name.trim() !== name) return `not trimmed: ${JSON.stringify(name.slice(0, 60))}`;
  if (name.length === 0) return 'empty';
  if (name.length > max) return `${name.length} characters, over ${max}`;
  if (CONTROL.test(name)) return `control character in ${JSON.stringify(name.slice(0, 60))}`;
  return null;
}

/**
 * The account tables' invariants: users with a well-formed address and an
 * argon2id hash and a role that fits their organisation and company;
 * sessions, notes, action items and invitations that point at what exists
 * and may be pointed at (a note's author or an item's maker works for the
 * client's organisation, a consultant invitation names an organisation, a
 * client invitation's client belongs to the inviting organisation); names,
 * notes and action items as the forms store them.
 */
export async function findAccountDamage(db: Client): Promise<string[]> {
  const problems: string[] = [];
  const organisations = new Map((await rows(db, 'select id, name, retention_months from organisations')).map((o) => [String(o.id), o]));
  const companies = new Map((await rows(db, 'select id, name, organisation_id from companies')).map((c) => [String(c.id), c]));
  const users = new Map(
    (await rows(db, 'select id, email, name, password_hash, role, organisation_id, company_id, locale from users')).map((u) => [String(u.id), u]),
  );

  for (const [id, org] of organisations) {
    const problem = nameProblem(org.name);
    if (problem) problems.push(`organisation ${id}: name ${problem}`);
    const months = org.retention_months;
    if (months !== null && !(Number.isInteger(Number(months)) && Number(months) >= 1 && Number(months) <= 240)) {
      problems.push(`organisation ${id}: retention ${months} months`);
    }
  }
  for (const [id, company] of companies) {
    const problem = nameProblem(company.name);
    if (problem) problems.push(`company ${id}: name ${problem}`);
    if (company.organisation_id !== null && !organisations.has(String(company.organisation_id))) problems.push(`company ${id}: missing organisation`);
  }

  for (const [id, user] of users) {
    const email = String(user.email);
    if (email !== email.trim().toLowerCase() || email.length > 254 || !EMAIL_SHAPE.test(email) || CONTROL.test(email)) {
      problems.push(`user ${id}: e-mail ${JSON.stringify(email.slice(0, 80))}`);
    }
    const nameIssue = nameProblem(user.name);
    if (nameIssue) problems.push(`user ${id}: name ${nameIssue}`);
    if (!ARGON2ID_HASH.test(String(user.password_hash))) problems.push(`user ${id}: password hash is not argon2id`);
    if (!['nl', 'en'].includes(String(user.locale))) problems.push(`user ${id}: locale ${user.locale}`);
    const org = user.organisation_id === null ? null : String(user.organisation_id);
    const company = user.company_id === null ? null : String(user.company_id);
    if (org !== null && !organisations.has(org)) problems.push(`user ${id}: missing organisation`);
    if (company !== null && !companies.has(company)) problems.push(`user ${id}: missing company`);
    switch (user.role) {
      case 'admin':
        if (org !== null || company !== null) problems.push(`user ${id}: administrator tied to an organisation or company`);
        break;
      case 'consultant':
        if (org === null || company !== null) problems.push(`user ${id}: consultant without an organisation, or with a company`);
        break;
      case 'entrepreneur':
        if (org !== null) problems.push(`user ${id}: entrepreneur in an organisation`);
        break;
      default:
        problems.push(`user ${id}: role ${JSON.stringify(user.role)}`);
    }
  }

  for (const session of await rows(db, 'select id, user_id, length(secret_hash) as hash_bytes, expires_at, created_at from sessions')) {
    if (!users.has(String(session.user_id))) problems.push(`session ${session.id}: missing user`);
    if (Number(session.hash_bytes) !== 32) problems.push(`session ${session.id}: secret hash of ${session.hash_bytes} bytes`);
    if (Number(session.expires_at) <= Number(session.created_at)) problems.push(`session ${session.id}: expires before it was made`);
  }

  for (const note of await rows(db, 'select id, company_id, author_id, body from notes')) {
    const body = note.body;
    if (typeof body !== 'string' || body.trim() !== body || body.length === 0 || body.length > MAX_NOTE || NOTE_CONTROL.test(body)) {
      problems.push(`note ${note.id}: body ${JSON.stringify(String(body).slice(0, 60))} (${String(body).length} characters)`);
    }
    const company = companies.get(String(note.company_id));
    if (!company) problems.push(`note ${note.id}: missing company`);
    if (note.author_id === null) continue;
    const author = users.get(String(note.author_id));
    if (!author) problems.push(`note ${note.id}: missing author`);
    else if (author.role === 'entrepreneur') problems.push(`note ${note.id}: written by an entrepreneur`);
    else if (author.role === 'consultant' && company && author.organisation_id !== company.organisation_id) {
      problems.push(`note ${note.id}: author of organisation ${author.organisation_id} on a client of ${company.organisation_id}`);
    }
  }

  for (const item of await rows(db, 'select id, company_id, created_by, text, owner, due_on, done_at from action_items')) {
    const label = `action item ${item.id}`;
    const textIssue = nameProblem(item.text, MAX_TASK);
    if (textIssue) problems.push(`${label}: text ${textIssue}`);
    const ownerIssue = nameProblem(item.owner);
    if (ownerIssue) problems.push(`${label}: owner ${ownerIssue}`);
    const dayIssue = dayProblem(item.due_on);
    if (dayIssue) problems.push(`${label}: due ${dayIssue}`);
    if (item.done_at !== null && !Number.isFinite(Number(item.done_at))) problems.push(`${label}: done at ${JSON.stringify(item.done_at)}`);
    const company = companies.get(String(item.company_id));
    if (!company) problems.push(`${label}: missing company`);
    if (item.created_by === null) continue;
    const creator = users.get(String(item.created_by));
    if (!creator) problems.push(`${label}: missing creator`);
    else if (creator.role === 'entrepreneur') problems.push(`${label}: made by an entrepreneur`);
    else if (creator.role === 'consultant' && company && creator.organisation_id !== company.organisation_id) {
      problems.push(`${label}: made by a coach of organisation ${creator.organisation_id} on a client of ${company.organisation_id}`);
    }
  }

  for (const invite of await rows(
    db,
    'select id, kind, organisation_id, company_id, user_id, created_by, length(secret_hash) as hash_bytes, expires_at, created_at from invites',
  )) {
    const label = `invite ${invite.id} (${invite.kind})`;
    const org = invite.organisation_id === null ? null : String(invite.organisation_id);
    const company = invite.company_id === null ? null : companies.get(String(invite.company_id));
    const creator = invite.created_by === null ? null : users.get(String(invite.created_by));
    if (Number(invite.hash_bytes) !== 32) problems.push(`${label}: secret hash of ${invite.hash_bytes} bytes`);
    const lifetime = Number(invite.expires_at) - Number(invite.created_at);
    if (lifetime <= 0 || lifetime > LONGEST_INVITE_MS) problems.push(`${label}: valid for ${lifetime} ms`);
    if (invite.created_by !== null && !creator) problems.push(`${label}: missing creator`);
    if (invite.company_id !== null && !company) problems.push(`${label}: missing company`);
    switch (invite.kind) {
      case 'consultant':
        if (org === null || !organisations.has(org)) problems.push(`${label}: missing organisation`);
        if (invite.company_id !== null || invite.user_id !== null) problems.push(`${label}: names a company or user`);
        if (creator && creator.role !== 'admin') problems.push(`${label}: made by a ${creator.role}`);
        break;
      case 'password-reset':
        if (invite.user_id === null || !users.has(String(invite.user_id))) problems.push(`${label}: missing user`);
        if (org !== null || invite.company_id !== null) problems.push(`${label}: names an organisation or company`);
        if (creator && creator.role !== 'admin') problems.push(`${label}: made by a ${creator.role}`);
        break;
      case 'growth-test':
        if (org === null || !organisations.has(org)) problems.push(`${label}: missing organisation`);
        if (company && company.organisation_id !== org) problems.push(`${label}: client of organisation ${company.organisation_id}, invite of ${org}`);
        if (creator && creator.role === 'consultant' && creator.organisation_id !== org) problems.push(`${label}: made by a consultant of another organisation`);
        if (creator && creator.role === 'entrepreneur') problems.push(`${label}: made by an entrepreneur`);
        break;
      default:
        problems.push(`${label}: unknown kind`);
    }
  }
  return problems;
}
