import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { companies, leads, outbox, responses, users } from '../../../db/schema.ts';
import { createLeadEventHandler } from '../../../src/lib/server/lead-notify.ts';
import { outboxMailer } from '../../../src/lib/server/mailer.ts';
import type { OutboxEvent } from '../../../src/lib/server/outbox/outbox.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { acceptLead, countNewLeads, findLead, listLeads, setLeadStatus } from '../../../src/lib/server/queries/leads.ts';
import { HOME_TEST_ORGANISATION_KEY, writeSetting } from '../../../src/lib/server/queries/site-settings.ts';
import { createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { SITE_GROWTH_TEST_INSTANCE, organisationGrowthTest } from '../../../src/lib/server/queries/surveys.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { openTempDb } from '../support/temp-db.ts';
import type { Answers } from '../../../src/lib/surveys/answers.ts';
import type { Database } from '../../../src/lib/server/db.ts';

let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

const contact = { consent: 'yes', name: 'Anna', company: 'Bakkerij Anna', email: 'anna@example.nl' };

async function complete(instanceId: string, organisationId: string | null, extra: Answers) {
  const { token } = issueToken();
  const started = (await startResponse(token, { instanceId, survey }, 'nl', { organisationId }, db))!;
  const saved = await saveAnswers(started, survey, { answers: { ...demoAnswers(seededRandom(3)), ...extra }, cleared: [], sectionId: 'contact' }, db);
  const done = await completeResponse(saved, survey, db, undefined, { origin: 'https://koers.test' });
  if (!done.ok) throw new Error('incomplete');
  return done.response;
}

describe('leads from completions', () => {
  test("consent on an organisation's test makes one lead there, also when completed twice", async () => {
    const org = await createOrganisation('Coach BV', null, db);
    const instance = await organisationGrowthTest(org.id, db);
    const response = await complete(instance.id, org.id, contact);
    await completeResponse({ ...response, status: 'in_progress' }, survey, db);
    const rows = await db.select().from(leads);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organisationId: org.id, responseId: response.id, name: 'Anna', email: 'anna@example.nl', status: 'new' });
    expect(await countNewLeads(org.id, db)).toBe(1);
  });

  test('no consent: no lead, and the answers keep no contact details', async () => {
    const org = await createOrganisation('Coach BV', null, db);
    const instance = await organisationGrowthTest(org.id, db);
    const response = await complete(instance.id, org.id, { ...contact, consent: 'no' });
    expect(await db.$count(leads)).toBe(0);
    expect(response.answers).not.toHaveProperty('email');
  });

  test("the home page's test: anonymous without a chosen organisation, the chosen one's lead with it", async () => {
    await complete(SITE_GROWTH_TEST_INSTANCE, null, contact);
    expect(await db.$count(leads)).toBe(0);
    const org = await createOrganisation('Thuis BV', null, db);
    await writeSetting(HOME_TEST_ORGANISATION_KEY, org.id, db);
    await complete(SITE_GROWTH_TEST_INSTANCE, null, contact);
    expect((await db.select().from(leads)).map((l) => l.organisationId)).toEqual([org.id]);
  });

  test('a chosen organisation that no longer exists makes no lead and does not fail the completion', async () => {
    await writeSetting(HOME_TEST_ORGANISATION_KEY, 'gone', db);
    const response = await complete(SITE_GROWTH_TEST_INSTANCE, null, contact);
    expect(response.status).toBe('completed');
    expect(await db.$count(leads)).toBe(0);
  });
});

