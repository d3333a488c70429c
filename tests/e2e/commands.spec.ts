/**
 * Context-filled commands in the production build: an alert link fills a runbook's commands,
 * a hostile value never reaches them, the context follows the reader, and the reader's saved
 * environment fills what the link did not carry.
 */
import { test, expect } from './support/test';
import { expectNoAxeViolations, waitForHydration, watchPage } from './support/site';

const runbook = '/docs/failure-modes/fm-500-crash-loop';

test('an alert link with service and namespace fills the runbook commands, marked, and copy copies the filled command', async ({
  page,
  context,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL ?? '');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${runbook}?alertname=CheckoutCrashLoop&service=checkout&namespace=shop&pod=checkout-7d9f8b6c5-x2kqp`);
  await waitForHydration(page);
  const banner = page.getByTestId('context-banner');
  await expect(banner).toContainText('shop');
  await expect(banner).toContainText('checkout-7d9f8b6c5-x2kqp'); // pod is shown, not dropped
  const block = page.locator('[data-filled-command]').first();
  await expect(block.locator('mark[data-variable="NAMESPACE"]').first()).toHaveText("'shop'");
  await expect(block).toContainText('from the alert link');
  const code = block.locator('pre code');
  await expect(code).toContainText("-n 'shop'");
  await expect(code).not.toContainText('$NAMESPACE');
  await block.hover();
  await block.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("'shop'");
  expect(copied).not.toContain('$NAMESPACE');
  await expectNoAxeViolations(page);
  watch.assertClean();
});

test('a hostile value is refused with a message and never reaches a command', async ({ page }) => {
  await page.goto(`${runbook}?service=checkout&namespace=${encodeURIComponent("shop'; rm -rf / #")}`);
  await waitForHydration(page);
  await expect(page.getByTestId('context-problems')).toContainText('Ignored namespace');
  await expect(page.locator('pre code', { hasText: 'rm -rf' })).toHaveCount(0);
  await expect(page.locator('mark[data-variable="NAMESPACE"]')).toHaveCount(0);
  await expect(page.locator('[data-unfilled]', { hasText: '$NAMESPACE' }).first()).toBeVisible();
});

test('the context follows internal links for the visit and can be dropped', async ({ page }) => {
  await page.goto(`/docs/codes/502?alertname=Edge502&status=502&service=checkout&namespace=shop`);
  await waitForHydration(page);
  await expect(page.getByTestId('context-banner')).toContainText('shop');
  await page.goto('/docs/failure-modes/fm-502-connection-refused');
  await waitForHydration(page);
  const banner = page.getByTestId('context-banner');
  await expect(banner).toContainText('Carried from the alert link');
  await expect(page.locator('mark[data-variable="NAMESPACE"]').first()).toHaveText("'shop'");
  await banner.getByRole('button', { name: 'Drop the alert context' }).click();
  await expect(page.getByTestId('context-banner')).toHaveCount(0);
  await expect(page.locator('mark[data-variable="NAMESPACE"]')).toHaveCount(0);
});

test('values saved in "My environment" fill the commands; the link wins; a bad value is refused', async ({ page }) => {
  await page.goto(runbook);
  await waitForHydration(page);
  const panel = page.getByTestId('env-panel');
  await panel.locator('summary').click();
  await panel.getByLabel(/\$NAMESPACE/).fill('Bad Namespace');
  await panel.getByLabel(/\$SERVICE/).fill('checkout');
  await panel.getByRole('button', { name: 'Save on this device' }).click();
  await expect(panel).toContainText('Not saved: expected a Kubernetes name');
  await expect(page.locator('mark[data-variable="SERVICE"]').first()).toHaveText("'checkout'");
  await expect(page.locator('[data-filled-command]').first()).toContainText('from your saved environment');
  await panel.getByLabel(/\$NAMESPACE/).fill('payments');
  await panel.getByRole('button', { name: 'Save on this device' }).click();
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('mark[data-variable="NAMESPACE"]').first()).toHaveText("'payments'");
  await page.goto(`${runbook}?namespace=shop`);
  await waitForHydration(page);
  await expect(page.locator('mark[data-variable="NAMESPACE"]').first()).toHaveText("'shop'");
  await page.getByTestId('env-panel').locator('summary').click();
  await expect(page.getByTestId('env-panel')).toContainText('your saved value payments is set aside');
});

test('without JavaScript the commands show their placeholders', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${runbook}?namespace=shop`);
  await expect(page.locator('pre code', { hasText: '$NAMESPACE' }).first()).toBeVisible();
  await expect(page.locator('mark[data-variable]')).toHaveCount(0);
  await context.close();
});

test('the runbook_url that promtool renders for each firing example alert opens its page with the banner, and a runbook with filled commands', async ({
  page,
  baseURL,
}) => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const doc = parse(readFileSync('examples/prometheus/5xx-alerts.test.yml', 'utf8')) as {
    tests: { alert_rule_test: { exp_alerts: { exp_annotations: { runbook_url: string } }[] }[] }[];
  };
  const urls = doc.tests.flatMap((t) => t.alert_rule_test.flatMap((a) => a.exp_alerts.map((x) => x.exp_annotations.runbook_url)));
  expect(urls.length).toBeGreaterThan(1);
  for (const rendered of urls) {
    const url = new URL(rendered);
    await page.goto(`${baseURL}${url.pathname}${url.search}`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const banner = page.getByTestId('context-banner');
    await expect(banner).toContainText('shop');
    if (url.pathname.startsWith('/r/')) {
      await expect(page.locator('mark[data-variable="NAMESPACE"]').first()).toHaveText("'shop'");
      await expect(page.locator('mark[data-variable="SERVICE"]').first()).toHaveText("'checkout'");
    }
  }
});
