/**
 * `npm run test:faults`: every fault test, including the slow ones (crashes
 * under load, several processes on one database). One file at a time: they
 * load the machine on purpose and must not skew each other's timing.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/support/ensure-build.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
