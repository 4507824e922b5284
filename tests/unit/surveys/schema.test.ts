import { describe, expect, test } from 'vitest';
import { SurveySchema, type SurveyInput } from '../../../src/lib/surveys/schema.ts';
import { growthTestV1 } from '../../../src/lib/families/growth-test/definition.ts';

const t = (s: string) => ({ nl: `${s} (nl)`, en: s });

function survey(sections: SurveyInput['sections']): SurveyInput {
  return { id: 'demo', version: 1, audience: 'collective', title: t('Demo'), intro: t('Intro'), minutes: 2, sections };
}

const issues = (input: SurveyInput) => {
  const result = SurveySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('SurveySchema', () => {
  test('the Growth Test definition is valid, with 9 scored areas of 4 to 6 statements', () => {
    const areas = growthTestV1.sections.filter((s) => s.questions.every((q) => q.type === 'agreement'));
    expect(areas).toHaveLength(9);
    for (const area of areas) expect(area.questions.length).toBeGreaterThanOrEqual(4);
    for (const area of areas) expect(area.questions.length).toBeLessThanOrEqual(6);
  });

  test('fills defaults: questions are required, agreement allows "don\'t know"', () => {
    const parsed = SurveySchema.parse(survey([{ id: 's', title: t('S'), questions: [{ id: 'q', type: 'agreement', text: t('Q') }] }]));
    expect(parsed.sections[0].questions[0]).toMatchObject({ required: true, allowDontKnow: true, reverse: false });
  });

  test.each([
    [
      'duplicate question ids',
      [{ id: 's', title: t('S'), questions: [{ id: 'q', type: 'text', text: t('A') }, { id: 'q', type: 'text', text: t('B') }] }],
      'duplicate question id "q"',
    ],
    [
      'a condition on a later question',
      [
        { id: 'a', title: t('A'), questions: [{ id: 'x', type: 'text', text: t('X'), showIf: { question: 'y', anyOf: ['yes'] } }] },
        { id: 'b', title: t('B'), questions: [{ id: 'y', type: 'single', text: t('Y'), options: [{ value: 'yes', label: t('Yes') }, { value: 'no', label: t('No') }] }] },
      ],
      'condition refers to "y", which is not an earlier question',
    ],
    [
      'a condition on an unknown option',
      [
        { id: 'a', title: t('A'), questions: [{ id: 'y', type: 'single', text: t('Y'), options: [{ value: 'yes', label: t('Yes') }, { value: 'no', label: t('No') }] }] },
        { id: 'b', title: t('B'), showIf: { question: 'y', anyOf: ['maybe'] }, questions: [{ id: 'z', type: 'text', text: t('Z') }] },
      ],
      '"maybe" is not an option of "y"',
    ],
    [
      'a condition on a question in the same section',
      [
        {
          id: 'a',
          title: t('A'),
          questions: [
            { id: 'y', type: 'single', text: t('Y'), options: [{ value: 'yes', label: t('Yes') }, { value: 'no', label: t('No') }] },
            { id: 'z', type: 'text', text: t('Z'), showIf: { question: 'y', anyOf: ['yes'] } },
          ],
        },
      ],
      'condition refers to "y", which is not an earlier question',
    ],
  ] as const)('refuses %s', (_name, sections, message) => {
    expect(issues(survey(sections as unknown as SurveyInput['sections']))).toContain(message);
  });

  test('refuses a text missing its English version', () => {
    const input = survey([{ id: 's', title: { nl: 'Alleen Nederlands' } as never, questions: [{ id: 'q', type: 'text', text: t('Q') }] }]);
    expect(SurveySchema.safeParse(input).success).toBe(false);
  });
});
