/**
 * Customer segmentation with 10,000 customers (issue 11): reading the file
 * in (the preview post: upload, parse, store the preview), saving it (one
 * batch of 10,000 rows) and rendering the four steps (analysis, the
 * paginated table, the charts' data: at most 500 bubbles and 200 points a
 * curve). The demo coach posts to the real page with a session made in the
 * database. Targets: preview and save each ≤ 5 s, page p95 ≤ 1,000 ms.
 */
import { createClient } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { companies, users } from '../../db/schema.ts';
import { DEMO_SURVEY_CLIENT } from '../../scripts/seed-demo-surveys.ts';
import { DEMO_USERS } from '../../scripts/seed-demo.ts';
import { SESSION_COOKIE, createSession } from '../../src/lib/server/auth/session.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { runLoad } from '../lib/load.ts';
import { BENCH_SECONDS, WARMUP_SECONDS } from '../lib/settings.ts';
import type { BenchCase } from '../lib/types.ts';

const CUSTOMERS = 10_000;
const IMPORT_TARGET_MS = 5_000;
const PAGE_P95_TARGET_MS = 1_000;

function customerFile(): Uint8Array<ArrayBuffer> {
  const rows = Array.from({ length: CUSTOMERS }, (_, i) => `Klant ${i};${Math.round(100_000 / (i + 1)) + 100};${(i % 40) - 5};${1 + (i % 5)};${1 + ((i * 3) % 5)};${1 + ((i * 7) % 5)}`);
  return new TextEncoder().encode(['Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit', ...rows].join('\n'));
}

async function post(origin: string, path: string, cookie: string, form: FormData): Promise<{ ms: number; status: number; body: string }> {
  const t0 = performance.now();
  const response = await fetch(origin + path, { method: 'POST', body: form, headers: { cookie, origin }, redirect: 'manual' });
  const body = await response.text();
  return { ms: performance.now() - t0, status: response.status, body };
}

export const segmentation: BenchCase = {
  name: 'segmentation',
  title: 'Customer segmentation: import and page with 10,000 customers',
  async run(ctx) {
    let cookie = '';
    let companyId = '';
    const server = await ctx.startServer({
      name: 'segmentation',
      prepare: async (file) => {
        const client = createClient({ url: `file:${file}` });
        try {
          const db = createDb(client);
          const [coach] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS.consultant));
          const [hotel] = await db.select({ id: companies.id }).from(companies).where(eq(companies.name, DEMO_SURVEY_CLIENT));
          cookie = `${SESSION_COOKIE}=${(await createSession(coach.id, Date.now(), db)).token}`;
          companyId = hotel.id;
        } finally {
          client.close();
        }
      },
    });
    const path = `/dashboard/segmentatie/${companyId}`;
    const file = customerFile();
    const upload = new FormData();
    upload.set('action', 'preview-file');
    upload.set('label', 'bench');
    upload.set('file', new Blob([file], { type: 'text/csv' }), 'klanten.csv');
    ctx.log(`preview of ${CUSTOMERS} customers (${Math.round(file.byteLength / 1024)} KB)`);
    const preview = await post(server.origin, path, cookie, upload);
    const previewId = /name="preview" value="([^"]+)"/.exec(preview.body)?.[1];
    if (preview.status !== 200 || !previewId) throw new Error(`the preview answered ${preview.status} without a preview id`);
    const save = new FormData();
    save.set('action', 'save');
    save.set('preview', previewId);
    save.set('label', 'bench');
    ctx.log('save');
    const saved = await post(server.origin, path, cookie, save);
    if (saved.status !== 303) throw new Error(`the save answered ${saved.status}`);
    const probe = await fetch(server.origin + path, { headers: { cookie } });
    const html = await probe.text();
    if (!html.includes(`van de ${CUSTOMERS.toLocaleString('nl-NL')} klanten`) && !html.includes(`van de ${CUSTOMERS} klanten`)) throw new Error('the page does not show the 10,000 customers it is timed with');
    const get = (durationS: number) => runLoad({ origin: server.origin, path: () => path, headers: { cookie }, expectStatus: 200, connections: 1, durationS, serverPid: server.pid });
    ctx.log('page with 10,000 customers');
    await get(WARMUP_SECONDS);
    const page = await get(BENCH_SECONDS);
    await server.stop();
    return {
      metrics: [
        { key: 'segmentation.file.kb', label: 'Customer file, 10,000 customers', value: Math.round(file.byteLength / 1024), unit: 'KB' },
        { key: 'segmentation.preview.ms', label: 'Preview (upload, parse, store)', value: Math.round(preview.ms), unit: 'ms' },
        { key: 'segmentation.save.ms', label: 'Save (10,000 rows, one batch)', value: Math.round(saved.ms), unit: 'ms' },
        { key: 'segmentation.page.p50', label: 'Segmentation page, 10,000 customers: p50', value: page.p50Ms, unit: 'ms' },
        { key: 'segmentation.page.p95', label: 'Segmentation page, 10,000 customers: p95', value: page.p95Ms, unit: 'ms' },
        { key: 'segmentation.page.kb', label: 'Segmentation page HTML', value: Math.round(html.length / 1024), unit: 'KB' },
      ],
      targets: [
        { label: 'Preview of 10,000 customers', target: `≤ ${IMPORT_TARGET_MS} ms`, actual: `${Math.round(preview.ms)} ms`, met: preview.ms <= IMPORT_TARGET_MS },
        { label: 'Save of 10,000 customers', target: `≤ ${IMPORT_TARGET_MS} ms`, actual: `${Math.round(saved.ms)} ms`, met: saved.ms <= IMPORT_TARGET_MS },
        { label: 'Segmentation page p95, 10,000 customers', target: `≤ ${PAGE_P95_TARGET_MS} ms`, actual: `${page.p95Ms.toFixed(1)} ms`, met: page.p95Ms <= PAGE_P95_TARGET_MS },
      ],
      notes: [],
    };
  },
};
