/**
 * `npm run bench:profile [-- <seconds>] [--empty] [--skip-build]`
 *
 * Where the submission path spends its time: starts the production server
 * with `node --cpu-prof`, puts the submission load on it (50 connections),
 * stops it, and prints the functions with the most self time, grouped also
 * by package. `--empty` loads the empty endpoint instead, for the
 * framework's share. The .cpuprofile stays in the bench directory for
 * Chrome DevTools or speedscope.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createFixture } from './lib/fixture.ts';
import { runLoad } from './lib/load.ts';
import { ROOT, SERVER_ENTRY, buildForBench, killAllNow, spawnServer } from './lib/server.ts';
import { BENCH_DIR, BENCH_PORTS } from './lib/settings.ts';

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => !a.startsWith('--')) ?? 10);
const TOP = 30;
const profileDir = `${BENCH_DIR}/profile`;

if (!args.includes('--skip-build')) {
  buildForBench();
}
mkdirSync(BENCH_DIR, { recursive: true });
rmSync(profileDir, { recursive: true, force: true });
const fixture = await createFixture(`${BENCH_DIR}/profile.db`);
try {
  const server = await spawnServer({
    args: [SERVER_ENTRY],
    port: BENCH_PORTS[0],
    env: { DATABASE_URL: `file:${fixture.file}`, DEMO_DATA: '0' },
    // --cpu-prof writes its file on a normal exit only; turn SIGTERM into one.
    nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', 'data:text/javascript,process.on("SIGTERM",()=>process.exit(0))'],
  });
  let next = 0;
  const submitPath = () => `/vragenlijst/${fixture.inProgress[next++ % fixture.inProgress.length]}/ambition`;
  const empty = args.includes('--empty');
  const result = await runLoad({
    origin: server.origin,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
    body: 'section=ambition&ambition_1=4&ambition_2=2&ambition_3=5&ambition_4=dk&ambition_5=3&action=next',
    path: empty ? () => '/api/bench/empty' : submitPath,
    expectStatus: empty ? 204 : 303,
    connections: 50,
    durationS: seconds,
  });
  await server.stop();
  console.log(`${Math.round(result.rps)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, unexpected ${JSON.stringify(result.unexpected)}`);
} finally {
  killAllNow();
}

const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no .cpuprofile in ${profileDir}`);
summariseProfile(`${profileDir}/${file}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function summariseProfile(path: string): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = shortUrl(url);
    const fn = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPackage.set(packageOf(url, functionName), (byPackage.get(packageOf(url, functionName)) ?? 0) + us);
  }
  const print = (title: string, rows: Map<string, number>, top: number) => {
    console.log(`\n${title}`);
    for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
    }
  };
  console.log(`\nprofile: ${path} (${(total / 1e6).toFixed(1)} s sampled)`);
  print('Self time by package', byPackage, 20);
  print(`Top ${TOP} functions by self time`, byFunction, TOP);
}

function shortUrl(url: string): string {
  return url.replace(`file://${ROOT}`, '').replace(/^.*node_modules\//, '');
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return dep[1];
  if (url.includes('/dist-bench/server/')) return 'dist-bench/server (app + bundled astro)';
  return shortUrl(url);
}
