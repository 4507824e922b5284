/** The complaint-threshold family: why dissatisfied customers stay silent, and how they would rather complain. */
import type { Survey } from '../../surveys/schema.ts';
import { COMMENT_QUESTION_ID } from '../common/comment.ts';
import { complaintThresholdsV1 } from './definition.ts';

export { MODEL as model } from './model.ts';
export { ComplaintOptionsSchema as optionsSchema, applyOptions, type ComplaintOptions } from './options.ts';
export { extractFacts } from './scoring.ts';
export { renderComplaintsPdf as resultsPdf } from './pdf.ts';
export { buildResults, type ComplaintResults } from './results.ts';
export { COMPLAINT_TEXTS as texts } from './texts.ts';

/** Every version of the template, oldest first; responses are read against the version they were given on. */
export const templates: Survey[] = [complaintThresholdsV1];

/** Open questions whose answers the results page lists as comments. */
export const commentQuestionIds: string[] = [COMMENT_QUESTION_ID];
