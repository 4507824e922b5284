/**
 * What the database does with facts, in memory: count completed responses
 * per (key, value, month), as the GROUP BY over the facts table does. Lets
 * the families' tests go from answers to results without a database.
 */
import type { Answers } from '../../../../src/lib/surveys/answers.ts';
import type { Survey } from '../../../../src/lib/surveys/schema.ts';
import type { FactCount, ResponseFacts } from '../../../../src/lib/families/types.ts';

type Extract = (survey: Survey, answers: Answers) => ResponseFacts;

export function aggregate(
  survey: Survey,
  extract: Extract,
  responses: { month?: string; answers: Answers }[],
): FactCount[] {
  const counts = new Map<string, FactCount>();
  for (const { month = '2026-01', answers } of responses) {
    for (const { key, value } of extract(survey, answers).facts) {
      const id = JSON.stringify([key, value, month]);
      const row = counts.get(id) ?? { key, value, month, count: 0 };
      row.count += 1;
      counts.set(id, row);
    }
  }
  return [...counts.values()];
}

/** Every { nl, en } leaf under a texts object, with its path, for "every text exists in both languages". */
export function localizedLeaves(tree: unknown, path = ''): [string, { nl: unknown; en: unknown }][] {
  if (tree && typeof tree === 'object' && 'nl' in tree && 'en' in tree) return [[path, tree as { nl: unknown; en: unknown }]];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => localizedLeaves(v, `${path}[${i}]`));
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([k, v]) => localizedLeaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}
