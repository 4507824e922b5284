/**
 * "Mail me this link" (issue 12): the address field as the form parses it
 * (CR/LF and other control characters refused with their own code, never
 * trimmed into a valid address), the dedupe key of a double click, and the
 * way back with its confirmation flag.
 */
import { describe, expect, test } from 'vitest';
import { parseForm } from '../../../src/lib/forms/parse-form.ts';
import { MailAddressSchema } from '../../../src/lib/server/mail/message.ts';
import { mailedLinkUrl, mailLinkDedupeKey, MailLinkFormSchema, withMailedFlag } from '../../../src/lib/server/mail-link.ts';
import { mailLinkTexts } from '../../../src/lib/i18n/mail-link.ts';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return parseForm(MailLinkFormSchema, data);
};

describe('the address field', () => {
  test.each([
    ['naam@bedrijf.nl', 'naam@bedrijf.nl'],
    ['  Naam@Bedrijf.NL ', 'naam@bedrijf.nl'],
    ['a.b+c@sub.voorbeeld.test', 'a.b+c@sub.voorbeeld.test'],
  ])('%j is taken as %j', (typed, address) => {
    const parsed = form({ email: typed });
    expect(parsed).toEqual({ ok: true, data: { email: address } });
    if (parsed.ok) expect(MailAddressSchema.safeParse(parsed.data.email).success).toBe(true);
  });

  test.each([
    ['', 'required'],
    ['   ', 'required'],
    ['geen-adres', 'invalid_email'],
    ['a@b', 'invalid_email'],
    ['naam@bedrijf.nl\r\nBcc: victim@evil.test', 'line_break'],
    ['naam@bedrijf.nl\r\n', 'line_break'],
    ['naam@bedrijf.nl\n', 'line_break'],
    ['\tnaam@bedrijf.nl', 'line_break'],
    ['naam@bedrijf.nl\u0000', 'line_break'],
    ['"Naam" <a@b.nl>', 'invalid_email'],
    ['a@b.nl,c@d.nl', 'invalid_email'],
    ['a;b@c.nl', 'invalid_email'],
    ['<script>@x.nl', 'invalid_email'],
    [`${'a'.repeat(250)}@b.nl`, 'too_long'],
    ['x'.repeat(5000), 'too_long'],
  ])('%j is refused: %s', (typed, code) => {
    const parsed = form({ email: typed });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.fieldErrors.email).toBe(code);
      // What was typed comes back as it was, to correct it.
      expect(parsed.values.email).toBe(typed);
    }
  });

  test('a missing field is refused as required, not a crash', () => {
    const parsed = parseForm(MailLinkFormSchema, new FormData());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors.email).toBeDefined();
  });

  test('every error code has a Dutch and an English text', () => {
    for (const code of ['required', 'invalid_email', 'line_break', 'too_long']) {
      expect(mailLinkTexts.nl.errors[code as 'required']).toBeTruthy();
      expect(mailLinkTexts.en.errors[code as 'required']).toBeTruthy();
    }
  });
});

describe('dedupe key', () => {
  const minute = Date.UTC(2026, 10, 27, 10, 15, 0);
  test('a double click within the minute is one mail; another minute, address, kind or response is another', () => {
    const key = mailLinkDedupeKey('resume', 'resp1', 'a@b.nl', minute + 1_000);
    expect(mailLinkDedupeKey('resume', 'resp1', 'a@b.nl', minute + 59_000)).toBe(key);
    expect(mailLinkDedupeKey('resume', 'resp1', 'a@b.nl', minute + 61_000)).not.toBe(key);
    expect(mailLinkDedupeKey('resume', 'resp1', 'c@d.nl', minute)).not.toBe(key);
    expect(mailLinkDedupeKey('report', 'resp1', 'a@b.nl', minute)).not.toBe(key);
    expect(mailLinkDedupeKey('resume', 'resp2', 'a@b.nl', minute)).not.toBe(key);
  });
  test('holds no address', () => {
    expect(mailLinkDedupeKey('report', 'resp1', 'someone@voorbeeld.test', minute)).not.toContain('voorbeeld');
  });
});

test('the mailed link is the page the respondent holds, in their language', () => {
  expect(mailedLinkUrl('resume', 'abc.def', 'nl', 'https://koers.test')).toBe('https://koers.test/hervatten/abc.def');
  expect(mailedLinkUrl('report', 'abc.def', 'en', 'https://koers.test')).toBe('https://koers.test/en/rapport/abc.def');
});

test('the way back carries the confirmation and the form anchor', () => {
  expect(withMailedFlag('/vragenlijst/t/about')).toBe('/vragenlijst/t/about?gemaild=1#link-mailen');
  expect(withMailedFlag('/e/x/bedankt?rapport=t')).toBe('/e/x/bedankt?rapport=t&gemaild=1#link-mailen');
});
