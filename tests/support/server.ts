/**
 * The real server for tests: the built `dist/server/entry.mjs`, started by
 * scripts/serve.ts as in production, as its own process, on a fresh database file with the migrations applied. Fault tests
 * kill it, restart it and run several on one file; other suites can start
 * one the same way.
 *
 * Environment knobs (all optional):
 * - TEST_DB_DIR: where database files go (default: the system temp dir).
 * - TEST_PORTS: a port range such as 4801-4830 to take ports from (default:
 *   whatever the system hands out), for machines shared with other servers.
 * - KEEP_TEST_DBS=1: keep the database files after the tests, to inspect them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '../../scripts/migrate.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_ENTRY = join(ROOT, 'dist/server/entry.mjs');
/** What `npm run serve` runs: the built entry with Koers's HTTP timeouts. */
const SERVER_LAUNCHER = join(ROOT, 'scripts/serve.ts');

/** Migrated file, cold start of the bundle: ~1–2 s here, far more on a loaded machine. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
/** The line @astrojs/node logs once it listens. */
const LISTENING = /Server listening on/;

export interface TestDatabase {
  /** Path of the database file. */
  path: string;
  /** DATABASE_URL for it. */
  url: string;
}

/** Deletes a test database's directory once its servers are stopped; KEEP_TEST_DBS=1 keeps it for a look. */
export function removeDatabase(database: TestDatabase | undefined): void {
  if (!database || process.env.KEEP_TEST_DBS === '1') return;
  rmSync(dirname(database.path), { recursive: true, force: true });
}

/**
 * A new, migrated database file in a directory of its own.
 * `inMemoryFs` puts it on /dev/shm where that exists: for tests that write a
 * lot and are not about durability, it takes the disk's fsync out of the timing.
 */
export async function freshDatabase(name: string, { inMemoryFs = false } = {}): Promise<TestDatabase> {
  const base =
    inMemoryFs && existsSync('/dev/shm') ? '/dev/shm/koers-tests' : (process.env.TEST_DB_DIR ?? join(tmpdir(), 'koers-tests'));
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  const path = join(dir, 'koers.db');
  const url = `file:${path}`;
  await migrateDatabase(url);
  return { path, url };
}

const handedOut = new Set<number>();

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port nobody listens on now: from TEST_PORTS when set, else one the system picks. */
export async function freePort(): Promise<number> {
  const range = process.env.TEST_PORTS?.match(/^(\d+)-(\d+)$/);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    // Start at a random place so parallel test files rarely probe the same port first.
    const span = high - low + 1;
    const offset = Math.floor(Math.random() * span);
    for (let i = 0; i < span; i++) {
      const port = low + ((offset + i) % span);
      if (!handedOut.has(port) && (await portIsFree(port))) {
        handedOut.add(port);
        return port;
      }
    }
    throw new Error(`no free port in TEST_PORTS=${process.env.TEST_PORTS}`);
  }
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartOptions {
  database: TestDatabase;
  /** Reuse a port (a restart); otherwise a free one is taken. */
  port?: number;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
}

export interface ServerHandle {
  /** http://127.0.0.1:<port>, also the Origin that form posts must send. */
  url: string;
  port: number;
  database: TestDatabase;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Lines the server logged as errors (Astro prefixes them with [ERROR]). */
  errorLines(): string[];
  /** SIGTERM, then SIGKILL if it lingers. */
  stop(): Promise<void>;
  /** SIGKILL right now, as a crash or an OOM killer would. Resolves once the process is gone. */
  crash(): Promise<void>;
  /** Resolves when the process has exited, for any reason. */
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  // A test that failed half-way must not leave servers behind.
  for (const child of running) child.kill('SIGKILL');
});

/** Starts the built server and resolves once it accepts requests. */
export async function startServer(options: StartOptions): Promise<ServerHandle> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run npm run build first`);
  for (let attempt = 0; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await spawnServer(options, port);
    } catch (error) {
      // Another process took the port between probing and listening: try another.
      const retry = options.port === undefined && attempt < 3 && String(error).includes('EADDRINUSE');
      if (!retry) throw error;
    }
  }
}

function spawnServer(options: StartOptions, port: number): Promise<ServerHandle> {
  const child = spawn(process.execPath, [SERVER_LAUNCHER], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_DATA: '0',
      // Sending mail needs the site's address for its links (src/lib/server/env.ts): here, this server's.
      ...(options.env?.SMTP_URL && { PUBLIC_ORIGIN: `http://127.0.0.1:${port}` }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  let ending = false;
  let listening = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      // A server that dies on its own fails the test later with a bare "fetch failed": say why here.
      if (listening && !ending) console.error(`[server ${port}] exited unexpectedly (${code ?? signal}). Its output:\n${log}`);
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const handle: ServerHandle = {
    url,
    port,
    database: options.database,
    pid: child.pid!,
    output: () => log,
    errorLines: () => log.split('\n').filter((line) => /\[ERROR\]|Unhandled|uncaught/i.test(line)),
    exited,
    async stop() {
      ending = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
    async crash() {
      ending = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server on ${url} did not start in ${START_TIMEOUT_MS} ms:\n${log}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (!listening && LISTENING.test(log)) {
        listening = true;
        clearTimeout(timer);
        resolve(handle);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server on ${url} exited with ${code} before listening:\n${log}`));
    });
  });
}
