/**
 * Everything the consultant's client page shows, in one call: the client's
 * record and contacts, the action items, the notes, the history, and the
 * latest report as the client sees it with its answers weakest first. null
 * when the id is unknown or outside the actor's reach. And the page's form
 * posts: notes and action items.
 */
import { z } from 'zod';
import { fields, parseForm } from '../forms/parse-form.ts';
import { clientHistory, type ClientHistory } from '../reports/client-history.ts';
import type { GrowthReport } from '../families/growth-test/report.ts';
import type { Locale } from '../surveys/schema.ts';
import type { Actor } from './auth/access.ts';
import { findClient, findVisibleResponse, manageableCompany, type ClientRecord } from './queries/clients.ts';
import { addNote, deleteNote, notesOf, updateNote, type NoteView } from './queries/notes.ts';
import { actionItemsOf, addActionItem, deleteActionItem, setActionItemDone, type ActionItemView } from './queries/action-items.ts';
import { reportFor } from './reports.ts';
import { clientContacts, type ClientContact } from './queries/client-contacts.ts';
import { statementsWeakestFirst } from '../families/growth-test/explain.ts';
import { getSurvey } from '../families/index.ts';
import type { Answers } from '../surveys/answers.ts';
import { messages, pick } from '../i18n/index.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

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
  actionItems: ActionItemView[];
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

export async function loadClientPage(actor: Actor, id: string, locale: Locale, now = new Date()): Promise<ClientPage | null> {
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
    actionItems: await actionItemsOf(actor, { id: client.id, organisationId: client.organisationId }, now),
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

/** A refused or failed note form: which one, what was typed, and the errors (none when only the throttle refused it). */
export interface FailedNote {
  kind: 'invalid';
  action: 'add-note' | 'edit-note';
  noteId?: string;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  /** Set when nothing was wrong with it but the account is past clientPageWrite. */
  throttle?: Throttle;
}

export type NotePostOutcome = { kind: 'done'; notice: (typeof NOTE_NOTICES)[keyof typeof NOTE_NOTICES] } | FailedNote | { kind: 'throttled'; throttle: Throttle } | { kind: 'not-found' };

/**
 * Counts a post that is about to write against the account's limit. Only
 * valid posts count (an invalid one writes nothing), so a coach's typos
 * never use up the budget.
 */
async function pastWriteLimit(actor: Actor): Promise<Throttle | null> {
  // No actor never gets this far (manageableCompany is null for nobody).
  if (!actor) return null;
  const counted = await throttle('clientPageWrite', actor.id);
  return counted.allowed ? null : counted;
}

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
  const refused = await pastWriteLimit(actor);
  if (refused) {
    if (post.action === 'delete-note') return { kind: 'throttled', throttle: refused };
    return { kind: 'invalid', action: post.action, noteId: post.action === 'edit-note' ? post.noteId : undefined, values: { body: post.body }, fieldErrors: {}, throttle: refused };
  }
  const done =
    post.action === 'add-note'
      ? await addNote(actor, company, post.body)
      : post.action === 'edit-note'
        ? await updateNote(actor, company.id, post.noteId, post.body)
        : await deleteNote(actor, company.id, post.noteId);
  return done ? { kind: 'done', notice: NOTE_NOTICES[post.action] } : { kind: 'not-found' };
}

const itemId = z.string().regex(/^[a-z0-9]{1,64}$/);
const ActionItemPostSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add-action-item'), text: fields.task, owner: fields.name, dueOn: fields.day }),
  z.object({ action: z.literal('finish-action-item'), itemId }),
  z.object({ action: z.literal('reopen-action-item'), itemId }),
  z.object({ action: z.literal('delete-action-item'), itemId }),
]);
type ActionItemAction = z.infer<typeof ActionItemPostSchema>['action'];

/** Which notice the page shows after an action-item post redirects back (?actie=...). */
export const ACTION_ITEM_NOTICES = {
  'add-action-item': 'toegevoegd',
  'finish-action-item': 'afgerond',
  'reopen-action-item': 'heropend',
  'delete-action-item': 'verwijderd',
} as const satisfies Record<ActionItemAction, string>;

/** The fields of the add form, in the order the error summary lists them. */
export const ACTION_ITEM_FIELDS = ['text', 'owner', 'dueOn'] as const;

/** A refused or failed add form: what was typed, and the errors (none when only the throttle refused it). */
export interface FailedActionItem {
  kind: 'invalid';
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  throttle?: Throttle;
}

export type ActionItemPostOutcome =
  | { kind: 'done'; notice: (typeof ACTION_ITEM_NOTICES)[ActionItemAction] }
  | FailedActionItem
  | { kind: 'throttled'; throttle: Throttle }
  | { kind: 'not-found' };

/** Whether a post on the client page is one of the action-item forms (otherwise it is a note form). */
export function isActionItemPost(form: FormData): boolean {
  const action = form.get('action');
  return typeof action === 'string' && Object.hasOwn(ACTION_ITEM_NOTICES, action);
}

/**
 * An action-item form posted on the client page: add, tick off, reopen or
 * delete. A missing text, owner or day (or one too long, or a day that does
 * not exist) comes back as field errors with what was typed; an item (or
 * client) the actor may not change reads as unknown, as does a mangled id.
 */
export async function submitActionItemPost(actor: Actor, companyId: string, form: FormData, now = new Date()): Promise<ActionItemPostOutcome> {
  const company = await manageableCompany(actor, companyId);
  if (!company) return { kind: 'not-found' };
  const parsed = parseForm(ActionItemPostSchema, form);
  if (!parsed.ok) {
    // Only the add form has fields to correct; the others carry nothing but an id, which the page never made wrong.
    if (parsed.values.action !== 'add-action-item') return { kind: 'not-found' };
    return { kind: 'invalid', values: parsed.values, fieldErrors: parsed.fieldErrors };
  }
  const post = parsed.data;
  const refused = await pastWriteLimit(actor);
  if (refused) {
    if (post.action !== 'add-action-item') return { kind: 'throttled', throttle: refused };
    return { kind: 'invalid', values: { text: post.text, owner: post.owner, dueOn: post.dueOn }, fieldErrors: {}, throttle: refused };
  }
  const done =
    post.action === 'add-action-item'
      ? await addActionItem(actor, company, { text: post.text, owner: post.owner, dueOn: post.dueOn })
      : post.action === 'delete-action-item'
        ? await deleteActionItem(actor, company.id, post.itemId)
        : await setActionItemDone(actor, company.id, post.itemId, post.action === 'finish-action-item', now);
  return done ? { kind: 'done', notice: ACTION_ITEM_NOTICES[post.action] } : { kind: 'not-found' };
}

