/**
 * A real SMTP server on loopback for tests (smtp-server), reading what
 * arrives with mailparser. It can refuse mail (a temporary 451, like a
 * server in trouble) and, with `dir`, writes each mail as JSON there so
 * another process (a Playwright worker) can read it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string;
  toName: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Every header line as received, to check nothing was injected. */
  rawHeaders: string;
  envelopeTo: string[];
}

export interface SmtpSink {
  port: number;
  url: string;
  mails: SunkMail[];
  /** While true, every mail is refused with 451 (the sender must retry). */
  refusing: boolean;
  waitFor(predicate: (mail: SunkMail) => boolean, timeoutMs?: number): Promise<SunkMail>;
  close(): Promise<void>;
}

export async function startSmtpSink({ port = 0, dir }: { port?: number; dir?: string } = {}): Promise<SmtpSink> {
  if (dir) mkdirSync(dir, { recursive: true });
  const mails: SunkMail[] = [];
  const sink = { refusing: false } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (sink.refusing) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
            const mail: SunkMail = {
              to: to?.value[0]?.address ?? '',
              toName: to?.value[0]?.name ?? '',
              from: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              rawHeaders: raw.toString('utf8').split(/\r\n\r\n/)[0],
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            };
            mails.push(mail);
            if (dir) writeFileSync(join(dir, `${Date.now()}-${mails.length}.json`), JSON.stringify(mail));
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return Object.assign(sink, {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    mails,
    waitFor: (predicate: (mail: SunkMail) => boolean, timeoutMs = 30_000) => waitForMail(() => mails, predicate, timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The mails a sink with `dir` wrote, oldest first (for a process other than the sink's). */
export function readSunkMails(dir: string): SunkMail[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b)).map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as SunkMail);
}

export async function waitForMail(list: () => SunkMail[], predicate: (mail: SunkMail) => boolean, timeoutMs = 30_000): Promise<SunkMail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = list().find(predicate);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no matching mail within ${timeoutMs} ms (${list().length} arrived)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
