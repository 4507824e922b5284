/**
 * Mail through the outbox to a real SMTP server on loopback: an invitation
 * with its status and one reminder, retries while the server refuses,
 * no second send after a crash between "accepted" and the record, and no
 * header injection through any field that reaches a mail.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { outbox } from '../../../../db/schema.ts';
import { createUser } from '../../../../src/lib/server/auth/accounts.ts';
import type { Database } from '../../../../src/lib/server/db.ts';
import { createMailHandler } from '../../../../src/lib/server/mail/deliver.ts';
import { mailStatement } from '../../../../src/lib/server/mail/enqueue.ts';
import { smtpTransport } from '../../../../src/lib/server/mail/transport.ts';
import { claimDue, recordAttempt } from '../../../../src/lib/server/outbox/outbox.ts';
import { createOrganisation } from '../../../../src/lib/server/queries/organisations.ts';
import { inviteClient, useGrowthTestInvite } from '../../../../src/lib/server/test-invitations.ts';
import { markInvitationOpened, resendInvitation, trackInvitations } from '../../../../src/lib/server/invitation-mails.ts';
import { openGrowthTestInvite } from '../../../../src/lib/server/test-invitations.ts';
import { issueToken } from '../../../../src/lib/server/tokens.ts';
import { startResponse } from '../../../../src/lib/server/queries/responses.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../../../src/lib/families/index.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../../src/lib/server/queries/surveys.ts';
import { startSmtpSink, type SmtpSink } from '../../../support/smtp-sink.ts';
import { openTempDb } from '../../support/temp-db.ts';

const FROM = 'Koers <noreply@koers.test>';
const DAY_MS = 24 * 60 * 60 * 1000;
let db: Database;
let close: () => void;
let sink: SmtpSink;
beforeEach(async () => {
  ({ db, close } = await openTempDb());
  sink = await startSmtpSink();
});
afterEach(async () => {
  close();
  await sink.close();
});

/** One worker round by hand, at `now`: claims what is due and delivers it. */
async function round(now = new Date()) {
  const handler = createMailHandler({ db: () => db, transport: () => smtpTransport(sink.url, FROM), from: () => FROM });
  const events = await claimDue(db, 'w1', 10, now);
  for (const event of events) {
    let outcome;
    try {
      outcome = await handler(event);
    } catch (error) {
      outcome = { ok: false, error: String(error) };
    }
    await recordAttempt(db, event, 'w1', { ...outcome, durationMs: 1 }, now);
  }
  return events.length;
}

async function coach(name = 'Ada Coach', organisationName = 'Kantoor') {
  const organisationId = (await createOrganisation(organisationName, null, db)).id;
  const user = await createUser({ email: 'coach@kantoor.test', name, password: 'a fine passphrase', role: 'consultant', organisationId }, db);
  return { id: user.id, role: user.role, organisationId, companyId: null, name };
}

