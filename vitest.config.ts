/**
 * `npm run test:unit` (part of `npm test`): the unit tests, plus the fault
 * tests that finish in under a minute. They run against the built server;
 * the global setup builds it when dist/ is stale. The slow fault tests live
 * in vitest.faults.config.ts (`npm run test:faults`).
 */
import { defineConfig } from 'vitest/config';

/** Fault tests quick enough for every run. Add new ones here if they stay under a minute. */
export const FAST_FAULT_TESTS = ['tests/faults/malformed.test.ts', 'tests/faults/unavailable.test.ts', 'tests/faults/xss.test.ts'];

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', ...FAST_FAULT_TESTS],
    globalSetup: ['tests/support/ensure-build.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
