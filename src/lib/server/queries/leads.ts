/**
 * An organisation's lead inbox: the one insert a completion with consent
 * adds to its batch, the inbox list, status changes and accepting a lead
 * as a client. Every read and write names the organisation, so another
 * organisation's lead id finds nothing.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { leads, responses } from '../../../../db/schema.ts';
import type { LeadDetails } from '../../leads/lead-rule.ts';
import { LEADS_PAGE_SIZE } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';
import { HOME_TEST_ORGANISATION_KEY } from './site-settings.ts';
import { SITE_GROWTH_TEST_INSTANCE } from './surveys.ts';

export type LeadRow = typeof leads.$inferSelect;
export const LEAD_STATUSES = ['new', 'contacted', 'client', 'not_interested'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * The lead of a response being completed, for the completion's batch. Its
 * organisation is the response's; for the site's own test, the one the
 * administrator chose (none chosen: no row, the test stays anonymous). An
 * organisation deleted meanwhile makes no row rather than failing the
 * completion on the foreign key. Completing twice makes one lead.
 */
export function leadInsertStatement(
  db: Database,
  response: { id: string; organisationId: string | null; surveyInstanceId: string },
  lead: LeadDetails,
  now: Date,
): BatchItem<'sqlite'> {
  const homeOwner =
    response.surveyInstanceId === SITE_GROWTH_TEST_INSTANCE
      ? sql`(select value from site_settings where key = ${HOME_TEST_ORGANISATION_KEY})`
      : sql`null`;
  return db.run(sql`
    insert into leads (id, organisation_id, response_id, name, company, email, phone, status, created_at)
    select ${randomId()}, owner.id, ${response.id}, ${lead.name}, ${lead.company}, ${lead.email}, ${lead.phone}, 'new', ${now.getTime()}
    from (select coalesce(${response.organisationId}, ${homeOwner}) as id) owner
    where owner.id is not null and exists (select 1 from organisations o where o.id = owner.id)
    on conflict (response_id) do nothing`);
}

export const LEAD_EVENT_KIND = 'lead-created';

/**
 * The outbox event that makes the new lead's notification mails, for the
 * same batch, after `leadInsertStatement`: written only when that made a
 * lead, so a completion and its notification are stored together and a
 * process killed right after loses neither. `origin` is the site's address
 * for the link in the mail.
 */
export function leadEventStatement(db: Database, responseId: string, origin: string, now: Date): BatchItem<'sqlite'> {
  const payload = JSON.stringify({ responseId, origin });
  return db.run(sql`
    insert into outbox (id, kind, subject_id, dedupe_key, payload, status, attempts, next_attempt_at, created_at)
    select ${randomId()}, ${LEAD_EVENT_KIND}, l.id, ${`${LEAD_EVENT_KIND}:${responseId}`}, json(${payload}), 'pending', 0, ${now.getTime()}, ${now.getTime()}
    from leads l where l.response_id = ${responseId}
    on conflict do nothing`);
}

export interface LeadListRow {
  id: string;
  name: string;
  company: string | null;
  email: string;
  phone: string | null;
  status: LeadStatus;
  createdAt: Date;
  overallScore: number | null;
  headline: string | null;
  companyId: string | null;
}

/** One page of an organisation's leads, newest first, optionally of one status. */
export async function listLeads(organisationId: string, status: LeadStatus | null, db: Database = getDb()): Promise<LeadListRow[]> {
  const rows = await db
    .select({
      id: leads.id,
      name: leads.name,
      company: leads.company,
      email: leads.email,
      phone: leads.phone,
      status: leads.status,
      createdAt: leads.createdAt,
      overallScore: responses.overallScore,
      headline: responses.headline,
      companyId: leads.companyId,
    })
    .from(leads)
    .innerJoin(responses, eq(responses.id, leads.responseId))
    .where(status ? and(eq(leads.organisationId, organisationId), eq(leads.status, status)) : eq(leads.organisationId, organisationId))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(LEADS_PAGE_SIZE);
  return rows;
}

/** How many leads of each status an organisation has (one range of leads_org_status_idx). */
export async function countLeads(organisationId: string, db: Database = getDb()): Promise<Record<LeadStatus, number>> {
  const rows = await db
    .select({ status: leads.status, n: sql<number>`count(*)` })
    .from(leads)
    .where(eq(leads.organisationId, organisationId))
    .groupBy(leads.status);
  const counts = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<LeadStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** The dashboard navigation's badge: new leads only. */
export async function countNewLeads(organisationId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(leads)
    .where(and(eq(leads.organisationId, organisationId), eq(leads.status, 'new')));
  return row?.n ?? 0;
}

/** A lead of this organisation, or undefined (another organisation's id reads as unknown). */
export async function findLead(organisationId: string, id: string, db: Database = getDb()): Promise<LeadRow | undefined> {
  return db.query.leads.findFirst({ where: and(eq(leads.id, id), eq(leads.organisationId, organisationId)) });
}

/** Sets a status other than client (that one only by accepting). False: no such lead in this organisation, or it is a client already. */
export async function setLeadStatus(
  organisationId: string,
  id: string,
  status: Exclude<LeadStatus, 'client'>,
  userId: string,
  db: Database = getDb(),
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .update(leads)
    .set({ status, statusChangedBy: userId, statusChangedAt: now })
    .where(and(eq(leads.id, id), eq(leads.organisationId, organisationId), sql`${leads.companyId} is null`));
  return result.rowsAffected === 1;
}

/**
 * Makes the lead a client: a company in the organisation (named after the
 * lead's company, else the person; sector and size from the test), the
 * response attributed to it as an invited test would be, status client.
 * One atomic batch whose every statement is conditional on the lead having
 * no company yet, so a double submit or two coaches at once make one
 * company. Returns the company id (the existing one when accepted before),
 * or null for no such lead in this organisation.
 */
export async function acceptLead(organisationId: string, id: string, userId: string, db: Database = getDb(), now = new Date()): Promise<string | null> {
  const lead = await findLead(organisationId, id, db);
  if (!lead) return null;
  if (lead.companyId) return lead.companyId;
  const companyId = randomId();
  const pending = sql`exists (select 1 from leads l where l.id = ${id} and l.organisation_id = ${organisationId} and l.company_id is null)`;
  const segment = (dimension: string) => sql`(select value from response_segments s where s.response_id = ${lead.responseId} and s.dimension = ${dimension})`;
  await db.batch([
    db.run(sql`
      insert into companies (id, organisation_id, name, sector, size_band, created_at)
      select ${companyId}, ${organisationId}, ${lead.company ?? lead.name}, ${segment('sector')}, ${segment('size_band')}, ${now.getTime()}
      where ${pending}`),
    db
      .update(responses)
      .set({ companyId, organisationId })
      .where(and(eq(responses.id, lead.responseId), pending, sql`exists (select 1 from companies c where c.id = ${companyId})`)),
    db
      .update(leads)
      .set({ companyId, status: 'client', statusChangedBy: userId, statusChangedAt: now })
      .where(and(eq(leads.id, id), sql`${leads.companyId} is null`, sql`exists (select 1 from companies c where c.id = ${companyId})`)),
  ]);
  const after = await findLead(organisationId, id, db);
  return after?.companyId ?? null;
}
