/** Local search (nothing leaves the browser) and offline reading through the service worker. */
import { test, expect, newContext } from './support/test';
import { waitForHydration, watchPage } from './support/site';

// The first search on a page starts a worker that fetches and parses the whole index (about 4 MB):
// a second or two on an idle machine, but more than ten on a loaded two-core CI runner. How fast
// search answers is the benchmark's business; these tests wait long enough to check what it finds.
const indexLoad = { timeout: 30_000 };

// By id, by title words, and by a signal phrase from the runbook's front matter.
const queries: [string, string][] = [
  ['FM-502-KEEPALIVE-RACE', 'fm-502-keepalive-race'],
  ['legacy data shape', 'fm-500-legacy-data-shape'],
  ['restarts quiet it briefly', 'fm-500-legacy-data-shape'],
];

for (const [query, target] of queries) {
  test(`the search page finds the runbook for "${query}" without leaving the site`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await waitForHydration(page);
    await expect(
      page
        .getByRole('article')
        .getByRole('link')
        .and(page.locator(`[href$="/docs/failure-modes/${target}"]`))
        .first(),
    ).toBeVisible(indexLoad);
    watch.assertClean();
  });
}

// That the index holds each catalog signature once, under its group's anchor, is read from
// build/search-index.json in tests/built/buildFiles.test.ts.
test('a search for a signature lands on its group in the catalog', async ({ page }) => {
  await page.goto('/search?q=no%20healthy%20upstream');
  await waitForHydration(page);
  await expect(page.getByRole('article').locator('a[href$="/docs/reference/error-signatures#signatures-envoy"]').first()).toBeVisible(
    indexLoad,
  );
});

test('the search box in the navbar suggests the runbook as you type', async ({ page }) => {
  await page.goto('/docs/failure-modes');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Search' }).fill('keep-alive race upstream idle timeout');
  await expect(page.getByRole('option', { name: /^Keep-alive race/ }).first()).toBeVisible(indexLoad);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-502-keepalive-race/);
});

test('after one visit, a page never opened before reads offline', async ({ browser }) => {
  const context = await newContext(browser, { serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await waitForHydration(page);
  // Wait until the service worker has installed (precached the site) and controls the page.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) => registration.active?.addEventListener('statechange', () => resolve()));
    }
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.goto('/docs/failure-modes/fm-500-legacy-data-shape');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('legacy data shape', { ignoreCase: true });
  await expect(page.getByTestId('runbook-meta')).toContainText('FM-500-LEGACY-DATA-SHAPE');

  // A short link from an alert, and an alert link, are precached files too.
  await page.goto('/r/FM-502-KEEPALIVE-RACE?service=api');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-502-keepalive-race\?service=api$/);
  await expect(page.getByTestId('runbook-meta')).toContainText('FM-502-KEEPALIVE-RACE');
  await page.goto('/alerts/kubepodcrashlooping?cluster=eu-1');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-500-crash-loop\?alertname=KubePodCrashLooping&cluster=eu-1$/);

  // The lookup's signatures load after the page, and are in the cache as well.
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page
    .getByLabel('Error line or log excerpt')
    .fill('upstream prematurely closed connection while reading response header from upstream');
  await expect(page.getByTestId('lookup-results').locator('li[data-id]').first()).toBeVisible();
  await context.close();
});
