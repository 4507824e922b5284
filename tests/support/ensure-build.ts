/**
 * Vitest global setup: the fault tests run against the built server, so
 * build it when dist/ is missing or older than any source it is built from.
 * Runs once per vitest run, before any test file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SERVER_ENTRY } from './server.ts';

const SOURCES = ['src', 'db', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export default function ensureBuild(): void {
  const built = existsSync(SERVER_ENTRY) ? statSync(SERVER_ENTRY).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => join(ROOT, s)).filter(existsSync).map(newestChange));
  if (built >= changed) return;
  console.log('[ensure-build] dist/ is missing or stale: running astro build');
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`astro build failed with status ${result.status}`);
}
