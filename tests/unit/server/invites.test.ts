import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { users } from '../../../db/schema.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import { acceptConsultantInvite, createInvite, openInvite } from '../../../src/lib/server/invites.ts';
import { createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

describe('accepting consultant invitations', () => {
  test('two invitations accepted with one address at the same moment: one account, the other told the address is taken', async () => {
    const organisation = await createOrganisation('Kantoor', null, db);
    const admin = await createUser({ email: 'admin@example.nl', name: 'Admin', password: 'admin-passphrase', role: 'admin' }, db);
    const tokens = await Promise.all([1, 2, 3].map(() => createInvite({ kind: 'consultant', organisationId: organisation.id, createdBy: admin.id }, Date.now(), db)));
    const invites = await Promise.all(tokens.map((token) => openInvite(token, Date.now(), db)));
    const values = { name: 'Coach', email: 'coach@example.nl', password: 'a fine passphrase', locale: 'nl' as const };

    const results = await Promise.all(invites.map((invite) => acceptConsultantInvite(invite!, values, db)));

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, field: 'email', code: 'taken' },
      { ok: false, field: 'email', code: 'taken' },
    ]);
    expect(await db.$count(users)).toBe(2);
    // The invitations that lost the race can still be used, with another address.
    const unused = (await Promise.all(tokens.map((token) => openInvite(token, Date.now(), db)))).filter(Boolean);
    expect(unused).toHaveLength(2);
  });
});
