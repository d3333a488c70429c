/**
 * Search ranking (issue 13): runbooks and status-code pages come first, each page is led by its
 * title, and Enter opens a page at its top. The order itself is unit-tested in
 * tests/unit/searchRanking.test.ts; this checks that the built site's search worker uses it.
 */
import { test, expect } from './support/test';
import { waitForHydration, watchPage } from './support/site';

// The first search loads and parses the whole index in a worker: slow on a loaded machine.
const indexLoad = { timeout: 30_000 };
const runbookOrCode = /\/docs\/(?:failure-modes\/fm-[a-z0-9-]+|codes\/[a-z0-9-]+)\/?$/;

// "ALB 502" is the query issue 13 found led by a training scenario; the others are a symptom and
// a vendor's status that name no page title exactly.
for (const query of ['ALB 502', 'upstream timed out', 'Cloudflare 522']) {
  test(`the search page lists a runbook or code page first for "${query}"`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await waitForHydration(page);
    const first = page.getByRole('article').first().getByRole('link').first();
    await expect(first).toBeVisible(indexLoad);
    const href = (await first.getAttribute('href')) ?? '';
    expect(new URL(href, 'http://x').pathname, `first result for "${query}": ${href}`).toMatch(runbookOrCode);
    // A title leads: the first result opens the page, not one of its sections.
    expect(href).not.toContain('#');
    watch.assertClean();
  });
}

for (const [query, target] of [
  ['ALB 502', runbookOrCode],
  ['keepalive', /\/docs\/failure-modes\/fm-502-keepalive-race\/?$/],
] as const) {
  test(`Enter in the navbar search for "${query}" opens a runbook or code page at its top`, async ({ page }) => {
    await page.goto('/docs/triage');
    await waitForHydration(page);
    const box = page.getByRole('textbox', { name: 'Search' });
    await box.fill(query);
    // The first suggestion is selected as the list opens; Enter follows it (the box turns into a
    // combobox while the list is open, so the key goes to the page).
    await expect(page.getByRole('option').first()).toBeVisible(indexLoad);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target);
    expect(new URL(page.url()).hash).toBe('');
  });
}
