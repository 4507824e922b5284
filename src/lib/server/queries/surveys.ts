/**
 * Survey instances: an owner's run of one template for one company, with a
 * public link. Also the two kinds of Growth Test instance that exist
 * without an owner creating them: the site-wide one behind /groeitest and
 * each organisation's own that its invitations start on.
 */
import { responseStatements } from './response-statements.ts';
import { eq, sql } from 'drizzle-orm';
import { surveys } from '../../../../db/schema.ts';
import { GROWTH_TEST_ID, currentSurvey } from '../../families/index.ts';
import { SURVEY_PUBLIC_ID_BYTES } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';

export type SurveyInstanceRow = typeof surveys.$inferSelect;

/** The site-wide public Growth Test (made by migration 0002, never deleted). */
export const SITE_GROWTH_TEST_INSTANCE = 'site-growth-test';

/** An organisation's own Growth Test: a fixed id, so creating it twice at once makes one. */
export const organisationGrowthTestId = (organisationId: string) => `gt-${organisationId}`;

/** Public ids are base32 (app) or hex (migrated): lower-case letters and digits only. */
const PUBLIC_ID_SHAPE = /^[a-z0-9]{26,32}$/;

export const newPublicId = () => randomId(SURVEY_PUBLIC_ID_BYTES);

/** Prepared once per database: every page a respondent opens looks its instance up (as responses.ts does for the response). */
const byIdStatements = new WeakMap<Database, ReturnType<typeof prepareById>>();
const prepareById = (db: Database) => db.select().from(surveys).where(eq(surveys.id, sql.placeholder('id'))).limit(1).prepare();

export async function findInstance(id: string, db: Database = getDb()): Promise<SurveyInstanceRow | undefined> {
  // Every answer submission reads its instance: on an embedded file, the prepared statement of response-statements.ts.
  const direct = responseStatements(db);
  if (direct) return direct.instanceById(id);
  let statement = byIdStatements.get(db);
  if (!statement) byIdStatements.set(db, (statement = prepareById(db)));
  return statement.get({ id });
}

/** The instance a public link opens; anything not of the shape is refused before the database. */
export async function findInstanceByPublicId(publicId: string, db: Database = getDb()): Promise<SurveyInstanceRow | undefined> {
  if (!PUBLIC_ID_SHAPE.test(publicId)) return undefined;
  return db.query.surveys.findFirst({ where: eq(surveys.publicId, publicId) });
}

/** Open means taking answers: status open and not past its closing date. */
export function isOpen(instance: Pick<SurveyInstanceRow, 'status' | 'closesAt'>, now = new Date()): boolean {
  return instance.status === 'open' && (!instance.closesAt || instance.closesAt.getTime() > now.getTime());
}

export async function siteGrowthTest(db: Database = getDb()): Promise<SurveyInstanceRow> {
  const found = await findInstance(SITE_GROWTH_TEST_INSTANCE, db);
  if (!found) throw new Error('the site-wide Growth Test instance is missing: run the migrations');
  return found;
}

/** The organisation's own Growth Test, created on first use (read first: starting a test writes nothing more than before). */
export async function organisationGrowthTest(organisationId: string, db: Database = getDb()): Promise<SurveyInstanceRow> {
  const id = organisationGrowthTestId(organisationId);
  const existing = await findInstance(id, db);
  if (existing) return existing;
  const survey = currentSurvey(GROWTH_TEST_ID)!;
  await db
    .insert(surveys)
    .values({
      id,
      publicId: newPublicId(),
      organisationId,
      templateId: survey.id,
      templateVersion: survey.version,
      title: survey.title.nl,
      locales: ['nl', 'en'],
    })
    .onConflictDoNothing();
  return (await findInstance(id, db))!;
}

/** The Growth Test a test starts on: its organisation's own when a coach invited, else the site-wide one. */
export async function growthTestInstanceFor(organisationId: string | null | undefined, db: Database = getDb()): Promise<SurveyInstanceRow> {
  return organisationId ? organisationGrowthTest(organisationId, db) : siteGrowthTest(db);
}

export interface NewInstance {
  organisationId: string | null;
  companyId: string;
  templateId: string;
  templateVersion: number;
  title: string;
  locales: string[];
  options: Record<string, unknown>;
  closesAt: Date | null;
  /** Null for a survey an API key made from the command line (no person behind it). */
  createdBy: string | null;
  embedOrigins?: string[];
}

export async function insertInstance(values: NewInstance, db: Database = getDb()): Promise<SurveyInstanceRow> {
  const [row] = await db
    .insert(surveys)
    .values({ id: randomId(), publicId: newPublicId(), ...values })
    .returning();
  return row;
}

export async function updateInstanceStatus(id: string, status: 'open' | 'closed', db: Database = getDb()): Promise<void> {
  await db.update(surveys).set({ status }).where(eq(surveys.id, id));
}

export interface InstanceListRow extends SurveyInstanceRow {
  /** Completed responses. */
  answers: number;
}

/** A company's surveys, newest first, each with its number of completed responses (on responses_instance_done_idx). */
export async function instancesOfCompany(companyId: string, db: Database = getDb()): Promise<InstanceListRow[]> {
  const rows = await db
    .select({
      instance: surveys,
      // Spelled out: in a one-table select Drizzle leaves the column unqualified, and `id` would be the response's.
      answers: sql<number>`(select count(*) from responses r where r.survey_instance_id = surveys.id and r.status = 'completed')`,
    })
    .from(surveys)
    .where(eq(surveys.companyId, companyId))
    .orderBy(sql`${surveys.createdAt} desc, ${surveys.id}`);
  return rows.map((r) => ({ ...r.instance, answers: Number(r.answers) }));
}

/** An instance's facts counted per (key, value, month), from the pre-aggregated table (see fact-counts.ts). */
export { factCounts } from './fact-counts.ts';
