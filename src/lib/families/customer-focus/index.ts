/** The customer-focus family: a team survey of the I, we and organisation levels, shown only from five answers. */
import type { Survey } from '../../surveys/schema.ts';
import { COMMENT_QUESTION_ID } from '../common/comment.ts';
import { customerFocusV1 } from './definition.ts';

export { MODEL as model, MIN_TEAM_RESPONDENTS } from './model.ts';
export { CustomerFocusOptionsSchema as optionsSchema, applyOptions, type CustomerFocusOptions } from './options.ts';
export { extractFacts } from './scoring.ts';
export { renderCustomerFocusPdf as resultsPdf } from './pdf.ts';
export { buildResults, type CustomerFocusResults } from './results.ts';
export { CUSTOMER_FOCUS_TEXTS as texts } from './texts.ts';

/** Every version of the template, oldest first; responses are read against the version they were given on. */
export const templates: Survey[] = [customerFocusV1];

/**
 * Open questions whose answers the results page lists as comments. A team's
 * comments must be withheld like every other figure while fewer than
 * MIN_TEAM_RESPONDENTS employees answered (buildResults' status tells).
 */
export const commentQuestionIds: string[] = [COMMENT_QUESTION_ID];
