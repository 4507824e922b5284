import { describe, expect, test } from 'vitest';
import { applyOptions, extractFacts, optionsSchema, templates } from '../../../../src/lib/families/customer-satisfaction/index.ts';

const [template] = templates;
const questionIds = (options: unknown) =>
  applyOptions(template, optionsSchema.parse(options)).sections.flatMap((s) => s.questions.map((q) => q.id));

describe('owner options', () => {
  test('by default every service level is asked and no contact details', () => {
    const ids = questionIds({});
    expect(ids).toEqual([
      'expectation',
      'recommend',
      'service_complaints',
      'service_quality',
      'service_communication',
      'service_management_info',
      'service_costs',
      'comment',
    ]);
  });

  test('switched-off service levels are not asked', () => {
    expect(questionIds({ serviceLevels: ['costs', 'quality'] })).toEqual(['expectation', 'recommend', 'service_quality', 'service_costs', 'comment']);
  });

  test('with every service level off, the section disappears instead of staying empty', () => {
    const survey = applyOptions(template, optionsSchema.parse({ serviceLevels: [] }));
    expect(survey.sections.map((s) => s.id)).toEqual(['experience', 'feedback']);
  });

  test('contact details only when switched on, and then behind consent', () => {
    const survey = applyOptions(template, optionsSchema.parse({ askContact: true }));
    expect(survey.sections.map((s) => s.id)).toEqual(['experience', 'service_levels', 'feedback', 'follow_up', 'contact']);
    expect(survey.sections.find((s) => s.id === 'contact')!.showIf).toEqual({ question: 'consent', anyOf: ['yes'] });
  });

  test.each([[{ serviceLevels: ['speed'] }], [{ askContact: 'yes' }]])('refuses %j', (bad) => {
    expect(optionsSchema.safeParse(bad).success).toBe(false);
  });

  test('an answer to a service level the survey does not ask is not counted', () => {
    const survey = applyOptions(template, optionsSchema.parse({ serviceLevels: ['quality'] }));
    const { facts } = extractFacts(survey, { expectation: 'as', service_quality: 4, service_costs: 1 });
    expect(facts.filter((f) => f.key.startsWith('service.'))).toEqual([{ key: 'service.quality', value: 75 }]);
  });
});
