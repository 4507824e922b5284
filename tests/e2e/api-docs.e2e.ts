/**
 * Every example in docs/api.md, run against the real server in the order
 * written: the `sh` block's curl command is parsed (method, path, key,
 * body) and sent; the reply must have the documented status and every
 * field the documented reply shows, with the same JSON type. Placeholders
 * ({companyId}, {surveyId}, …) are filled from earlier replies (`save=`).
 */
import { readFileSync } from 'node:fs';
import { expect, request as requestFactory, test } from '@playwright/test';
import { DEMO_USERS, freshAddress } from './fixtures/accounts.ts';
import { makeApiKey } from './fixtures/api.ts';
import { e2eBaseUrl } from './fixtures/environment.ts';

interface Example {
  title: string;
  curl: string;
  status: number;
  save: Record<string, string>;
  reply: unknown;
}

/** The `sh` + `json status=…` pairs of docs/api.md, in order. */
function examples(): Example[] {
  const text = readFileSync('docs/api.md', 'utf8');
  const found: Example[] = [];
  const pair = /^### (.+)$|```sh\n([\s\S]*?)```\s*\n```json status=(\d{3})([^\n]*)\n([\s\S]*?)```/gm;
  let title = '';
  for (const match of text.matchAll(pair)) {
    if (match[1]) {
      title = match[1];
      continue;
    }
    const save = Object.fromEntries([...match[4].matchAll(/save=(\w+):([\w.]+)/g)].map((m) => [m[1], m[2]]));
    found.push({ title, curl: match[2], status: Number(match[3]), save, reply: JSON.parse(match[5]) });
  }
  return found;
}

/** Method, path, whether the key is sent, and the body of a documented curl command. */
function parseCurl(curl: string): { method: string; path: string; keyed: boolean; body?: string; contentType?: string } {
  const oneLine = curl.replace(/\\\n\s*/g, ' ');
  const path = /"\$KOERS(\/[^"]*)"/.exec(oneLine)?.[1];
  if (!path) throw new Error(`no "$KOERS/..." URL in: ${oneLine}`);
  return {
    method: /-X (\w+)/.exec(oneLine)?.[1] ?? 'GET',
    path,
    keyed: oneLine.includes('Authorization: Bearer $KOERS_KEY'),
    // -d '<json>' or --data-binary '<file>' (a CSV spans lines, kept as written).
    body: /(?:-d|--data-binary) '([^']*)'/.exec(oneLine)?.[1],
    contentType: /-H "Content-Type: ([^"]+)"/.exec(oneLine)?.[1],
  };
}

/** Problems where `actual` lacks a documented field or has another JSON type; a documented null matches anything. */
function shapeProblems(documented: unknown, actual: unknown, at = '$'): string[] {
  if (documented === null) return [];
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(documented) !== kind(actual)) return [`${at}: documented ${kind(documented)}, got ${kind(actual)} (${JSON.stringify(actual)?.slice(0, 80)})`];
  if (Array.isArray(documented)) {
    const items = actual as unknown[];
    return documented.length && items.length ? shapeProblems(documented[0], items[0], `${at}[0]`) : [];
  }
  if (kind(documented) === 'object') {
    return Object.entries(documented as Record<string, unknown>).flatMap(([k, v]) =>
      k in (actual as object) ? shapeProblems(v, (actual as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}: missing`],
    );
  }
  return [];
}

const valueAt = (value: unknown, path: string) => path.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown>)?.[part], value);

test('every example in docs/api.md runs as documented', async () => {
  const all = examples();
  expect(all.length).toBeGreaterThanOrEqual(15);
  const { key } = await makeApiKey(DEMO_USERS.consultant, 'docs');
  const api = await requestFactory.newContext({ baseURL: e2eBaseUrl(), extraHTTPHeaders: { 'X-Forwarded-For': freshAddress() } });
  const saved: Record<string, string> = {};
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => saved[name] ?? whole);
  const failures: string[] = [];
  for (const example of all) {
    const curl = parseCurl(example.curl);
    const headers: Record<string, string> = curl.keyed ? { Authorization: `Bearer ${key}` } : {};
    if (curl.body !== undefined) headers['Content-Type'] = curl.contentType ?? 'application/json';
    const reply = await api.fetch(fill(curl.path), { method: curl.method, headers, data: curl.body === undefined ? undefined : fill(curl.body) });
    const label = `${example.title}: ${curl.method} ${curl.path}`;
    expect(reply.headers()['content-type'], label).toContain('application/json');
    const body = await reply.json();
    if (reply.status() !== example.status) failures.push(`${label}: status ${reply.status()}, documented ${example.status}: ${JSON.stringify(body).slice(0, 300)}`);
    failures.push(...shapeProblems(example.reply, body).map((p) => `${label}: ${p}`));
    for (const [name, path] of Object.entries(example.save)) saved[name] = String(valueAt(body, path));
  }
  await api.dispose();
  expect(failures).toEqual([]);
});
