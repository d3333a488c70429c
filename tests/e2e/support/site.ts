import { expect, test, type Page } from '@playwright/test';
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

/**
 * The rules whose result depends on the colour scheme: text contrast, and links in running text
 * told apart by colour. Everything else axe checks depends on the page's markup only.
 */
export const contrastRules = ['color-contrast', 'link-in-text-block'];

async function axeFindings(page: Page, options: { withContrast: boolean }): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (!options.withContrast) builder = builder.disableRules(contrastRules);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Run axe with the whole WCAG 2.2 AA rule set in the page's colour scheme and then in the other
 * one, and expect no violation (listed by rule and target). The scheme is switched the way
 * Docusaurus switches it, on `html[data-theme]`, so a widget keeps its state (an open leaf, a
 * played decision) for both passes.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Two full passes: a few seconds on an idle machine, a minute or more on a long page of a busy
  // two-core runner; each call grants the test that time on top of its own budget.
  test.info().setTimeout(test.info().timeout + 90_000);
  const html = page.locator('html');
  const first = (await html.getAttribute('data-theme')) === 'dark' ? 'dark' : 'light';
  const second = first === 'dark' ? 'light' : 'dark';
  const findings = (await axeFindings(page, { withContrast: true })).map((f) => `${first}: ${f}`);
  await html.evaluate((el, theme) => el.setAttribute('data-theme', theme), second);
  findings.push(...(await axeFindings(page, { withContrast: true })).map((f) => `${second}: ${f}`));
  await html.evaluate((el, theme) => el.setAttribute('data-theme', theme), first);
  expect(findings, findings.join('\n')).toEqual([]);
}

/** Run axe with the whole WCAG 2.2 AA rule set in the page's current colour scheme only. */
export async function expectNoAxeViolationsInThisScheme(page: Page): Promise<void> {
  const findings = await axeFindings(page, { withContrast: true });
  expect(findings, findings.join('\n')).toEqual([]);
}

/**
 * Run axe without the contrast rules: the page's structure (names, roles, landmarks, headings,
 * lists, labels), which is the same in both colour schemes. Returns the findings, so a loop
 * over many pages can report them all.
 */
export async function structureFindings(page: Page): Promise<string[]> {
  return axeFindings(page, { withContrast: false });
}
