/** Organisations (consultancies), their consultants and client companies. */
import { asc, eq, sql } from 'drizzle-orm';
import { companies, organisations, users } from '../../../../db/schema.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type CompanyRow = typeof companies.$inferSelect;

export async function createOrganisation(name: string, retentionMonths: number | null, db: Database = getDb()): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values({ id: randomId(), name, retentionMonths }).returning();
  return row;
}

export async function setRetention(organisationId: string, retentionMonths: number | null, db: Database = getDb()): Promise<void> {
  await db.update(organisations).set({ retentionMonths }).where(eq(organisations.id, organisationId));
}

export async function findOrganisation(id: string, db: Database = getDb()): Promise<OrganisationRow | undefined> {
  return db.query.organisations.findFirst({ where: eq(organisations.id, id) });
}

/** Every organisation with its number of consultants and clients, for the administrator. */
export async function listOrganisations(db: Database = getDb()) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      retentionMonths: organisations.retentionMonths,
      consultants: sql<number>`(select count(*) from users u where u.organisation_id = ${organisations.id} and u.role = 'consultant')`,
      clients: sql<number>`(select count(*) from companies c where c.organisation_id = ${organisations.id})`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function listConsultants(organisationId: string, db: Database = getDb()) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(sql`${users.organisationId} = ${organisationId} and ${users.role} = 'consultant'`)
    .orderBy(asc(users.name));
}

export async function createCompany(
  values: { organisationId: string | null; name: string; sector?: string | null; sizeBand?: string | null },
  db: Database = getDb(),
): Promise<CompanyRow> {
  const [row] = await db.insert(companies).values({ id: randomId(), ...values }).returning();
  return row;
}

export async function findCompany(id: string, db: Database = getDb()): Promise<CompanyRow | undefined> {
  return db.query.companies.findFirst({ where: eq(companies.id, id) });
}

/** Names and ids of an organisation's clients, for pickers. */
export async function clientChoices(organisationId: string, db: Database = getDb()) {
  return db.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.organisationId, organisationId)).orderBy(asc(companies.name));
}
