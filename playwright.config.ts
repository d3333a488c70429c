import { defineConfig } from '@playwright/test';
import { resolveChromium } from './tests/e2e/support/chromium';
import { BASE_URL, PORT } from './tests/e2e/support/server';
import { desktopContext } from './tests/e2e/support/contextOptions';

export default defineConfig({
  // Browser tests live apart from the vitest unit tests.
  testDir: './tests/e2e',
  // A focused test on CI would silently skip the rest of the suite.
  forbidOnly: !!process.env.CI,
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  // Two workers: the suite is sized for a two-core machine (Playwright's default would be one worker
  // there). E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Tests, not files, are spread over the workers; long loops are cut into chunks (pages.spec.ts).
  fullyParallel: true,
  // Per-test budget, a cap for hangs rather than a speed target: widget states run axe in both
  // colour schemes, which takes a few seconds on an idle machine and ten times that on a busy
  // two-core runner. The loops over many pages set their own.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Readable list in the CI log, plus an HTML report kept out of git; at the end the ten slowest
  // tests and the worker time, to keep the suite fast and the workers evenly loaded.
  reporter: [['list'], ...(process.env.CI ? [['html', { open: 'never' }] as const] : []), ['./tests/e2e/support/slowest-reporter.ts']],
  use: {
    // A desktop Chrome on the production server, service workers blocked (they would cache pages
    // between tests; only the offline test turns them on). The tests' shared context uses the same.
    ...desktopContext,
    // Debian's Chromium (or CHROMIUM_PATH, or Playwright's own browser when installed).
    launchOptions: resolveChromium(),
    // A failing test leaves its screenshot and error context (the page's accessibility tree) in
    // test-results/. Recording a trace of every test costs about 15% of the suite's time (a DOM
    // snapshot per action, measured on simulator.spec.ts), so it is on only when asked for:
    // E2E_TRACE=1 npm run test:e2e keeps the trace of each failing test.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
  // The production build, served as in production (headers from build/_headers, compression at a
  // fast level: the best one cost about 25 s of CPU over a run, for bytes no test counts).
  webServer: {
    command: `npx tsx scripts/serve.ts --host 127.0.0.1 --port ${PORT} --compression fast`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