describe('the inbox', () => {
  test("another organisation neither lists, finds, changes nor accepts a lead", async () => {
    const mine = await createOrganisation('Mine', null, db);
    const other = await createOrganisation('Other', null, db);
    await complete((await organisationGrowthTest(mine.id, db)).id, mine.id, contact);
    const [lead] = await db.select().from(leads);
    expect(await listLeads(other.id, null, db)).toEqual([]);
    expect(await findLead(other.id, lead.id, db)).toBeUndefined();
    expect(await setLeadStatus(other.id, lead.id, 'contacted', 'u', db)).toBe(false);
    expect(await acceptLead(other.id, lead.id, 'u', db)).toBeNull();
    expect((await listLeads(mine.id, 'new', db)).map((l) => l.id)).toEqual([lead.id]);
  });

  test('accepting makes one company, attributes the response, and twice (or at once) changes nothing more', async () => {
    const org = await createOrganisation('Coach BV', null, db);
    const response = await complete(SITE_GROWTH_TEST_INSTANCE, null, contact);
    await writeSetting(HOME_TEST_ORGANISATION_KEY, org.id, db);
    const again = await complete(SITE_GROWTH_TEST_INSTANCE, null, contact);
    const [lead] = await db.select().from(leads);
    expect(lead.responseId).toBe(again.id);
    await db.insert(users).values({ id: 'u', email: 'c@example.nl', name: 'Coach', passwordHash: 'x', role: 'consultant', organisationId: org.id });
    const [a, b] = await Promise.all([acceptLead(org.id, lead.id, 'u', db), acceptLead(org.id, lead.id, 'u', db)]);
    expect(a).toBeTruthy();
    expect(b).toBe(a);
    expect(await acceptLead(org.id, lead.id, 'u', db)).toBe(a);
    const made = await db.select().from(companies);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ organisationId: org.id, name: 'Bakkerij Anna' });
    const attributed = await db.query.responses.findFirst({ where: eq(responses.id, again.id) });
    expect(attributed).toMatchObject({ companyId: a, organisationId: org.id });
    expect(await findLead(org.id, lead.id, db)).toMatchObject({ status: 'client', statusChangedBy: 'u' });
    // A client stays a client: the status form cannot move it back.
    expect(await setLeadStatus(org.id, lead.id, 'not_interested', 'u', db)).toBe(false);
    expect(response.companyId).toBeNull();
  });
});

describe('the new lead notification', () => {
  test('the completion stores its event; the event queues one mail per coach, in their language, however often it runs', async () => {
    const org = await createOrganisation('Coach BV', null, db);
    await db.insert(users).values([
      { id: 'c1', email: 'een@example.nl', name: 'Een', passwordHash: 'x', role: 'consultant', organisationId: org.id, locale: 'nl' },
      { id: 'c2', email: 'two@example.com', name: 'Two', passwordHash: 'x', role: 'consultant', organisationId: org.id, locale: 'en' },
    ]);
    const response = await complete((await organisationGrowthTest(org.id, db)).id, org.id, contact);
    const events = await db.select().from(outbox).where(eq(outbox.kind, 'lead-created'));
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({ responseId: response.id, origin: 'https://koers.test' });

    const handle = createLeadEventHandler({ db: () => db, mailer: () => outboxMailer(() => db) });
    expect(await handle(events[0] as OutboxEvent)).toEqual({ ok: true });
    expect(await handle(events[0] as OutboxEvent)).toEqual({ ok: true });
    const mails = await db.select().from(outbox).where(eq(outbox.kind, 'mail'));
    expect(mails).toHaveLength(2);
    const [lead] = await db.select().from(leads);
    const byLocale = Object.fromEntries(mails.map((m) => [(m.payload as { locale: string }).locale, m.payload as { to: string; data: Record<string, string> }]));
    expect(byLocale.nl).toMatchObject({ to: 'een@example.nl', data: { name: 'Anna', url: `https://koers.test/dashboard/leads/${lead.id}` } });
    expect(byLocale.en).toMatchObject({ to: 'two@example.com', data: { url: `https://koers.test/en/dashboard/leads/${lead.id}` } });
    expect(byLocale.en.data.score).toBe(`${Math.round(response.overallScore!)} / 100`);
    expect(byLocale.en.data.opportunity).toBeTruthy();
  });

  test('without consent no event is written', async () => {
    const org = await createOrganisation('Coach BV', null, db);
    await complete((await organisationGrowthTest(org.id, db)).id, org.id, { ...contact, consent: 'no' });
    expect(await db.$count(outbox)).toBe(0);
  });
});
