/** A response by its id, for pages that reached it through something the actor may see (a lead of their organisation). */
import { eq } from 'drizzle-orm';
import { responses } from '../../../../db/schema.ts';
import { getDb, type Database } from '../db.ts';
import type { ResponseRow } from './responses.ts';

export async function findResponseById(id: string, db: Database = getDb()): Promise<ResponseRow | undefined> {
  return db.query.responses.findFirst({ where: eq(responses.id, id) });
}
