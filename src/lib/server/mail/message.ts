/**
 * What a mail is before it is rendered: its kind, addressee, language and
 * the few values its text needs. This is what the outbox stores (the 'mail'
 * event's payload), so the handler renders the mail at sending time and a
 * change of wording reaches mails still waiting.
 */
import { z } from 'zod';
import { cleanLine } from '../../forms/parse-form.ts';

/** One line, no control characters, bounded: nothing in it can end a header or start a new one. */
const line = (max: number) => z.string().transform(cleanLine).pipe(z.string().max(max));
const link = z.url({ protocol: /^https?$/ }).max(2000);
const when = z.iso.datetime();
/**
 * An address a mail can go to: what the forms take, minus the characters
 * that have a meaning in an address header (<>",;). A CR, LF or any control
 * character fails here.
 */
export const MailAddressSchema = z.string().trim().max(254).regex(/^[^\s@\p{Cc}<>",;]+@[^\s@\p{Cc}<>",;]+\.[^\s@\p{Cc}<>",;]+$/u);

const address = MailAddressSchema;
const base = { to: address, toName: line(120).optional(), locale: z.enum(['nl', 'en']) };

const invitation = z.object({ organisation: line(120), coach: line(120), company: line(120), url: link, expiresAt: when, inviteId: z.string().max(64) });

export const MailSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('client-invitation'), data: invitation }),
  z.object({ ...base, kind: z.literal('invitation-reminder'), data: invitation }),
  z.object({ ...base, kind: z.literal('resume-link'), data: z.object({ url: link }) }),
  z.object({ ...base, kind: z.literal('report-link'), data: z.object({ url: link }) }),
  z.object({ ...base, kind: z.literal('consultant-invitation'), data: z.object({ organisation: line(120), url: link, expiresAt: when }) }),
  z.object({ ...base, kind: z.literal('password-reset'), data: z.object({ url: link, expiresAt: when }) }),
  z.object({
    ...base,
    kind: z.literal('lead-notification'),
    data: z.object({
      organisation: line(120),
      name: line(120),
      company: line(120),
      email: address,
      phone: line(40).optional(),
      score: line(20).optional(),
      opportunity: line(120).optional(),
      url: link,
    }),
  }),
]);
export type Mail = z.infer<typeof MailSchema>;
export type MailInput = z.input<typeof MailSchema>;
export type MailKind = Mail['kind'];
