/**
 * Commands that change production, in the production build: a block marked prod="<who>" shows a
 * visible label with who may run it, above the command, in light and dark mode, in print, and
 * without JavaScript; an unmarked read-only block shows no such label.
 */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, showScheme, waitForHydration, watchPage } from './support/site';

// Cancel and terminate sit in two blocks here, each the database owner's call.
const runbook = '/docs/failure-modes/fm-500-db-pool-exhaustion';

test('a production command carries a visible label with who may run it, in light and dark mode', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL ?? '');
  await page.goto(runbook);
  await waitForHydration(page);
  const marked = page.locator('[data-changes-production]');
  await expect(marked).toHaveCount(2);
  const terminate = marked.filter({ hasText: 'pg_terminate_backend' });
  await expect(terminate).toHaveCount(1);
  await expect(terminate).not.toContainText('pg_cancel_backend'); // destructive: alone in its block
  const label = terminate.locator('p').first();
  for (const scheme of ['light', 'dark'] as const) {
    await showScheme(page, scheme);
    await expect(label).toBeVisible();
    await expect(label).toHaveText(/Changes production · Upstream service owner decides; on-call runs it only with their agreement/);
    const box = await label.boundingBox();
    const code = await terminate.locator('pre').boundingBox();
    expect(box && code && box.y + box.height <= code.y + 1, 'the label sits above the command').toBe(true);
  }
  // A read-only block (the pg_stat_activity query) carries no production label.
  const readOnly = page.locator('pre', { hasText: 'pg_stat_activity' }).first();
  await expect(readOnly.locator('xpath=ancestor::*[@data-changes-production]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  watch.assertClean();
});

test('the label is in the page without JavaScript and in print', async ({ browser, baseURL }) => {
  const context = await newContext(browser, { javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(runbook);
  const terminate = page.locator('[data-changes-production="upstream-owner"]', { hasText: 'pg_terminate_backend' });
  await expect(terminate).toHaveCount(1);
  await expect(terminate.getByText('Changes production', { exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(terminate.getByText('Changes production', { exact: true })).toBeVisible();
  const color = await terminate
    .locator('p')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(color, 'print uses black text').toBe('rgb(0, 0, 0)');
  await context.close();
});

test('a command on-call may run alone says so', async ({ page }) => {
  await page.goto('/docs/failure-modes/fm-500-crash-loop');
  await waitForHydration(page);
  const undo = page.locator('[data-changes-production="on-call"]', { hasText: 'kubectl rollout undo' });
  await expect(undo).toHaveCount(1);
  await expect(undo.locator('p').first()).toHaveText(/Changes production · On-call may run it alone/);
  await expect(undo).toContainText('schema migration');
});
