/**
 * Demo customers of the full demo company (issue 11): last year's list of
 * 40 and this year's of 60, so the segmentation page shows all four steps
 * and a comparison. Deterministic through the seeded random it is given.
 */
import { eq } from 'drizzle-orm';
import { companies, users } from '../db/schema.ts';
import type { Database } from '../src/lib/server/db.ts';
import { replaceCustomers } from '../src/lib/server/customer-imports.ts';
import type { Customer } from '../src/lib/segmentation/customer.ts';
import { DEMO_SURVEY_CLIENT } from './seed-demo-surveys.ts';

export const DEMO_CUSTOMERS = { current: 60, earlier: 40 };

// A coastal hotel's business customers: who books rooms, groups and events.
const KINDS = ['Reisbureau', 'Touroperator', 'Evenementenbureau', 'Fietsvakanties', 'Zakenreizen', 'Bedrijfsuitjes', 'Congresbureau', 'Wandelreizen', 'Golfreizen', 'Busreizen'];
const PLACES = ['Walcheren', 'Schouwen', 'De Delta', 'Noordzee', 'Veere', 'Domburg'];

function demoCustomers(count: number, random: () => number, growthShift: number): Customer[] {
  const score = (centre: number) => Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 3)));
  return Array.from({ length: count }, (_, i) => {
    const name = `${KINDS[i % KINDS.length]} ${PLACES[Math.floor(i / KINDS.length) % PLACES.length]}`;
    // Revenue falls off like a power law: a few large accounts, a long tail.
    const revenue = Math.round(80_000 / (i + 1) ** 1.05 + random() * 1_500);
    const knownProfit = i % 4 !== 3;
    const margin = (random() - 0.15) * 0.3;
    return {
      name,
      revenue,
      profit: knownProfit ? Math.round(revenue * margin) : null,
      priceAgreement: knownProfit ? null : score(3),
      workability: knownProfit ? null : score(3),
      timeEnergy: knownProfit ? null : score(3),
      acquisitionCost: knownProfit ? null : score(3),
      loyalty: knownProfit ? null : score(3),
      growthPotential: score(3 + growthShift),
      strategicFit: score(3.3),
      culturalFit: score(3.5),
    };
  });
}

/** Loads both imports for the demo hotel, created by the demo coach; the accounts and clients of seed-demo.ts must exist. */
export async function seedDemoCustomers(db: Database, { random, coachEmail }: { random: () => number; coachEmail: string }): Promise<void> {
  const coach = await db.query.users.findFirst({ where: eq(users.email, coachEmail) });
  const client = await db.query.companies.findFirst({ where: eq(companies.name, DEMO_SURVEY_CLIENT) });
  if (!coach || !client) throw new Error('the demo customers need the demo coach and hotel');
  const empty = { rejected: [], emptyRowsIgnored: 0 };
  await replaceCustomers(db, client.id, { rows: demoCustomers(DEMO_CUSTOMERS.earlier, random, -0.3), ...empty }, coach, 'Vorig jaar');
  await replaceCustomers(db, client.id, { rows: demoCustomers(DEMO_CUSTOMERS.current, random, 0), ...empty }, coach, 'Dit jaar');
}
