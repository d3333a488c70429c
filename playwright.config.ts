import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './tests/e2e/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  // Browser tests live apart from the vitest unit tests.
  testDir: './tests/e2e',
  // A focused test on CI would silently skip the rest of the suite.
  forbidOnly: !!process.env.CI,
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  // Two cores on CI: one worker per core.
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  // Per-test budget; pages under axe in two colour schemes need a few seconds each.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Readable list in the CI log, plus an HTML report kept out of git.
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Debian's Chromium (or CHROMIUM_PATH, or Playwright's own browser when installed).
    launchOptions: resolveChromium(),
    // Service workers would cache pages between tests; only the offline test turns them on.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: resolveChromium() } }],
  // The production build, served as in production (headers from build/_headers, compression).
  webServer: {
    command: `npx tsx scripts/serve.ts --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
