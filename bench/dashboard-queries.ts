/**
 * The consultant dashboard's queries at scale: 5,000 clients and 100,000
 * responses (900,000 area scores) in a fresh, migrated database, generated
 * in SQL. Prints each query's time (cold, then warm) and fails when a warm
 * run is over its budget or a query stops using its index.
 *
 *   npm run bench:dashboard [-- database-file]
 *
 * Seeding takes about a minute on two cores; the queries a few seconds.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { migrateDatabase } from '../scripts/migrate.ts';
import { parseClientListQuery } from '../src/lib/forms/dashboard-query.ts';
import { sql } from 'drizzle-orm';
import type { Actor } from '../src/lib/server/auth/access.ts';
import { createDb, openClient } from '../src/lib/server/db.ts';
import { listClients } from '../src/lib/server/queries/clients.ts';
import { compareWithPeers, peerCountsQuery } from '../src/lib/server/queries/benchmarks.ts';
import { compareClients, organisationAverages, sectorAverages } from '../src/lib/server/queries/comparisons.ts';
import { exportResponses } from '../src/lib/server/queries/export.ts';
import { organisationOverview } from '../src/lib/server/queries/overview.ts';

const CLIENTS = 5_000;
const RESPONSES = 100_000;
/** Warm-run budgets in milliseconds; generous for a loaded two-core machine. */
const BUDGET_MS = { list: 100, compare: 50, averages: 250, overview: 500, export: 6_000, peers: 30 };
const START = Date.UTC(2025, 11, 1);
const STEP_MS = 5 * 60 * 1000;

const file = process.argv[2] ?? '/tmp/koers-dashboard-bench.db';
for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);
await migrateDatabase(`file:${file}`);
const client = openClient(`file:${file}`);
const db = createDb(client);

let t = performance.now();
// Nine in ten clients (and their tests) belong to the big organisation; one test in twenty is unfinished.
await client.executeMultiple(`
  insert into organisations(id, name) values ('big', 'Big Advies'), ('small', 'Small Advies');
  insert into companies(id, organisation_id, name, sector, size_band)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${CLIENTS})
    select 'c' || i, case when i % 10 = 0 then 'small' else 'big' end, 'Client ' || abs(random() % 100000),
      case abs(random() % 4) when 0 then 'retail' when 1 then 'ict' when 2 then 'construction' else 'creative' end, '2-9' from n;
  insert into responses(id, secret_hash, survey_instance_id, template_id, template_version, locale, status, answers, overall_score, headline,
      organisation_id, company_id, created_at, completed_at)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${RESPONSES})
    select 'r' || i, x'00', 'site-growth-test', 'growth-test', 1, 'nl', case when i % 20 = 0 then 'in_progress' else 'completed' end,
      '{"sector":"retail","ambition_1":3}', case when i % 20 = 0 then null else abs(random() % 1000) / 10.0 end,
      case when i % 20 = 0 then null else (case abs(random() % 3) when 0 then 'ambition' when 1 then 'sales' else 'branding' end) end,
      case when (1 + i % ${CLIENTS}) % 10 = 0 then 'small' else 'big' end, 'c' || (1 + i % ${CLIENTS}),
      ${START} + i * ${STEP_MS}, case when i % 20 = 0 then null else ${START} + i * ${STEP_MS} end from n;
  insert into response_segments(response_id, template_id, dimension, value)
    select r.id, 'growth-test', 'sector', case abs(random() % 4) when 0 then 'retail' when 1 then 'ict' when 2 then 'construction' else 'creative' end
    from responses r where r.status = 'completed';
  insert into response_segments(response_id, template_id, dimension, value)
    select r.id, 'growth-test', 'size_band', '2-9' from responses r where r.status = 'completed';
  insert into response_facts(response_id, survey_instance_id, template_id, key, value, month)
    select r.id, r.survey_instance_id, 'growth-test', a.area, abs(random() % 1000) / 10.0, strftime('%Y-%m', r.completed_at / 1000, 'unixepoch')
    from responses r, (select 'ambition' as area union all select 'core_customers' union all select 'business_model'
      union all select 'customer_focus' union all select 'satisfaction' union all select 'complaints' union all select 'sales'
      union all select 'branding' union all select 'relationships') a
    where r.status = 'completed';
  insert into response_facts(response_id, survey_instance_id, template_id, key, value, month)
    select r.id, r.survey_instance_id, 'growth-test', 'overall', r.overall_score, strftime('%Y-%m', r.completed_at / 1000, 'unixepoch')
    from responses r where r.status = 'completed' and r.overall_score is not null;`);
