import { describe, expect, test } from 'vitest';
import { EmbedOriginSchema, EmbedOriginsSchema, frameAncestors } from '../../../src/lib/surveys/embed-origins.ts';
import { MAX_EMBED_ORIGINS } from '../../../src/lib/limits.ts';

describe('EmbedOriginSchema', () => {
  test.each([
    ['https://www.example.nl', 'https://www.example.nl'],
    ['https://www.example.nl/', 'https://www.example.nl'],
    ['  https://shop.example.com  ', 'https://shop.example.com'],
    ['HTTPS://Shop.Example.COM', 'https://shop.example.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:4611', 'http://127.0.0.1:4611'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    // A default port is the same origin without it: browsers name it so.
    ['https://a.example:443', 'https://a.example'],
    ['http://a.example:80/', 'http://a.example'],
    ['https://a.example:8443', 'https://a.example:8443'],
    // An international name in the ASCII form browsers compare.
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('%s → %s', (input, expected) => {
    expect(EmbedOriginSchema.parse(input)).toBe(expected);
  });

  test.each([
    '',
    'example.nl',
    'www.example.nl',
    'ftp://example.nl',
    'javascript:alert(1)',
    'data:text/html,x',
    'https://example.nl/path',
    'https://example.nl/?q=1',
    'https://example.nl?',
    'https://example.nl#top',
    'https://user:pw@example.nl',
    'https://*.example.nl',
    '*',
    "'self'",
    "https://a'.example",
    'https://a;b.example',
    'https://a.example; script-src *',
    'https://a.example https://b.example',
    'https://a.example,https://b.example',
    'https://a_b.example',
    `https://${'a'.repeat(300)}.example`,
  ])('refuses %j', (input) => {
    const result = EmbedOriginSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].message).toBe('not_an_origin');
  });
});

describe('EmbedOriginsSchema', () => {
  test('drops duplicates after normalising', () => {
    expect(EmbedOriginsSchema.parse(['https://a.example', 'https://A.example:443/', 'https://b.example'])).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  test(`at most ${MAX_EMBED_ORIGINS}`, () => {
    const many = Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.example`);
    expect(EmbedOriginsSchema.safeParse(many.slice(0, MAX_EMBED_ORIGINS)).success).toBe(true);
    expect(EmbedOriginsSchema.safeParse(many).success).toBe(false);
  });
});

describe('frameAncestors', () => {
  test("no origins: only Koers itself (the owner's preview)", () => {
    expect(frameAncestors([])).toBe("frame-ancestors 'self'");
  });
  test('the listed origins, verbatim', () => {
    expect(frameAncestors(['https://a.example', 'http://localhost:8080'])).toBe("frame-ancestors 'self' https://a.example http://localhost:8080");
  });
});
