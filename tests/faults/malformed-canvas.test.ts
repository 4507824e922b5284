/**
 * Malformed and hostile input on the canvas and 360° report forms (issue
 * 11), generated with fast-check like malformed.test.ts: the canvas post
 * (save, new version, comment) and the report's comment post, as the
 * company's coach, its entrepreneur, an administrator, another
 * organisation's coach and nobody, against the company's id, another
 * organisation's and garbage. Every reply: no 5xx, no stack trace, the
 * cross-site check holds. Afterwards every stored canvas fits its schema
 * and every comment came from an administrator or a coach of the
 * company's own organisation (never an entrepreneur or an outsider).
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per route.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CANVAS_BLOCKS, CanvasBlocksSchema } from '../../src/lib/analyses/canvas/model.ts';
import { CANVAS_PARTS, canvasFieldName } from '../../src/lib/forms/canvas.ts';
import { CANVAS_VERSIONS_MAX, COACH_COMMENT_MAX_CHARS } from '../../src/lib/limits.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { createFuzzer, localePrefix, weirdSegment } from '../support/fuzz.ts';
import { checkHostileReply, hostileRequest, type HostileRequest } from '../support/hostile-requests.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 11_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 400);

let server: ServerHandle;
let db: Client;
let world: DemoWorld;
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
/** Cookie per sender; canvasWrite is counted per account, so posts spread over three that may write. */
const cookies: Record<string, string | null> = {};
const SENDERS = ['consultant', 'entrepreneur', 'admin', 'otherConsultant', 'none'] as const;

const FIELD_NAMES = ['action', 'name', 'block', 'body', ...CANVAS_BLOCKS.flatMap((b) => CANVAS_PARTS.map((p) => canvasFieldName(b, p)))];
const VALID_VALUES = ['save', 'new-version', 'comment', '1', '3', '5', '', 'Variant', 'Vers brood', ...CANVAS_BLOCKS];

function validCanvasForm(): fc.Arbitrary<[string, string][]> {
  const rating = fc.constantFrom('', '1', '2', '3', '4', '5');
  const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constant('Regel één\r\nRegel twee'), fc.constant('x'.repeat(2000)));
  const block = (b: (typeof CANVAS_BLOCKS)[number]) =>
    fc.tuple(text, text, text, rating, rating).map(([t, p, m, v, r]) => [
      [canvasFieldName(b, 'today'), t],
      [canvasFieldName(b, 'pluses'), p],
      [canvasFieldName(b, 'minuses'), m],
      [canvasFieldName(b, 'value'), v],
      [canvasFieldName(b, 'readiness'), r],
    ] as [string, string][]);
  return fc.oneof(
    fc.tuple(...CANVAS_BLOCKS.map(block)).map((blocks) => [['action', 'save'], ...blocks.flat()] as [string, string][]),
    fc.string({ maxLength: 140 }).map((name) => [['action', 'new-version'], ['name', name]] as [string, string][]),
    fc.tuple(fc.constantFrom(...CANVAS_BLOCKS, 'report', 'nope'), fc.string({ maxLength: 300 })).map(([b, body]) => [['action', 'comment'], ['block', b], ['body', body]] as [string, string][]),
  );
}

/** Mostly the own company, sometimes the entrepreneur's, another organisation's, or garbage. */
function companyArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(world.clients.demo[0].id) },
    { weight: 3, arbitrary: fc.constant(world.entrepreneurCompany) },
    { weight: 2, arbitrary: fc.constant(world.clients.other[0].id) },
    { weight: 1, arbitrary: weirdSegment },
  );
}
const versionQuery = fc.constantFrom('', '', '?versie=1', '?versie=2', '?versie=0', '?versie=99999', '?versie=-1', '?versie=1&naast=2', '?versie=%00', '?versie=1e3');

const senderOf = new WeakMap<HostileRequest, (typeof SENDERS)[number]>();
function withSender(arbitrary: fc.Arbitrary<HostileRequest>): fc.Arbitrary<HostileRequest> {
  return fc.tuple(arbitrary, fc.constantFrom(...SENDERS)).map(([request, sender]) => {
    const copy = { ...request };
    senderOf.set(copy, sender);
    return copy;
  });
}
const headersFor = (request: HostileRequest): Record<string, string> => {
  const cookie = cookies[senderOf.get(request) ?? 'none'];
  return cookie ? { cookie } : {};
};

beforeAll(async () => {
  const database = await freshDatabase('malformed-canvas', { inMemoryFs: true });
  db = openDatabase(database.url);
  world = await seedDemoWorld(db, 20);
  for (const sender of SENDERS) cookies[sender] = sender === 'none' ? null : await sessionCookie(world.db, world.users[sender]);
  server = await startServer({ database });
}, 180_000);

