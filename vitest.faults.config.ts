/**
 * `npm run test:faults` (part of `npm test`): every fault test, each under a
 * minute here (crashes under load, several processes on one database,
 * hostile input, XSS, an unavailable or full disk). One file at a time: they
 * load the machine on purpose and must not skew each other's timing. Longer
 * runs: FAULTS_KILLS, FAULTS_RUNS, FAULTS_MULTI_SECONDS (tests/faults/README.md).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/support/ensure-build.ts'],
    fileParallelism: false,
    // Each test takes under a minute on a quiet machine (tests/faults/README.md); 300 s leaves 5× for a
    // loaded 2-core CI machine. Hooks seed data, start servers and Chromium: up to ~40 s under load.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
