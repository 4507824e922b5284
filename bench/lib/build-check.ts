/**
 * Whether a run's figures may replace the ones in bench/README.md: only
 * from a build of the current commit, made and measured with a clean
 * working tree, with the default run lengths. Otherwise the committed
 * figures would describe code that is not the code beside them (they once
 * went 60 commits stale). bench/results/ is written either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gitState } from '../../scripts/build-info.mjs';

/** What scripts/build-info.mjs writes to dist/build-info.json at build time. */
export interface BuildInfo {
  commit: string | null;
  changed: string[];
}

export interface ReadmeCheck {
  /** null when dist/build-info.json is missing (a build from before this check). */
  build: BuildInfo | null;
  /** The checkout as the run ends. */
  now: BuildInfo;
  /** Load runs shorter than the defaults: figures for working on a case, not for the README. */
  shortened: boolean;
}

const MAX_FILES_NAMED = 5;

function files(list: string[]): string {
  const named = list.slice(0, MAX_FILES_NAMED).join(', ');
  return list.length > MAX_FILES_NAMED ? `${named} and ${list.length - MAX_FILES_NAMED} more` : named;
}

const short = (commit: string | null) => commit?.slice(0, 7) ?? 'unknown';

/** Why the README must not be rewritten from this run, or null when it may be. */
export function readmeRefusal({ build, now, shortened }: ReadmeCheck): string | null {
  if (!build) return 'dist-bench/ has no build-info.json, so its commit is unknown; run `npm run bench` without --skip-build';
  if (!now.commit || !build.commit) return 'no git commit could be read; the figures could not be tied to the code';
  if (build.commit !== now.commit) return `dist-bench/ was built from ${short(build.commit)}, but HEAD is ${short(now.commit)}; run \`npm run bench\` without --skip-build`;
  if (build.changed.length) return `dist-bench/ was built with uncommitted changes (${files(build.changed)}); commit or stash them and run again`;
  if (now.changed.length) return `the working tree has uncommitted changes (${files(now.changed)}); commit or stash them and run again`;
  if (shortened) return 'BENCH_SECONDS or BENCH_WARMUP_SECONDS is shorter than the default; only full-length runs go into the README';
  return null;
}

/** The check for this checkout and its bench build (dist-bench/, astro.config.mjs). */
export function currentReadmeCheck(root: string, shortened: boolean): ReadmeCheck {
  const file = `${root}dist-bench/build-info.json`;
  const build = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildInfo) : null;
  return { build, now: gitState(root), shortened };
}
