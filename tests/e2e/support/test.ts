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

export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (options.serviceWorkers !== 'allow') await context.addInitScript(withoutServiceWorkers);
  return context;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(withoutServiceWorkers);
    await use(context);
  },
});

export { expect } from '@playwright/test';
