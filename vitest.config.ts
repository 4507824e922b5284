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
  },
});
