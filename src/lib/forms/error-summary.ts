/**
 * How a page's error summary words itself (issue 12): a page sent with
 * nothing answered asks to answer the questions instead of saying something
 * was filled in wrongly; a page with only unanswered questions left asks to
 * answer those; anything else asks to correct. Pure.
 */
import type { FieldError } from '../surveys/answers.ts';
import type { Question } from '../surveys/schema.ts';

export type SummaryWording = 'nothing-answered' | 'unanswered' | 'correct';

export function summaryWording(errors: Record<string, FieldError>, questions: Question[]): SummaryWording {
  const failed = questions.filter((q) => errors[q.id]);
  if (!failed.every((q) => errors[q.id].code === 'required')) return 'correct';
  // Every required question unanswered, and an answered optional one would not be an error: nothing on the page was answered.
  const required = questions.filter((q) => q.required);
  return failed.length === required.length ? 'nothing-answered' : 'unanswered';
}
