/** The machine figures came from: without it a number means little. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from './server.ts';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  versions: Record<string, string>;
  gitCommit: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    node: process.version,
    chromium: quietly(() => execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
    versions: Object.fromEntries(
      ['astro', '@astrojs/node', '@libsql/client', 'drizzle-orm', 'autocannon', 'lighthouse'].map((name) => [
        name,
        quietly(() => JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')).version),
      ]),
    ),
    gitCommit: quietly(() => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
      const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'db', 'astro.config.mjs') !== '';
      return git('rev-parse', '--short', 'HEAD') + (dirty ? ' (with uncommitted changes in src/db)' : '');
    }),
  };
}

function quietly(read: () => string): string {
  try {
    return read();
  } catch {
    return 'unknown';
  }
}
