/**
 * Everything the consultant's client page shows, in one call: the client's
 * record and contacts, the notes, the history, and the latest report as the
 * client sees it with its answers weakest first. null when the id is unknown or outside the actor's reach.
 */
import { z } from 'zod';
import { fields, parseForm } from '../forms/parse-form.ts';
import { clientHistory, type ClientHistory } from '../reports/client-history.ts';
import type { GrowthReport } from '../families/growth-test/report.ts';
import type { Locale } from '../surveys/schema.ts';
import type { Actor } from './auth/access.ts';
import { findClient, findVisibleResponse, manageableCompany, type ClientRecord } from './queries/clients.ts';
import { addNote, deleteNote, notesOf, updateNote, type NoteView } from './queries/notes.ts';
import { reportFor } from './reports.ts';
import { clientContacts, type ClientContact } from './queries/client-contacts.ts';
import { statementsWeakestFirst } from '../families/growth-test/explain.ts';
import { getSurvey } from '../families/index.ts';
import type { Answers } from '../surveys/answers.ts';
import { messages, pick } from '../i18n/index.ts';

/** One statement of the latest test as the coach's answers view shows it. */
export interface ClientAnswer {
  text: string;
  /** The area's name as the report names it. */
  area: string;
  /** The answer in words ("Mostly disagree"). */
  answer: string;
}

export interface ClientPage {
  client: ClientRecord;
  contacts: ClientContact[];
  history: ClientHistory;
  notes: NoteView[];
  latest: { completedAt: Date | null; report: GrowthReport; answers: ClientAnswer[] } | null;
}

function answersView(response: { templateId: string; templateVersion: number; answers: unknown }, report: GrowthReport, locale: Locale): ClientAnswer[] {
  const survey = getSurvey(response.templateId, response.templateVersion);
  if (!survey) return [];
  const agreement = messages(locale).survey.agreement as Record<string, string>;
  const areaName = new Map(report.areas.map((a) => [a.area, a.name]));
  return statementsWeakestFirst(survey, response.answers as Answers).map((s) => ({
    text: pick(s.text, locale),
    area: areaName.get(s.area) ?? s.area,
    answer: agreement[String(s.value)] ?? String(s.value),
  }));
}

export async function loadClientPage(actor: Actor, id: string, locale: Locale): Promise<ClientPage | null> {
  const client = await findClient(actor, id);
  if (!client) return null;
  const newest = client.tests.at(-1);
  const opened = newest ? await findVisibleResponse(actor, newest.responseId) : null;
  const report = opened ? await reportFor(opened.response, locale) : null;
  return {
    client,
    contacts: await clientContacts(client.id),
    history: clientHistory(client.tests, locale),
    notes: await notesOf(actor, { id: client.id, organisationId: client.organisationId }),
    latest: opened && report ? { completedAt: opened.response.completedAt, report, answers: answersView(opened.response, report, locale) } : null,
  };
}

const noteId = z.string().regex(/^[a-z0-9]{1,64}$/);
const NotePostSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add-note'), body: fields.note }),
  z.object({ action: z.literal('edit-note'), noteId, body: fields.note }),
  z.object({ action: z.literal('delete-note'), noteId }),
]);

/** Which notice the page shows after a note post redirects back (?notitie=...). */
export const NOTE_NOTICES = { 'add-note': 'toegevoegd', 'edit-note': 'opgeslagen', 'delete-note': 'verwijderd' } as const;

export type NotePostOutcome =
  | { kind: 'done'; notice: (typeof NOTE_NOTICES)[keyof typeof NOTE_NOTICES] }
  | { kind: 'invalid'; action: 'add-note' | 'edit-note'; noteId?: string; values: Record<string, string>; fieldErrors: Record<string, string> }
  | { kind: 'not-found' };

/**
 * A note form posted on the client page: add, edit or delete. An empty or
 * overlong note comes back as field errors; a note (or client) the actor
 * may not change reads as unknown.
 */
export async function submitNotePost(actor: Actor, companyId: string, form: FormData): Promise<NotePostOutcome> {
  const company = await manageableCompany(actor, companyId);
  if (!company) return { kind: 'not-found' };
  const parsed = parseForm(NotePostSchema, form);
  if (!parsed.ok) {
    const action = parsed.values.action === 'edit-note' ? 'edit-note' : 'add-note';
    return { kind: 'invalid', action, noteId: parsed.values.noteId, values: parsed.values, fieldErrors: parsed.fieldErrors };
  }
  const post = parsed.data;
  const done =
    post.action === 'add-note'
      ? await addNote(actor, company, post.body)
      : post.action === 'edit-note'
        ? await updateNote(actor, company.id, post.noteId, post.body)
        : await deleteNote(actor, company.id, post.noteId);
  return done ? { kind: 'done', notice: NOTE_NOTICES[post.action] } : { kind: 'not-found' };
}
