import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import axe from 'axe-core';
import { BASE_URL } from './server';
import { desktopContext } from './contextOptions';

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

/**
 * Puts a context back as a new one finds it, between two tests: no page open, no route, no
 * permission granted, online, and nothing stored for the site (cookies, local storage, IndexedDB,
 * Cache Storage; session storage belongs to the page, which is new for each test). What stays is
 * the HTTP cache, as in a reader's browser. Alone, a load in a fresh context cost 1.35 s against
 * 0.8 s in a reused one (12 loads of four pages); over four spec files run two workers at a time,
 * alternating with fresh contexts, the saving was smaller: 2 to 4 % of their worker time.
 */
async function resetContext(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((p) => p.close()));
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearPermissions();
  await context.setOffline(false);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: BASE_URL,
    storageTypes: 'cookies,local_storage,indexeddb,cache_storage,service_workers,file_systems,websql,shader_cache',
  });
  await cdp.detach();
  await page.close();
}

export const test = base.extend<object, { visitor: SiteVisitor; sharedContext: BrowserContext }>({
  /**
   * One browser context per worker, reset between tests (resetContext), instead of a new context
   * for each test. A test that needs other context options (a phone, no JavaScript, service
   * workers) makes its own with newContext().
   */
  sharedContext: [
    async ({ browser }, use) => {
      const context = await newContext(browser, desktopContext);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedContext }, use) => {
    await use(sharedContext);
    await resetContext(sharedContext);
  },
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
  visitor: [
    async ({ browser }, use) => {
      const context = await newContext(browser, { baseURL: BASE_URL });
      // axe is in every page the visitor opens, before the page's own scripts (the checks find it
      // there and do not send it again): 5 to 15 % less time over 42 pages than sending it into
      // each page after it loads (alternated runs), since the browser compiles it once.
      await context.addInitScript(axe.source);
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
