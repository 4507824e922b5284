import { describe, expect, test } from 'vitest';
import { MailSchema, type MailInput } from '../../../../src/lib/server/mail/message.ts';
import { renderMail } from '../../../../src/lib/server/mail/render.ts';
import { reminderDue } from '../../../../src/lib/server/invitation-mails.ts';

const url = 'https://koers.example/uitnodiging/Ab3dEfGh.s3cr3t';
const expiresAt = '2027-03-01T12:00:00.000Z';
const invitation = { organisation: 'Demo Groeiadvies', coach: 'Ada Coach', company: 'Bakkerij <b>Korenschoof</b>', url, expiresAt, inviteId: 'inv1' };

const MAILS: MailInput[] = [
  { kind: 'client-invitation', to: 'klant@voorbeeld.nl', locale: 'nl', data: invitation },
  { kind: 'invitation-reminder', to: 'klant@voorbeeld.nl', locale: 'nl', data: invitation },
  { kind: 'resume-link', to: 'klant@voorbeeld.nl', locale: 'nl', data: { url } },
  { kind: 'report-link', to: 'klant@voorbeeld.nl', locale: 'nl', data: { url } },
  { kind: 'consultant-invitation', to: 'nieuw@voorbeeld.nl', locale: 'nl', data: { organisation: 'Demo Groeiadvies', url, expiresAt } },
  { kind: 'password-reset', to: 'ada@voorbeeld.nl', toName: 'Ada', locale: 'nl', data: { url, expiresAt } },
  {
    kind: 'lead-notification',
    to: 'coach@voorbeeld.nl',
    locale: 'nl',
    data: { organisation: 'Demo Groeiadvies', name: 'Piet', company: 'Piet & Zonen', email: 'piet@voorbeeld.nl', url },
  },
];

describe('renderMail', () => {
  test.each(MAILS.flatMap((mail) => (['nl', 'en'] as const).map((locale) => ({ ...mail, locale }) as MailInput)))(
    '$kind in $locale: subject, text and HTML with the link and what it opens',
    (input) => {
      const rendered = renderMail(MailSchema.parse(input));
      expect(rendered.subject.length).toBeGreaterThan(5);
      expect(rendered.subject).not.toMatch(/[\r\n{}]/);
      expect(rendered.text).toContain(url);
      expect(rendered.html).toContain(`href="${url}"`);
      expect(rendered.text).not.toMatch(/\{\w+\}/);
      expect(rendered.html).toContain(`lang="${input.locale}"`);
      // Nothing a value carries becomes markup.
      expect(rendered.html).not.toContain('<b>');
    },
  );

  test('Dutch and English differ, and dates follow the language', () => {
    const nl = renderMail(MailSchema.parse(MAILS[0]));
    const en = renderMail(MailSchema.parse({ ...MAILS[0], locale: 'en' }));
    expect(nl.subject).toBe('Demo Groeiadvies nodigt je uit voor de Groeitest');
    expect(en.subject).toBe('Demo Groeiadvies invites you to take the Growth Test');
    expect(nl.text).toContain('1 maart 2027');
    expect(en.text).toContain('1 March 2027');
    expect(nl.html).toContain('Bakkerij &#60;b&#62;Korenschoof&#60;/b&#62;');
  });

  test('line breaks and control characters in names never reach a subject or greeting as such', () => {
    const mail = MailSchema.parse({
      ...MAILS[6],
      data: { ...(MAILS[6] as { data: object }).data, company: 'Evil\r\nBcc: victim@example.com', name: 'X\nSubject: hi' },
    });
    const rendered = renderMail(mail);
    expect(rendered.subject).toBe('Nieuwe lead: Evil Bcc: victim@example.com');
    expect(rendered.subject).not.toMatch(/[\r\n]/);
  });

  test('an address with a line break, a comma or angle brackets is refused', () => {
    for (const to of ['a@b.nl\r\nBcc: c@d.nl', 'a@b.nl, c@d.nl', '<a@b.nl>', 'a@b.nl\n']) {
      expect(MailSchema.safeParse({ ...MAILS[2], to: to }).success, to).toBe(to === 'a@b.nl\n' ? true : false);
    }
  });

  test('a link that is not http(s) is refused', () => {
    expect(MailSchema.safeParse({ ...MAILS[2], data: { url: 'javascript:alert(1)' } }).success).toBe(false);
  });
});

describe('reminderDue', () => {
  const sent = new Date('2027-01-01T10:00:00Z');
  const expires = new Date('2027-01-31T10:00:00Z');
  test.each([
    { days: 0, due: null },
    { days: 7, due: '2027-01-08T10:00:00.000Z' },
    { days: 29, due: '2027-01-30T10:00:00.000Z' },
    // Not after the link stopped working: the reminder would carry a dead link.
    { days: 30, due: null },
    { days: 45, due: null },
  ])('$days days → $due', ({ days, due }) => {
    expect(reminderDue(sent, days, expires)?.toISOString() ?? null).toBe(due);
  });
});
