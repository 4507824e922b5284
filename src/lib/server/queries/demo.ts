/** Whether the database holds demo content, so pages can say so. */
import { eq } from 'drizzle-orm';
import { responses } from '../../../../db/schema.ts';
import { getDb } from '../db.ts';

export async function hasDemoData(): Promise<boolean> {
  const row = await getDb().select({ id: responses.id }).from(responses).where(eq(responses.isDemo, true)).limit(1);
  return row.length > 0;
}
