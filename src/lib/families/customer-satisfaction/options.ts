/**
 * What an owner chooses when creating a customer-satisfaction survey, and
 * how those choices shape the questions respondents see.
 */
import { z } from 'zod';
import { SurveySchema, type Survey } from '../../surveys/schema.ts';
import { keepsSection } from '../common/contact.ts';
import { SERVICE_LEVELS, serviceQuestionId } from './model.ts';

export const SatisfactionOptionsSchema = z.object({
  /** The service levels asked about; each one the owner leaves out is not asked. */
  serviceLevels: z
    .array(z.enum(SERVICE_LEVELS))
    .default([...SERVICE_LEVELS])
    .transform((levels) => SERVICE_LEVELS.filter((l) => levels.includes(l))),
  /** Ask for contact details (only after consent). Off by default: anonymous unless the owner needs to reply. */
  askContact: z.boolean().default(false),
});
export type SatisfactionOptions = z.infer<typeof SatisfactionOptionsSchema>;

/** The template with the owner's choices applied: switched-off service levels and, unless asked for, the contact step removed. */
export function applyOptions(template: Survey, options: SatisfactionOptions): Survey {
  const asked = new Set(options.serviceLevels.map(serviceQuestionId));
  const sections = template.sections
    .filter((s) => keepsSection(s.id, options.askContact))
    .map((s) => (s.id === 'service_levels' ? { ...s, questions: s.questions.filter((q) => asked.has(q.id)) } : s))
    // With every service level switched off the section would be empty, which the schema refuses.
    .filter((s) => s.questions.length > 0);
  return SurveySchema.parse({ ...template, sections });
}
