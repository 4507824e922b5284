// @ts-check
/**
 * An Astro integration that writes dist/build-info.json after every build:
 * the git commit it was built from and whether the working tree had
 * changes then. `npm run bench` refuses to rewrite the figures in
 * bench/README.md from a build that is not the current commit.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * HEAD and the files with tracked or untracked changes, except the bench's
 * own README (a run rewrites it). commit is null outside a git checkout.
 * @param {string} cwd
 * @returns {{ commit: string | null, changed: string[] }}
 */
export function gitState(cwd) {
  try {
    /** @param {string[]} args */
    const git = (...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    // Porcelain lines are "XY path"; X may be a space, so the output is not trimmed.
    const changed = git('status', '--porcelain', '--', '.', ':(exclude)bench/README.md')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    return { commit: git('rev-parse', 'HEAD').trim(), changed };
  } catch {
    return { commit: null, changed: [] };
  }
}

/** @returns {import('astro').AstroIntegration} */
export function buildInfo() {
  /** @type {URL | undefined} */
  let outDir;
  /** @type {URL | undefined} */
  let root;
  return {
    name: 'koers:build-info',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        root = config.root;
      },
      'astro:build:done': () => {
        if (!outDir || !root) return;
        const { commit, changed } = gitState(fileURLToPath(root));
        const info = { commit, changed, builtAt: new Date().toISOString() };
        writeFileSync(new URL('build-info.json', outDir), JSON.stringify(info, null, 2) + '\n');
      },
    },
  };
}
