import { describe, expect, test } from 'vitest';
import { allowFramingBy } from '../../../src/lib/server/embed-headers.ts';
import { parseOriginsText } from '../../../src/lib/forms/embed-origins.ts';
import { embedSnippets } from '../../../src/lib/server/embed-settings.ts';
import { MAX_EMBED_ORIGINS } from '../../../src/lib/limits.ts';
import type { SurveyInstanceRow } from '../../../src/lib/server/queries/surveys.ts';

describe('allowFramingBy', () => {
  test("swaps only Astro's frame-ancestors directive and drops X-Frame-Options", () => {
    const headers = new Headers({
      'content-security-policy': "default-src 'self';frame-ancestors 'none';script-src 'self' 'sha256-x';",
      'x-frame-options': 'DENY',
    });
    allowFramingBy(headers, ['https://a.example', 'http://localhost:8080']);
    expect(headers.get('content-security-policy')).toBe("default-src 'self';frame-ancestors 'self' https://a.example http://localhost:8080;script-src 'self' 'sha256-x';");
    expect(headers.has('x-frame-options')).toBe(false);
  });

  test('no origins: Koers itself only', () => {
    const headers = new Headers({ 'content-security-policy': "frame-ancestors 'none';" });
    allowFramingBy(headers, []);
    expect(headers.get('content-security-policy')).toBe("frame-ancestors 'self';");
  });
});

describe('parseOriginsText', () => {
  test('one origin per line, blank lines skipped, normalised and deduplicated', () => {
    expect(parseOriginsText('https://a.example\r\n\n  https://A.example:443/ \nhttp://localhost:8080', 'nl')).toEqual({ ok: true, origins: ['https://a.example', 'http://localhost:8080'] });
    expect(parseOriginsText('', 'en')).toEqual({ ok: true, origins: [] });
  });

  test('names the first bad line, in the reader’s language, and keeps the text', () => {
    expect(parseOriginsText('https://a.example\nhttps://b.example/pad', 'nl')).toEqual({
      ok: false,
      text: 'https://a.example\nhttps://b.example/pad',
      error: 'Regel 2 is geen websiteadres zoals https://www.uwbedrijf.nl: "https://b.example/pad".',
    });
    const english = parseOriginsText("'self'", 'en');
    expect(english.ok || english.error).toBe('Line 1 is not a website address such as https://www.yourcompany.com: "\'self\'".');
  });

  test(`at most ${MAX_EMBED_ORIGINS}`, () => {
    const many = Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.example`).join('\n');
    const result = parseOriginsText(many, 'nl');
    expect(result.ok || result.error).toBe(`Hooguit ${MAX_EMBED_ORIGINS} websites.`);
  });
});

describe('embedSnippets', () => {
  const instance = { publicId: 'p'.repeat(26), locales: ['en', 'nl'] } as unknown as SurveyInstanceRow;
  test('per mode: the placeholder with the survey link in its first language, and the script', () => {
    const [inline, popup, slideIn] = embedSnippets(instance, 'https://koers.example');
    expect(inline).toEqual({
      mode: 'inline',
      code: [
        `<div data-koers-survey="${'p'.repeat(26)}" data-koers-mode="inline" data-koers-lang="en">`,
        `  <a href="https://koers.example/en/v/${'p'.repeat(26)}">Go to the survey</a>`,
        '</div>',
        '<script src="https://koers.example/embed.js" async></script>',
      ].join('\n'),
    });
    expect(popup.code).toContain('data-koers-mode="popup" data-koers-lang="en">');
    expect(slideIn.code).toContain('data-koers-mode="slide-in" data-koers-lang="en" data-koers-delay="5">');
  });
});
