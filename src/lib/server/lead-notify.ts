/**
 * Tells an organisation's coaches that a new lead arrived: one mail each, in
 * the coach's own language. Runs as the outbox handler of the `lead-created`
 * event that the completion's batch wrote (queries/leads.ts), so a killed
 * process or an SMTP outage loses no notification, and the dedupe key sends
 * each coach one mail per lead however often the event is retried. The mail
 * names the lead and links to the inbox, which needs a sign-in, so a
 * forwarded mail opens nothing.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { leads, responses } from '../../../db/schema.ts';
import { opportunityShortName } from '../reports/client-labels.ts';
import { paths } from '../paths.ts';
import { getDb, type Database } from './db.ts';
import { getMailer, type Mailer } from './mailer.ts';
import type { OutboxHandler } from './outbox/worker.ts';
import { findOrganisation, listConsultants } from './queries/organisations.ts';

const LeadEventPayload = z.object({ responseId: z.string().min(1), origin: z.string() });

/** Queues the notification mails of the lead of `responseId`; the number of coaches told. */
export async function notifyNewLead(responseId: string, origin: string, db: Database = getDb(), mailer: Mailer = getMailer()): Promise<number> {
  const [lead] = await db
    .select({ lead: leads, overallScore: responses.overallScore, headline: responses.headline })
    .from(leads)
    .innerJoin(responses, eq(responses.id, leads.responseId))
    .where(eq(leads.responseId, responseId));
  if (!lead) return 0;
  const { id, organisationId, name, company, email, phone } = lead.lead;
  const organisation = await findOrganisation(organisationId, db);
  if (!organisation) return 0;
  const coaches = await listConsultants(organisationId, db);
  for (const coach of coaches) {
    const opportunity = opportunityShortName(lead.headline, coach.locale);
    await mailer.send({
      kind: 'lead-notification',
      to: coach.email,
      toName: coach.name,
      locale: coach.locale,
      data: {
        organisation: organisation.name,
        name,
        company: company ?? '–',
        email,
        ...(phone && { phone }),
        ...(lead.overallScore !== null && { score: `${Math.round(lead.overallScore)} / 100` }),
        ...(opportunity && { opportunity }),
        url: `${origin}${paths.lead(coach.locale, id)}`,
      },
      dedupeKey: `lead-notification:${id}:${coach.id}`,
    });
  }
  return coaches.length;
}

/** The outbox handler of `lead-created`: a lead deleted meanwhile (retention, or the organisation) needs no mail. */
export function createLeadEventHandler(deps: { db: () => Database; mailer?: () => Mailer } = { db: getDb }): OutboxHandler {
  return async (event) => {
    const payload = LeadEventPayload.safeParse(event.payload);
    if (!payload.success) return { ok: false, error: 'malformed lead event' };
    await notifyNewLead(payload.data.responseId, payload.data.origin, deps.db(), deps.mailer?.() ?? getMailer());
    return { ok: true };
  };
}
