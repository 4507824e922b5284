/** Growth Test invitations: expiry and use limit the coach sets, revoking, and the end of a deleted consultant's links. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { GROWTH_INVITE_DAYS_DEFAULT, GROWTH_INVITE_DAYS_MAX, GROWTH_INVITE_USES_DEFAULT, GROWTH_INVITE_USES_MAX } from '../../../src/lib/limits.ts';
import { createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { deleteAccount } from '../../../src/lib/server/queries/privacy.ts';
import { startResponse } from '../../../src/lib/server/queries/responses.ts';
import {
  inviteClient,
  listGrowthTestInvites,
  openGrowthTestInvite,
  revokeGrowthTestInvite,
  useGrowthTestInvite,
} from '../../../src/lib/server/test-invitations.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../../src/lib/families/index.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { openTempDb } from '../support/temp-db.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ORIGIN = 'https://koers.example';
let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

async function consultant(email = 'coach@kantoor.test', organisationId?: string) {
  const orgId = organisationId ?? (await createOrganisation('Kantoor', null, db)).id;
  const user = await createUser({ email, name: 'Coach', password: 'a fine passphrase', role: 'consultant', organisationId: orgId }, db);
  return { id: user.id, role: user.role, organisationId: orgId, companyId: null };
}

async function invite(actor: Awaited<ReturnType<typeof consultant>>, terms: { days?: string; maxUses?: string } = {}) {
  const result = await inviteClient(actor, { companyId: '', newClientName: 'Klant BV', email: '', ...terms }, ORIGIN, 'nl', db);
  if (!result.ok) throw new Error(result.code);
  return result.url.split('/uitnodiging/')[1];
}

/** A respondent starts a test through the link, as the start page does. */
async function startThrough(token: string) {
  const responseToken = issueToken().token;
  const used = await useGrowthTestInvite(token, responseToken, Date.now(), db);
  await startResponse(responseToken, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey: currentSurvey(GROWTH_TEST_ID)! }, 'nl', used?.attribution, db);
  return { used, responseToken };
}

describe('Growth Test invitations', () => {
  test('an empty form takes the defaults', async () => {
    const actor = await consultant();
    await invite(actor);
    const [link] = await listGrowthTestInvites(actor, Date.now(), db);
    expect(link.maxUses).toBe(GROWTH_INVITE_USES_DEFAULT);
    expect(Math.round((link.expiresAt.getTime() - link.createdAt.getTime()) / DAY_MS)).toBe(GROWTH_INVITE_DAYS_DEFAULT);
    expect(link.status).toBe('active');
  });

  test.each([
    ['days', '0', 'invalid_days'],
    ['days', String(GROWTH_INVITE_DAYS_MAX + 1), 'invalid_days'],
    ['days', '2.5', 'invalid_days'],
    ['maxUses', '0', 'invalid_uses'],
    ['maxUses', String(GROWTH_INVITE_USES_MAX + 1), 'invalid_uses'],
    ['maxUses', 'veel', 'invalid_uses'],
  ])('%s = %j is refused with %s', async (name, value, code) => {
    const actor = await consultant();
    const result = await inviteClient(actor, { companyId: '', newClientName: 'Klant BV', email: '', [name]: value }, ORIGIN, 'nl', db);
    expect(result).toEqual({ ok: false, code });
  });

  test('a link expires after the days the coach set', async () => {
    const actor = await consultant();
    const token = await invite(actor, { days: '2' });
    expect(await openGrowthTestInvite(token, Date.now() + DAY_MS, db)).not.toBeNull();
    expect(await openGrowthTestInvite(token, Date.now() + 2 * DAY_MS + 1000, db)).toBeNull();
    const [link] = await listGrowthTestInvites(actor, Date.now() + 3 * DAY_MS, db);
    expect(link.status).toBe('expired');
  });

  test('a link starts at most the number of tests the coach set; a repeated start counts once', async () => {
    const actor = await consultant();
    const token = await invite(actor, { maxUses: '2' });
    const first = await startThrough(token);
    expect(first.used?.attribution.invitedBy).toBe(actor.id);
    // The same start posted again (a double click) finds its test and takes no second use.
    expect(await useGrowthTestInvite(token, first.responseToken, Date.now(), db)).not.toBeNull();
    expect((await startThrough(token)).used).not.toBeNull();
    expect((await startThrough(token)).used).toBeNull();
    expect(await openGrowthTestInvite(token, Date.now(), db)).toBeNull();
    const [link] = await listGrowthTestInvites(actor, Date.now(), db);
    expect([link.uses, link.status]).toEqual([2, 'used_up']);
  });

  test('parallel starts cannot take more uses than the limit', async () => {
    const actor = await consultant();
    const token = await invite(actor, { maxUses: '3' });
    const results = await Promise.all(Array.from({ length: 10 }, () => startThrough(token)));
    expect(results.filter((r) => r.used).length).toBe(3);
  });

  test('a revoked link opens nothing; only its own organisation can revoke it', async () => {
    const actor = await consultant();
    const outsider = await consultant('ander@elders.test');
    const token = await invite(actor);
    const [link] = await listGrowthTestInvites(actor, Date.now(), db);
    expect(await revokeGrowthTestInvite(outsider, link.id, new Date(), db)).toBe(false);
    expect(await openGrowthTestInvite(token, Date.now(), db)).not.toBeNull();
    expect(await revokeGrowthTestInvite(actor, link.id, new Date(), db)).toBe(true);
    expect(await openGrowthTestInvite(token, Date.now(), db)).toBeNull();
    expect((await startThrough(token)).used).toBeNull();
    expect((await listGrowthTestInvites(actor, Date.now(), db))[0].status).toBe('revoked');
    expect(await listGrowthTestInvites(outsider, Date.now(), db)).toEqual([]);
  });

  test("deleting the consultant's account ends their links", async () => {
    const actor = await consultant();
    const colleague = await consultant('collega@kantoor.test', actor.organisationId);
    const token = await invite(actor);
    await deleteAccount(actor.id, db);
    expect(await openGrowthTestInvite(token, Date.now(), db)).toBeNull();
    expect((await listGrowthTestInvites(colleague, Date.now(), db))[0].status).toBe('ended');
  });
});
