/**
 * A company's canvas versions and the coach comments the client reads.
 * Callers check access first (src/lib/server/canvas.ts); these only read
 * and write rows.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { canvasVersions, coachComments, users } from '../../../../db/schema.ts';
import { readCanvas, type CanvasBlocks } from '../../analyses/canvas/model.ts';
import { COACH_COMMENTS_MAX_PER_SUBJECT } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';

export interface CanvasVersion {
  id: string;
  number: number;
  name: string;
  blocks: CanvasBlocks;
  createdAt: Date;
  updatedAt: Date | null;
}

const toVersion = (row: typeof canvasVersions.$inferSelect): CanvasVersion => ({
  id: row.id,
  number: row.number,
  name: row.name,
  blocks: readCanvas(row.blocks),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Oldest first. */
export async function canvasVersionsOf(companyId: string, db: Database = getDb()): Promise<CanvasVersion[]> {
  const rows = await db.select().from(canvasVersions).where(eq(canvasVersions.companyId, companyId)).orderBy(asc(canvasVersions.number));
  return rows.map(toVersion);
}

/**
 * Adds a version numbered after the company's last. The number is taken
 * inside the insert itself, so two saves at once cannot both take it (the
 * unique index refuses the second, which the caller reports as a conflict).
 */
export async function insertCanvasVersion(companyId: string, name: string, blocks: CanvasBlocks, db: Database = getDb()): Promise<string> {
  const id = randomId();
  await db.run(sql`
    insert into canvas_versions (id, company_id, number, name, blocks)
    values (${id}, ${companyId}, (select coalesce(max(number), 0) + 1 from canvas_versions where company_id = ${companyId}), ${name}, ${JSON.stringify(blocks)})`);
  return id;
}

export async function countCanvasVersions(companyId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(canvasVersions).where(eq(canvasVersions.companyId, companyId));
  return Number(row?.n ?? 0);
}

/** Replaces one version's blocks; false when the version is not the company's. */
export async function updateCanvasBlocks(companyId: string, versionId: string, blocks: CanvasBlocks, now = new Date(), db: Database = getDb()): Promise<boolean> {
  const result = await db
    .update(canvasVersions)
    .set({ blocks, updatedAt: now })
    .where(and(eq(canvasVersions.id, versionId), eq(canvasVersions.companyId, companyId)));
  return result.rowsAffected > 0;
}

export interface CoachComment {
  id: string;
  subject: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
}

/** Comments on a canvas version (per block) or, with versionId null, on the report; oldest first, the newest COACH_COMMENTS_MAX_PER_SUBJECT per subject. */
export async function commentsOf(companyId: string, versionId: string | null, db: Database = getDb()): Promise<CoachComment[]> {
  const rows = await db
    .select({ id: coachComments.id, subject: coachComments.subject, body: coachComments.body, authorName: users.name, createdAt: coachComments.createdAt })
    .from(coachComments)
    .leftJoin(users, eq(users.id, coachComments.authorId))
    .where(and(eq(coachComments.companyId, companyId), versionId === null ? isNull(coachComments.canvasVersionId) : eq(coachComments.canvasVersionId, versionId)))
    .orderBy(desc(coachComments.createdAt), desc(coachComments.id));
  const perSubject = new Map<string, number>();
  const kept = rows.filter((row) => {
    const n = (perSubject.get(row.subject) ?? 0) + 1;
    perSubject.set(row.subject, n);
    return n <= COACH_COMMENTS_MAX_PER_SUBJECT;
  });
  return kept.reverse();
}

export async function insertComment(
  input: { companyId: string; versionId: string | null; subject: string; authorId: string; body: string },
  db: Database = getDb(),
): Promise<void> {
  await db.insert(coachComments).values({ id: randomId(), companyId: input.companyId, canvasVersionId: input.versionId, subject: input.subject, authorId: input.authorId, body: input.body });
}
