import { expect, type Page } from '@playwright/test';
import axe, { type RunOptions } from 'axe-core';

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

/**
 * axe-core is put into the page once and run there directly. `@axe-core/playwright` sends the
 * whole axe source (half a megabyte) into every frame on every call and collects every passing
 * node; on a runbook that took 3 s a call where axe itself needs 0.4 s. The site has no frames,
 * and only violations are reported, so only violations are collected.
 */
async function axeFindings(page: Page, options: { withContrast: boolean }): Promise<string[]> {
  const present = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!present) await page.evaluate(axe.source);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
    rules: options.withContrast ? {} : Object.fromEntries(contrastRules.map((id) => [id, { enabled: false }])),
  };
  return page.evaluate(async (opts) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, opts);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOptions);
}

/**
 * Switch the colour scheme the way a reader's system does: the site follows
 * `prefers-color-scheme` (respectPrefersColorScheme), so React's colour mode, the code blocks'
 * Prism theme included, changes with it, not only `html[data-theme]`. Transitions are turned off
 * while the test reads colours: Infima fades link colours over 200 ms, and axe reading a colour
 * halfway through a fade reports contrast failures no reader sees.
 */
export async function showScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.evaluate(() => {
    if (document.getElementById('fg-test-no-transitions')) return;
    const style = document.createElement('style');
    style.id = 'fg-test-no-transitions';
    style.textContent = '*, *::before, *::after { transition: none !important; }';
    document.head.append(style);
  });
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html'), `the page follows the ${scheme} scheme`).toHaveAttribute('data-theme', scheme);
}

/**
 * Run axe with the whole WCAG 2.2 AA rule set in the page's colour scheme and then in the other
 * one, and expect no violation (listed by rule and target). The scheme is switched in place (see
 * showScheme), so a widget keeps its state (an open leaf, a played decision) for both passes, and
 * switched back at the end.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const html = page.locator('html');
  const first = (await html.getAttribute('data-theme')) === 'dark' ? 'dark' : 'light';
  const second = first === 'dark' ? 'light' : 'dark';
  const findings = (await axeFindings(page, { withContrast: true })).map((f) => `${first}: ${f}`);
  await showScheme(page, second);
  findings.push(...(await axeFindings(page, { withContrast: true })).map((f) => `${second}: ${f}`));
  await showScheme(page, first);
  expect(findings, findings.join('\n')).toEqual([]);
}

/** Run axe with the whole WCAG 2.2 AA rule set in the page's current colour scheme only. */
export async function allFindings(page: Page): Promise<string[]> {
  return axeFindings(page, { withContrast: true });
}

/**
 * Run axe without the contrast rules: the page's structure (names, roles, landmarks, headings,
 * lists, labels), which is the same in both colour schemes. Returns the findings, so a loop
 * over many pages can report them all.
 */
export async function structureFindings(page: Page): Promise<string[]> {
  return axeFindings(page, { withContrast: false });
}
