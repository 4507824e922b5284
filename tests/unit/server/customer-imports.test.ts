/** Saved customer imports: versions kept side by side, previews scoped to their user and company, one save per preview. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import { customersOf, findPreview, importResultSummary, listImports, replaceCustomers, savePreview, storePreview } from '../../../src/lib/server/customer-imports.ts';
import { createCompany, createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import type { Customer } from '../../../src/lib/segmentation/customer.ts';
import { openTempDb } from '../support/temp-db.ts';

const customer = (name: string, revenue: number): Customer => ({
  name,
  revenue,
  profit: revenue / 10,
  priceAgreement: null,
  workability: null,
  timeEnergy: null,
  acquisitionCost: null,
  loyalty: null,
  growthPotential: 3,
  strategicFit: 4,
  culturalFit: 5,
});

let temp: Awaited<ReturnType<typeof openTempDb>>;
let companyId: string;
let otherCompanyId: string;
let coach: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  temp = await openTempDb();
  const organisation = await createOrganisation('Kantoor', null, temp.db);
  companyId = (await createCompany({ organisationId: organisation.id, name: 'Hotel' }, temp.db)).id;
  otherCompanyId = (await createCompany({ organisationId: organisation.id, name: 'Camping' }, temp.db)).id;
  coach = await createUser({ email: 'coach@example.nl', name: 'Coach', password: 'een lang wachtwoord', role: 'consultant', organisationId: organisation.id }, temp.db);
});
afterEach(() => temp.close());

const parsed = (rows: Customer[]) => ({ rows, rejected: [], emptyRowsIgnored: 0 });

describe('replaceCustomers', () => {
  test('each import is a new version; earlier ones are kept with their customers', async () => {
    await replaceCustomers(temp.db, companyId, parsed([customer('A', 100), customer('B', 50)]), coach, '2025');
    const second = await replaceCustomers(temp.db, companyId, parsed([customer('C', 10)]), coach, '2026');
    expect(second.version).toBe(2);
    const imports = await listImports(companyId, temp.db);
    expect(imports.map((i) => [i.version, i.label, i.customerCount])).toEqual([[2, '2026', 1], [1, '2025', 2]]);
    expect((await customersOf(imports[1].id, temp.db)).map((c) => c.name)).toEqual(['A', 'B']);
    // Another company's numbering starts at 1.
    expect((await replaceCustomers(temp.db, otherCompanyId, parsed([customer('D', 1)]), coach, 'x')).version).toBe(1);
  });

  test('1,200 customers (three insert chunks) keep their order', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => customer(`K${i}`, i));
    const saved = await replaceCustomers(temp.db, companyId, parsed(rows), coach, 'groot');
    expect((await customersOf(saved.id, temp.db)).map((c) => c.name)).toEqual(rows.map((r) => r.name));
  });
});

describe('previews', () => {
  test('only for the user and company they were made for; saved once', async () => {
    const id = await storePreview(coach.id, companyId, parsed([customer('A', 1)]), new Date(), temp.db);
    expect(await findPreview(coach.id, otherCompanyId, id, new Date(), temp.db)).toBeNull();
    expect(await findPreview('someone-else', companyId, id, new Date(), temp.db)).toBeNull();
    expect(await findPreview(coach.id, companyId, id, new Date(Date.now() + 2 * 60 * 60 * 1000), temp.db)).toBeNull();
    expect((await savePreview(coach, companyId, id, '2026', temp.db))?.version).toBe(1);
    expect(await savePreview(coach, companyId, id, '2026', temp.db)).toBeNull();
    expect(await listImports(companyId, temp.db)).toHaveLength(1);
  });
});

test('importResultSummary: counts and reasons in words', () => {
  expect(
    importResultSummary({ rows: [customer('A', 1)], rejected: [{ row: 3, reason: { code: 'out-of-range', column: 'growthPotential', value: '7', min: 1, max: 5 } }], emptyRowsIgnored: 2 }, 'en'),
  ).toEqual({ imported: 1, rejected: [{ row: 3, reason: 'Column "growth potential": "7" is outside 1 to 5.' }], emptyRowsIgnored: 2 });
});
