/** The home page's three doors. */
import { test, expect, newContext } from './support/test';
import { waitForHydration } from './support/site';

test('the on-call door leads to each status code page', async ({ page }) => {
  for (const [code, name] of [
    ['500', 'Internal Server Error'],
    ['502', 'Bad Gateway'],
    ['503', 'Service Unavailable'],
    ['504', 'Gateway Timeout'],
  ] as const) {
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('link', { name: `${code} ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/docs/codes/${code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  }
});

test('the paste box carries the error line to the lookup page as plain text', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const line = '<img src=x onerror=alert(1)> upstream timed out (110: Connection timed out)';
  await page.getByLabel('Or paste an error line').fill(line);
  await page.getByRole('button', { name: 'Find the failure mode' }).click();
  await expect(page).toHaveURL(/\/docs\/lookup\?q=/);
  await waitForHydration(page);
  await expect(page.getByLabel('Error line or log excerpt')).toHaveValue(line);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
});

test('the visitor and learning doors lead to their pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'What to do and report' }).click();
  await expect(page).toHaveURL(/\/docs\/visitors$/);
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the training path' }).click();
  await expect(page).toHaveURL(/\/docs\/training$/);
});

test('the home page works on a 360 px wide phone without sideways scrolling', async ({ browser }) => {
  const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/');
  await waitForHydration(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: '502 Bad Gateway' })).toBeVisible();
  await context.close();
});
