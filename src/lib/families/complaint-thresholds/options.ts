/**
 * What an owner chooses when creating a complaint-threshold survey: which
 * channels the company offers (set beside what customers want, never asked
 * of them) and whether to ask for contact details.
 */
import { z } from 'zod';
import { SurveySchema, type Survey } from '../../surveys/schema.ts';
import { keepsSection } from '../common/contact.ts';
import { CHANNELS } from './model.ts';

export const ComplaintOptionsSchema = z.object({
  offeredChannels: z
    .array(z.enum(CHANNELS))
    .default([])
    .transform((channels) => CHANNELS.filter((c) => channels.includes(c))),
  askContact: z.boolean().default(false),
});
export type ComplaintOptions = z.infer<typeof ComplaintOptionsSchema>;

/** The template with the owner's choices applied: unless asked for, the contact step removed. */
export function applyOptions(template: Survey, options: ComplaintOptions): Survey {
  const sections = template.sections.filter((s) => keepsSection(s.id, options.askContact));
  return SurveySchema.parse({ ...template, sections });
}
