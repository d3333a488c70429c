/** The offline bundle opens from disk, with no server and no network (the zip's contents: tests/built/buildFiles.test.ts). */
import { test, expect } from './support/test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const index = pathToFileURL(path.resolve('build-offline', 'index.html')).href;

test('opened from disk, the guide navigates to a code page and its tree works, with no network', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await context.setOffline(true);
  await page.goto(index);
  await expect(page.getByRole('heading', { level: 1, name: '5xx Field Guide' })).toBeVisible();
  await page.getByRole('link', { name: '502 Bad Gateway' }).click();
  await expect(page).toHaveURL(/index\.html#\/docs\/codes\/502$/);
  const tree = page.getByTestId('decision-tree-502');
  await tree.locator('ul li button').first().click();
  await expect(tree.getByText('Step 2', { exact: true }).or(tree.getByTestId('tree-leaf'))).toBeVisible();
  await page.goto(`${index}#/docs/failure-modes/fm-502-keepalive-race`);
  await expect(page.getByTestId('runbook-meta')).toContainText('FM-502-KEEPALIVE-RACE');
  expect(requests).toEqual([]);
});

test('the hosting page offers the zip for download', async ({ page, request }) => {
  await page.goto('/docs/hosting');
  const href = await page.getByRole('link', { name: '5xx-field-guide-offline.zip' }).getAttribute('href');
  expect(href).toBe('/5xx-field-guide-offline.zip');
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/zip');
});
