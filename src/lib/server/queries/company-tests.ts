/** The completed Growth Tests of one client company, newest first. */
import { and, desc, eq } from 'drizzle-orm';
import { responses } from '../../../../db/schema.ts';
import { getDb, type Database } from '../db.ts';

export async function completedTestsOf(companyId: string, db: Database = getDb()) {
  return db
    .select({ id: responses.id, completedAt: responses.completedAt, overallScore: responses.overallScore, opportunity: responses.opportunity })
    .from(responses)
    .where(and(eq(responses.companyId, companyId), eq(responses.status, 'completed')))
    .orderBy(desc(responses.completedAt));
}
