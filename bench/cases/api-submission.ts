/**
 * Issue 10: response submission through the JSON API, POST
 * /api/v1/surveys/{id}/responses with a whole customer-satisfaction
 * response (checked, started, saved and completed: three writes and the
 * completion batch), at 50 connections beside the same run's floors (the
 * empty Astro POST endpoint). Requests cycle over many keys of the
 * organisation so the per-key throttle (THROTTLES.apiKey) measures as
 * refusals nowhere: what is timed is the submission.
 */
import { createApiKey } from '../../src/lib/server/api/keys.ts';
import { createDb, openClient } from '../../src/lib/server/db.ts';
import { loadProblem, runLoad, type LoadResult } from '../lib/load.ts';
import { BENCH_SECONDS, WARMUP_SECONDS } from '../lib/settings.ts';
import type { BenchCase, Metric } from '../lib/types.ts';

/** Keys cycled: 50 connections for the run's length stay far below each key's limit a minute. */
const KEYS = 200;
const CONNECTIONS = 50;

export const apiSubmission: BenchCase = {
  name: 'api-submission',
  title: 'Response submission through the JSON API',
  async run(ctx) {
    const keys: string[] = [];
    const instanceId = ctx.fixture.satisfaction.instanceId;
    const server = await ctx.startServer({
      name: 'api-submission',
      prepare: async (file) => {
        const client = openClient(`file:${file}`);
        try {
          const db = createDb(client);
          const instance = await db.query.surveys.findFirst({ where: (s, { eq }) => eq(s.id, instanceId) });
          for (let i = 0; i < KEYS; i++) keys.push((await createApiKey({ organisationId: instance!.organisationId!, companyId: null }, `bench ${i}`, null, db)).key);
        } finally {
          client.close();
        }
      },
    });
    const body = JSON.stringify({ answers: { expectation: 'as', recommend: 8, service_quality: 4, comment: 'Prima geholpen.' } });
    const path = `/api/v1/surveys/${instanceId}/responses`;
    let next = 0;
    const headersFor = () => ({ authorization: `Bearer ${keys[next++ % keys.length]}` });
    const probe = await fetch(server.origin + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headersFor() }, body });
    if (probe.status !== 201) throw new Error(`API probe: expected 201, got ${probe.status} ${await probe.text()}`);

    const run = (p: string, expectStatus: number, durationS: number, withKeys: boolean) =>
      runLoad({ origin: server.origin, method: 'POST', headers: { 'content-type': 'application/json' }, headersFor: withKeys ? headersFor : undefined, body, path: () => p, expectStatus, connections: CONNECTIONS, durationS, serverPid: server.pid });
    ctx.log('warming up');
    await run('/api/bench/empty', 204, WARMUP_SECONDS, false);
    await run(path, 201, WARMUP_SECONDS, true);
    ctx.log(`empty endpoint, ${CONNECTIONS} connections`);
    const empty = await run('/api/bench/empty', 204, BENCH_SECONDS, false);
    ctx.log(`API submission, ${CONNECTIONS} connections`);
    const api = await run(path, 201, BENCH_SECONDS, true);
    await server.stop();

    const factor = (api.cpuUsPerResponse ?? NaN) / (empty.cpuUsPerResponse ?? NaN);
    const metrics: Metric[] = [
      ...figures('api.c50', 'API response submission, 50 connections', api),
      ...figures('empty.c50', 'Empty Astro POST, 50 connections', empty),
      { key: 'api.c50.cpuFactor', label: 'API submission server CPU per response ÷ empty Astro POST’s, 50 connections', value: factor, unit: '×' },
    ];
    const problems = [loadProblem('api c50', api), loadProblem('empty c50', empty)].filter((p): p is string => p !== null);
    const notes = [
      `At ${CONNECTIONS} connections: ${Math.round(api.rps)} responses/s stored (p99 ${api.p99Ms.toFixed(1)} ms), server CPU ${Math.round(api.cpuUsPerResponse ?? NaN)} µs per response = ${factor.toFixed(2)}× the empty Astro POST's ${Math.round(empty.cpuUsPerResponse ?? NaN)} µs, same run. ${KEYS} keys cycled.`,
      ...problems,
    ];
    return { metrics, targets: [], notes };
  },
};

function figures(key: string, label: string, r: LoadResult): Metric[] {
  return [
    { key: `${key}.rps`, label: `${label}: responses/s`, value: r.rps, unit: 'req/s' },
    { key: `${key}.p50`, label: `${label}: p50`, value: r.p50Ms, unit: 'ms' },
    { key: `${key}.p99`, label: `${label}: p99`, value: r.p99Ms, unit: 'ms' },
    { key: `${key}.cpu`, label: `${label}: server CPU per response`, value: r.cpuUsPerResponse, unit: 'µs' },
  ];
}
