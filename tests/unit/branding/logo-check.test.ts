import { describe, expect, test } from 'vitest';
import { checkLogo } from '../../../src/lib/branding/logo-check.ts';
import { BrandingFormSchema } from '../../../src/lib/branding/branding-form.ts';
import { hostileLogos, jpegLogo, pngLogo, webpLogo } from '../../support/logos.ts';

describe('checkLogo', () => {
  test.each([
    ['PNG', pngLogo(64, 32), 'image/png', 64, 32],
    ['JPEG', jpegLogo(120, 40), 'image/jpeg', 120, 40],
    ['WebP', webpLogo(100, 50), 'image/webp', 100, 50],
  ])('accepts a %s by its bytes, with its size', (_label, bytes, mediaType, width, height) => {
    expect(checkLogo(bytes)).toEqual({ ok: true, mediaType, width, height });
  });

  test.each(hostileLogos().map((h) => [h.label, h.bytes, h.problem] as const))('refuses %s', (_label, bytes, problem) => {
    expect(checkLogo(bytes)).toEqual({ ok: false, problem });
  });
});

describe('BrandingFormSchema', () => {
  const base = { displayName: 'Coach', ctaUrl: '', ctaPhone: '' };
  test.each(['https://cal.example.nl/afspraak', ''])('takes booking link %j', (ctaUrl) => {
    expect(BrandingFormSchema.safeParse({ ...base, ctaUrl }).success).toBe(true);
  });
  test.each(['http://cal.example.nl', 'javascript:alert(1)', 'https://user:pw@cal.example.nl', 'data:text/html,x', 'https://localhost', 'cal.example.nl'])(
    'refuses booking link %j',
    (ctaUrl) => {
      expect(BrandingFormSchema.safeParse({ ...base, ctaUrl }).success).toBe(false);
    },
  );
  test.each([['+31 20 123 45 67', true], ['020-1234567', true], ['12', false], ['<script>', false], ['call me', false]])('phone %j: %s', (ctaPhone, ok) => {
    expect(BrandingFormSchema.safeParse({ ...base, ctaPhone }).success).toBe(ok);
  });
});
