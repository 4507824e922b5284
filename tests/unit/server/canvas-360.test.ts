/**
 * The canvas and the 360° report on a real database with the demo data:
 * who sees what, versions, comments the client reads, and which sections
 * of the report are present for the full demo company and for the one
 * with only a Growth Test.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { companies, users } from '../../../db/schema.ts';
import { DEMO_CANVAS_VERSIONS, DEMO_GROWTH_TEST_ONLY_CLIENT } from '../../../scripts/seed-demo-canvas.ts';
import { DEMO_SURVEY_CLIENT } from '../../../scripts/seed-demo-surveys.ts';
import { DEMO_USERS, seedDemo } from '../../../scripts/seed-demo.ts';
import { THROTTLES } from '../../../src/lib/limits.ts';
import type { Actor } from '../../../src/lib/server/auth/access.ts';
import { loadCanvasPage, submitCanvasPost } from '../../../src/lib/server/canvas.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { loadThreeSixty, submitReportComment } from '../../../src/lib/server/three-sixty.ts';
import { threeSixtyText } from '../../../src/lib/reports/three-sixty/text.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
const actors: Record<'coach' | 'other' | 'entrepreneur', Actor> = { coach: null, other: null, entrepreneur: null };
let hotelId = '';
let printerId = '';
let bakeryId = '';

async function actorOf(email: string): Promise<Actor> {
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  return user ? { id: user.id, role: user.role, organisationId: user.organisationId, companyId: user.companyId } : null;
}
const companyId = async (name: string) => (await db.query.companies.findFirst({ where: eq(companies.name, name) }))!.id;

beforeAll(async () => {
  const temp = await openTempDb();
  db = temp.db;
  close = temp.close;
  await seedDemo(db, undefined, { password: 'unit-test-password', now: new Date('2026-11-01T12:00:00Z') });
  actors.coach = await actorOf(DEMO_USERS.consultant);
  actors.other = await actorOf(DEMO_USERS.otherConsultant);
  actors.entrepreneur = await actorOf(DEMO_USERS.entrepreneur);
  hotelId = await companyId(DEMO_SURVEY_CLIENT);
  printerId = await companyId(DEMO_GROWTH_TEST_ONLY_CLIENT);
  bakeryId = actors.entrepreneur!.companyId!;
}, 120_000);
afterAll(() => close?.());

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe('the 360° report', () => {
  test('the full demo company: every section present, its 60 customers among them, and differences called out', async () => {
    const report = await loadThreeSixty(actors.coach, hotelId, db);
    expect(report).not.toBeNull();
    const text = threeSixtyText(report!, 'nl', { isConsultant: true });
    expect(Object.fromEntries(text.sections.map((s) => [s.key, s.present]))).toEqual({
      growthTest: true,
      segmentation: true,
      canvas: true,
      satisfaction: true,
      complaints: true,
      team: true,
    });
    expect(report!.segmentation.status === 'present' && report!.segmentation.data.customers).toBe(60);
    expect(report!.canvas.status === 'present' && report!.canvas.data.version.name).toBe(DEMO_CANVAS_VERSIONS[1]);
    expect(report!.comparisons.every((c) => c.difference !== null)).toBe(true);
    expect(report!.calledOut.length).toBeGreaterThan(0);
  });

  test('the demo company with only a Growth Test: the rest says what is missing, with a link', async () => {
    const report = await loadThreeSixty(actors.coach, printerId, db);
    const text = threeSixtyText(report!, 'en', { isConsultant: true });
    expect(text.sections.filter((s) => s.present).map((s) => s.key)).toEqual(['growthTest']);
    for (const s of text.sections.filter((s) => !s.present)) expect(s.link?.href).toMatch(/^\/en\/dashboard\//);
    expect(report!.comparisons.every((c) => c.difference === null)).toBe(true);
  });

  test('another organisation’s coach and another company’s entrepreneur get nothing', async () => {
    expect(await loadThreeSixty(actors.other, hotelId, db)).toBeNull();
    expect(await loadThreeSixty(actors.entrepreneur, hotelId, db)).toBeNull();
    expect(await loadThreeSixty(null, hotelId, db)).toBeNull();
    expect(await loadThreeSixty(actors.entrepreneur, bakeryId, db)).not.toBeNull();
  });

  test('a coach’s comment is there for the entrepreneur; the entrepreneur cannot post one', async () => {
    expect((await submitReportComment(actors.coach, bakeryId, form({ action: 'comment', body: 'Begin bij de klachten.' }), db)).kind).toBe('done');
    expect((await submitReportComment(actors.entrepreneur, bakeryId, form({ action: 'comment', body: 'Zelf' }), db)).kind).toBe('not-found');
    expect((await submitReportComment(actors.coach, bakeryId, form({ action: 'comment', body: '   ' }), db)).kind).toBe('invalid');
    const seen = await loadThreeSixty(actors.entrepreneur, bakeryId, db);
    expect(seen!.comments.map((c) => c.body)).toEqual(['Begin bij de klachten.']);
    expect(seen!.mayComment).toBe(false);
  });
});

describe('the canvas', () => {
  test('the demo hotel has two versions; the redesign is shown first and can be set beside the original', async () => {
    const page = await loadCanvasPage(actors.coach, hotelId, new URLSearchParams('naast=1'), db);
    expect(page!.versions.map((v) => v.name)).toEqual([...DEMO_CANVAS_VERSIONS]);
    expect(page!.current!.number).toBe(2);
    expect(page!.beside!.number).toBe(1);
    const original = await loadCanvasPage(actors.coach, hotelId, new URLSearchParams('versie=1'), db);
    expect(original!.result!.constraints.map((c) => c.block)).toEqual(['customer_relationships', 'channels', 'cost_structure']);
  });

  test('the entrepreneur saves, makes a version from it, the coach comments a block, the entrepreneur sees it', async () => {
    const me = actors.entrepreneur;
    expect((await loadCanvasPage(me, bakeryId, new URLSearchParams(), db))!.current).toBeNull();
    const saved = await submitCanvasPost(me, bakeryId, new URLSearchParams(), form({ action: 'save', 'channels-today': 'Winkel', 'channels-value': '2', 'channels-readiness': '1' }), 'Huidig model', db);
    expect(saved).toEqual({ kind: 'done', version: 1, notice: 'saved' });
    const made = await submitCanvasPost(me, bakeryId, new URLSearchParams('versie=1'), form({ action: 'new-version', name: 'Variant bezorging' }), 'x', db);
    expect(made).toEqual({ kind: 'done', version: 2, notice: 'version-made' });
    const v2 = await loadCanvasPage(me, bakeryId, new URLSearchParams(), db);
    expect(v2!.current!.blocks.channels.today).toBe('Winkel');
    expect(v2!.result!.constraints.map((c) => [c.block, c.pressure])).toEqual([['channels', 10]]);

    expect((await submitCanvasPost(me, bakeryId, new URLSearchParams(), form({ action: 'comment', block: 'channels', body: 'Zelf' }), 'x', db)).kind).toBe('not-found');
    expect((await submitCanvasPost(actors.coach, bakeryId, new URLSearchParams(), form({ action: 'comment', block: 'channels', body: 'Probeer bezorging.' }), 'x', db)).kind).toBe('done');
    const seen = await loadCanvasPage(me, bakeryId, new URLSearchParams(), db);
    expect(seen!.comments.map((c) => [c.subject, c.body])).toEqual([['channels', 'Probeer bezorging.']]);
    // Comments belong to the version they were made on.
    expect((await loadCanvasPage(me, bakeryId, new URLSearchParams('versie=1'), db))!.comments).toEqual([]);
  });

  test('bad input is refused with codes and nothing changes; another organisation reads it as unknown', async () => {
    const before = await loadCanvasPage(actors.coach, hotelId, new URLSearchParams(), db);
    const bad = await submitCanvasPost(actors.coach, hotelId, new URLSearchParams(), form({ action: 'save', 'channels-value': '7' }), 'x', db);
    expect(bad).toMatchObject({ kind: 'invalid', fieldErrors: { 'channels-value': 'invalid_rating' } });
    expect((await submitCanvasPost(actors.coach, hotelId, new URLSearchParams(), form({ action: 'comment', block: 'nope', body: 'x' }), 'x', db))).toMatchObject({ kind: 'invalid', fieldErrors: { block: 'invalid_choice' } });
    expect((await loadCanvasPage(actors.coach, hotelId, new URLSearchParams(), db))!.current).toEqual(before!.current);
    expect(await loadCanvasPage(actors.other, hotelId, new URLSearchParams(), db)).toBeNull();
    expect((await submitCanvasPost(actors.other, hotelId, new URLSearchParams(), form({ action: 'save' }), 'x', db)).kind).toBe('not-found');
  });

  test('writes are throttled per account: past canvasWrite the post is refused with what was typed kept, and nothing is written', { timeout: 60_000 }, async () => {
    const admin = await actorOf(DEMO_USERS.admin);
    const post = (body: string) => submitCanvasPost(admin, hotelId, new URLSearchParams(), form({ action: 'comment', block: 'channels', body }), 'x', db);
    for (let i = 0; i < THROTTLES.canvasWrite.limit; i++) expect((await post(`ok ${i}`)).kind).toBe('done');
    const refused = await post('one too many');
    expect(refused).toMatchObject({ kind: 'throttled', values: { body: 'one too many' } });
    const page = await loadCanvasPage(admin, hotelId, new URLSearchParams(), db);
    expect(page!.comments.some((c) => c.body === 'one too many')).toBe(false);
  });
});
