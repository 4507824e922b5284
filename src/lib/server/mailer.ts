/**
 * Outgoing mail, behind one interface. Koers sends none yet: invitations
 * and password resets are links a person copies. The console mailer logs
 * what would be sent, so a real one (SMTP, an API) can replace it later
 * without touching the callers.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export const consoleMailer: Mailer = {
  async send(mail) {
    // Quoted, so no value can start a log line of its own.
    console.info(`[mail] to=${JSON.stringify(mail.to)} subject=${JSON.stringify(mail.subject)} text=${JSON.stringify(mail.text)}`);
  },
};

export function getMailer(): Mailer {
  return consoleMailer;
}
