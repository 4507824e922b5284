/**
 * What Koers keeps and for how long: the personal export, deletion that
 * leaves nothing readable in the database files, and retention.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { actionItems, notes, peerFacts, peerValueCounts, responseFacts, responseSegments, responses, sessions } from '../../../db/schema.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import { createSession, deleteExpiredSessions } from '../../../src/lib/server/auth/session.ts';
import { applyToEveryConnection, PER_CONNECTION_PRAGMAS } from '../../../src/lib/server/db.ts';
import { ANONYMOUS_TEST_RETENTION_MONTHS, SESSION_TTL_MS } from '../../../src/lib/limits.ts';
import { createCompany, createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { applyRetention, deleteAccount, deleteCompany, exportUserData } from '../../../src/lib/server/queries/privacy.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../../src/lib/families/index.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { openTempDb } from '../support/temp-db.ts';
import { expectPeerCountsMatchPeerFacts } from '../support/peer-counts.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
let close: (() => void) | undefined;
afterEach(() => close?.());

async function tempDb() {
  const temp = await openTempDb();
  close = temp.close;
  return temp;
}

/** An entrepreneur with a company, a coach's note on it and an action item saying the same. */
async function entrepreneurWithNote(db: Awaited<ReturnType<typeof tempDb>>['db'], name: string, note: string) {
  const organisation = await createOrganisation('Adviesbureau Privé', null, db);
  const company = await createCompany({ organisationId: organisation.id, name: `${name} BV` }, db);
  const coach = await createUser({ email: 'coach@prive.test', name: 'Coach', password: 'a fine passphrase', role: 'consultant', organisationId: organisation.id }, db);
  const user = await createUser({ email: 'eigenaar@prive.test', name, password: 'a fine passphrase', role: 'entrepreneur', companyId: company.id }, db);
  await db.insert(notes).values({ id: 'note-1', companyId: company.id, authorId: coach.id, body: note });
  await db.insert(actionItems).values({ id: 'item-1', companyId: company.id, createdBy: coach.id, text: `Bespreken: ${note}`, owner: name, dueOn: '2027-03-01' });
  return { user, company };
}

describe('the personal export', () => {
  test("includes the coaches' notes and action items about the person's company", async () => {
    const { db } = await tempDb();
    const { user } = await entrepreneurWithNote(db, 'Erik Exportman', 'Wil in 2027 een tweede vestiging openen.');
    const data = await exportUserData(user.id, db);
    expect(data?.notes.map((n) => n.body)).toEqual(['Wil in 2027 een tweede vestiging openen.']);
    expect(data?.actionItems).toEqual([expect.objectContaining({ text: 'Bespreken: Wil in 2027 een tweede vestiging openen.', owner: 'Erik Exportman', dueOn: '2027-03-01', doneAt: null })]);
  });
});

describe('deleting an account', () => {
  test('leaves the deleted name, note and action item readable in neither the database file nor its WAL', async () => {
    const { db, client, url } = await tempDb();
    await client.execute('PRAGMA journal_mode=WAL');
    // The server's settings on every pooled connection (src/lib/server/db.ts).
    await applyToEveryConnection(client, PER_CONNECTION_PRAGMAS);
    const name = 'Zwaantje Qwertyuiop';
    const note = 'Vertrouwelijk: Xylofoonfabriek-Geheim-4711 staat op omvallen.';
    const { user } = await entrepreneurWithNote(db, name, note);
    await startResponse(issueToken().token, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey: currentSurvey(GROWTH_TEST_ID)! }, 'nl', { companyId: (await exportUserData(user.id, db))!.company!.id }, db);
    const file = fileURLToPath(url);
    await deleteAccount(user.id, db);
    for (const path of [file, `${file}-wal`]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      for (const text of [name, 'Xylofoonfabriek-Geheim-4711', 'eigenaar@prive.test']) {
        expect(bytes.includes(Buffer.from(text)), `${text} in ${path}`).toBe(false);
      }
    }
  });
});

