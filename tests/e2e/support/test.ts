import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { BASE_URL } from './server';

/**
 * Most browser tests run as a browser without service-worker support: a worker would precache
 * the whole site in every test context. Playwright's `serviceWorkers: 'block'` leaves
 * `navigator.serviceWorker` in place but broken, which is no real browser's behaviour, so the
 * API is removed instead. The offline test turns workers on explicitly.
 */
const withoutServiceWorkers = () => {
  delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
};

/** Report every Content Security Policy violation as a console error, which the tests fail on. */
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} in ${e.sourceFile}:${e.lineNumber}`);
  });
};

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(reportCspViolations);
  if (options.serviceWorkers !== 'allow') await context.addInitScript(withoutServiceWorkers);
  return context;
}

/**
 * One page in one browser context, reused by every test of a worker: for checks that visit many
 * pages in a row (a fresh context per page costs more than the check). It records what any page
 * visited does wrong: console errors (CSP violations among them), uncaught exceptions, and
 * requests to another origin. `take()` returns and clears the list.
 */
export interface SiteVisitor {
  page: Page;
  take(): string[];
}

export const test = base.extend<object, { visitor: SiteVisitor }>({
  context: async ({ context }, use) => {
    await context.addInitScript(reportCspViolations);
    await context.addInitScript(withoutServiceWorkers);
    await use(context);
  },
  visitor: [
    async ({ browser }, use) => {
      const context = await newContext(browser, { baseURL: BASE_URL });
      const page = await context.newPage();
      let problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== BASE_URL) problems.push(`third-party request: ${url}`);
      });
      await use({
        page,
        take() {
          const taken = problems;
          problems = [];
          return taken;
        },
      });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
