/**
 * API keys: `koers_live_<id>.<secret>`. The id finds the row, only a hash of
 * the secret is stored (tokens.ts, as sessions and resume links), and a
 * revoked key opens nothing. A key acts as an `Actor`, so access.ts decides
 * what it sees exactly as for a person:
 * - an organisation's key as that organisation's coaches (its clients);
 * - an entrepreneur's key (companyId set) as that entrepreneur: their own
 *   company only. access.ts lets an entrepreneur run the surveys of their
 *   own company and nothing else; a key they make cannot be worth more than
 *   their own sign-in, even when their company is a coach's client.
 */
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { apiKeys } from '../../../../db/schema.ts';
import { API_KEY_LAST_USED_RESOLUTION_MS } from '../../limits.ts';
import type { Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { issueToken, parseToken, secretMatches } from '../tokens.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Every key starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'koers_live_';

/** Whose data a key reaches: an organisation's (as its coaches) or one company's (as its entrepreneur). */
export type KeyOwner = { organisationId: string; companyId: null } | { organisationId: string | null; companyId: string };

/** What is shown of a key after creation: its first characters, enough to tell keys apart. */
export function visiblePrefix(id: string): string {
  return `${API_KEY_PREFIX}${id.slice(0, 4)}…`;
}

/** Creates a key; the full key is returned only here and never stored. */
export async function createApiKey(
  owner: KeyOwner,
  name: string,
  createdBy: string | null,
  db: Database = getDb(),
): Promise<{ row: ApiKeyRow; key: string }> {
  const issued = issueToken();
  const [row] = await db
    .insert(apiKeys)
    .values({ id: issued.id, secretHash: Buffer.from(issued.secretHash), name, organisationId: owner.organisationId, companyId: owner.companyId, createdBy })
    .returning();
  return { row, key: `${API_KEY_PREFIX}${issued.token}` };
}

/** The key a bearer value names, when it is not revoked; null for anything else. */
export async function findActiveKey(key: string, db: Database = getDb()): Promise<ApiKeyRow | null> {
  if (!key.startsWith(API_KEY_PREFIX)) return null;
  const parts = parseToken(key.slice(API_KEY_PREFIX.length));
  if (!parts) return null;
  const row = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, parts.id) });
  if (!row || row.revokedAt || !secretMatches(parts.secret, row.secretHash)) return null;
  return row;
}

/** The actor a key acts as (see the module comment). */
export function keyActor(row: ApiKeyRow): Actor {
  // The id only matters for note authorship, which the API does not touch.
  const id = row.createdBy ?? `api-key:${row.id}`;
  if (row.companyId) return { id, role: 'entrepreneur', organisationId: null, companyId: row.companyId };
  return { id, role: 'consultant', organisationId: row.organisationId, companyId: null };
}

/** Records use; writes only when the stored time is older than the resolution, so a busy key writes once a minute. */
export async function touchApiKey(row: ApiKeyRow, now = new Date(), db: Database = getDb()): Promise<void> {
  if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < API_KEY_LAST_USED_RESOLUTION_MS) return;
  const staleBefore = new Date(now.getTime() - API_KEY_LAST_USED_RESOLUTION_MS);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
}

/** The keys of an owner, newest first, revoked ones included (the page shows them struck through). */
export async function listApiKeys(owner: KeyOwner, db: Database = getDb()): Promise<ApiKeyRow[]> {
  const where = owner.companyId ? eq(apiKeys.companyId, owner.companyId) : and(eq(apiKeys.organisationId, owner.organisationId!), isNull(apiKeys.companyId));
  return db.select().from(apiKeys).where(where).orderBy(desc(apiKeys.createdAt), apiKeys.id);
}

/** Revokes one of the owner's keys; false when it is not theirs (reads as unknown). */
export async function revokeApiKey(owner: KeyOwner, id: string, now = new Date(), db: Database = getDb()): Promise<boolean> {
  const keys = await listApiKeys(owner, db);
  const key = keys.find((k) => k.id === id);
  if (!key) return false;
  if (!key.revokedAt) await db.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, key.id));
  return true;
}

/** The keys a signed-in person manages: a coach their organisation's, an entrepreneur their company's; null for anyone else. */
export function keyOwnerOf(actor: Actor, companyOrganisationId: string | null = null): KeyOwner | null {
  if (actor?.role === 'consultant' && actor.organisationId) return { organisationId: actor.organisationId, companyId: null };
  if (actor?.role === 'entrepreneur' && actor.companyId) return { organisationId: companyOrganisationId, companyId: actor.companyId };
  return null;
}
