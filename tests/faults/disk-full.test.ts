/**
 * Disk full at submission time: the database lives on a small tmpfs that is
 * then filled up. A page post, an autosave and the completing post must each
 * get the clear message with the answers kept (503), acknowledge nothing and
 * store nothing; once space is freed, the same posts go through.
 *
 * Needs permission to mount a tmpfs (root, as in the CI container); skipped
 * elsewhere. In npm run test:faults only: it mounts a file system.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { nl } from '../../src/lib/i18n/nl.ts';
import { findLeak, reportFigures } from '../support/figures.ts';
import { GrowthTestClient, planAnswers, responseId, seededRandom } from '../support/growth-test.ts';
import { findDamage, openDatabase, readFacts, readResponses } from '../support/inspect-db.ts';
import { startServer, type ServerHandle } from '../support/server.ts';

const MOUNT = join(process.env.TEST_DB_DIR ?? join(tmpdir(), 'koers-tests'), `disk-full-${process.pid}`);
const FILLER = join(MOUNT, 'filler');

function tryMount(): boolean {
  try {
    mkdirSync(MOUNT, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', MOUNT], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mounted = tryMount();
let server: ServerHandle;
let db: Client;
let client: GrowthTestClient;
const figures = { refusedWhileFull: 0, bytesFilled: 0 };

/** Writes zeros until the file system says no more. */
function fillDisk(): void {
  const fd = openSync(FILLER, 'w');
  const chunk = Buffer.alloc(16 * 1024);
  try {
    for (;;) figures.bytesFilled += writeSync(fd, chunk);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!mounted)('disk full at submission', () => {
  beforeAll(async () => {
    const url = `file:${join(MOUNT, 'koers.db')}`;
    await migrateDatabase(url);
    server = await startServer({ database: { path: join(MOUNT, 'koers.db'), url } });
    db = openDatabase(url);
    client = new GrowthTestClient(server.url);
  });

  afterAll(async () => {
    reportFigures('disk full', { ...figures, serverErrorLines: server?.errorLines().length ?? 'n/a' });
    db?.close();
    await server?.stop();
    // Lazy: libSQL keeps a closed connection's file open until garbage collection (tursodatabase/libsql-js#228).
    if (mounted) execFileSync('umount', ['-l', MOUNT]);
    rmSync(MOUNT, { recursive: true, force: true });
  });

  test('posts get 503 with the answers kept and store nothing; after space is freed they go through', async () => {
    const plan = planAnswers(seededRandom(11), { consent: 'no' });
    const token = await client.newToken();
    expect((await client.start(token)).status).toBe(303);
    const last = plan.sections.at(-1)!;
    for (const section of plan.sections.slice(0, -1)) {
      expect((await client.postSection(token, section.id, section.fields)).status).toBe(303);
    }
    // An empty write-ahead log, so the next write has to grow a file.
    await db.execute('pragma wal_checkpoint(TRUNCATE)');
    const before = (await readResponses(db)).find((r) => r.id === responseId(token))!;
    fillDisk();

    // Change a page already answered, autosave it, and try to finish: all refused, nothing stored.
    const ambition = { ...plan.sections.find((s) => s.id === 'ambition')!.fields, ambition_1: plan.answers.ambition_1 === 1 ? '2' : '1' };
    const page = await client.postSection(token, 'ambition', ambition);
    const draft = await client.saveDraft(token, 'ambition', ambition);
    const finish = await client.postSection(token, last.id, last.fields);
    for (const reply of [page, draft, finish]) {
      expect(reply.status).toBe(503);
      expect(findLeak(reply.body)).toBeNull();
      figures.refusedWhileFull++;
    }
    expect(page.body).toContain(nl.pages.unavailable);
    expect(page.body).toMatch(new RegExp(`name="ambition_1" value="${ambition.ambition_1}" checked`));
    expect(finish.body).toMatch(new RegExp(`name="consent" value="${last.fields.consent}" checked`));
    const during = (await readResponses(db)).find((r) => r.id === responseId(token))!;
    expect(during.revision).toBe(before.revision);
    expect(during.status).toBe('in_progress');
    expect((await readFacts(db)).filter((s) => s.responseId === during.id)).toHaveLength(0);

    rmSync(FILLER);
    expect((await client.postSection(token, 'ambition', ambition)).status).toBe(303);
    const done = await client.postSection(token, last.id, last.fields);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/rapport/${token}`);
    const after = (await readResponses(db)).find((r) => r.id === responseId(token))!;
    expect(after.status).toBe('completed');
    expect(after.answers.ambition_1).toBe(Number(ambition.ambition_1));
    expect(await findDamage(db)).toEqual([]);
  });
});
