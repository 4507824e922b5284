/**
 * A consultant's private notes on a client company. The organisation's
 * consultants (and administrators) read and add them; only the author edits
 * or deletes one (access.ts, 'edit-note'). A note outside the actor's reach
 * reads as unknown: the functions return null or false, the page a 404.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import { companies, notes, users } from '../../../../db/schema.ts';
import { can, type Actor, type CompanyRef } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';

export interface NoteView {
  id: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  /** Whether this actor may edit and delete it. */
  editable: boolean;
}

/** Newest first. Empty when the actor may not manage the company. */
export async function notesOf(actor: Actor, company: CompanyRef, db: Database = getDb()): Promise<NoteView[]> {
  if (!can(actor, { action: 'manage-company', company })) return [];
  const rows = await db
    .select({ id: notes.id, body: notes.body, authorId: notes.authorId, authorName: users.name, createdAt: notes.createdAt, updatedAt: notes.updatedAt })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.companyId, company.id))
    .orderBy(desc(notes.createdAt), asc(notes.id));
  return rows.map(({ authorId, ...row }) => ({ ...row, editable: can(actor, { action: 'edit-note', note: { authorId }, company }) }));
}

export async function addNote(actor: Actor, company: CompanyRef, body: string, db: Database = getDb()): Promise<boolean> {
  if (!actor || !can(actor, { action: 'manage-company', company })) return false;
  await db.insert(notes).values({ id: randomId(), companyId: company.id, authorId: actor.id, body });
  return true;
}

/** The note with its company, when it belongs to that company and the actor may edit it. */
async function editableNote(actor: Actor, companyId: string, noteId: string, db: Database) {
  const [row] = await db
    .select({ id: notes.id, authorId: notes.authorId, companyId: companies.id, organisationId: companies.organisationId })
    .from(notes)
    .innerJoin(companies, eq(companies.id, notes.companyId))
    .where(and(eq(notes.id, noteId), eq(notes.companyId, companyId)));
  if (!row) return null;
  const company = { id: row.companyId, organisationId: row.organisationId };
  return can(actor, { action: 'edit-note', note: { authorId: row.authorId }, company }) ? row : null;
}

export async function updateNote(actor: Actor, companyId: string, noteId: string, body: string, now = new Date(), db: Database = getDb()): Promise<boolean> {
  if (!(await editableNote(actor, companyId, noteId, db))) return false;
  await db.update(notes).set({ body, updatedAt: now }).where(eq(notes.id, noteId));
  return true;
}

export async function deleteNote(actor: Actor, companyId: string, noteId: string, db: Database = getDb()): Promise<boolean> {
  if (!(await editableNote(actor, companyId, noteId, db))) return false;
  await db.delete(notes).where(eq(notes.id, noteId));
  return true;
}
