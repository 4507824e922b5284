/**
 * Hands a rendered mail to the mail server of SMTP_URL, or, without one,
 * logs that it would have (kind and addressee only: a mail's link is a
 * bearer token, and logs travel further than the database).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { SMTP_TIMEOUT_MS } from '../../limits.ts';
import type { Mail } from './message.ts';
import type { RenderedMail } from './render.ts';

export interface MailTransport {
  /** Resolves when the server accepted the mail; rejects with a short reason otherwise. */
  send(mail: Mail, rendered: RenderedMail, messageId: string): Promise<void>;
}

/** "Name <address>" or a bare address, as MAIL_FROM allows (env.ts). */
export function parseFrom(from: string): { name: string; address: string } {
  const match = /^(.*)<([^<>]+)>$/.exec(from.trim());
  return match ? { name: match[1].trim().replace(/^"|"$/g, ''), address: match[2].trim() } : { name: '', address: from.trim() };
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport({
    url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const sender = parseFrom(from);
  return {
    async send(mail, rendered, messageId) {
      // Address objects, never strings glued together: nodemailer encodes a name, so no name can add a header or an addressee.
      await transporter.sendMail({
        from: sender,
        to: { name: mail.toName ?? '', address: mail.to },
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId,
        // The recipient's language, for screen readers and mail clients.
        headers: { 'Content-Language': mail.locale },
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
  };
}

export const consoleTransport: MailTransport = {
  async send(mail) {
    // Quoted, so no value can start a log line of its own.
    console.info(`[mail] ${mail.kind} to=${JSON.stringify(mail.to)} (not sent: SMTP_URL is not set)`);
  },
};

let configured: MailTransport | undefined;
/** This process's transport, from SMTP_URL and MAIL_FROM (env.ts). */
export function configuredTransport(config: { SMTP_URL?: string; MAIL_FROM: string }): MailTransport {
  configured ??= config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : consoleTransport;
  return configured;
}
