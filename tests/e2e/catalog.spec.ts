/** The failure-mode table, the runbook page model in the browser, and print. */
import { test, expect } from './support/test';
import { readBuildJson, waitForHydration } from './support/site';

const { runbooks } = readBuildJson<{ runbooks: { id: string; status: number[]; owner: string }[] }>('runbooks.json');

// Without JavaScript the table lists every runbook: tests/built/widgetsStaticForms.test.ts.
test('filters narrow the table, live in the URL and survive a reload', async ({ page }) => {
  await page.goto('/docs/failure-modes');
  await waitForHydration(page);
  await page.getByRole('combobox', { name: 'Code', exact: true }).selectOption('502');
  await expect(page).toHaveURL(/\?status=502$/);
  const expected = runbooks.filter((r) => r.status.includes(502)).length;
  await expect(page.locator('tbody tr')).toHaveCount(expected);
  await expect(page.getByRole('status')).toHaveText(`Showing ${expected} of ${runbooks.length} failure modes.`);

  await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption('platform-sre');
  const both = runbooks.filter((r) => r.status.includes(502) && r.owner === 'platform-sre').length;
  await expect(page.locator('tbody tr')).toHaveCount(both);

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('combobox', { name: 'Code', exact: true })).toHaveValue('502');
  await expect(page.locator('tbody tr')).toHaveCount(both);

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(runbooks.length);
});

test('hostile or unknown filter values are ignored, not rendered', async ({ page }) => {
  await page.goto('/docs/failure-modes?status=%3Cscript%3E&owner=nobody&q=%3Cb%3Ebold%3C%2Fb%3E');
  await waitForHydration(page);
  await expect(page.getByRole('combobox', { name: 'Code', exact: true })).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue('');
  await expect(page.getByRole('searchbox', { name: 'Words', exact: true })).toHaveValue('<b>bold</b>');
  await expect(page.locator('main b', { hasText: 'bold' })).toHaveCount(0);
});

test('a runbook page shows its summary, owner badge, responsibility boundary and sources', async ({ page }) => {
  await page.goto('/docs/failure-modes/fm-500-legacy-data-shape');
  await waitForHydration(page);
  const meta = page.getByTestId('runbook-meta');
  await expect(meta).toContainText('FM-500-LEGACY-DATA-SHAPE');
  await expect(meta).toContainText('Last reviewed');
  await expect(meta.getByRole('link', { name: 'Owner: Application team' })).toBeVisible();
  const boundary = page.getByTestId('responsibility-boundary');
  await expect(boundary.getByRole('heading', { name: 'On-call may do alone' })).toBeVisible();
  await expect(boundary.getByRole('heading', { name: 'Evidence to hand over' })).toBeVisible();
  await expect(page.getByTestId('sources').getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('a runbook prints without navbar, sidebar or table of contents, and shows link targets', async ({ page }) => {
  await page.goto('/docs/failure-modes/fm-500-legacy-data-shape');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.footer', '.pagination-nav']) {
    const display = await page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).display)
      .catch(() => 'none');
    expect(display, selector).toBe('none');
  }
  const after = await page
    .getByTestId('sources')
    .getByRole('link')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('https://');
});
