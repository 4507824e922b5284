/**
 * When a completed test becomes a lead, and with which details: pure, so
 * the rule is tested without a database. Only the Growth Test makes leads
 * (a customer survey's contact step is the owner's feedback channel, not a
 * sales lead), only with consent, and never for a test a coach invited for
 * a client company: that respondent is a client already.
 */
import type { Answers } from '../surveys/answers.ts';
import { cleanLine, clampText } from '../forms/parse-form.ts';
import { LEAD_FIELD_MAX_CHARS } from '../limits.ts';

export const LEAD_TEMPLATE_ID = 'growth-test';

export interface LeadDetails {
  name: string;
  company: string | null;
  email: string;
  phone: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? clampText(cleanLine(value), LEAD_FIELD_MAX_CHARS) : '');

/** The lead a completion makes, or null: no consent, another family, an invited client, or no name and address. */
export function leadFromAnswers(templateId: string, answers: Answers, attribution: { companyId: string | null }): LeadDetails | null {
  if (templateId !== LEAD_TEMPLATE_ID || attribution.companyId) return null;
  if (answers.consent !== 'yes') return null;
  const name = text(answers.name);
  const email = text(answers.email);
  if (!name || !email) return null;
  return { name, company: text(answers.company) || null, email, phone: text(answers.phone) || null };
}
