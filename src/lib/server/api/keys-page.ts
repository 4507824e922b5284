/** What /dashboard/api-sleutels does: the signed-in person's keys, creating one (shown once) and revoking one. */
import { API_KEY_NAME_MAX_CHARS } from '../../limits.ts';
import { cleanLine } from '../../forms/parse-form.ts';
import type { Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { findCompany } from '../queries/organisations.ts';
import { createApiKey, keyOwnerOf, listApiKeys, revokeApiKey, visiblePrefix, type KeyOwner } from './keys.ts';

export interface KeyListItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revoked: boolean;
}

export type KeysPostOutcome = { kind: 'created'; key: string } | { kind: 'revoked' } | { kind: 'unknown' } | { kind: 'invalid-name'; name: string };

/** Whose keys the person manages; null when they manage none (an administrator, a person without a company). */
export async function keysOwner(actor: Actor, db: Database = getDb()): Promise<KeyOwner | null> {
  if (actor?.role === 'entrepreneur' && actor.companyId) {
    const company = await findCompany(actor.companyId, db);
    return company ? keyOwnerOf(actor, company.organisationId) : null;
  }
  return keyOwnerOf(actor);
}

export async function listKeys(owner: KeyOwner, db: Database = getDb()): Promise<KeyListItem[]> {
  return (await listApiKeys(owner, db)).map((k) => ({ id: k.id, name: k.name, prefix: visiblePrefix(k.id), createdAt: k.createdAt, lastUsedAt: k.lastUsedAt, revoked: k.revokedAt !== null }));
}

/** A post of the page: `action=revoke` with `key`, else a new key with `name`. */
export async function handleKeysPost(actor: NonNullable<Actor>, owner: KeyOwner, form: FormData, db: Database = getDb()): Promise<KeysPostOutcome> {
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
  if (text('action') === 'revoke') return (await revokeApiKey(owner, text('key').slice(0, 64), new Date(), db)) ? { kind: 'revoked' } : { kind: 'unknown' };
  const name = cleanLine(text('name'));
  if (!name || [...name].length > API_KEY_NAME_MAX_CHARS) return { kind: 'invalid-name', name: name.slice(0, API_KEY_NAME_MAX_CHARS * 2) };
  const { key } = await createApiKey(owner, name, actor.id, db);
  return { kind: 'created', key };
}
