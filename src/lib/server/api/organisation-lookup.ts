/** Finding the organisation an ops command means: its exact id, else its name (case-insensitive, every match). */
import { eq, sql } from 'drizzle-orm';
import { organisations } from '../../../../db/schema.ts';
import type { Database } from '../db.ts';
import type { OrganisationRow } from '../queries/organisations.ts';

export async function findOrganisationsNamed(wanted: string, db: Database): Promise<OrganisationRow[]> {
  const byId = await db.select().from(organisations).where(eq(organisations.id, wanted));
  if (byId.length) return byId;
  return db.select().from(organisations).where(sql`lower(${organisations.name}) = lower(${wanted})`);
}
