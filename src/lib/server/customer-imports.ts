/**
 * Saved customer lists (issue 11): every import a new version per company,
 * earlier ones kept. `replaceCustomers` writes one import in one atomic
 * batch; the preview store keeps a parsed file between its preview and its
 * save, server-side, keyed by a random id.
 */
import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { customerImports, customerPreviews, importedCustomers } from '../../../db/schema.ts';
import { CUSTOMER_PREVIEW_TTL_MS } from '../limits.ts';
import { analyseSegmentation } from '../segmentation/analyse.ts';
import { CustomerSchema, type Customer } from '../segmentation/customer.ts';
import { segmentationFigures, type SegmentationFigures } from '../segmentation/figures.ts';
import { DEFAULT_THRESHOLDS } from '../segmentation/quadrants.ts';
import type { RejectedRow } from '../segmentation/reasons.ts';
import { describeRowReason } from '../segmentation/reason-text.ts';
import type { Locale } from '../surveys/schema.ts';
import type { Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { randomId } from './tokens.ts';
import { z } from 'zod';

/** What a successful parse holds; what is previewed and saved. */
export interface ParsedImport {
  rows: Customer[];
  rejected: RejectedRow[];
  emptyRowsIgnored: number;
}

/** Rows per INSERT: 12 columns × 500 stays far below SQLite's limit of bound variables. */
const INSERT_CHUNK = 500;

export interface SavedImport {
  id: string;
  version: number;
  label: string;
  customerCount: number;
  createdAt: Date;
}

/**
 * Saves the parsed customers as the company's next version, all or nothing
 * (one batch: the import row and every customer row, or none). The version
 * number is taken inside the same statement, so two saves at once get 1 and
 * 2, never the same number (the unique index would refuse the second).
 */
export async function replaceCustomers(db: Database, companyId: string, parsed: ParsedImport, actor: Actor, label: string): Promise<SavedImport> {
  const id = randomId();
  const statements = [
    db.insert(customerImports).values({
      id,
      companyId,
      version: sql`(select coalesce(max(${customerImports.version}), 0) + 1 from ${customerImports} where ${customerImports.companyId} = ${companyId})`,
      label,
      customerCount: parsed.rows.length,
      createdBy: actor?.id ?? null,
    }),
    ...chunks(parsed.rows, INSERT_CHUNK).map((chunk, c) =>
      db.insert(importedCustomers).values(chunk.map((row, i) => ({ importId: id, position: c * INSERT_CHUNK + i, ...row }))),
    ),
  ] as const;
  await db.batch(statements as unknown as Parameters<Database['batch']>[0]);
  const [saved] = await db.select().from(customerImports).where(eq(customerImports.id, id));
  return { id, version: saved.version, label: saved.label, customerCount: saved.customerCount, createdAt: saved.createdAt };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The answer of an import (the page's notice, the API's PUT): counts and each refused row with its reason in words. */
export function importResultSummary(parsed: ParsedImport, locale: Locale = 'en') {
  return {
    imported: parsed.rows.length,
    rejected: parsed.rejected.map((r) => ({ row: r.row, reason: describeRowReason(r.reason, locale) })),
    emptyRowsIgnored: parsed.emptyRowsIgnored,
  };
}

/** A company's imports, newest first. */
export async function listImports(companyId: string, db: Database = getDb()): Promise<SavedImport[]> {
  return db
    .select({ id: customerImports.id, version: customerImports.version, label: customerImports.label, customerCount: customerImports.customerCount, createdAt: customerImports.createdAt })
    .from(customerImports)
    .where(eq(customerImports.companyId, companyId))
    .orderBy(desc(customerImports.version));
}

/** The customers of one import, in the order imported. */
export async function customersOf(importId: string, db: Database = getDb()): Promise<Customer[]> {
  const rows = await db.select().from(importedCustomers).where(eq(importedCustomers.importId, importId)).orderBy(asc(importedCustomers.position));
  return rows.map(({ importId: _i, position: _p, ...customer }) => customer);
}

const PreviewPayloadSchema = z.object({
  rows: z.array(CustomerSchema),
  rejected: z.array(z.object({ row: z.number().int(), reason: z.object({ code: z.string() }).passthrough() })),
  emptyRowsIgnored: z.number().int().min(0),
});

/** Keeps a parsed file for its save; replaces the user's earlier preview for the company and drops expired ones. */
export async function storePreview(userId: string, companyId: string, parsed: ParsedImport, now = new Date(), db: Database = getDb()): Promise<string> {
  const id = randomId();
  await db.batch([
    db.delete(customerPreviews).where(lt(customerPreviews.expiresAt, now)),
    db.delete(customerPreviews).where(and(eq(customerPreviews.userId, userId), eq(customerPreviews.companyId, companyId))),
    db.insert(customerPreviews).values({ id, userId, companyId, payload: JSON.stringify(parsed), expiresAt: new Date(now.getTime() + CUSTOMER_PREVIEW_TTL_MS) }),
  ]);
  return id;
}

/** The preview, only for the user and company it was made for and before it expires. */
export async function findPreview(userId: string, companyId: string, id: string, now = new Date(), db: Database = getDb()): Promise<ParsedImport | null> {
  const [row] = await db.select().from(customerPreviews).where(and(eq(customerPreviews.id, id), eq(customerPreviews.userId, userId), eq(customerPreviews.companyId, companyId)));
  if (!row || row.expiresAt < now) return null;
  return PreviewPayloadSchema.parse(JSON.parse(row.payload)) as ParsedImport;
}

/**
 * Saves a preview as the next version. The preview is deleted first, so a
 * double submit saves once; a crash between the two loses only the preview
 * (the file is read in again), never half an import.
 */
export async function savePreview(actor: NonNullable<Actor>, companyId: string, previewId: string, label: string, db: Database = getDb()): Promise<SavedImport | null> {
  const parsed = await findPreview(actor.id, companyId, previewId, new Date(), db);
  if (!parsed || parsed.rows.length === 0) return null;
  const deleted = await db.delete(customerPreviews).where(eq(customerPreviews.id, previewId)).returning({ id: customerPreviews.id });
  // A second submit of the same form finds the preview gone.
  if (deleted.length === 0) return null;
  return replaceCustomers(db, companyId, parsed, actor, label);
}

/**
 * The figures of a company's newest import at the default thresholds (the
 * API's GET segmentation and the 360° report), or null before any import.
 */
export async function currentSegmentationFigures(companyId: string, db: Database = getDb()): Promise<SegmentationFigures | null> {
  const [newest] = await listImports(companyId, db);
  if (!newest) return null;
  return segmentationFigures(analyseSegmentation(await customersOf(newest.id, db), DEFAULT_THRESHOLDS));
}