describe('deleting responses', () => {
  // peer_facts holds a copy of each area score per peer group: a deleted test must leave no percentile behind.
  // With foreign keys off, as privacy.ts assumes they may be: the deletes must be explicit, not cascades.
  test('deleting a company, an account or by retention removes the tests’ facts, segments and peer facts', async () => {
    const { db, client } = await tempDb();
    await applyToEveryConnection(client, ['PRAGMA foreign_keys=OFF']);
    const survey = currentSurvey(GROWTH_TEST_ID)!;
    const now = new Date('2027-06-15T12:00:00Z');
    const old = new Date(now.getTime() - (ANONYMOUS_TEST_RETENTION_MONTHS * 31 + 1) * DAY_MS);
    const organisation = await createOrganisation('Vergeet mij', null, db);
    const company = await createCompany({ organisationId: organisation.id, name: 'Weg BV' }, db);
    const { user, company: own } = await entrepreneurWithNote(db, 'Eva Eigenaar', 'Een notitie.');
    const completed = async (attribution: Parameters<typeof startResponse>[3]) => {
      const started = await startResponse(issueToken().token, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey }, 'nl', attribution, db);
      const saved = await saveAnswers(started!, survey, { answers: demoAnswers(seededRandom(3)), cleared: [], sectionId: 'follow_up' }, db);
      const done = await completeResponse(saved, survey, db);
      if (!done.ok) throw new Error('incomplete');
      return done.response.id;
    };
    const kept = await completed({ organisationId: organisation.id });
    await completed({ companyId: company.id, organisationId: organisation.id });
    await completed({ companyId: own.id, organisationId: organisation.id });
    await completed({ createdAt: old });
    const peerRowsOf = async () => new Set((await db.select({ id: peerFacts.responseId }).from(peerFacts)).map((r) => r.id));
    expect((await peerRowsOf()).size).toBe(4);

    await deleteCompany(company.id, db);
    await deleteAccount(user.id, db);
    expect(await applyRetention(now, db)).toBe(1);
    for (const table of [peerFacts, responseFacts, responseSegments]) {
      expect(new Set((await db.select({ id: table.responseId }).from(table)).map((r) => r.id))).toEqual(new Set([kept]));
    }
    // The counts percentiles read went down with the rows: only the kept test's values are left, once each.
    await expectPeerCountsMatchPeerFacts(db);
    expect(await db.$count(peerValueCounts)).toBe(await db.$count(peerFacts));
  });
});

describe('retention', () => {
  test('deletes anonymous public tests after ANONYMOUS_TEST_RETENTION_MONTHS; keeps younger, claimed, demo and organisation tests', async () => {
    const { db } = await tempDb();
    const survey = currentSurvey(GROWTH_TEST_ID)!;
    const now = new Date('2027-06-15T12:00:00Z');
    const longAgo = new Date(now);
    longAgo.setMonth(longAgo.getMonth() - ANONYMOUS_TEST_RETENTION_MONTHS);
    const old = new Date(longAgo.getTime() - DAY_MS);
    const recent = new Date(longAgo.getTime() + DAY_MS);
    const organisation = await createOrganisation('Bewaart voor altijd', null, db);
    const company = await createCompany({ organisationId: organisation.id, name: 'Geclaimd BV' }, db);
    const start = async (label: string, attribution: Parameters<typeof startResponse>[3]) => {
      const response = await startResponse(issueToken().token, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey }, 'nl', attribution, db);
      return [label, response!.id] as const;
    };
    const rows = [
      await start('old anonymous', { createdAt: old }),
      await start('recent anonymous', { createdAt: recent }),
      await start('old demo', { createdAt: old, isDemo: true }),
      await start('old claimed', { createdAt: old, companyId: company.id, organisationId: organisation.id }),
      await start('old, organisation keeps forever', { createdAt: old, organisationId: organisation.id }),
    ];
    expect(await applyRetention(now, db)).toBe(1);
    const left = new Set((await db.select({ id: responses.id }).from(responses)).map((r) => r.id));
    expect(rows.filter(([, id]) => left.has(id)).map(([label]) => label)).toEqual(rows.slice(1).map(([label]) => label));
  });

  test('prunes expired sessions and keeps live ones', async () => {
    const { db } = await tempDb();
    const user = await createUser({ email: 'sessie@prive.test', name: 'Sessie', password: 'a fine passphrase', role: 'admin' }, db);
    const now = Date.now();
    await createSession(user.id, now - SESSION_TTL_MS - DAY_MS, db);
    const live = await createSession(user.id, now, db);
    expect(await deleteExpiredSessions(new Date(now), db)).toBe(1);
    const left = await db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.expiresAt.getTime())).toEqual([live.expiresAt.getTime()]);
  });
});
