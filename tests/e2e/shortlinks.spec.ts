/** `/r/<id>` short links, `runbooks.json` and the 404 page. */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, readBuildJson, waitForHydration } from './support/site';
import type { RunbooksJson } from '../support/buildOutput';

const { runbooks } = readBuildJson<RunbooksJson>('runbooks.json');

// runbooks.json, and every id in both spellings, are checked over the build output in
// tests/built/shortLinks.test.ts; the browser follows one id in both spellings.
test('an id resolves through /r/<id> to its own page, in lower and upper case', async ({ page }) => {
  const r = runbooks.find((x) => x.id === 'FM-503-NO-HEALTHY-UPSTREAM') ?? runbooks[0];
  if (!r) throw new Error('runbooks.json lists no runbook');
  for (const spelling of [r.id.toLowerCase(), r.id]) {
    await page.goto(`/r/${spelling}`);
    await expect(page).toHaveURL(new RegExp(`/docs/failure-modes/${r.id.toLowerCase()}$`));
    await expect(page.getByTestId('runbook-meta')).toContainText(r.id);
  }
});

test('a short link keeps the query string and the fragment, with a trailing slash too', async ({ page }) => {
  const id = runbooks[0]?.id ?? '';
  await page.goto(`/r/${id.toLowerCase()}/?alertname=High5xx&service=api#diagnosis`);
  await expect(page).toHaveURL(new RegExp(`/docs/failure-modes/${id.toLowerCase()}\\?alertname=High5xx&service=api#diagnosis$`));
});

test('without JavaScript, a short link still opens its runbook', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const id = runbooks[0]?.id ?? '';
  await page.goto(`/r/${id}`);
  await expect(page).toHaveURL(new RegExp(`/docs/failure-modes/${id.toLowerCase()}$`));
  await expect(page.getByTestId('runbook-meta')).toContainText(id);
  await context.close();
});

test('a short link costs one small file, not a page of the app', async ({ request }) => {
  const id = runbooks[0]?.id ?? '';
  const response = await request.get(`/r/${id.toLowerCase()}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`<link rel="canonical" href="/docs/failure-modes/${id.toLowerCase()}" data-forward="1">`);
  expect(html).not.toContain('/assets/js/');
  expect(response.headers()['content-security-policy']).toBeTruthy();
});

test('a short link in mixed case is forwarded by the 404 page', async ({ page }) => {
  const id = runbooks[0]?.id ?? '';
  const mixed = id
    .split('')
    .map((c, i) => (i % 2 ? c.toLowerCase() : c))
    .join('');
  await page.goto(`/r/${mixed}?service=api`);
  await expect(page).toHaveURL(new RegExp(`/docs/failure-modes/${id.toLowerCase()}\\?service=api$`));
});

test('a short link reached by client-side navigation forwards inside the app', async ({ page }) => {
  const id = runbooks[0]?.id ?? '';
  await page.goto(`/docs/failure-modes/${id.toLowerCase()}`);
  await waitForHydration(page);
  await page.getByRole('link', { name: 'short link' }).click();
  await expect(page).toHaveURL(new RegExp(`/docs/failure-modes/${id.toLowerCase()}$`));
  await expect(page.getByTestId('runbook-meta')).toBeVisible();
});

test('an unknown short link lands on a helpful 404 naming the id, with triage and search', async ({ page }) => {
  const response = await page.goto('/r/FM-502-NO-SUCH-THING?service=api');
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runbook not found');
  await expect(page.getByTestId('missing-id')).toContainText('FM-502-NO-SUCH-THING');
  await expectNoAxeViolations(page);
  for (const code of ['500', '502', '503', '504']) {
    await expect(page.getByRole('link', { name: new RegExp(`^${code} `) }).first()).toBeVisible();
  }
  const search = page.getByRole('searchbox', { name: /words, an id/i });
  await expect(search).toHaveValue('FM-502-NO-SUCH-THING');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=FM-502-NO-SUCH-THING/);
});

test('any other missing page shows its path and the way back', async ({ page }) => {
  const response = await page.goto('/docs/this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByTestId('missing-path')).toHaveText('/docs/this-page-does-not-exist');
  await page.getByRole('main').getByRole('link', { name: 'All failure modes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All failure modes');
});
