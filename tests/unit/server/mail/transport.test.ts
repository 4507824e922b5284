import { afterEach, describe, expect, test, vi } from 'vitest';
import { consoleTransport, parseFrom } from '../../../../src/lib/server/mail/transport.ts';
import { MailSchema } from '../../../../src/lib/server/mail/message.ts';
import { renderMail } from '../../../../src/lib/server/mail/render.ts';
import { parseEnv } from '../../../../src/lib/server/env.ts';

afterEach(() => vi.restoreAllMocks());

describe('consoleTransport (no SMTP_URL)', () => {
  test('logs the kind and the addressee, never the text and its link', async () => {
    const lines: string[] = [];
    for (const method of ['info', 'log', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    const token = 'Ab3dEfGh.s3cr3tPartOfTheToken';
    const mail = MailSchema.parse({ kind: 'resume-link', to: 'klant@voorbeeld.nl', locale: 'nl', data: { url: `https://koers.example/hervatten/${token}` } });
    await consoleTransport.send(mail, renderMail(mail), '<x@koers>');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('resume-link');
    expect(lines[0]).toContain('klant@voorbeeld.nl');
    expect(lines[0]).not.toContain('s3cr3t');
  });
});

describe('mail settings', () => {
  test.each([
    [{}, true],
    [{ SMTP_URL: 'smtp://user:pass@mail.example.nl:587', PUBLIC_ORIGIN: 'https://koers.example.nl' }, true],
    [{ SMTP_URL: 'smtps://mail.example.nl', PUBLIC_ORIGIN: 'https://koers.example.nl' }, true],
    // Mail links are built from PUBLIC_ORIGIN only: without it a forged Host header would choose them.
    [{ SMTP_URL: 'smtps://mail.example.nl' }, false],
    [{ SMTP_URL: 'http://mail.example.nl' }, false],
    [{ SMTP_URL: 'mail.example.nl' }, false],
    [{ MAIL_FROM: 'Koers <noreply@koers.nl>' }, true],
    [{ MAIL_FROM: 'noreply@koers.nl' }, true],
    [{ MAIL_FROM: 'Koers <noreply@koers.nl>\r\nBcc: x@y.nl' }, false],
    [{ MAIL_FROM: 'not an address' }, false],
  ])('%j valid: %s', (vars, valid) => {
    if (valid) expect(() => parseEnv(vars)).not.toThrow();
    else expect(() => parseEnv(vars)).toThrow(/SMTP_URL|MAIL_FROM|PUBLIC_ORIGIN/);
  });

  test('the sender splits into name and address', () => {
    expect(parseFrom('Koers Portaal <noreply@koers.nl>')).toEqual({ name: 'Koers Portaal', address: 'noreply@koers.nl' });
    expect(parseFrom('noreply@koers.nl')).toEqual({ name: '', address: 'noreply@koers.nl' });
  });
});
