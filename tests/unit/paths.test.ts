import { describe, expect, test } from 'vitest';
import { safeReturnPath } from '../../src/lib/paths.ts';

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
