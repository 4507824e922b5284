import { expect, test } from 'vitest';
import { summaryWording } from '../../../src/lib/forms/error-summary.ts';
import { QuestionSchema } from '../../../src/lib/surveys/schema.ts';

const q = (id: string, required = true) => QuestionSchema.parse({ id, type: 'agreement', text: { nl: id, en: id }, required });
const questions = [q('a'), q('b'), q('c', false)];
const required = { code: 'required' } as const;

test.each([
  ['every required question unanswered', { a: required, b: required }, 'nothing-answered'],
  ['one required question answered, one not', { b: required }, 'unanswered'],
  ['an answer that is wrong', { a: { code: 'invalid_choice' } as const, b: required }, 'correct'],
])('%s: %s', (_, errors, wording) => {
  expect(summaryWording(errors, questions)).toBe(wording);
});
