import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { invites, outbox } from '../../../db/schema.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import { inviteConsultant } from '../../../src/lib/server/consultant-invitations.ts';
import { openInvite } from '../../../src/lib/server/invites.ts';
import { MailSchema } from '../../../src/lib/server/mail/message.ts';
import { createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
let adminId: string;
let organisationId: string;
beforeEach(async () => {
  ({ db, close } = await openTempDb());
  adminId = (await createUser({ email: 'admin@example.nl', name: 'Admin', password: 'admin-passphrase', role: 'admin' }, db)).id;
  organisationId = (await createOrganisation('Kantoor <Oost> & Co', null, db)).id;
});
afterEach(() => close());

const ORIGIN = 'https://koers.example';
const tokenOf = (url: string) => url.split('/uitnodiging/')[1]!;

describe('inviting a growth coach', () => {
  test('with an address: the invite and one mail in the chosen language, whose link is the invite shown', async () => {
    const result = await inviteConsultant({ organisationId, email: ' Coach@Example.NL ', mailLocale: 'en' }, adminId, ORIGIN, new Date(), db);
    expect(result).toMatchObject({ ok: true, mailedTo: 'coach@example.nl' });
    if (!result.ok) return;
    expect(result.url).toMatch(/^https:\/\/koers\.example\/en\/uitnodiging\//);
    expect((await openInvite(tokenOf(result.url), Date.now(), db))?.organisationId).toBe(organisationId);

    const rows = await db.select().from(outbox);
    expect(rows).toHaveLength(1);
    const mail = MailSchema.parse(rows[0]!.payload);
    expect(mail).toMatchObject({ kind: 'consultant-invitation', to: 'coach@example.nl', locale: 'en', data: { organisation: 'Kantoor <Oost> & Co', url: result.url } });
  });

  test('without an address: the link only, no mail', async () => {
    const result = await inviteConsultant({ organisationId, email: '', mailLocale: 'nl' }, adminId, ORIGIN, new Date(), db);
    expect(result).toMatchObject({ ok: true, mailedTo: null });
    expect(await db.$count(invites)).toBe(1);
    expect(await db.$count(outbox)).toBe(0);
  });

  test.each(['geen adres', 'coach@example.nl\r\nBcc: everyone@example.nl', 'a"b@example.nl', 'coach@example.nl, other@example.nl'])(
    'a bad address (%j) makes nothing at all',
    async (email) => {
      expect(await inviteConsultant({ organisationId, email, mailLocale: 'nl' }, adminId, ORIGIN, new Date(), db)).toEqual({ ok: false, code: 'invalid_email' });
      expect(await db.$count(invites)).toBe(0);
      expect(await db.$count(outbox)).toBe(0);
    },
  );

  test('an unknown organisation makes nothing', async () => {
    expect(await inviteConsultant({ organisationId: 'nope', email: 'coach@example.nl', mailLocale: 'nl' }, adminId, ORIGIN, new Date(), db)).toEqual({ ok: false, code: 'unknown_organisation' });
    expect(await db.$count(invites)).toBe(0);
  });
});
