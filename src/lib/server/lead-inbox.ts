/**
 * What the leads pages do: read the inbox of the coach's organisation, and
 * handle its two posts (a status change, accepting a lead as a client).
 * Every lookup goes through the coach's own organisation, so another
 * organisation's lead id reads as unknown (the page answers 404).
 */
import { z } from 'zod';
import { parseForm } from '../forms/parse-form.ts';
import type { SessionUser } from './auth/session.ts';
import { acceptLead, countLeads, findLead, LEAD_STATUSES, listLeads, setLeadStatus, type LeadStatus } from './queries/leads.ts';
import { findResponseById } from './queries/lead-responses.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

type Coach = Pick<SessionUser, 'id' | 'organisationId'>;

/** The inbox's status filter from the query string: anything unknown shows all. */
export function statusFilter(value: string | null): LeadStatus | null {
  return (LEAD_STATUSES as readonly string[]).includes(value ?? '') ? (value as LeadStatus) : null;
}

export async function loadInbox(coach: Coach, status: LeadStatus | null) {
  if (!coach.organisationId) return null;
  const [rows, counts] = await Promise.all([listLeads(coach.organisationId, status), countLeads(coach.organisationId)]);
  return { rows, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

const StatusPostSchema = z.object({
  lead: z.string().min(1).max(64),
  status: z.enum(['new', 'contacted', 'not_interested'], { message: 'unknownStatus' }),
});
const AcceptPostSchema = z.object({ lead: z.string().min(1).max(64) });

export type LeadPostOutcome =
  | { kind: 'status-saved' }
  | { kind: 'accepted'; name: string; companyId: string }
  /** Unknown lead (or another organisation's), or an action that does not exist: the page answers 404. */
  | { kind: 'not-found' }
  | { kind: 'invalid'; message: 'unknownStatus' }
  | { kind: 'throttled'; throttle: Throttle };

/** Handles a post of the inbox: `action` status or accept. Throttled per coach before anything is read. */
export async function handleLeadPost(coach: Coach, form: FormData): Promise<LeadPostOutcome> {
  const organisationId = coach.organisationId;
  if (!organisationId) return { kind: 'not-found' };
  const throttled = await throttle('leadWrite', coach.id);
  if (!throttled.allowed) return { kind: 'throttled', throttle: throttled };
  const action = form.get('action');
  if (action === 'accept') {
    const parsed = parseForm(AcceptPostSchema, form);
    if (!parsed.ok) return { kind: 'not-found' };
    const lead = await findLead(organisationId, parsed.data.lead);
    if (!lead) return { kind: 'not-found' };
    const companyId = await acceptLead(organisationId, lead.id, coach.id);
    return companyId ? { kind: 'accepted', name: lead.name, companyId } : { kind: 'not-found' };
  }
  if (action === 'status') {
    const parsed = parseForm(StatusPostSchema, form);
    if (!parsed.ok) return parsed.fieldErrors.lead ? { kind: 'not-found' } : { kind: 'invalid', message: 'unknownStatus' };
    const lead = await findLead(organisationId, parsed.data.lead);
    if (!lead) return { kind: 'not-found' };
    await setLeadStatus(organisationId, lead.id, parsed.data.status, coach.id);
    return { kind: 'status-saved' };
  }
  return { kind: 'not-found' };
}

/** One lead with its completed response, for the lead's report page; null for unknown or another organisation's. */
export async function loadLead(coach: Coach, id: string) {
  if (!coach.organisationId) return null;
  const lead = await findLead(coach.organisationId, id);
  const response = lead && (await findResponseById(lead.responseId));
  return lead && response?.status === 'completed' ? { lead, response } : null;
}