console.log(`seeded ${CLIENTS} clients, ${RESPONSES} responses in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// peer_facts and peer_value_counts from the facts and segments above, by the migration's own hand-written
// part (backfill, counts, triggers), as an upgrade of a database this size runs it; timed.
const peerMigration = readdirSync('db/migrations').find((f) => /^\d+_peer_facts\.sql$/.test(f))!;
const handWritten = readFileSync(`db/migrations/${peerMigration}`, 'utf8').split('HAND-WRITTEN backfill')[1];
t = performance.now();
await client.executeMultiple(`drop trigger peer_facts_counted; drop trigger peer_facts_uncounted;
  ${handWritten.slice(handWritten.indexOf('\n')).replaceAll('--> statement-breakpoint', '\n')}`);
await client.execute('analyze');
const peerRows = Number((await client.execute('select count(*) as n from peer_facts')).rows[0].n);
const countRows = Number((await client.execute('select count(*) as n from peer_value_counts')).rows[0].n);
console.log(`backfilled ${peerRows} peer facts, ${countRows} value counts (${peerMigration}) and analysed in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const consultant: Actor = { id: 'u', role: 'consultant', organisationId: 'big', companyId: null };
const admin: Actor = { id: 'a', role: 'admin', organisationId: null, companyId: null };
const now = new Date(START + RESPONSES * STEP_MS);
const failures: string[] = [];

async function time(label: string, budget: number, run: () => Promise<unknown>) {
  t = performance.now();
  await run();
  const cold = performance.now() - t;
  t = performance.now();
  await run();
  const warm = performance.now() - t;
  const over = warm > budget;
  if (over) failures.push(`${label}: ${warm.toFixed(0)} ms > ${budget} ms`);
  console.log(`${over ? '✗' : '✓'} ${label.padEnd(44)} ${cold.toFixed(1).padStart(7)} ms cold ${warm.toFixed(1).padStart(7)} ms warm (budget ${budget})`);
}

for (const q of ['', 'volgorde=af', 'sorteer=score', 'sorteer=date&volgorde=op', 'zoek=12', 'sector=retail&kans=sales', 'pagina=150', 'sorteer=score&pagina=100']) {
  await time(`consultant list ?${q}`, BUDGET_MS.list, () => listClients(consultant, parseClientListQuery(new URLSearchParams(q)), db));
}
await time('admin list (all organisations)', BUDGET_MS.list, () => listClients(admin, parseClientListQuery(new URLSearchParams('')), db));
await time('admin list by score', BUDGET_MS.list, () => listClients(admin, parseClientListQuery(new URLSearchParams('sorteer=score')), db));
await time('compare five clients', BUDGET_MS.compare, () => compareClients(consultant, ['c1', 'c2', 'c3', 'c4', 'c5'], db));
await time('organisation averages (4,500 clients)', BUDGET_MS.averages, () => organisationAverages('big', db));
await time('sector averages (~25,000 tests)', BUDGET_MS.averages, () => sectorAverages('retail', db));
await time('overview, consultant', BUDGET_MS.overview, () => organisationOverview(consultant, undefined, now, db));
await time('overview, administrator', BUDGET_MS.overview, () => organisationOverview(admin, undefined, now, db));
// A Growth Test report's peer comparison (the report page's p95 target is 30 ms): one completed test's
// own areas against its sector (~23,750 tests), its size band (all 95,000: no sector of that name) and everyone.
const ownFacts = (await client.execute(`select key, value from response_facts where response_id = 'r1' and key <> 'overall'`)).rows.map((r) => ({
  key: String(r.key),
  value: Number(r.value),
}));
const ownSector = String((await client.execute(`select value from response_segments where response_id = 'r1' and dimension = 'sector'`)).rows[0].value);
for (const [label, segments] of [
  [`peers: sector (${ownSector})`, [['sector', ownSector], ['size_band', '2-9']]],
  ['peers: size band (95,000 tests)', [['sector', 'no-such-sector'], ['size_band', '2-9']]],
  ['peers: everyone', []],
] as [string, [string, string][]][]) {
  await time(label, BUDGET_MS.peers, () => compareWithPeers({ templateId: 'growth-test', segments, facts: ownFacts }, db));
}
await time('export, consultant (every row)', BUDGET_MS.export, async () => {
  for await (const batch of exportResponses(consultant, undefined, db)) void batch;
});

// The plans the budgets rest on: a page of names reads the name index; the latest test is an index-only lookup.
const plan = await client.execute(`explain query plan
  select c.id, (select lr.id from responses lr where lr.company_id = c.id and lr.template_id in ('growth-test') and lr.status = 'completed' order by lr.completed_at desc, lr.id desc limit 1)
  from companies c where c.organisation_id = 'big' order by c.name collate nocase, c.id limit 25`);
const details = plan.rows.map((r) => String(r.detail));
console.log(details.map((d) => `  plan: ${d}`).join('\n'));
if (!details.some((d) => d.includes('companies_org_name_idx'))) failures.push('name order no longer uses companies_org_name_idx');
if (!details.some((d) => d.includes('COVERING INDEX responses_company_latest_idx'))) failures.push('latest test no longer index-only');
if (details.some((d) => d.includes('TEMP B-TREE'))) failures.push('name order sorts in a temporary b-tree');

// Both of a peer group's sums are ranges of the covering peer_value_counts_range_idx, never the table.
const peerPlan = (await db.all<{ detail: string }>(sql`explain query plan ${peerCountsQuery({ templateId: 'growth-test', segments: [], facts: ownFacts }, 'size_band', '2-9')}`)).map((r) => r.detail);
console.log(peerPlan.map((d) => `  plan: ${d}`).join('\n'));
const peerSearches = peerPlan.filter((d) => /^(SEARCH|SCAN) c\b/.test(d));
if (peerSearches.length !== 2 || !peerSearches.every((d) => d.includes('COVERING INDEX peer_value_counts_range_idx'))) {
  failures.push('peer counts no longer two ranges of COVERING INDEX peer_value_counts_range_idx');
}

client.close();
// Peak resident memory of this process over the whole run (data generation, queries and the full export).
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
if (failures.length) {
  console.error(`\nOver budget or off the index:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
