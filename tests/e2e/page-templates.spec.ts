/**
 * axe with every WCAG 2.2 AA rule, the contrast rules included, on one page of each template in
 * light and dark mode. The pages are chosen from the build (tests/support/pageTemplates.ts): one
 * per section and layout, plus whatever pages it takes to show every kind of element the site
 * renders anywhere, in light and dark. A new page with new markup is picked up by itself.
 * Widget states (an open leaf, a played decision, a filled quiz) are checked in both schemes by
 * the widgets' own specs; every page's structure is checked in pages.spec.ts.
 */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolationsInThisScheme, sitemapPaths, waitForHydration, watchPage } from './support/site';
import { readPageHtml } from '../support/buildOutput';
import { chooseTemplatePages } from '../support/pageTemplates';

const templates = [
  ...chooseTemplatePages(sitemapPaths().map((path) => ({ path, html: readPageHtml(path) }))).map((t) => t.path),
  // The search page: not in the sitemap, and a layout of its own.
  '/search?q=timeout',
];

for (const pagePath of templates) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${pagePath} (${scheme}): no axe violations, contrast included`, async ({ browser, baseURL }) => {
      // Contrast is axe's slowest rule: a long page takes a while on a busy two-core runner.
      test.setTimeout(120_000);
      const context = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      const watch = watchPage(page, new URL(baseURL ?? '').origin);
      const response = await page.goto(pagePath);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoAxeViolationsInThisScheme(page);
      watch.assertClean();
      await context.close();
    });
  }
}
