/**
 * End-to-end tests: a real Chromium against the built server (dist/) on a
 * fresh database with demo data. `npm run test:e2e` builds first; the
 * webServer below then migrates, seeds and starts it (tests/e2e/start-server.ts).
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { e2eBaseUrl, e2eDatabasePath, e2ePort } from './tests/e2e/fixtures/environment.ts';

const port = e2ePort();
const baseURL = e2eBaseUrl(port);
// Set here so the workers, which inherit this environment, open the same file as the server.
process.env.E2E_PORT = String(port);
process.env.KOERS_E2E_DB = e2eDatabasePath(port);

/** Debian's Chromium when present (the machines here); otherwise Playwright's own browser. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // *.e2e.ts, not *.spec.ts: Vitest's default pattern would pick up *.spec.ts files.
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  // Two cores: the server, Chromium and the runner share them.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Sized for a loaded 2-core CI machine: the slowest tests (a whole Growth Test in the browser, with
  // or without JavaScript) took up to 26 s here at a load average of 16; about 3.5× that. Tests that
  // loop over many pages are split per page so no single test comes near it.
  timeout: 90_000,
  // A page load or a hydration under load; a failing expectation still fails within seconds of this.
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      // Root needs --no-sandbox; the network is closed, so no background fetches.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `"${process.execPath}" tests/e2e/start-server.ts`,
    url: `${baseURL}/`,
    // Always a fresh database: never attach to a server someone else started.
    reuseExistingServer: false,
    // Migrating and seeding the demo data, then the first answer: ~6 s here, more on a loaded machine.
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: String(port), KOERS_E2E_DB: e2eDatabasePath(port) },
  },
});
