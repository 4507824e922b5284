/**
 * The Node receiver in docs/webhooks.md, run as written: Koers's own
 * sender delivers a signed event to it (accepted, 204), and the same event
 * signed with another secret is refused (400).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Database } from '../../../../src/lib/server/db.ts';
import { claimDue } from '../../../../src/lib/server/outbox/outbox.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../../src/lib/server/queries/surveys.ts';
import { deliverWebhook } from '../../../../src/lib/server/webhooks/deliver.ts';
import { enqueueTestEvent, regenerateWebhookSecret, setWebhook } from '../../../../src/lib/server/webhooks/webhooks.ts';
import { openTempDb } from '../../support/temp-db.ts';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

function exampleProgram(): string {
  const doc = readFileSync(join(ROOT, 'docs/webhooks.md'), 'utf8');
  const block = /## Verifying it[\s\S]*?```js\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('no js example under "Verifying it" in docs/webhooks.md');
  return block[1];
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let db: Database;
let close: () => void;
let dir: string;
let child: ChildProcess | undefined;
beforeEach(async () => {
  ({ db, close } = await openTempDb());
  // Inside node_modules, so the example's `import 'standardwebhooks'` resolves as in a receiver's project.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'node_modules/.cache/webhook-doc-'));
});
afterEach(() => {
  child?.kill('SIGKILL');
  close();
  rmSync(dir, { recursive: true, force: true });
});

test('the documented receiver accepts a delivery signed with its secret and refuses another secret', { timeout: 60_000 }, async () => {
  const port = await freePort();
  const { secret } = await setWebhook(db, SITE_GROWTH_TEST_INSTANCE, `http://127.0.0.1:${port}/hook`);
  const file = join(dir, 'receiver.mjs');
  writeFileSync(file, exampleProgram());
  child = spawn(process.execPath, [file], { env: { ...process.env, KOERS_WEBHOOK_SECRET: secret!, PORT: String(port) }, stdio: 'pipe' });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));

  await enqueueTestEvent(db, { id: SITE_GROWTH_TEST_INSTANCE, publicId: 'pub', title: 'Titel' });
  const [event] = await claimDue(db, 'w', 1);
  // Wait for the receiver to listen: the first attempts may be refused.
  let outcome = await deliverWebhook(event, { db, allowPrivate: true });
  for (let i = 0; i < 100 && outcome.error === 'ECONNREFUSED'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    outcome = await deliverWebhook(event, { db, allowPrivate: true });
  }
  expect(outcome, output).toEqual({ ok: true, statusCode: 204 });

  await regenerateWebhookSecret(db, SITE_GROWTH_TEST_INSTANCE);
  expect(await deliverWebhook(event, { db, allowPrivate: true })).toEqual({ ok: false, statusCode: 400, error: 'HTTP 400' });
});
