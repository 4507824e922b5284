import { describe, expect, test } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { nl } from '../../../src/lib/i18n/nl.ts';
import { fill } from '../../../src/lib/i18n/index.ts';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const dutch = leaves(nl as unknown as Tree);
  const english = leaves(en as unknown as Tree);

  test('English has exactly the Dutch keys', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  test('no text is empty and placeholders match between languages', () => {
    for (const [key, text] of dutch) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english.get(key)!), key).toEqual(placeholders(text));
    }
  });

  test('fill replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('Stap {step} van {total}', { step: 2, total: 9 })).toBe('Stap 2 van 9');
    expect(fill('{missing}', {})).toBe('{missing}');
  });
});
