/**
 * Answer values and how each question type checks one. The same rules serve
 * form posts, the autosave API and answers read back from the database.
 */
import type { Question } from './schema.ts';

export const DONT_KNOW = 'dk';
export type AnswerValue = number | string | string[];
/** Question id → answer. Unanswered questions are absent. */
export type Answers = Record<string, AnswerValue>;

/** Why an answer was refused; the page turns the code into a localised message. */
export type FieldError =
  | { code: 'required' }
  | { code: 'invalid_choice' }
  | { code: 'not_a_number' }
  | { code: 'not_integer' }
  | { code: 'out_of_range'; min: number; max: number }
  | { code: 'too_long'; max: number }
  | { code: 'invalid_email' }
  | { code: 'too_many_selected'; max: number };

export type Checked = { ok: true; value: AnswerValue | undefined } | { ok: false; error: FieldError };

// Deliberately simple: one @, something on both sides, a dot in the domain.
// The only real check of an e-mail address is a message that arrives.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Removes control characters (keeping line breaks and tabs) and normalises Unicode, so stored text is clean. */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/**
 * Checks the raw form value(s) of one question: a string for most types, a
 * list for multiple choice. `undefined` or '' means unanswered.
 */
export function checkAnswer(question: Question, raw: string | string[] | undefined, requireAnswer: boolean): Checked {
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(cleanText).filter((v) => v !== '');
  if (values.length === 0) {
    return requireAnswer && question.required ? { ok: false, error: { code: 'required' } } : { ok: true, value: undefined };
  }
  const first = values[0];
  switch (question.type) {
    case 'agreement': {
      if (first === DONT_KNOW && question.allowDontKnow) return { ok: true, value: DONT_KNOW };
      return /^[1-5]$/.test(first) ? { ok: true, value: Number(first) } : { ok: false, error: { code: 'invalid_choice' } };
    }
    case 'scale':
      return /^(10|[0-9])$/.test(first) ? { ok: true, value: Number(first) } : { ok: false, error: { code: 'invalid_choice' } };
    case 'single':
      return question.options.some((o) => o.value === first)
        ? { ok: true, value: first }
        : { ok: false, error: { code: 'invalid_choice' } };
    case 'multiple': {
      const unique = [...new Set(values)];
      if (!unique.every((v) => question.options.some((o) => o.value === v))) {
        return { ok: false, error: { code: 'invalid_choice' } };
      }
      if (question.maxSelected && unique.length > question.maxSelected) {
        return { ok: false, error: { code: 'too_many_selected', max: question.maxSelected } };
      }
      // Stored in the definition's order, whatever order the browser sent.
      return { ok: true, value: question.options.map((o) => o.value).filter((v) => unique.includes(v)) };
    }
    case 'number': {
      // Accept a decimal comma: Dutch respondents type 2,5.
      const normalised = first.replace(/\s/g, '').replace(',', '.');
      if (!/^-?\d+(\.\d+)?$/.test(normalised)) return { ok: false, error: { code: 'not_a_number' } };
      const n = Number(normalised);
      if (question.integer && !Number.isInteger(n)) return { ok: false, error: { code: 'not_integer' } };
      if (n < question.min || n > question.max) {
        return { ok: false, error: { code: 'out_of_range', min: question.min, max: question.max } };
      }
      return { ok: true, value: n };
    }
    case 'text':
    case 'longtext': {
      const text = question.type === 'text' ? first.replace(/\s+/g, ' ') : first;
      if ([...text].length > question.maxLength) return { ok: false, error: { code: 'too_long', max: question.maxLength } };
      if (question.type === 'text' && question.format === 'email' && !EMAIL.test(text)) {
        return { ok: false, error: { code: 'invalid_email' } };
      }
      return { ok: true, value: text };
    }
  }
}

/** Checks an answer read back from storage or sent as JSON: the stored form, not the form-post form. */
export function isValidStoredAnswer(question: Question, value: unknown): value is AnswerValue {
  if (Array.isArray(value)) {
    return question.type === 'multiple' && value.every((v) => typeof v === 'string') && checkAnswer(question, value, false).ok;
  }
  if (typeof value === 'number' || typeof value === 'string') {
    return checkAnswer(question, String(value), false).ok;
  }
  return false;
}
