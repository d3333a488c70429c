/**
 * Signature lookup v2 in the production build: a recognised line, an unknown line that carries a
 * status code, and a 200-line mixed excerpt (real lines from tests/corpus/log-lines.yaml and the
 * HAProxy documentation), on a phone-sized screen, in light and dark mode (axe checks each state in both).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, structureFindings, waitForHydration } from './support/site';

// https://docs.haproxy.org/dev/configuration.html#8.9 (doc/configuration.txt, "Examples of logs")
const haproxySC =
  'haproxy[18989]: 10.0.0.1:34552 [15/Oct/2003:15:26:31.462] px-http px-http/srv1 3183/-1/-1/-1/11215 503 0 - - SC-- 205/202/202/115/3 0/0 "HEAD / HTTP/1.0"';
// Same source: a normal 200 line, which must match nothing.
const haproxyOk =
  'haproxy[674]: 127.0.0.1:33318 [15/Oct/2003:08:31:57.130] px-http px-http/srv1 6559/0/7/147/6723 200 243 - - ---- 5/3/3/1/0 0/0 "HEAD / HTTP/1.0"';

const box = 'Error line or log excerpt';

test('a recognised line: strong answer, its evidence, the termination state spelled out, and a link that reproduces it', async ({
  page,
}) => {
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page.getByLabel(box).fill(haproxySC);
  const results = page.getByTestId('lookup-results');
  const first = results.locator(':scope > li[data-id]').first();
  // The signatures load after the first keystroke; a busy two-core runner may take a while.
  await expect(first).toHaveAttribute('data-confidence', 'strong', { timeout: 30_000 });
  await expect(first).toContainText('Strong match');
  await expect(first).toContainText('Proxy or mesh');
  await first
    .getByText(/Decoded fields of line 1/)
    .first()
    .click();
  await expect(first).toContainText('the server aborted or refused the connection');
  await expect(first).toContainText('waiting for the connection to the server to establish');
  // The text goes into the address (debounced), and the address brings the same answer back.
  await expect(page).toHaveURL(/\?q=haproxy/);
  const shared = page.url();
  const firstId = await first.getAttribute('data-id');
  const again = await page.context().newPage();
  await again.goto(shared);
  await waitForHydration(again);
  await expect(again.getByLabel(box)).toHaveValue(haproxySC);
  await expect(again.getByTestId('lookup-results').locator(':scope > li[data-id]').first()).toHaveAttribute('data-id', firstId ?? '');
  await expectNoAxeViolations(page);
});

test('an unknown line with a status code: weak answers that say why and offer the decision tree', async ({ page }) => {
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page.getByLabel(box).fill('Error 503: service temporarily unavailable');
  const items = page.getByTestId('lookup-results').locator(':scope > li[data-id]');
  await expect(items.first()).toBeVisible({ timeout: 30_000 });
  const confidences = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-confidence')));
  expect(confidences.length).toBeGreaterThan(0);
  expect(new Set(confidences)).toEqual(new Set(['weak']));
  await expect(items.first()).toContainText('Weak match');
  await expect(items.first()).toContainText('503');
  await items.first().getByRole('link', { name: 'Answer the 503 decision tree' }).click();
  await expect(page).toHaveURL(/\/docs\/triage\?tree=503/);
});

// Contrast depends on the kinds of element shown, not on how many: a 20-line excerpt shows every
// kind the 200-line one does (groups, decoded fields, unmatched lines) and gets every rule in both
// schemes; the 200-line result (about 5,000 elements, where axe's contrast rule alone took 80 s on
// a busy two-core machine) gets the structure rules.
test('a 200-line mixed excerpt on a 360 px screen: every match listed, lines grouped, unmatched lines named', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await newContext(browser, { viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const corpus = parse(readFileSync('tests/corpus/log-lines.yaml', 'utf8')) as { line: string }[];
  const excerpt = (n: number) => {
    const lines: string[] = [];
    for (let i = 0; lines.length < n; i++) lines.push(i % 4 === 3 ? haproxyOk : (corpus[i % 40]?.line ?? haproxyOk));
    return lines.join('\n');
  };
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page.getByLabel(box).fill(excerpt(20));
  await expect(page.getByTestId('lookup-templates')).toContainText('20 lines in', { timeout: 30_000 });
  await expect(page.getByTestId('lookup-unmatched')).toContainText('[15/Oct/2003:08:31:57.130]');
  await expectNoAxeViolations(page);

  await page.getByLabel(box).fill(excerpt(200));
  await expect(page.getByTestId('lookup-templates')).toContainText('200 lines in', { timeout: 30_000 });
  const status = page.getByRole('status');
  await expect(status).toContainText(/\d+ failure modes/);
  const count = Number(/(\d+) failure modes/.exec((await status.textContent()) ?? '')?.[1]);
  await expect(page.getByTestId('lookup-results').locator(':scope > li[data-id]')).toHaveCount(count);
  await expect(page.getByRole('heading', { name: `Failure modes, best first (${count})` })).toBeVisible();
  await expect(page.getByTestId('lookup-unmatched')).toContainText('[15/Oct/2003:08:31:57.130]');
  // Too long for the address: the URL carries no stale text.
  await expect(page).not.toHaveURL(/\?q=/);
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const findings = await structureFindings(page);
  expect(findings, findings.join('\n')).toEqual([]);
  await context.close();
});
