/**
 * Lighthouse performance and accessibility for the respondent's pages, with
 * Lighthouse's default (mobile, simulated slow 4G and CPU slowdown) settings
 * against the production build, in headless Chromium. The performance score
 * moves a few points between identical runs, so each page is audited
 * several times and the run with the median score counts, as Lighthouse's
 * own guidance on variability suggests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../lib/machine.ts';
import { respondentPages } from '../lib/pages.ts';
import type { BenchCase, Metric, TargetCheck } from '../lib/types.ts';

const MIN_PERFORMANCE = 98;
const RUNS_PER_PAGE = 3;
const MIN_ACCESSIBILITY = 100;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
/** Lab metrics shown beside the scores, to say why a score moved. */
const AUDITS: [string, string][] = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
];

export const lighthouseCase: BenchCase = {
  name: 'lighthouse',
  title: 'Lighthouse (mobile defaults)',
  async run(ctx) {
    const server = await ctx.startServer({ name: 'lighthouse' });
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    ctx.defer(() => chrome.kill());
    const metrics: Metric[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    for (const page of respondentPages(ctx.fixture)) {
      ctx.log(page.label);
      const runs = [];
      for (let i = 0; i < RUNS_PER_PAGE; i++) {
        const result = await lighthouse(server.origin + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
      }
      runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)];
      const scores = runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)).join('/');
      const performance = Math.round((lhr.categories.performance.score ?? 0) * 100);
      // Accessibility does not depend on timing; the worst run counts, in case it ever does.
      const accessibility = Math.min(...runs.map((r) => Math.round((r.categories.accessibility.score ?? 0) * 100)));
      const lab = AUDITS.map(([id, short]) => `${short} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
      metrics.push(
        { key: `${page.key}.performance`, label: `${page.label}: performance`, value: performance, unit: 'score', note: `median of ${scores}; ${lab}` },
        { key: `${page.key}.accessibility`, label: `${page.label}: accessibility`, value: accessibility, unit: 'score' },
      );
      targets.push(
        { label: `Lighthouse performance, ${page.label.toLowerCase()}`, target: `≥ ${MIN_PERFORMANCE}`, actual: String(performance), met: performance >= MIN_PERFORMANCE },
        { label: `Lighthouse accessibility, ${page.label.toLowerCase()}`, target: `${MIN_ACCESSIBILITY}`, actual: String(accessibility), met: accessibility >= MIN_ACCESSIBILITY },
      );
      const failed = Object.values(lhr.audits)
        .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
        .map((a) => a.id);
      if (failed.length) notes.push(`${page.label}: accessibility audits failed: ${failed.join(', ')}`);
      if (lhr.runWarnings.length) notes.push(`${page.label}: ${lhr.runWarnings.join(' ')}`);
    }
    notes.push(`Chromium flags: ${CHROME_FLAGS.join(' ')}.`);
    return { metrics, targets, notes };
  },
};
