/**
 * Every page in the sitemap (read from the build, so new pages are covered without listing them)
 * loads with JavaScript, hydrates and shows its heading; logs no console error and no CSP
 * violation; asks no other origin for anything; and axe finds no WCAG 2.2 AA violation of
 * structure (names, roles, labels, landmarks, headings: everything but the contrast rules, which
 * depend on the colour scheme).
 *
 * The contrast rules run on the template pages (tests/support/pageTemplates.ts: one page per
 * section and layout, plus the pages it takes to show every kind of element the site renders), in
 * light and then in dark on the same load: every WCAG 2.2 AA rule in both schemes. A new page with
 * new markup is picked up by itself.
 *
 * The pages are visited in a loop by one page reused per worker, in chunks of about the same
 * weight so that both workers stay busy. What the pages hold without JavaScript is checked over
 * the built HTML in tests/built/pagesWithoutJs.test.ts.
 */
import { test, expect } from './support/test';
import { allFindings, showScheme, sitemapPaths, structureFindings } from './support/site';
import { readPageHtml } from '../support/buildOutput';
import { chooseTemplatePages, chunkBySize } from '../support/pageTemplates';

// The search page is left out of the sitemap (its content depends on the query) but is a page,
// with a layout of its own.
const extraPaths = ['/search?q=timeout'];

const built = sitemapPaths().map((path) => ({ path, html: readPageHtml(path) }));
const templates = new Set([...chooseTemplatePages(built).map((t) => t.path), ...extraPaths]);
// A template page costs about three plain ones (axe with contrast, twice).
const pages = [...built, ...extraPaths.map((path) => ({ path, html: readPageHtml(path.replace(/\?.*$/, '')) }))].map(({ path, html }) => ({
  path,
  size: html.length * (templates.has(path) ? 3 : 1),
}));
const chunks = chunkBySize(pages, 400_000);

chunks.forEach((chunk, i) => {
  const first = chunk[0]?.path ?? '';
  const last = chunk.at(-1)?.path ?? '';
  const title = chunk.length === 1 ? first : `${first} … ${last} (${chunk.length} pages)`;
  test(`pages ${i + 1}/${chunks.length}, ${title}: clean console, no third-party requests, axe (contrast in both schemes on templates)`, async ({
    visitor,
  }) => {
    // About a second a page on an idle machine; the cap allows for a busy two-core runner.
    test.setTimeout(60_000 + chunk.length * 30_000);
    const { page } = visitor;
    for (const { path } of chunk) {
      visitor.take();
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
      await expect.soft(page.locator('html[data-has-hydrated="true"]'), `${path}: hydrated`).toHaveCount(1);
      await expect.soft(page.locator('h1').first(), `${path}: a visible h1`).toBeVisible();
      if (templates.has(path)) {
        const light = await allFindings(page);
        await showScheme(page, 'dark');
        const dark = await allFindings(page);
        await showScheme(page, 'light');
        const findings = [...light.map((f) => `light: ${f}`), ...dark.map((f) => `dark: ${f}`)];
        expect.soft(findings, `${path}: axe, every rule, light and dark\n${findings.join('\n')}`).toEqual([]);
      } else {
        const findings = await structureFindings(page);
        expect.soft(findings, `${path}: axe\n${findings.join('\n')}`).toEqual([]);
      }
      const problems = visitor.take();
      expect.soft(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
    }
  });
});
