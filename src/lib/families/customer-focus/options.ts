/** What an owner chooses when creating a customer-focus team survey. */
import { z } from 'zod';
import type { Survey } from '../../surveys/schema.ts';

export const CustomerFocusOptionsSchema = z.object({
  /**
   * Hand out single-use anonymous codes to the team, so nobody answers twice
   * while no code is tied to a name. The codes are a feature of the survey
   * instance (issuing and checking them); this only records the choice.
   */
  teamCodes: z.boolean().default(false),
});
export type CustomerFocusOptions = z.infer<typeof CustomerFocusOptionsSchema>;

/** Every employee gets the same questions: no option changes the definition. */
export function applyOptions(template: Survey, _options: CustomerFocusOptions): Survey {
  return template;
}
