/**
 * Every page in the sitemap (read from the build, so new pages are covered without listing them)
 * loads with JavaScript, hydrates and shows its heading; logs no console error and no CSP
 * violation; asks no other origin for anything; and axe finds no WCAG 2.2 AA violation of
 * structure (names, roles, labels, landmarks, headings: everything but the contrast rules, which
 * depend on the colour scheme and run per template in page-templates.spec.ts).
 *
 * The pages are visited in a loop by one page reused per worker, in chunks of about the same
 * weight so that both workers stay busy. What the pages hold without JavaScript is checked over
 * the built HTML in tests/built/pagesWithoutJs.test.ts.
 */
import { statSync } from 'node:fs';
import { test, expect } from './support/test';
import { sitemapPaths, structureFindings } from './support/site';
import { htmlFileFor } from '../support/buildOutput';
import { chunkBySize } from '../support/pageTemplates';

// The search page is left out of the sitemap (its content depends on the query) but is a page.
const extraPaths = ['/search?q=timeout'];

const pages = [...sitemapPaths(), ...extraPaths].map((path) => ({ path, size: statSync(htmlFileFor(path.replace(/\?.*$/, ''))).size }));
// About 250 KB of HTML per chunk: half a minute of work on an idle two-core machine.
const chunks = chunkBySize(pages, 250_000);

chunks.forEach((chunk, i) => {
  const first = chunk[0]?.path ?? '';
  const last = chunk.at(-1)?.path ?? '';
  const title = chunk.length === 1 ? first : `${first} … ${last} (${chunk.length} pages)`;
  test(`pages ${i + 1}/${chunks.length}, ${title}: clean console, no third-party requests, no axe structure violations`, async ({
    visitor,
  }) => {
    // A few seconds a page on an idle machine; the cap allows for a busy two-core runner.
    test.setTimeout(60_000 + chunk.length * 60_000);
    const { page } = visitor;
    for (const { path } of chunk) {
      visitor.take();
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
      await expect.soft(page.locator('html[data-has-hydrated="true"]'), `${path}: hydrated`).toHaveCount(1);
      await expect.soft(page.locator('h1').first(), `${path}: a visible h1`).toBeVisible();
      const findings = await structureFindings(page);
      expect.soft(findings, `${path}: axe\n${findings.join('\n')}`).toEqual([]);
      const problems = visitor.take();
      expect.soft(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
    }
  });
});
