/**
 * The canvas pages' flows: who may see, fill in and comment on a company's
 * Business Model Canvas (access.ts), loading a version with its result and
 * comments, and the three posts (save, new version, comment). Anything the
 * actor may not see reads as unknown (null, a 404).
 */
import { findConstraints, heatOf, isBlank, emptyCanvas, variantSubjects, CANVAS_BLOCKS, type CanvasBlock, type Constraint, type Heat } from '../analyses/canvas/model.ts';
import { CanvasSaveSchema, CommentSchema, NewVersionSchema, canvasFromForm } from '../forms/canvas.ts';
import { parseForm } from '../forms/parse-form.ts';
import { field } from '../forms/read-form.ts';
import { CANVAS_VERSIONS_MAX } from '../limits.ts';
import { can, type Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { findCompany, type CompanyRow } from './queries/organisations.ts';
import { canvasVersionsOf, commentsOf, countCanvasVersions, insertCanvasVersion, insertComment, updateCanvasBlocks, type CanvasVersion, type CoachComment } from './queries/canvas.ts';
import { throttle } from './throttle/throttle.ts';
import type { Throttle } from './throttle/window.ts';

/** The company when the actor may see it (entrepreneur of it, coach of its organisation, admin); null reads as unknown. */
export async function visibleCompany(actor: Actor, companyId: string, db: Database = getDb()): Promise<CompanyRow | null> {
  const company = companyId ? await findCompany(companyId, db) : undefined;
  return company && can(actor, { action: 'view-company', company }) ? company : null;
}

export interface CanvasResult {
  heat: Record<CanvasBlock, Heat>;
  constraints: Constraint[];
  variantQuestions: ReturnType<typeof variantSubjects>;
}

export function canvasResult(version: CanvasVersion): CanvasResult | null {
  if (isBlank(version.blocks)) return null;
  const constraints = findConstraints(version.blocks);
  return {
    heat: Object.fromEntries(CANVAS_BLOCKS.map((b) => [b, heatOf(version.blocks[b])])) as Record<CanvasBlock, Heat>,
    constraints,
    variantQuestions: variantSubjects(constraints),
  };
}

export interface CanvasPage {
  company: CompanyRow;
  versions: CanvasVersion[];
  /** The version shown; null before the first save. */
  current: CanvasVersion | null;
  /** The version set beside it for comparison, when asked for. */
  beside: CanvasVersion | null;
  result: CanvasResult | null;
  comments: CoachComment[];
  mayEdit: boolean;
  mayComment: boolean;
}

/** A version number from the query string; anything else is the latest. */
const versionNumber = (raw: string | null) => (raw && /^[0-9]{1,4}$/.test(raw) ? Number(raw) : null);

export async function loadCanvasPage(actor: Actor, companyId: string, search: URLSearchParams, db: Database = getDb()): Promise<CanvasPage | null> {
  const company = await visibleCompany(actor, companyId, db);
  if (!company) return null;
  const versions = await canvasVersionsOf(company.id, db);
  const wanted = versionNumber(search.get('versie'));
  const current = versions.find((v) => v.number === wanted) ?? versions.at(-1) ?? null;
  const besideNumber = versionNumber(search.get('naast'));
  const beside = besideNumber !== null && besideNumber !== current?.number ? (versions.find((v) => v.number === besideNumber) ?? null) : null;
  return {
    company,
    versions,
    current,
    beside,
    result: current ? canvasResult(current) : null,
    comments: current ? await commentsOf(company.id, current.id, db) : [],
    mayEdit: can(actor, { action: 'edit-canvas', company }),
    mayComment: can(actor, { action: 'comment-for-client', company }),
  };
}

export type CanvasPostOutcome =
  | { kind: 'done'; version: number; notice: 'saved' | 'version-made' | 'commented' }
  | { kind: 'invalid'; action: 'save' | 'new-version' | 'comment'; values: Record<string, string>; fieldErrors: Record<string, string> }
  | { kind: 'throttled'; action: 'save' | 'new-version' | 'comment'; values: Record<string, string>; throttle: Throttle }
  | { kind: 'not-found' };

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !(key in values)) values[key] = value;
  return values;
}

/**
 * A post on the canvas page: save the shown version, make a new version
 * from it (named), or a coach's comment on one block. The version posted
 * to is the one in the query string (the latest without one).
 */
export async function submitCanvasPost(actor: Actor, companyId: string, search: URLSearchParams, form: FormData, firstVersionName: string, db: Database = getDb()): Promise<CanvasPostOutcome> {
  const company = await visibleCompany(actor, companyId, db);
  if (!company || !actor) return { kind: 'not-found' };
  const action = field(form, 'action');
  const versions = await canvasVersionsOf(company.id, db);
  const wanted = versionNumber(search.get('versie'));
  const current = versions.find((v) => v.number === wanted) ?? versions.at(-1) ?? null;

  if (action === 'comment') {
    if (!can(actor, { action: 'comment-for-client', company }) || !current) return { kind: 'not-found' };
    const parsed = parseForm(CommentSchema, form);
    if (!parsed.ok) return { kind: 'invalid', action, values: parsed.values, fieldErrors: parsed.fieldErrors };
    const throttled = await throttle('canvasWrite', actor.id);
    if (!throttled.allowed) return { kind: 'throttled', action, values: formValues(form), throttle: throttled };
    await insertComment({ companyId: company.id, versionId: current.id, subject: parsed.data.block, authorId: actor.id, body: parsed.data.body }, db);
    return { kind: 'done', version: current.number, notice: 'commented' };
  }

  if (!can(actor, { action: 'edit-canvas', company })) return { kind: 'not-found' };

  if (action === 'new-version') {
    const parsed = parseForm(NewVersionSchema, form);
    if (!parsed.ok) return { kind: 'invalid', action, values: parsed.values, fieldErrors: parsed.fieldErrors };
    if ((await countCanvasVersions(company.id, db)) >= CANVAS_VERSIONS_MAX) return { kind: 'invalid', action, values: { name: parsed.data.name }, fieldErrors: { name: 'too_many_versions' } };
    const throttled = await throttle('canvasWrite', actor.id);
    if (!throttled.allowed) return { kind: 'throttled', action, values: formValues(form), throttle: throttled };
    await insertCanvasVersion(company.id, parsed.data.name, current?.blocks ?? emptyCanvas(), db);
    const after = await canvasVersionsOf(company.id, db);
    return { kind: 'done', version: after.at(-1)?.number ?? 1, notice: 'version-made' };
  }

  const parsed = parseForm(CanvasSaveSchema, form);
  if (!parsed.ok) return { kind: 'invalid', action: 'save', values: parsed.values, fieldErrors: parsed.fieldErrors };
  const throttled = await throttle('canvasWrite', actor.id);
  if (!throttled.allowed) return { kind: 'throttled', action: 'save', values: formValues(form), throttle: throttled };
  const blocks = canvasFromForm(parsed.data);
  if (!current) {
    await insertCanvasVersion(company.id, firstVersionName, blocks, db);
    return { kind: 'done', version: 1, notice: 'saved' };
  }
  await updateCanvasBlocks(company.id, current.id, blocks, new Date(), db);
  return { kind: 'done', version: current.number, notice: 'saved' };
}
