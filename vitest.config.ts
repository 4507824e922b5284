/**
 * `npm run test:unit`: the unit tests, against real temporary database
 * files, in parallel. The fault tests, which start servers and load them,
 * run one file at a time in their own config (vitest.faults.config.ts,
 * `npm run test:faults`); `npm test` runs both.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Vitest's 5 s default and 10 s hook default are too tight for a loaded 2-core CI machine: at a
    // load average of 17 the slowest unit test (30 argon2 sign-ins) took 9.4 s and the libSQL canary
    // (two child processes) 4.9 s. About 3× the slowest.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
