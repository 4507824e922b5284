import { afterEach, describe, expect, test, vi } from 'vitest';
import { consoleMailer } from '../../../src/lib/server/mailer.ts';

afterEach(() => vi.restoreAllMocks());

describe('consoleMailer', () => {
  test('logs the kind and the addressee, never the text and its link', async () => {
    const lines: string[] = [];
    for (const method of ['info', 'log', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    const token = 'Ab3dEfGh.s3cr3tPartOfTheToken';
    await consoleMailer.send({
      kind: 'growth-test-invitation',
      to: 'klant@voorbeeld.nl',
      subject: 'Uitnodiging',
      text: `Open https://koers.example/uitnodiging/${token} om te beginnen.`,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('growth-test-invitation');
    expect(lines[0]).toContain('klant@voorbeeld.nl');
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('s3cr3t');
    expect(lines[0]).not.toContain('/uitnodiging/');
  });
});
