/**
 * What a respondent downloads per page type: every script the HTML loads
 * (script src, modulepreload, island component and renderer URLs, and the
 * static imports inside those modules, followed transitively), inline
 * scripts, and the CSS. Sizes are gzip at node:zlib's default level, which
 * is what a typical reverse proxy sends; raw sizes are in the JSON.
 */
import { gzipSync } from 'node:zlib';
import { embeddedPage, respondentPages } from '../lib/pages.ts';
import type { BenchCase, Metric } from '../lib/types.ts';
import { EMBED_SCRIPT_MAX_GZIP_BYTES } from '../../src/lib/limits.ts';

/** Target: JavaScript of a question page, gzipped. */
const QUESTION_JS_MAX_BYTES = 15 * 1024;

interface Asset {
  url: string;
  raw: number;
  gzip: number;
}

export const pageWeight: BenchCase = {
  name: 'page-weight',
  title: 'Bytes a respondent downloads per page (gzip)',
  async run(ctx) {
    const server = await ctx.startServer({ name: 'page-weight' });
    const metrics: Metric[] = [];
    const notes: string[] = [];
    let questionJs = NaN;
    for (const page of [...respondentPages(ctx.fixture), embeddedPage(ctx.fixture)]) {
      const url = server.origin + page.path;
      const response = await fetch(url);
      if (response.status !== 200) throw new Error(`${page.label}: ${url} answered ${response.status}`);
      const html = await response.text();
      const found = findAssets(html, url);
      const js = await fetchAll(found.scripts, (code, from) => followImports(code, from, found.dynamicImports));
      const css = await fetchAll(found.styles, () => []);
      const inlineJs = gzipSync(found.inlineScripts.join('\n')).length;
      const inlineCss = gzipSync(found.inlineStyles.join('\n')).length;
      const jsTotal = sum(js.map((a) => a.gzip)) + (found.inlineScripts.length ? inlineJs : 0);
      const cssTotal = sum(css.map((a) => a.gzip)) + (found.inlineStyles.length ? inlineCss : 0);
      if (page.key === 'question') questionJs = jsTotal;
      metrics.push(
        { key: `${page.key}.js`, label: `${page.label}: JavaScript`, value: jsTotal, unit: 'bytes', note: describe(js, found.inlineScripts.length) },
        { key: `${page.key}.css`, label: `${page.label}: CSS`, value: cssTotal, unit: 'bytes', note: describe(css, found.inlineStyles.length) },
        { key: `${page.key}.html`, label: `${page.label}: HTML`, value: gzipSync(html).length, unit: 'bytes' },
      );
      if (found.dynamicImports.size) notes.push(`${page.label}: dynamic imports not counted: ${[...found.dynamicImports].join(', ')}`);
    }
    // The widget loader a host page includes (/embed.js): its own budget, also checked by a unit test.
    const loader = Buffer.from(await (await fetch(`${server.origin}/embed.js`)).arrayBuffer());
    const loaderGzip = gzipSync(loader).length;
    metrics.push({ key: 'embed.loader', label: 'Widget loader /embed.js', value: loaderGzip, unit: 'bytes', note: `${loader.length} bytes raw` });
    notes.push('Inline scripts and styles are counted gzipped on their own, as if they were files.');
    return {
      metrics,
      notes,
      targets: [
        {
          label: 'Question page JavaScript (gzip)',
          target: `≤ ${QUESTION_JS_MAX_BYTES / 1024} KB`,
          actual: `${(questionJs / 1024).toFixed(1)} KB`,
          met: questionJs <= QUESTION_JS_MAX_BYTES,
        },
        {
          label: 'Widget loader (gzip)',
          target: `≤ ${EMBED_SCRIPT_MAX_GZIP_BYTES} bytes`,
          actual: `${loaderGzip} bytes`,
          met: loaderGzip <= EMBED_SCRIPT_MAX_GZIP_BYTES,
        },
      ],
    };
  },
};

interface Found {
  scripts: Set<string>;
  styles: Set<string>;
  inlineScripts: string[];
  inlineStyles: string[];
  dynamicImports: Set<string>;
}

function findAssets(html: string, base: string): Found {
  const found: Found = { scripts: new Set(), styles: new Set(), inlineScripts: [], inlineStyles: [], dynamicImports: new Set() };
  for (const [, attrs, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attribute(attrs, 'src');
    if (src) found.scripts.add(new URL(src, base).href);
    else if (!/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) && content.trim()) found.inlineScripts.push(content);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') found.scripts.add(new URL(href, base).href);
    if (rel === 'stylesheet') found.styles.add(new URL(href, base).href);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = attribute(tag, name);
      if (value) found.scripts.add(new URL(value, base).href);
    }
  }
  for (const [, content] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.inlineStyles.push(content);
  return found;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&') : undefined;
}

/** Static imports of a module (loaded with it) and dynamic ones (only noted). */
function followImports(code: string, url: string, dynamicImports: Set<string>): string[] {
  const imports: string[] = [];
  for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) {
    if (spec.startsWith('.') || spec.startsWith('/')) imports.push(new URL(spec, url).href);
  }
  for (const [, spec] of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) dynamicImports.add(new URL(spec, url).pathname);
  return imports;
}

async function fetchAll(start: Set<string>, next: (code: string, url: string) => string[]): Promise<Asset[]> {
  const seen = new Set<string>();
  const queue = [...start];
  const assets: Asset[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    assets.push({ url, raw: body.length, gzip: gzipSync(body).length });
    queue.push(...next(body.toString('utf8'), url));
  }
  return assets;
}

function describe(assets: Asset[], inline: number): string {
  const files = assets.map((a) => `${new URL(a.url).pathname.split('/').pop()} ${(a.gzip / 1024).toFixed(1)}`);
  if (inline) files.push(`${inline} inline`);
  return files.length ? files.join(', ') : 'none';
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
