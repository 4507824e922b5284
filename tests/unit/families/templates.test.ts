/** What every new family's template and texts must satisfy: a valid definition, every text in Dutch and English. */
import { describe, expect, test } from 'vitest';
import * as complaintThresholds from '../../../src/lib/families/complaint-thresholds/index.ts';
import * as customerFocus from '../../../src/lib/families/customer-focus/index.ts';
import * as customerSatisfaction from '../../../src/lib/families/customer-satisfaction/index.ts';
import { SurveySchema } from '../../../src/lib/surveys/schema.ts';
import { localizedLeaves } from './support/aggregate.ts';

const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const FAMILIES = [
  ['customer-satisfaction', customerSatisfaction],
  ['complaint-thresholds', complaintThresholds],
  ['customer-focus', customerFocus],
] as const;

describe.each(FAMILIES)('%s', (model, family) => {
  test('names its model and has one template per version, the newest last, for many respondents', () => {
    expect(family.model).toBe(model);
    expect(family.templates.map((t) => [t.id, t.version, t.audience])).toEqual([[model, 1, 'collective']]);
  });

  test('every template passes SurveySchema, also with every owner option applied', () => {
    for (const template of family.templates) {
      expect(SurveySchema.safeParse(template).success).toBe(true);
      const defaults = family.optionsSchema.parse({});
      // Options are validated data; applyOptions always returns a definition the schema accepts.
      expect(SurveySchema.safeParse(family.applyOptions(template, defaults as never)).success).toBe(true);
    }
  });

  test('every text of the template and the results exists in Dutch and English', () => {
    const leaves = [...localizedLeaves(family.templates, 'templates'), ...localizedLeaves(family.texts, 'texts')];
    expect(leaves.length).toBeGreaterThan(20);
    for (const [path, text] of leaves) {
      for (const locale of ['nl', 'en'] as const) {
        expect(typeof text[locale] === 'string' && (text[locale] as string).trim() !== '', `${path}.${locale}`).toBe(true);
      }
      expect(placeholders(text.en), path).toEqual(placeholders(text.nl));
    }
  });

  test('the comment questions exist and are open questions', () => {
    const questions = family.templates.at(-1)!.sections.flatMap((s) => s.questions);
    for (const id of family.commentQuestionIds) expect(questions.find((q) => q.id === id)?.type).toBe('longtext');
  });

  test('a response with no answers gives only the respondent count', () => {
    expect(family.extractFacts(family.templates[0], {}).facts).toEqual([{ key: 'answered', value: 1 }]);
  });
});

test('the team survey asks two statements for every condition of the three levels', () => {
  const sections = customerFocus.templates[0].sections;
  expect(sections.map((s) => [s.id, s.questions.length])).toEqual([['i', 14], ['we', 10], ['organisation', 10], ['feedback', 1]]);
});
