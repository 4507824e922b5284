/**
 * Session cookies of several coaches of a survey world's organisation: for
 * tests that post more owner writes than one owner's throttle allows
 * (webhookWrite), rotating over them.
 */
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { sessionCookie } from './accounts.ts';
import { DEMO_PASSWORD } from './demo-password.ts';
import type { SurveyWorld } from './instance-surveys.ts';

/** `count` cookies: the world's coach first, then new coaches of the same organisation. */
export async function ownerSessions(world: SurveyWorld, count: number): Promise<string[]> {
  const [{ organisationId }] = await world.db.select({ organisationId: users.organisationId }).from(users).where(eq(users.id, world.coach.id));
  const cookies = [await sessionCookie(world.db, world.coach.id)];
  for (let i = 1; i < count; i++) {
    const coach = await createUser({ email: `coach${i}@proefbureau.test`, name: `Coach ${i}`, password: DEMO_PASSWORD, role: 'consultant', organisationId }, world.db);
    cookies.push(await sessionCookie(world.db, coach.id));
  }
  return cookies;
}
