/**
 * How long the server takes to render a completed Growth Test's report and
 * its PDF (reported as missing if a build lacks it), one request at a time: the wait a
 * respondent sees after the last page, without queueing behind others.
 */
import { loadProblem, runLoad, type LoadResult } from '../lib/load.ts';
import { BENCH_SECONDS, WARMUP_SECONDS } from '../lib/settings.ts';
import type { BenchCase, Metric } from '../lib/types.ts';

/** Target: the report page at p95, one connection. */
const REPORT_P95_MS = 30;

export const reportRender: BenchCase = {
  name: 'report',
  title: 'Growth Test report rendering (1 connection)',
  async run(ctx) {
    const server = await ctx.startServer({ name: 'report' });
    const reportPath = `/rapport/${ctx.fixture.completed}`;
    const pdfPath = `${reportPath}/pdf`;
    const get = (path: string, durationS: number) =>
      runLoad({ origin: server.origin, path: () => path, expectStatus: 200, connections: 1, durationS });

    const page = await fetch(server.origin + reportPath);
    if (page.status !== 200) throw new Error(`report page answered ${page.status}`);
    await page.arrayBuffer();

    ctx.log('report page');
    await get(reportPath, WARMUP_SECONDS);
    const report = await get(reportPath, BENCH_SECONDS);

    const notes: string[] = [];
    const metrics: Metric[] = [...latency('report', 'Report page', report)];
    const pdfProbe = await fetch(server.origin + pdfPath);
    const pdfType = pdfProbe.headers.get('content-type') ?? '';
    await pdfProbe.arrayBuffer();
    let pdf: LoadResult | undefined;
    if (pdfProbe.status === 200 && pdfType.includes('pdf')) {
      ctx.log('report PDF');
      await get(pdfPath, WARMUP_SECONDS);
      pdf = await get(pdfPath, BENCH_SECONDS);
      metrics.push(...latency('pdf', 'Report PDF', pdf));
    } else {
      notes.push(`No PDF endpoint in this build (${pdfPath} answered ${pdfProbe.status} ${pdfType}); PDF not measured.`);
      metrics.push({ key: 'pdf.p95', label: 'Report PDF: p95', value: null, unit: 'ms', note: 'not in this build' });
    }
    notes.push(
      ...[loadProblem('report', report), pdf ? loadProblem('pdf', pdf) : null].filter((p): p is string => p !== null),
      'Latency is measured at the client over loopback, so it includes HTTP but no network.',
    );

    return {
      metrics,
      notes,
      targets: [
        {
          label: 'Report page p95 (1 connection)',
          target: `≤ ${REPORT_P95_MS} ms`,
          actual: `${report.p95Ms.toFixed(1)} ms`,
          met: loadProblem('report', report) === null && report.p95Ms <= REPORT_P95_MS,
        },
      ],
    };
  },
};

function latency(key: string, label: string, r: LoadResult): Metric[] {
  return [
    { key: `${key}.p50`, label: `${label}: p50`, value: r.p50Ms, unit: 'ms' },
    { key: `${key}.p95`, label: `${label}: p95`, value: r.p95Ms, unit: 'ms' },
    { key: `${key}.rps`, label: `${label}: responses/s`, value: r.rps, unit: 'req/s' },
  ];
}
