/**
 * Secure defaults of the built server, as a production start runs it
 * (scripts/serve.ts on dist/): no benchmark endpoint, no indexing of pages a
 * token opens, no token in a log line, no test planted through a resume
 * link, and no connection held for minutes by a client that trickles its
 * request.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { createDb, openClient } from '../../src/lib/server/db.ts';
import { createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../src/lib/limits.ts';
import { completedTest, sessionCookie, unfinishedTest } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

let database: TestDatabase;
let server: ServerHandle;
let client: ReturnType<typeof openClient>;
const tokens = { report: '', resume: '' };
let consultantCookie = '';

beforeAll(async () => {
  database = await freshDatabase('secure-defaults');
  client = openClient(database.url);
  const db = createDb(client);
  tokens.report = await completedTest(db);
  tokens.resume = await unfinishedTest(db);
  const organisation = await createOrganisation('Hygiëne Advies', null, db);
  const consultant = await createUser({ email: 'coach@hygiene.test', name: 'Coach', password: 'a fine passphrase', role: 'consultant', organisationId: organisation.id }, db);
  consultantCookie = await sessionCookie(db, consultant.id);
  server = await startServer({ database });
});

afterAll(async () => {
  await server?.stop();
  client?.close();
  removeDatabase(database);
});

describe('a production build', () => {
  test('has no benchmark endpoint', async () => {
    const reply = await fetch(`${server.url}/api/bench/empty`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(reply.status).toBe(404);
  });

  test('serves a robots.txt that keeps crawlers off the token pages', async () => {
    const reply = await fetch(`${server.url}/robots.txt`);
    expect(reply.status).toBe(200);
    const text = await reply.text();
    for (const path of ['/rapport/', '/hervatten/', '/uitnodiging/', '/vragenlijst/', '/en/rapport/']) expect(text).toContain(`Disallow: ${path}`);
  });

  test('pages a token opens say noindex, nofollow; public pages do not', async () => {
    const tokenPages = [
      `/rapport/${tokens.report}`,
      `/en/rapport/${tokens.report}`,
      `/rapport/${tokens.report}/pdf`,
      `/hervatten/${tokens.resume}`,
      `/vragenlijst/${tokens.resume}/context`,
      '/uitnodiging/aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      '/groeitest?uitnodiging=aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    ];
    for (const path of tokenPages) {
      const reply = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      await reply.arrayBuffer();
      expect(reply.status, path).toBeLessThan(500);
      expect(reply.headers.get('x-robots-tag'), path).toBe('noindex, nofollow');
    }
    for (const path of ['/', '/groeitest', '/en/']) {
      const reply = await fetch(`${server.url}${path}`);
      await reply.arrayBuffer();
      expect(reply.headers.get('x-robots-tag'), path).toBeNull();
    }
  });

  test('opening a resume link does not make the test this browser\'s own', async () => {
    const reply = await fetch(`${server.url}/hervatten/${tokens.resume}`, { redirect: 'manual' });
    expect(reply.status).toBe(303);
    expect(reply.headers.getSetCookie().filter((line) => line.startsWith('koers_test='))).toEqual([]);
    // The respondent's own start still remembers it.
    const start = await fetch(`${server.url}/groeitest`);
    const token = /name="token" value="([^"]+)"/.exec(await start.text())![1];
    const started = await fetch(`${server.url}/groeitest`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(started.status).toBe(303);
    expect(started.headers.getSetCookie().some((line) => line.startsWith(`koers_test=${token}`))).toBe(true);
  });

  test('an invitation mail is logged without its link', async () => {
    const reply = await fetch(`${server.url}/dashboard/uitnodigen`, {
      method: 'POST',
      headers: { origin: server.url, cookie: consultantCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ companyId: '', newClientName: 'Bakkerij Log', email: 'klant@log.test' }),
    });
    expect(reply.status).toBe(200);
    // The link is on the page, for the consultant to copy.
    const link = /\/uitnodiging\/([a-z2-7]{16}\.[a-z2-7]{32})/.exec(await reply.text());
    expect(link).not.toBeNull();
    const secret = link![1].split('.')[1];
    await expect.poll(() => server.output()).toContain('klant@log.test');
    expect(server.output()).not.toContain(secret);
    expect(server.output()).not.toContain('/uitnodiging/');
  });

  test('a coach sees the link on the dashboard and revokes it; it then opens nothing', async () => {
    const post = (fields: Record<string, string>) =>
      fetch(`${server.url}/dashboard/uitnodigen`, {
        method: 'POST',
        headers: { origin: server.url, cookie: consultantCookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
    const made = await (await post({ companyId: '', newClientName: 'Intrek BV', email: '', days: '7', maxUses: '2' })).text();
    const token = /\/uitnodiging\/([a-z2-7]{16}\.[a-z2-7]{32})/.exec(made)![1];
    expect(made).toContain('Intrek BV');
    expect(made).toContain('0 van 2');
    const inviteId = /name="invite" value="([^"]+)"/.exec(made.slice(made.indexOf('Intrek BV')))![1];
    expect(token.startsWith(inviteId)).toBe(true);
    const revoked = await (await post({ action: 'revoke', invite: inviteId })).text();
    expect(revoked).toContain('Ingetrokken');
    const start = await fetch(`${server.url}/groeitest?uitnodiging=${token}`);
    expect(await start.text()).not.toContain('Hygiëne Advies');
  });
});

/** Opens a raw connection, writes `head`, then one byte of `drip` per second; resolves with how long the server kept it open. */
function trickle(port: number, head: string, drip: string): Promise<{ openMs: number; reply: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    let reply = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < drip.length && !socket.destroyed) socket.write(drip[sent++]);
    }, 1_000);
    socket.on('data', (chunk) => (reply += chunk.toString()));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ openMs: Date.now() - started, reply });
    });
    socket.write(head);
  });
}

describe('a client that trickles its request', () => {
  // Node's defaults held such a connection for 60 s (headers) and 5 minutes (a body), checked every 30 s.
  const SLACK_MS = 5_000;

  test('is cut off once the headers or the whole request take too long; a slow but honest client is served', async () => {
    const host = `127.0.0.1:${server.port}`;
    const [headers, body, honest] = await Promise.all([
      trickle(server.port, `GET / HTTP/1.1\r\nHost: ${host}\r\n`, 'X-Slow: ' + 'a'.repeat(200)),
      trickle(
        server.port,
        `POST /groeitest HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n`,
        'a'.repeat(1000),
      ),
      // Four chunks a second apart, then the reply.
      (async () => {
        const body = `token=${'a'.repeat(60)}`;
        const socket = connect(server.port, '127.0.0.1');
        let reply = '';
        socket.on('data', (chunk) => (reply += chunk.toString()));
        socket.write(`POST /groeitest HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
        const size = Math.ceil(body.length / 4);
        for (let i = 0; i < 4; i++) {
          await new Promise((r) => setTimeout(r, 1_000));
          socket.write(body.slice(i * size, (i + 1) * size));
        }
        await new Promise((r) => socket.once('close', r));
        return reply;
      })(),
    ]);
    reportFigures('secure-defaults trickle', { headersOpenMs: headers.openMs, bodyOpenMs: body.openMs });
    expect(headers.openMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 1_000);
    expect(headers.openMs).toBeLessThan(HEADERS_TIMEOUT_MS + SLACK_MS);
    expect(headers.reply).toMatch(/^HTTP\/1\.1 408/);
    expect(body.openMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 1_000);
    expect(body.openMs).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
    expect(honest).toMatch(/^HTTP\/1\.1 (200|303)/);
  });
});
