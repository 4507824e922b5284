/**
 * Malformed and hostile customer files (issue 11) posted to the real
 * segmentation page: huge, binary, the wrong encoding, a million empty
 * rows, a broken XLSX, an unknown type, formula cells, then random bytes
 * under random media types (fast-check). Every reply: a clear localised
 * refusal (or a preview), never a 5xx or a stack trace; nothing is saved by
 * any of them.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the generated runs.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_CUSTOMER_FILE_BYTES } from '../../src/lib/limits.ts';
import { segmentationTexts } from '../../src/lib/i18n/segmentation.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { findLeak } from '../support/figures.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { postCustomerFile, storedImports } from '../support/segmentation.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 11_2026);
// Every post counts against the account's import throttle (60 per quarter hour): the named cases and these stay under it.
const RUNS = Math.min(Number(process.env.FAULTS_RUNS ?? 40), 40);
const errors = segmentationTexts.nl.fileErrors;
const HEADER = 'Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit\n';
const encode = (text: string) => new TextEncoder().encode(text);

let server: ServerHandle;
let db: Client;
let world: DemoWorld;
let cookie: string;
let companyId: string;
let before: Awaited<ReturnType<typeof storedImports>>;

beforeAll(async () => {
  const database = await freshDatabase('malformed-segmentation');
  db = openDatabase(database.url);
  world = await seedDemoWorld(db, 5);
  cookie = await sessionCookie(world.db, world.users.consultant);
  companyId = world.clients.demo[0].id;
  server = await startServer({ database });
  before = await storedImports(db);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  db?.close();
  removeDatabase(server?.database);
});

const cases: { name: string; bytes: () => Uint8Array; type: string; status: number; says?: string }[] = [
  { name: 'a file over the size limit', bytes: () => encode(HEADER + 'x;1;1;3;3;3\n'.repeat(Math.ceil(MAX_CUSTOMER_FILE_BYTES / 12))), type: 'text/csv', status: 400, says: 'groter dan 4 MB' },
  { name: 'a body over the upload limit', bytes: () => new Uint8Array(MAX_CUSTOMER_FILE_BYTES + 200 * 1024), type: 'text/csv', status: 413 },
  { name: 'binary (a PNG header) posted as CSV', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), type: 'text/csv', status: 400, says: errors['not-text'] },
  { name: 'Windows-1252 text', bytes: () => new Uint8Array([...encode(HEADER), 0x43, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x3b, 0x31, 0x3b, 0x33, 0x3b, 0x33, 0x3b, 0x33]), type: 'text/csv', status: 400, says: errors['not-text'] },
  { name: 'UTF-16 with its BOM', bytes: () => new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x61, 0x00]), type: 'text/csv', status: 400, says: errors['not-text'] },
  { name: 'a million empty rows', bytes: () => encode(HEADER + '\n'.repeat(1_000_000)), type: 'text/csv', status: 400, says: 'meer dan 20000 regels' },
  { name: 'six hundred thousand rows of separators only', bytes: () => encode(HEADER + ';;;;;\n'.repeat(600_000)), type: 'text/csv', status: 400, says: 'meer dan 20000 regels' },
  { name: 'a broken XLSX', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', status: 400, says: errors['unreadable-spreadsheet'] },
  { name: 'text posted as XLSX', bytes: () => encode(HEADER), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', status: 400, says: errors['unreadable-spreadsheet'] },
  { name: 'a PDF', bytes: () => encode('%PDF-1.7\n'), type: 'application/pdf', status: 400, says: errors['unsupported-type'] },
  { name: 'no usable header', bytes: () => encode('a;b;c\n1;2;3\n'), type: 'text/csv', status: 400, says: 'Deze kolommen ontbreken' },
  { name: 'an empty file', bytes: () => encode(''), type: 'text/csv', status: 400, says: segmentationTexts.nl.nothingPosted },
];

describe('hostile customer files get a clear refusal and change nothing', () => {
  test.each(cases)('$name', async ({ bytes, type, status, says }) => {
    const reply = await postCustomerFile(server.url, cookie, companyId, bytes(), type);
    expect(reply.status).toBe(status);
    expect(findLeak(reply.body)).toBeNull();
    if (says) expect(reply.body).toContain(says.replace(/"/g, '&quot;'));
    expect(await storedImports(db)).toEqual(before);
  });

  test('formula cells and XSS names are previewed as text and not saved by the preview', async () => {
    const file = `${HEADER}=HYPERLINK("http://evil.example");1000;100;3;3;3\n<script>alert(1)</script>;500;50;3;3;3\n@SUM(1);1;1;3;3;3\n`;
    const reply = await postCustomerFile(server.url, cookie, companyId, encode(file), 'text/csv');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('=HYPERLINK(&quot;http://evil.example&quot;)');
    expect(reply.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(reply.body).not.toContain('<script>alert(1)');
    expect(await storedImports(db)).toEqual(before);
  });

  test('random bytes under random media types: no 5xx, no leak, nothing saved', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.constantFrom('text/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/png', '', 'text/csv; charset=latin1'),
        fc.boolean(),
        async (bytes, type, zip) => {
          const body = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          const reply = await postCustomerFile(server.url, cookie, companyId, body, type);
          expect([200, 400, 429]).toContain(reply.status);
          expect(findLeak(reply.body)).toBeNull();
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(await storedImports(db)).toEqual(before);
    expect(server.errorLines()).toEqual([]);
  }, 300_000);
});