afterAll(async () => {
  reportFigures('malformed canvas total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe('malformed input on the canvas and 360° forms', () => {
  test('POST /dashboard/bedrijven/<id>/canvas', { timeout: 900_000 }, async () => {
    const arbitrary = withSender(
      hostileRequest({
        path: fc.tuple(localePrefix, companyArb(), versionQuery).map(([prefix, id, query]) => `${prefix}/dashboard/bedrijven/${id}/canvas${query}`),
        fieldNames: FIELD_NAMES,
        validValues: VALID_VALUES,
        validForm: validCanvasForm(),
      }),
    );
    const figures = await fuzz('POST canvas', arbitrary, (request, reply) => checkHostileReply(request, reply, [200, 303, 400, 403, 404, 413, 429]), headersFor);
    expect(figures.statuses[303] ?? 0, 'some posts got through to a save').toBeGreaterThan(0);
  });

  test('POST /dashboard/bedrijven/<id>/360 (comment)', { timeout: 900_000 }, async () => {
    const arbitrary = withSender(
      hostileRequest({
        path: fc.tuple(localePrefix, companyArb()).map(([prefix, id]) => `${prefix}/dashboard/bedrijven/${id}/360`),
        fieldNames: ['action', 'body'],
        validValues: ['comment', 'Goed bezig', ''],
        validForm: fc.string({ maxLength: 300 }).map((body) => [['action', 'comment'], ['body', body]] as [string, string][]),
      }),
    );
    await fuzz('POST 360', arbitrary, (request, reply) => checkHostileReply(request, reply, [200, 303, 400, 403, 404, 413, 429]), headersFor);
  });

  test('GET of the pages and the PDF with garbage ids and queries', { timeout: 600_000 }, async () => {
    const arbitrary = withSender(
      hostileRequest({
        method: fc.constantFrom('GET', 'GET', 'HEAD', 'PUT', 'DELETE'),
        path: fc.tuple(localePrefix, companyArb(), fc.constantFrom('canvas', '360', '360.pdf'), versionQuery).map(([prefix, id, page, query]) => `${prefix}/dashboard/bedrijven/${id}/${page}${query}`),
        fieldNames: ['versie', 'naast'],
        validValues: ['1', '2'],
      }),
    );
    await fuzz('GET canvas/360', arbitrary, (request, reply) => checkHostileReply(request, reply, [200, 303, 400, 403, 404, 405, 413]), headersFor);
  });

  test('afterwards: every stored canvas fits its schema, every comment by someone who may write it', async () => {
    const versions = (await db.execute('select company_id, number, name, blocks from canvas_versions order by company_id, number')).rows;
    const problems: string[] = [];
    const perCompany = new Map<string, number[]>();
    for (const row of versions) {
      const blocks = CanvasBlocksSchema.strict().safeParse(JSON.parse(String(row.blocks)));
      if (!blocks.success) problems.push(`version ${row.number} of ${row.company_id}: ${blocks.error.message.slice(0, 200)}`);
      const name = String(row.name);
      if (name.trim() === '' || name.length > 120 || /\p{Cc}/u.test(name)) problems.push(`version name ${JSON.stringify(name.slice(0, 40))}`);
      perCompany.set(String(row.company_id), [...(perCompany.get(String(row.company_id)) ?? []), Number(row.number)]);
    }
    for (const [company, numbers] of perCompany) {
      if (numbers.length > CANVAS_VERSIONS_MAX) problems.push(`${company}: ${numbers.length} versions`);
      if (numbers.some((n, i) => n !== i + 1)) problems.push(`${company}: versions numbered ${numbers.join(',')}`);
    }
    const comments = (
      await db.execute('select c.company_id, c.subject, c.body, u.role, u.organisation_id as author_org, co.organisation_id as company_org from coach_comments c left join users u on u.id = c.author_id join companies co on co.id = c.company_id')
    ).rows;
    for (const row of comments) {
      // Only an administrator or a coach of the company's own organisation may have written it.
      if (row.role !== 'admin' && !(row.role === 'consultant' && row.author_org === row.company_org)) problems.push(`a comment by a ${row.role} of another organisation or none`);
      const body = String(row.body);
      if (body.trim() === '' || body.length > COACH_COMMENT_MAX_CHARS) problems.push(`comment body of length ${body.length}`);
      if (![...CANVAS_BLOCKS, 'report'].includes(String(row.subject))) problems.push(`comment subject ${row.subject}`);
    }
    reportFigures('malformed canvas stored', { versions: versions.length, comments: comments.length });
    expect(problems).toEqual([]);
    expect(versions.length).toBeGreaterThan(0);
  });
});
