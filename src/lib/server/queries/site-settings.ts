/** Site-wide settings the administrator chooses (table site_settings, one row per key). */
import { eq } from 'drizzle-orm';
import { siteSettings } from '../../../../db/schema.ts';
import { getDb, type Database } from '../db.ts';

/** Which organisation the home page's Growth Test belongs to: its leads go to that organisation's inbox. */
export const HOME_TEST_ORGANISATION_KEY = 'home-test-organisation';

export async function readSetting(key: string, db: Database = getDb()): Promise<string | null> {
  const row = await db.query.siteSettings.findFirst({ where: eq(siteSettings.key, key) });
  return row?.value ?? null;
}

export async function writeSetting(key: string, value: string | null, db: Database = getDb(), now = new Date()): Promise<void> {
  await db
    .insert(siteSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: now } });
}
