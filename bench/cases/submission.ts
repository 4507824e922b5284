/**
 * Answer submission on the real path: POST /vragenlijst/<token>/<section>
 * with a valid form, exactly what a respondent's "next" button sends, over
 * hundreds of in-progress responses so no two requests wait on one row: the
 * Growth Test's ambition page, and (survey-submission, issue 9) the first
 * page of a customer-satisfaction survey started by its public link. Beside
 * it, on the same build and machine: the empty Astro endpoint (the
 * framework's floor) and a bare node:http server (the machine's ceiling).
 * Also the server's memory, idle and under the 50-connection load.
 */
import { createClient } from '@libsql/client';
import { loadProblem, runLoad, type LoadResult } from '../lib/load.ts';
import { spawnServer } from '../lib/server.ts';
import { BENCH_SECONDS, WARMUP_SECONDS } from '../lib/settings.ts';
import type { BenchCase, Metric, TargetCheck } from '../lib/types.ts';
import type { Fixture } from '../lib/fixture.ts';
import { parseToken } from '../../src/lib/server/tokens.ts';

/**
 * The target (issue 8): server CPU per answer submission at most this
 * multiple of the empty Astro POST endpoint's, same run, 50 connections.
 * CPU per response is the figure least moved by other work on a shared
 * machine; at 2× the submit keeps half the endpoint's rate once the server
 * is the bottleneck.
 */
const MAX_CPU_FACTOR = 2;
/** Reference lines beside it (the earlier targets, on figures that move with the machine's load). */
const REFERENCE_RATE_SHARE = 0.5;
const REFERENCE_P99_FACTOR = 2;
const MiB = 2 ** 20;

interface SubmissionOptions {
  name: string;
  title: string;
  /** The in-progress responses to post to. */
  tokens: (fixture: Fixture) => string[];
  section: string;
  /** The page's answers; `section` and `action` are added. */
  answers: Record<string, string>;
  /** Where a valid "next" leads. */
  nextSection: string;
  connections: readonly number[];
}

