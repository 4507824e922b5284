/**
 * `npm run bench [-- <case> ...] [--skip-build] [--strict]`
 *
 * Builds the production bundle, prepares one fixture database, then runs
 * each case in bench/cases/index.ts with servers on fresh copies of it.
 * Writes bench/results/<date>.json and .md, and on a full run refreshes the
 * figures in bench/README.md, but only from a build of the current commit
 * with a clean working tree (bench/lib/build-check.ts); otherwise it says
 * why and exits 1. Exits 1 when a case fails, and with --strict also when a
 * target is missed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { CASES } from './cases/index.ts';
import { copyDatabase, createFixture, removeDatabase } from './lib/fixture.ts';
import { describeMachine } from './lib/machine.ts';
import { updateReadme, writeRun, summarise, type CaseRecord, type Run } from './lib/results.ts';
import { ROOT, SERVER_ENTRY, buildForBench, killAllNow, spawnServer } from './lib/server.ts';
import { BENCH_DIR, BENCH_PORTS, SHORTENED_RUN } from './lib/settings.ts';
import { currentReadmeCheck, readmeRefusal } from './lib/build-check.ts';
import type { AppServer, BenchContext } from './lib/types.ts';

/** Lighthouse 13 refuses older Node; say so before spending minutes on the rest. */
const MIN_NODE = [22, 19];

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !CASES.some((c) => c.name === n));
if (unknown.length) fail(`Unknown case ${unknown.join(', ')}. Cases: ${CASES.map((c) => c.name).join(', ')}`);
const selected = names.length ? CASES.filter((c) => names.includes(c.name)) : CASES;

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
  fail(`Node ${process.version} is too old (need ${MIN_NODE.join('.')}+). Run through npm: \`npm run bench\`.`);
}

const startedAt = new Date();
const t0 = performance.now();
const machine = describeMachine();
mkdirSync(BENCH_DIR, { recursive: true });

if (flags.has('--skip-build')) {
  if (!existsSync(SERVER_ENTRY)) fail(`--skip-build, but ${SERVER_ENTRY} does not exist. Run \`npm run bench\` once without it.`);
  log('using the existing bench build in dist-bench/');
} else {
  log('building (astro build, KOERS_BENCH_BUILD=1, into dist-bench/)');
  try {
    buildForBench();
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    fail(`astro build failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
  }
}

log('preparing the fixture database');
const fixture = await createFixture(`${BENCH_DIR}/fixture.db`);
const freePorts: number[] = [];
for (let port = BENCH_PORTS[0]; port <= BENCH_PORTS[1]; port++) freePorts.push(port);

const records: CaseRecord[] = [];
try {
  for (const benchCase of selected) {
    log(`case ${benchCase.name}: ${benchCase.title}`);
    const cleanups: (() => Promise<void> | void)[] = [];
    const taken: number[] = [];
    const takePort = () => {
      const port = freePorts.shift();
      if (port === undefined) throw new Error(`no free bench port left in ${BENCH_PORTS.join('-')}`);
      taken.push(port);
      return port;
    };
    const ctx: BenchContext = {
      fixture,
      scratchDir: BENCH_DIR,
      takePort,
      defer: (cleanup) => cleanups.push(cleanup),
      log: (message) => log(`  ${benchCase.name}: ${message}`),
      async startServer(options) {
        const databaseFile = `${BENCH_DIR}/${options.name}.db`;
        copyDatabase(fixture.file, databaseFile);
        await options.prepare?.(databaseFile);
        const server = await spawnServer({
          args: [SERVER_ENTRY],
          port: takePort(),
          env: { DATABASE_URL: `file:${databaseFile}`, DEMO_DATA: '0', ...options.env },
        });
        cleanups.push(() => server.stop());
        return { ...server, databaseFile } satisfies AppServer;
      },
    };
    const started = performance.now();
    const record: CaseRecord = { name: benchCase.name, title: benchCase.title, seconds: 0 };
    try {
      record.result = await benchCase.run(ctx);
    } catch (error) {
      record.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  ${benchCase.name} FAILED: ${record.error}`);
    } finally {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          log(`  cleanup failed: ${(error as Error).message}`);
        }
      }
      freePorts.unshift(...taken);
      record.seconds = (performance.now() - started) / 1000;
    }
    records.push(record);
  }
} finally {
  killAllNow();
}

const run: Run = { startedAt: startedAt.toISOString(), seconds: (performance.now() - t0) / 1000, machine, cases: records };
const written = writeRun(run);
const full = selected.length === CASES.length;
const refusal = full ? readmeRefusal(currentReadmeCheck(ROOT, SHORTENED_RUN)) : null;
if (full && !refusal) updateReadme(run);
removeDatabase(fixture.file);

console.log(`\n${summarise(run)}`);
log(`results: ${written.json}`);
log(`summary: ${written.markdown}`);
if (!full) log('bench/README.md left alone (not a full run)');
else if (refusal) console.error(`bench: bench/README.md NOT updated: ${refusal}. The figures of this run are in ${written.markdown}.`);
else log('bench/README.md updated');

const failedCases = records.filter((r) => r.error).length;
const missed = records.flatMap((r) => r.result?.targets ?? []).filter((t) => !t.met).length;
if (failedCases || refusal || (missed && flags.has('--strict'))) process.exitCode = 1;

function log(message: string): void {
  const seconds = ((performance.now() - t0) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${seconds}s] ${message}`);
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}
