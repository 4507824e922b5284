/**
 * One bounded autocannon run, summarised the same way for every target:
 * responses per second and latency percentiles computed from every single
 * response time (autocannon's own histogram has no p95), with every status
 * other than the expected one counted, so a run that "fast-fails" with 403s
 * or 500s can never pass for a fast one.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadOptions {
  origin: string;
  connections: number;
  durationS: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Path of each request; called once per request, so it can cycle through rows. */
  path: () => string;
  /** Headers of each request on top of `headers` (e.g. cycling API keys), called once per request. */
  headersFor?: () => Record<string, string>;
  expectStatus: number;
  /** Called every 250 ms while the load runs (e.g. to sample the server's memory). */
  onTick?: () => void;
  /** The server's process id: its CPU time per response is measured too. */
  serverPid?: number;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  responses: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses with another status than expected, by status. */
  unexpected: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /**
   * CPU time (user + system) the server process spent per response, when its
   * pid was given. Unlike the rate, this hardly moves when other work shares
   * the machine, so it is the figure to compare changes by.
   */
  cpuUsPerResponse: number | null;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  const url = new URL(options.origin);
  const instance = autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.durationS,
    // A slow response is a finding, not a reason to hang the bench.
    timeout: 10,
    requests: [
      {
        method: options.method ?? 'GET',
        headers: { host: url.host, ...options.headers },
        body: options.body,
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          path: options.path(),
          ...(options.headersFor ? { headers: { ...(request.headers as Record<string, string>), ...options.headersFor() } } : {}),
        }),
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTimeMs: number) => {
    latencies.push(responseTimeMs);
    if (status !== options.expectStatus) unexpected[status] = (unexpected[status] ?? 0) + 1;
  });
  const ticker = options.onTick ? setInterval(options.onTick, 250) : undefined;
  const cpuBefore = options.serverPid ? cpuTimeUs(options.serverPid) : 0;
  try {
    const result = await instance;
    const cpuUs = options.serverPid ? cpuTimeUs(options.serverPid) - cpuBefore : NaN;
    latencies.sort((a, b) => a - b);
    return {
      connections: options.connections,
      durationS: result.duration,
      responses: latencies.length,
      rps: latencies.length / result.duration,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? NaN,
      unexpected,
      errors: result.errors + result.timeouts,
      cpuUsPerResponse: options.serverPid ? cpuUs / latencies.length : null,
    };
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS_PER_S = 100;

/** User + system CPU time of a process so far, from /proc/<pid>/stat. */
export function cpuTimeUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) / CLOCK_TICKS_PER_S) * 1e6;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A sentence when the run saw anything but the expected status; null when clean. */
export function loadProblem(name: string, result: LoadResult): string | null {
  const statuses = Object.entries(result.unexpected).map(([status, n]) => `${n}× ${status}`);
  if (result.errors) statuses.push(`${result.errors} errors/timeouts`);
  return statuses.length ? `${name}: ${statuses.join(', ')} out of ${result.responses} responses` : null;
}