function submissionCase({ name, title, tokens: tokensOf, section: SECTION, answers, nextSection, connections: CONNECTIONS }: SubmissionOptions): BenchCase {
  return {
    name,
    title,
    async run(ctx) {
      const server = await ctx.startServer({ name });
      // Idle: started and answering, before any load.
      const idle = server.memory();
      const tokens = tokensOf(ctx.fixture);
      const body = new URLSearchParams({ section: SECTION, ...answers, action: 'next' }).toString();
      const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin };
      let next = 0;
      const submitPath = () => `/vragenlijst/${tokens[next++ % tokens.length]}/${SECTION}`;
      const emptyPath = () => '/api/bench/empty';

      // One request by hand first: a wrong redirect here means the bench measures the wrong thing.
      const probe = await fetch(server.origin + submitPath(), { method: 'POST', headers, body, redirect: 'manual' });
      const location = probe.headers.get('location') ?? '';
      if (probe.status !== 303 || !location.endsWith(`/${nextSection}`)) {
        throw new Error(`submit probe: expected 303 to the next section, got ${probe.status} ${location}\n${await probe.text()}`);
      }
      let accepted = 1;

      const post = (path: () => string, expectStatus: number, connections: number, durationS: number, onTick?: () => void) =>
        runLoad({ origin: server.origin, method: 'POST', headers, body, path, expectStatus, connections, durationS, onTick, serverPid: server.pid });
      const countAccepted = (r: LoadResult) => {
        accepted += r.responses - Object.values(r.unexpected).reduce((a, b) => a + b, 0);
        return r;
      };

      ctx.log('warming up');
      await post(emptyPath, 204, 10, WARMUP_SECONDS);
      countAccepted(await post(submitPath, 303, 10, WARMUP_SECONDS));

      const empty: Record<number, LoadResult> = {};
      const submit: Record<number, LoadResult> = {};
      let loadedRss = 0;
      for (const c of CONNECTIONS) {
        ctx.log(`empty endpoint, ${c} connections`);
        empty[c] = await post(emptyPath, 204, c, BENCH_SECONDS);
        ctx.log(`submit, ${c} connections`);
        const sample = c === CONNECTIONS.at(-1) ? () => (loadedRss = Math.max(loadedRss, server.memory().rss)) : undefined;
        submit[c] = countAccepted(await post(submitPath, 303, c, BENCH_SECONDS, sample));
      }
      const afterLoad = server.memory();

      const barePort = ctx.takePort();
      const bare = await spawnServer({ args: ['bench/lib/bare-server.ts'], port: barePort });
      ctx.defer(() => bare.stop());
      const bareResults: Record<number, LoadResult> = {};
      for (const c of CONNECTIONS) {
        ctx.log(`bare node:http, ${c} connections`);
        bareResults[c] = await runLoad({ origin: bare.origin, method: 'POST', headers, body, path: emptyPath, expectStatus: 204, connections: c, durationS: BENCH_SECONDS, serverPid: bare.pid });
      }
      await bare.stop();
      await server.stop();

      // Every 303 must be a saved revision, or the bench measured something other than saving. Requests
      // still in flight when a run stops are saved without their response being counted: at most one
      // per connection per run.
      const saved = await countSavedRevisions(server.databaseFile, tokens);
      const inFlight = 10 + CONNECTIONS.reduce((a, c) => a + c, 0);
      const low = CONNECTIONS.length > 1 ? CONNECTIONS[0] : null;
      const allSaved = saved >= accepted && saved <= accepted + inFlight;
      const notes = [
        `${tokens.length} in-progress responses cycled; ${accepted} submissions answered 303 and the database holds ${saved} saved revisions` +
          (allSaved ? ` (all saved; up to ${inFlight} more can be requests still in flight when a run stopped).` : ' (**mismatch**).'),
        `Each load run lasts ${BENCH_SECONDS} s after a ${WARMUP_SECONDS} s warm-up; autocannon runs in the bench process on the same machine.`,
        `Server CPU per response at 50 connections, the figure least moved by other load: submit ${cpu(submit[50])}, empty Astro POST ${cpu(empty[50])} ` +
          `(${cpuFactor(submit[50], empty[50]).toFixed(2)}×; target ≤ ${MAX_CPU_FACTOR}×).` +
          (low === null ? '' : ` At ${low} connections: ${cpu(submit[low])} vs ${cpu(empty[low])} (${cpuFactor(submit[low], empty[low]).toFixed(2)}×).`),
        `For reference, at 50 connections: submit rate ${Math.round(submit[50].rps)} req/s = ${Math.round((100 * submit[50].rps) / empty[50].rps)}% of the empty endpoint's ` +
          `(the earlier target was ≥ ${REFERENCE_RATE_SHARE * 100}%); p99 ${submit[50].p99Ms.toFixed(1)} ms = ${(submit[50].p99Ms / empty[50].p99Ms).toFixed(2)}× its p99 (earlier target ≤ ${REFERENCE_P99_FACTOR}×). Both move with the machine's load.`,
      ];
      const problems = [
        ...CONNECTIONS.flatMap((c) => [
          loadProblem(`submit c${c}`, submit[c]),
          loadProblem(`empty c${c}`, empty[c]),
          loadProblem(`bare c${c}`, bareResults[c]),
        ]),
      ].filter((p): p is string => p !== null);
      notes.push(...problems);

      const metrics: Metric[] = [];
      for (const c of CONNECTIONS) {
        metrics.push(...loadMetrics(`submit.c${c}`, `Submit, ${c} connections`, submit[c]));
        metrics.push(...loadMetrics(`empty.c${c}`, `Empty Astro POST, ${c} connections`, empty[c]));
        metrics.push(...loadMetrics(`bare.c${c}`, `Bare node:http, ${c} connections`, bareResults[c]));
      }
      metrics.push(
        { key: 'memory.idle.rss', label: 'Server RSS, idle after start', value: idle.rss / MiB, unit: 'MiB' },
        { key: 'memory.load.rss', label: 'Server RSS, highest sample during 50-connection submit', value: loadedRss / MiB, unit: 'MiB' },
        { key: 'memory.end.rss', label: 'Server RSS, end of 50-connection submit', value: afterLoad.rss / MiB, unit: 'MiB' },
        { key: 'memory.peak.rss', label: 'Server peak RSS (VmHWM)', value: afterLoad.peakRss / MiB, unit: 'MiB' },
      );

      const s = submit[50];
      const e = empty[50];
      const clean = problems.length === 0 && allSaved;
      const factor = cpuFactor(s, e);
      metrics.push({ key: 'submit.c50.cpuFactor', label: 'Submit server CPU per response ÷ empty Astro POST’s, 50 connections', value: factor, unit: '×' });
      const targets: TargetCheck[] = [
        {
          label: `${title}: server CPU per response vs empty Astro POST, 50 connections`,
          target: `≤ ${MAX_CPU_FACTOR}× (${e.cpuUsPerResponse === null ? '–' : `${Math.round(MAX_CPU_FACTOR * e.cpuUsPerResponse)} µs`})`,
          actual: `${cpu(s)} = ${factor.toFixed(2)}×`,
          met: clean && factor <= MAX_CPU_FACTOR,
        },
      ];
      return { metrics, targets, notes };
    },
  };
}

