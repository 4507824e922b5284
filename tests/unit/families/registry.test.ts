/**
 * The families registry: every template is found through it, and a family
 * missing a part does not compile (the @ts-expect-error lines below fail
 * the typecheck the day a part becomes optional by mistake).
 */
import { describe, expect, test } from 'vitest';
import { FAMILIES, allVersions, currentSurvey, familyOf, getSurvey, surveyForInstance, templateChoices, templateIdsOf, type Family } from '../../../src/lib/families/index.ts';
import { headlineText } from '../../../src/lib/families/common/headline.ts';

describe('the families registry', () => {
  test('finds a family by template id and version, and offers the template of every family to owners', () => {
    expect(familyOf('growth-test')?.model).toBe('growth-test');
    expect(familyOf('no-such-template')).toBeUndefined();
    expect(getSurvey('growth-test', 1)?.version).toBe(1);
    expect(getSurvey('growth-test', 99)).toBeUndefined();
    expect(currentSurvey('growth-test')).toBe(allVersions('growth-test').at(-1));
    expect(templateChoices().map((t) => t.id)).toEqual(['growth-test', 'customer-satisfaction', 'complaint-thresholds', 'customer-focus']);
    expect(templateIdsOf('growth-test')).toEqual(['growth-test']);
    expect(templateIdsOf('customer-satisfaction')).toEqual(['customer-satisfaction']);
  });

  test('every registered family is keyed by its own model', () => {
    for (const [model, family] of Object.entries(FAMILIES)) expect(family.model).toBe(model);
  });

  test('an instance serves its template version; options its family refuses switch nothing off', () => {
    const instance = { templateId: 'growth-test', templateVersion: 1, options: { unknown: true } };
    expect(surveyForInstance(instance)).toBe(getSurvey('growth-test', 1));
    expect(surveyForInstance({ ...instance, templateId: 'gone' })).toBeUndefined();
  });

  test('a family without every part does not type-check', () => {
    // The whole family does: so the errors below come from the missing parts alone.
    const complete: Family<Record<string, never>, unknown, unknown> = FAMILIES['growth-test'];
    const { resultsPdf: _pdf, ...withoutPdf } = FAMILIES['growth-test'];
    // @ts-expect-error resultsPdf is missing
    const incomplete: Family<Record<string, never>, unknown, unknown> = withoutPdf;
    const { dashboard: _dashboard, ...withoutDashboard } = FAMILIES['growth-test'];
    // @ts-expect-error the dashboard summary is missing
    const noSummary: Family<Record<string, never>, unknown, unknown> = withoutDashboard;
    expect([complete, incomplete, noSummary]).toHaveLength(3);
  });
});

describe('the headline a survey list shows', () => {
  const figure = (key: string, value: number | null) => ({ key, value, unit: 'points' as const, answers: 40 });
  test.each([
    ['nps', 12.5, 'nl', 'NPS +12,5'],
    ['nps', -30, 'en', 'NPS -30'],
    ['nps', 0, 'nl', 'NPS 0'],
    ['iceberg', 66.7, 'en', '67% of dissatisfaction never reaches you'],
    ['team', 64.2, 'nl', 'klantgerichtheid 64'],
  ] as const)('%s %s in %s reads "%s"', (key, value, locale, expected) => {
    expect(headlineText(figure(key, value), locale)).toBe(expected);
  });
  test('no figure yet (no answers, or a withheld team survey): no headline', () => {
    expect(headlineText(figure('nps', null), 'nl')).toBeNull();
  });
});

describe('an instance’s tailored definition', () => {
  const instance = (options: Record<string, unknown>) => ({ templateId: 'customer-satisfaction', templateVersion: 1, options });

  test('is made once per template, version and options, not on every request', () => {
    const first = surveyForInstance(instance({ serviceLevels: ['quality', 'costs'] }));
    expect(surveyForInstance(instance({ serviceLevels: ['quality', 'costs'] }))).toBe(first);
    // Other options, another definition: the switched-off service levels are not asked.
    const all = surveyForInstance(instance({}))!;
    expect(all).not.toBe(first);
    const asked = (survey: typeof all) => survey.sections.find((s) => s.id === 'service_levels')!.questions.map((q) => q.id);
    expect(asked(first!)).toEqual(['service_quality', 'service_costs']);
    expect(asked(all)).toHaveLength(5);
  });
});
