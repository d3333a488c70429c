import { test as base, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

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

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(reportCspViolations);
    await context.addInitScript(withoutServiceWorkers);
    await use(context);
  },
});

export { expect } from '@playwright/test';
