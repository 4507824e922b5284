/**
 * Everything the consultant's client page shows, in one call: the client's
 * record, the notes, the history and the latest report as the client sees
 * it. null when the id is unknown or outside the actor's reach.
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

export interface ClientPage {
  client: ClientRecord;
  history: ClientHistory;
  notes: NoteView[];
  latest: { completedAt: Date | null; report: GrowthReport } | null;
}

export async function loadClientPage(actor: Actor, id: string, locale: Locale): Promise<ClientPage | null> {
  const client = await findClient(actor, id);
  if (!client) return null;
  const newest = client.tests.at(-1);
  const opened = newest ? await findVisibleResponse(actor, newest.responseId) : null;
  const report = opened ? await reportFor(opened.response, locale) : null;
  return {
    client,
    history: clientHistory(client.tests, locale),
    notes: await notesOf(actor, { id: client.id, organisationId: client.organisationId }),
    latest: opened && report ? { completedAt: opened.response.completedAt, report } : null,
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
