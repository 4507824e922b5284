/** The bench rewrites bench/README.md only from a build of the current commit, clean, full length. */
import { describe, expect, test } from 'vitest';
import { readmeRefusal, type BuildInfo } from '../../../bench/lib/build-check.ts';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const clean = (commit: string | null = HEAD): BuildInfo => ({ commit, changed: [] });

describe('readmeRefusal', () => {
  test('a clean build of HEAD, measured on a clean tree, may rewrite the README', () => {
    expect(readmeRefusal({ build: clean(), now: clean(), shortened: false })).toBeNull();
  });

  test.each([
    ['no build-info.json', { build: null, now: clean(), shortened: false }, /no build-info\.json/],
    ['built from another commit', { build: clean(OLD), now: clean(), shortened: false }, /built from bbbbbbb, but HEAD is aaaaaaa/],
    ['built with uncommitted changes', { build: { commit: HEAD, changed: ['src/a.ts'] }, now: clean(), shortened: false }, /built with uncommitted changes \(src\/a\.ts\)/],
    ['changes since the build', { build: clean(), now: { commit: HEAD, changed: ['src/b.ts'] }, shortened: false }, /working tree has uncommitted changes \(src\/b\.ts\)/],
    ['outside git', { build: clean(null), now: clean(null), shortened: false }, /no git commit/],
    ['shortened load runs', { build: clean(), now: clean(), shortened: true }, /shorter than the default/],
  ])('refuses: %s', (_label, check, reason) => {
    expect(readmeRefusal(check)).toMatch(reason);
  });

  test('a long list of changed files is cut to five', () => {
    const changed = Array.from({ length: 8 }, (_, i) => `src/f${i}.ts`);
    expect(readmeRefusal({ build: clean(), now: { commit: HEAD, changed }, shortened: false })).toContain('src/f4.ts and 3 more');
  });
});
