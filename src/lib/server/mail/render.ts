/**
 * A mail's subject, plain text and simple HTML, in the recipient's
 * language. Pure: the caller passes a parsed Mail. Every value is escaped in
 * the HTML; the subject is one cleaned line (message.ts) so no value can
 * add a header.
 */
import { growthTestV1 } from '../../families/growth-test/definition.ts';
import { fill, messages } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';
import type { Mail } from './message.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const TEMPLATE_OF = {
  'client-invitation': 'clientInvitation',
  'invitation-reminder': 'invitationReminder',
  'resume-link': 'resumeLink',
  'report-link': 'reportLink',
  'consultant-invitation': 'consultantInvitation',
  'password-reset': 'passwordReset',
  'lead-notification': 'leadNotification',
} as const satisfies Record<Mail['kind'], string>;

const DATE_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
// Mails are read away from the site; its people are in the Netherlands.
const TIME_ZONE = 'Europe/Amsterdam';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function day(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
}

function time(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(DATE_LOCALE[locale], { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE, timeZoneName: 'short' });
}

/** The values a kind's texts fill in, as plain strings. */
function valuesOf(mail: Mail): Record<string, string> {
  const dash = '—';
  switch (mail.kind) {
    case 'client-invitation':
    case 'invitation-reminder':
      return { organisation: mail.data.organisation, coach: mail.data.coach, company: mail.data.company, date: day(mail.data.expiresAt, mail.locale), minutes: String(growthTestV1.minutes) };
    case 'consultant-invitation':
      return { organisation: mail.data.organisation, date: day(mail.data.expiresAt, mail.locale) };
    case 'password-reset':
      return { time: time(mail.data.expiresAt, mail.locale) };
    case 'lead-notification':
      return {
        organisation: mail.data.organisation,
        name: mail.data.name,
        company: mail.data.company,
        email: mail.data.email,
        phone: mail.data.phone || dash,
        score: mail.data.score || dash,
        opportunity: mail.data.opportunity || dash,
      };
    default:
      return {};
  }
}

export function renderMail(mail: Mail): RenderedMail {
  const m = messages(mail.locale).mail.mails;
  const t = m[TEMPLATE_OF[mail.kind]];
  const values = valuesOf(mail);
  const greeting = mail.toName ? fill(m.greeting, { name: mail.toName }) : m.greetingNoName;
  const paragraphs = [greeting, fill(t.intro, values), ...('details' in t ? [fill(t.details, values)] : [])];
  const scope = fill(t.scope, values);
  const url = mail.data.url;
  const text = [...paragraphs, `${t.button}:\n${url}`, scope, '—', m.footer].join('\n\n') + '\n';
  const para = (p: string) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`;
  const html = [
    `<!doctype html><html lang="${mail.locale}"><head><meta charset="utf-8"><title>${escapeHtml(fill(t.subject, values))}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:36em">',
    ...paragraphs.map(para),
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:.6em 1.2em;background:#0b5394;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(t.button)}</a></p>`,
    `<p style="font-size:.9em;word-break:break-all">${escapeHtml(url)}</p>`,
    para(scope),
    `<hr><p style="font-size:.85em;color:#555">${escapeHtml(m.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: fill(t.subject, values), text, html };
}
