import { describe, expect, test } from 'vitest';
import { checkAnswer, cleanText, isValidStoredAnswer } from '../../../src/lib/surveys/answers.ts';
import { QuestionSchema, type Question } from '../../../src/lib/surveys/schema.ts';

const t = { nl: 'v', en: 'q' };
const q = (input: object): Question => QuestionSchema.parse({ id: 'q', text: t, ...input });
const agreement = q({ type: 'agreement' });
const single = q({ type: 'single', options: [{ value: 'a', label: t }, { value: 'b', label: t }] });
const multiple = q({ type: 'multiple', maxSelected: 2, options: ['a', 'b', 'c'].map((value) => ({ value, label: t })) });
const number = q({ type: 'number', min: 0, max: 100 });
const email = q({ type: 'text', format: 'email' });
const shortText = q({ type: 'text', maxLength: 5, required: false });

describe('checkAnswer', () => {
  test.each([
    [agreement, '4', { ok: true, value: 4 }],
    [agreement, 'dk', { ok: true, value: 'dk' }],
    [agreement, '6', { ok: false, error: { code: 'invalid_choice' } }],
    [agreement, undefined, { ok: false, error: { code: 'required' } }],
    [single, 'b', { ok: true, value: 'b' }],
    [single, 'z', { ok: false, error: { code: 'invalid_choice' } }],
    [multiple, ['c', 'a', 'a'], { ok: true, value: ['a', 'c'] }],
    [multiple, ['a', 'b', 'c'], { ok: false, error: { code: 'too_many_selected', max: 2 } }],
    [number, '2,5', { ok: false, error: { code: 'not_integer' } }],
    [number, ' 42 ', { ok: true, value: 42 }],
    [number, '101', { ok: false, error: { code: 'out_of_range', min: 0, max: 100 } }],
    [number, '1e3', { ok: false, error: { code: 'not_a_number' } }],
    [email, 'naam@bedrijf.nl', { ok: true, value: 'naam@bedrijf.nl' }],
    [email, 'naam@bedrijf', { ok: false, error: { code: 'invalid_email' } }],
    [shortText, '', { ok: true, value: undefined }],
    [shortText, 'zesletters', { ok: false, error: { code: 'too_long', max: 5 } }],
    [shortText, '  ok\u0000 ', { ok: true, value: 'ok' }],
  ] as const)('%s %j', (question, raw, expected) => {
    expect(checkAnswer(question, raw as string | string[] | undefined, true)).toEqual(expected);
  });

  test('a missing optional answer is fine, a missing required one only when not insisting', () => {
    expect(checkAnswer(agreement, undefined, false)).toEqual({ ok: true, value: undefined });
  });
});

describe('cleanText and stored answers', () => {
  test('strips control characters and normalises', () => {
    expect(cleanText(' e\u0301\u0007n\r\nx ')).toBe('é\u006e\nx'.normalize('NFC'));
  });
  test.each([
    [agreement, 3, true],
    [agreement, 'dk', true],
    [agreement, 7, false],
    [single, 'a', true],
    [single, ['a'], false],
    [multiple, ['a', 'b'], true],
    [number, { n: 1 }, false],
  ] as const)('isValidStoredAnswer(%s, %j) is %s', (question, value, valid) => {
    expect(isValidStoredAnswer(question, value)).toBe(valid);
  });
});
