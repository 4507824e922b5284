/** The widget loader as /embed.js serves it: within its gzip budget, and still the loader after compaction. */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EMBED_SCRIPT, compactScript } from '../../src/lib/server/embed-script.ts';
import { EMBED_SCRIPT_MAX_GZIP_BYTES } from '../../src/lib/limits.ts';

describe('the embed loader', () => {
  test(`is at most ${EMBED_SCRIPT_MAX_GZIP_BYTES} bytes gzipped as served`, () => {
    const bytes = gzipSync(EMBED_SCRIPT, { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(EMBED_SCRIPT_MAX_GZIP_BYTES);
  });

  test('compaction drops comment lines and indentation only, and the result parses', () => {
    expect(compactScript('  // why\n  var a = "//not a comment";\n\n  a;\n')).toBe('var a = "//not a comment";\na;');
    expect(() => new Function(EMBED_SCRIPT)).not.toThrow();
    expect(EMBED_SCRIPT).not.toMatch(/^\s*\/\//m);
  });

  test('needs nothing a strict host CSP forbids: no eval, no inline style attribute, no innerHTML, no cookie', () => {
    const source = readFileSync(new URL('../../src/embed/loader.js', import.meta.url), 'utf8');
    for (const forbidden of [/\beval\(/, /new Function/, /setAttribute\(\s*'style'/, /innerHTML/, /document\.cookie/, /localStorage/, /\bimport\b/]) {
      expect(source).not.toMatch(forbidden);
    }
  });
});
