/**
 * Reads one survey page's form post. Unknown fields are ignored; each
 * question is checked on its own so one bad field never loses the others.
 */
import { checkAnswer, type AnswerValue, type Answers, type FieldError } from '../surveys/answers.ts';
import { visibleQuestions } from '../surveys/engine.ts';
import type { Section } from '../surveys/schema.ts';

export interface SectionPost {
  /** Valid answers from this page, to be saved (also when other fields failed). */
  answers: Answers;
  /** Question ids on this page that were cleared, so the saved answer is removed. */
  cleared: string[];
  errors: Record<string, FieldError>;
  /** What the respondent sent, to re-render the page exactly as they left it. */
  raw: Record<string, string | string[]>;
}

/**
 * @param answersSoFar answers from earlier pages, which decide what is visible here.
 * @param requireAnswers false for "back" and autosave: keep what is valid, insist on nothing.
 */
export function parseSectionPost(
  section: Section,
  form: FormData,
  answersSoFar: Answers,
  requireAnswers: boolean,
): SectionPost {
  const result: SectionPost = { answers: {}, cleared: [], errors: {}, raw: {} };
  for (const question of visibleQuestions(section, answersSoFar)) {
    const raw =
      question.type === 'multiple'
        ? form.getAll(question.id).filter((v): v is string => typeof v === 'string')
        : stringOrUndefined(form.get(question.id));
    if (raw !== undefined) result.raw[question.id] = raw;
    const checked = checkAnswer(question, raw, requireAnswers);
    if (!checked.ok) {
      result.errors[question.id] = checked.error;
    } else if (checked.value === undefined) {
      result.cleared.push(question.id);
    } else {
      result.answers[question.id] = checked.value;
    }
  }
  return result;
}

function stringOrUndefined(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value to show in a field: what was just posted, else what is stored. */
export function displayValue(
  questionId: string,
  raw: Record<string, string | string[]> | undefined,
  answers: Answers,
): AnswerValue | undefined {
  return raw?.[questionId] ?? answers[questionId];
}
