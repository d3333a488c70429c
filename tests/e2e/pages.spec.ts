/**
 * Every page in the sitemap, in light and dark mode and without JavaScript: it renders its main
 * content, logs no error, asks no other origin for anything, and axe (WCAG 2.2 AA) finds nothing.
 */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, sitemapPaths, waitForHydration, watchPage } from './support/site';

// The search page is left out of the sitemap (its content depends on the query) but is a page.
const extraPaths = ['/search?q=timeout'];

for (const pagePath of [...sitemapPaths(), ...extraPaths]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${pagePath} (${scheme}): clean console, no third-party requests, no axe violations`, async ({ browser, baseURL }) => {
      // axe's contrast rules are slow on long pages: on the signature catalog (about 3,000
      // elements, 400 links in running text) one pass takes 25 s on an idle machine, twice that
      // with the second CI worker busy. The default 60 s would fail on load, not on a finding.
      test.setTimeout(150_000);
      const context = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      const watch = watchPage(page, new URL(baseURL ?? '').origin);
      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoAxeViolations(page);
      watch.assertClean();
      await context.close();
    });
  }

  if (extraPaths.includes(pagePath)) continue;
  test(`${pagePath} (no JavaScript): main content is there`, async ({ browser }) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    const main = page.locator('main').first();
    await expect(main).toBeVisible();
    await expect(page.locator('h1').first()).toBeVisible();
    expect((await main.innerText()).trim().length).toBeGreaterThan(100);
    await context.close();
  });
}
