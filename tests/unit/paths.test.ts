import { describe, expect, test } from 'vitest';
import { opensByToken, paths, safeReturnPath } from '../../src/lib/paths.ts';

describe('safeReturnPath', () => {
  test.each([
    ['/dashboard', '/dashboard'],
    ['/en/dashboard/klanten/abc?bewerk=x#notities', '/en/dashboard/klanten/abc?bewerk=x#notities'],
    ['/dashboard/klanten/caf%C3%A9', '/dashboard/klanten/caf%C3%A9'],
  ])('keeps a path on this site: %j', (value, expected) => {
    expect(safeReturnPath(value, '/fallback')).toBe(expected);
  });

  test.each([
    [null],
    [''],
    ['dashboard'],
    ['https://evil.example/'],
    ['//evil.example'],
    ['/\\evil.example'],
    // Browsers drop tabs and line breaks, which makes these "//evil.example".
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\r/evil.example'],
    // Not allowed in a Location header as they are: the redirect used to throw (a 500).
    ['/a\nb'],
    ['/a\u0000b'],
    ['/caf\u00e9'],
    ['/\u2028'],
    ['/😀'],
    ['/a b'],
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value, '/fallback')).toBe('/fallback');
  });
});

describe('the embed paths', () => {
  test('an embedded thank-you page that leads to a report opens by its token: not indexed', () => {
    expect(opensByToken('/e/abc/bedankt', new URLSearchParams('rapport=t.k'))).toBe(true);
    expect(opensByToken('/e/abc/bedankt', new URLSearchParams())).toBe(false);
    expect(opensByToken('/e/abc', new URLSearchParams('voorbeeld'))).toBe(false);
  });
  test('the embedded pages per language, the report token encoded', () => {
    expect(paths.embed('en', 'abc')).toBe('/en/e/abc');
    expect(paths.embedThanks('nl', 'abc', 't.k')).toBe('/e/abc/bedankt?rapport=t.k');
    expect(paths.embedThanks('nl', 'abc')).toBe('/e/abc/bedankt');
  });
});
