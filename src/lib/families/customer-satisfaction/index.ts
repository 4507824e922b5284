/** The customer-satisfaction family: expectation outcome, NPS and service levels, asked of customers. */
import type { Survey } from '../../surveys/schema.ts';
import { COMMENT_QUESTION_ID } from '../common/comment.ts';
import { customerSatisfactionV1 } from './definition.ts';

export { MODEL as model } from './model.ts';
export { SatisfactionOptionsSchema as optionsSchema, applyOptions, type SatisfactionOptions } from './options.ts';
export { extractFacts } from './scoring.ts';
export { renderSatisfactionPdf as resultsPdf } from './pdf.ts';
export { buildResults, type SatisfactionResults } from './results.ts';
export { apiResults } from './api.ts';
export { SATISFACTION_TEXTS as texts } from './texts.ts';

/** Every version of the template, oldest first; responses are read against the version they were given on. */
export const templates: Survey[] = [customerSatisfactionV1];

/** Open questions whose answers the results page lists as comments. */
export const commentQuestionIds: string[] = [COMMENT_QUESTION_ID];
