import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { readBuildJson, sitemapPaths } from '../../support/buildOutput';

/** Wait until React has hydrated the page (Docusaurus sets this attribute). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
}

/**
 * Collects console errors, uncaught exceptions and requests to other origins for one page.
 * Call `assertClean()` at the end of the test.
 */
export function watchPage(page: Page, allowedOrigin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== allowedOrigin) problems.push(`third-party request: ${url}`);
  });
  return {
    assertClean() {
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Run axe with the WCAG 2.2 AA rule set and expect no violation (listed by rule and target). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}
