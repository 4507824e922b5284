/**
 * Outgoing mail, behind one interface. Koers sends none yet: invitations
 * and password resets are links a person copies from the page that made
 * them. The console mailer logs that a mail would go out, so a real one
 * (SMTP, an API) can replace it later without touching the callers.
 */
export interface Mail {
  /** What sort of mail this is, for the log (never the content). */
  kind: 'growth-test-invitation';
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Logs the kind and the addressee only. A mail's text carries a link with a
 * bearer token (an invitation opens a test attributed to a consultancy),
 * and logs are read by more people, kept longer and copied further than
 * the database, so the text is never logged, in development neither: the
 * link is on the page that made the invitation, which is where a developer
 * (and a test) takes it from.
 */
export const consoleMailer: Mailer = {
  async send(mail) {
    // Quoted, so no value can start a log line of its own.
    console.info(`[mail] ${mail.kind} to=${JSON.stringify(mail.to)} (not sent: no mail server configured; the link is on the page that made it)`);
  },
};

export function getMailer(): Mailer {
  return consoleMailer;
}