export const submission = submissionCase({
  name: 'submission',
  title: 'Growth Test answer submission',
  tokens: (fixture) => fixture.inProgress,
  section: 'ambition',
  answers: { ambition_1: '4', ambition_2: '2', ambition_3: '5', ambition_4: 'dk', ambition_5: '3' },
  nextSection: 'core_customers',
  connections: [10, 50],
});

/** Issue 9: the first page of a customer-satisfaction survey, at 50 connections beside the same-run floors. */
export const surveySubmission = submissionCase({
  name: 'survey-submission',
  title: 'Answer submission, customer-satisfaction survey',
  tokens: (fixture) => fixture.satisfaction.inProgress,
  section: 'experience',
  answers: { expectation: 'as', recommend: '8' },
  nextSection: 'service_levels',
  connections: [50],
});

/** Server CPU per response of `r` as a multiple of `reference`'s; NaN when either was not measured. */
function cpuFactor(r: LoadResult, reference: LoadResult): number {
  return (r.cpuUsPerResponse ?? NaN) / (reference.cpuUsPerResponse ?? NaN);
}

function cpu(r: LoadResult): string {
  return r.cpuUsPerResponse === null ? '–' : `${Math.round(r.cpuUsPerResponse)} µs`;
}

function loadMetrics(key: string, label: string, r: LoadResult): Metric[] {
  return [
    { key: `${key}.rps`, label: `${label}: responses/s`, value: r.rps, unit: 'req/s' },
    { key: `${key}.p50`, label: `${label}: p50`, value: r.p50Ms, unit: 'ms' },
    { key: `${key}.p99`, label: `${label}: p99`, value: r.p99Ms, unit: 'ms' },
    { key: `${key}.cpu`, label: `${label}: server CPU per response`, value: r.cpuUsPerResponse, unit: 'µs' },
  ];
}

async function countSavedRevisions(file: string, tokens: string[]): Promise<number> {
  const client = createClient({ url: `file:${file}` });
  try {
    const ids = tokens.map((t) => parseToken(t)!.id);
    const result = await client.execute({
      sql: `select coalesce(sum(revision), 0) as n from responses where id in (select value from json_each(?))`,
      args: [JSON.stringify(ids)],
    });
    return Number(result.rows[0].n);
  } finally {
    client.close();
  }
}
