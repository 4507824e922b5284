/**
 * Child processes of a bench run: the production server on a fresh database
 * and small reference servers. Every process started here is tracked and
 * killed when the case ends, and again (SIGKILL) if the runner itself exits
 * or is interrupted, so a failed run leaves nothing listening.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bench's own build (see buildForBench): production code plus the empty endpoint. */
export const SERVER_ENTRY = `${ROOT}dist-bench/server/entry.mjs`;
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 3_000;

const running = new Set<ChildProcess>();

/**
 * `astro build` with KOERS_BENCH_BUILD=1: the production bundle plus the
 * empty endpoint the submission figures are measured against, in
 * dist-bench/ (astro.config.mjs), so dist/ never ships it.
 */
export function buildForBench(): void {
  execFileSync(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, KOERS_BENCH_BUILD: '1' },
  });
}

export interface Server {
  /** http://127.0.0.1:PORT, also the Origin that Astro's checkOrigin accepts. */
  origin: string;
  port: number;
  pid: number;
  /** Memory figures of the server process in bytes, from /proc. */
  memory(): { rss: number; peakRss: number };
  /** Output so far, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Script and arguments after `node`. */
  args: string[];
  port: number;
  env?: Record<string, string>;
  /** Path fetched until it answers (any status below 500). */
  readyPath?: string;
  nodeOptions?: string[];
}

/** Starts `node <args>` with PORT/HOST set and waits until it answers HTTP. */
export async function spawnServer(options: SpawnOptions): Promise<Server> {
  // Otherwise the readiness check could be answered by whatever already listens there.
  await assertPortFree(options.port);
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...options.args], {
    cwd: ROOT,
    env: { ...process.env, HOST, PORT: String(options.port), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping = false;
  child.once('exit', (code, signal) => {
    running.delete(child);
    // A server that dies under load must not pass for a slow one: say so with its last words.
    if (!stopping) console.error(`\nbench: ${options.args.join(' ')} on port ${options.port} exited (code ${code}, signal ${signal})\n${log.slice(-4000)}`);
  });

  const origin = `http://${HOST}:${options.port}`;
  const server: Server = {
    origin,
    port: options.port,
    pid: child.pid!,
    memory: () => readMemory(child.pid!),
    output: () => log,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(`${origin}${options.readyPath ?? '/'}`, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`);
  }
  return server;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use; set BENCH_PORTS to a free range`)));
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url} within ${READY_TIMEOUT_MS} ms`);
}

/** VmRSS is the resident set now, VmHWM its peak over the process's life. */
function readMemory(pid: number): { rss: number; peakRss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/** Last resort when the runner exits: nothing may outlive it. */
export function killAllNow(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

process.once('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(130);
  });
}