describe('mail through the outbox', () => {
  test('an invitation arrives in its language with a working link; status sent → started → the reminder is skipped', async () => {
    const actor = await coach();
    const result = await inviteClient(actor, { companyId: '', newClientName: 'Bakkerij', email: 'klant@voorbeeld.test', reminderDays: '3', mailLocale: 'en' }, 'https://koers.test', 'nl', db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Stored with the invite, not yet sent: the request did not wait for a mail server.
    expect(sink.mails).toHaveLength(0);
    expect(await round()).toBe(1);
    const mail = await sink.waitFor((m) => m.to === 'klant@voorbeeld.test');
    expect(mail.subject).toBe('Kantoor invites you to take the Growth Test');
    const token = result.url.split('/uitnodiging/')[1];
    expect(mail.text).toContain(`https://koers.test/en/uitnodiging/${token}`);
    expect(mail.messageId).toMatch(/@koers\.test>$/);
    const inviteId = token.split('.')[0];
    expect((await trackInvitations([inviteId], db)).get(inviteId)?.state).toBe('sent');

    // The sent event keeps no link.
    const rows = await db.select().from(outbox);
    const sent = rows.find((r) => r.status === 'delivered')!;
    expect(JSON.stringify(sent.payload)).not.toContain(token.split('.')[1]);

    const responseToken = issueToken().token;
    const used = await useGrowthTestInvite(token, responseToken, Date.now(), db);
    await startResponse(responseToken, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey: currentSurvey(GROWTH_TEST_ID)! }, 'nl', used?.attribution, db);
    expect((await trackInvitations([inviteId], db)).get(inviteId)?.state).toBe('started');

    // Three days on, the reminder is due, and skipped: a test was started.
    expect(await round(new Date(Date.now() + 3 * DAY_MS + 1000))).toBe(1);
    expect(sink.mails).toHaveLength(1);
  });

  test('one reminder when nothing started; never a second', async () => {
    const actor = await coach();
    await inviteClient(actor, { companyId: '', newClientName: 'Bakkerij', email: 'klant@voorbeeld.test', reminderDays: '2' }, 'https://koers.test', 'nl', db);
    await round();
    expect(await round(new Date(Date.now() + DAY_MS))).toBe(0);
    await round(new Date(Date.now() + 2 * DAY_MS + 1000));
    await round(new Date(Date.now() + 20 * DAY_MS));
    expect(sink.mails.map((m) => m.subject)).toEqual(['Kantoor nodigt je uit voor de Groeitest', 'Herinnering: de Groeitest van Kantoor']);
  });

  test('resend: a new link in a new mail, the old link stops working; opened is kept; not for another organisation', async () => {
    const actor = await coach();
    const result = await inviteClient(actor, { companyId: '', newClientName: 'Bakkerij', email: 'klant@voorbeeld.test', reminderDays: '0' }, 'https://koers.test', 'nl', db);
    if (!result.ok) throw new Error(result.code);
    const oldToken = result.url.split('/uitnodiging/')[1];
    const inviteId = oldToken.split('.')[0];
    await round();
    await markInvitationOpened(inviteId, new Date(), db);
    const stranger = { id: 'x', role: 'consultant' as const, organisationId: (await createOrganisation('Ander', null, db)).id, companyId: null };
    expect(await resendInvitation(stranger, inviteId, 'https://koers.test', new Date(), db)).toBe(false);
    expect(await resendInvitation(actor, inviteId, 'https://koers.test', new Date(), db)).toBe(true);
    await round();
    expect(sink.mails).toHaveLength(2);
    const newToken = /uitnodiging\/(\S+)/.exec(sink.mails[1].text)![1];
    expect(newToken).not.toBe(oldToken);
    expect(newToken.split('.')[0]).toBe(inviteId);
    expect(await openGrowthTestInvite(oldToken, Date.now(), db)).toBeNull();
    expect(await openGrowthTestInvite(newToken, Date.now(), db)).not.toBeNull();
    expect((await trackInvitations([inviteId], db)).get(inviteId)?.state).toBe('opened');
  });

  test('a refusing server: the attempt fails, the mail goes out on a later round, once', async () => {
    sink.refusing = true;
    await mailStatement(db, { kind: 'resume-link', to: 'a@voorbeeld.test', locale: 'nl', data: { url: 'https://koers.test/hervatten/x.y' } }, { dedupeKey: 'r1' });
    await round();
    expect(sink.mails).toHaveLength(0);
    const [event] = await db.select().from(outbox);
    expect(event.status).toBe('pending');
    expect(event.attempts).toBe(1);
    sink.refusing = false;
    await round(new Date(Date.now() + 60_000));
    await round(new Date(Date.now() + 10 * 60_000));
    expect(sink.mails).toHaveLength(1);
  });

  test('an event already sent (the process died before recording it) is not sent again', async () => {
    await mailStatement(db, { kind: 'report-link', to: 'a@voorbeeld.test', locale: 'nl', data: { url: 'https://koers.test/rapport/x.y' } }, { dedupeKey: 'r2' });
    const handler = createMailHandler({ db: () => db, transport: () => smtpTransport(sink.url, FROM), from: () => FROM });
    const [event] = await claimDue(db, 'w1', 10);
    await handler(event);
    // No recordAttempt: killed here. The claim runs out and another worker takes it.
    const [again] = await claimDue(db, 'w2', 10, new Date(Date.now() + 120_000));
    expect(again.id).toBe(event.id);
    expect(await handler(again)).toEqual({ ok: true });
    expect(sink.mails).toHaveLength(1);
  });

  test("a respondent's own address (resume and report link) leaves the outbox once sent; an invitation's stays as the record", async () => {
    await mailStatement(db, { kind: 'resume-link', to: 'resp@voorbeeld.test', locale: 'en', data: { url: 'https://koers.test/en/hervatten/x.y' } }, { dedupeKey: 'own1' });
    await mailStatement(db, { kind: 'report-link', to: 'resp@voorbeeld.test', locale: 'nl', data: { url: 'https://koers.test/rapport/x.y' } }, { dedupeKey: 'own2' });
    await mailStatement(db, { kind: 'password-reset', to: 'user@voorbeeld.test', locale: 'nl', data: { url: 'https://koers.test/r/x', expiresAt: new Date().toISOString() } }, { dedupeKey: 'own3' });
    const pending = JSON.stringify((await db.select().from(outbox)).map((row) => row.payload));
    // Until sent, the row must hold it: the worker sends later, and retries.
    expect(pending).toContain('resp@voorbeeld.test');
    await round();
    expect(sink.mails.map((m) => m.to).sort()).toEqual(['resp@voorbeeld.test', 'resp@voorbeeld.test', 'user@voorbeeld.test']);
    const sent = JSON.stringify((await db.select().from(outbox)).map((row) => row.payload));
    expect(sent).not.toContain('resp@voorbeeld.test');
    expect(sent).not.toContain('hervatten');
    expect(sent).toContain('user@voorbeeld.test');
  });

  test('the same dedupe key twice stores one mail', async () => {
    const mail = { kind: 'resume-link', to: 'a@voorbeeld.test', locale: 'nl', data: { url: 'https://koers.test/hervatten/x.y' } } as const;
    await mailStatement(db, mail, { dedupeKey: 'same' });
    await mailStatement(db, mail, { dedupeKey: 'same' });
    expect(await db.select().from(outbox)).toHaveLength(1);
  });

  test('no header injection through the coach, organisation, company or addressee name', async () => {
    const evil = 'X\r\nBcc: victim@evil.test\r\nSubject: pwned';
    const actor = await coach(evil, evil);
    const result = await inviteClient(actor, { companyId: '', newClientName: evil, email: 'klant@voorbeeld.test', reminderDays: '0' }, 'https://koers.test', 'nl', db);
    expect(result.ok).toBe(true);
    await mailStatement(
      db,
      {
        kind: 'lead-notification',
        to: 'coach@voorbeeld.test',
        toName: evil,
        locale: 'en',
        data: { organisation: evil, name: evil, company: evil, email: 'lead@voorbeeld.test', phone: evil.slice(0, 30), opportunity: evil, url: 'https://koers.test/dashboard' },
      },
      { dedupeKey: 'lead1' },
    );
    await round();
    expect(sink.mails).toHaveLength(2);
    for (const mail of sink.mails) {
      expect(mail.envelopeTo).toHaveLength(1);
      expect(mail.rawHeaders).not.toMatch(/^Bcc:/im);
      expect(mail.rawHeaders.match(/^Subject:/gim)).toHaveLength(1);
      expect(mail.html).not.toContain('<script');
    }
    // An address with a line break never gets stored.
    await expect(
      inviteClient(actor, { companyId: '', newClientName: 'A', email: 'klant@voorbeeld.test\r\nBcc: victim@evil.test' }, 'https://koers.test', 'nl', db),
    ).resolves.toEqual({ ok: false, code: 'invalid_email' });
    // The forms take <script>@x.nl as an address; a mail header cannot.
    for (const email of ['<script>@x.nl', 'a"b@c.nl', 'a,b@c.nl']) {
      await expect(inviteClient(actor, { companyId: '', newClientName: 'A', email }, 'https://koers.test', 'nl', db)).resolves.toEqual({ ok: false, code: 'invalid_email' });
    }
  });
});
