/**
 * The coach's organisation's own public Growth Test (the `gt-<orgId>`
 * instance invitations already start on): its public link and QR code.
 * Whoever takes the test through it and consents becomes the
 * organisation's lead.
 */
import type { Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { publicLink, qrCodeOf } from './owner-surveys.ts';
import { organisationGrowthTest } from './queries/surveys.ts';

/** The public link of the actor's organisation's Growth Test; null for anyone who is not one of its coaches. */
export async function organisationTestLink(actor: Actor, origin: string, db: Database = getDb()): Promise<string | null> {
  if (actor?.role !== 'consultant' || !actor.organisationId) return null;
  return publicLink(await organisationGrowthTest(actor.organisationId, db), origin);
}

export async function organisationTestQr(actor: Actor, origin: string, format: 'png' | 'svg', db: Database = getDb()): Promise<Uint8Array<ArrayBuffer> | string | null> {
  const url = await organisationTestLink(actor, origin, db);
  return url === null ? null : qrCodeOf(url, format);
}
