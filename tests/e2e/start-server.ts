/**
 * Starts the BUILT server (dist/, from `astro build`) on a fresh database for
 * the Playwright suite: deletes the file, applies the migrations, loads the
 * demo data (so the dashboard and the demo reports have content), then loads the server entry
 * (through scripts/serve.ts, as in production) in this same process. Loading it here instead of spawning a child means
 * Playwright's stop signal ends the server too: no orphan holding the port.
 *
 * Env: E2E_PORT (default 4601), KOERS_E2E_DB (the database file; the
 * Playwright config sets both). Run with Node 22 (`npm run test:e2e`).
 */
import { existsSync, rmSync } from 'node:fs';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { DEMO_TESTS, seedDemo } from '../../scripts/seed-demo.ts';
import { DEMO_PASSWORD } from '../support/demo-password.ts';
import { createDb, openClient } from '../../src/lib/server/db.ts';
import { e2eDatabasePath, e2eMailDir, e2ePort, e2eSmtpPort } from './fixtures/environment.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

const SERVER_ENTRY = new URL('../../dist/server/entry.mjs', import.meta.url);

const port = e2ePort();
const file = e2eDatabasePath(port);
const url = `file:${file}`;

if (!existsSync(SERVER_ENTRY)) {
  console.error('dist/server/entry.mjs is missing: run `astro build` first (npm run test:e2e does).');
  process.exit(1);
}

for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
// Mail goes to a real SMTP server on loopback in this process; specs read what arrived from its folder.
rmSync(e2eMailDir(port), { recursive: true, force: true });
const sink = await startSmtpSink({ port: e2eSmtpPort(port), dir: e2eMailDir(port) });
await migrateDatabase(url);
const client = openClient(url);
try {
  const count = await seedDemo(createDb(client), DEMO_TESTS, { password: DEMO_PASSWORD });
  console.log(`e2e database ready: ${file} (${count} demo tests)`);
} finally {
  client.close();
}

// TRUST_PROXY: every test signs in from 127.0.0.1, so specs send their own
// X-Forwarded-For (tests/e2e/fixtures/accounts.ts) to keep the per-IP sign-in
// throttle from counting the whole suite as one client. A single entry is
// what a proxy would have appended, so TRUST_PROXY=1 takes it as is.
Object.assign(process.env, { HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: url, DEMO_DATA: '1', TRUST_PROXY: '1', SMTP_URL: sink.url, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, OUTBOX_POLL_MS: '300' });
await import('../../scripts/serve.ts');
