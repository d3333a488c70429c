/**
 * What the page does while it loads, in the production build: nothing moves (the "My environment"
 * frame is there from the first paint), code blocks keep the server's highlighting and their
 * buttons still work, build-time forms (a tree's outline) keep the server's markup on the page as
 * loaded and are rendered by the client after a client-side navigation, and links are not
 * prefetched as they scroll into view.
 */
import { test, expect, newContext } from './support/test';
import { waitForHydration } from './support/site';

const runbook = '/docs/failure-modes/fm-502-keepalive-race';

/** Sums the layout shifts of the page since it started loading (what CLS adds up), from an init script. */
const recordShifts = () => {
  const w = window as unknown as { fgShifts: number };
  w.fgShifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!entry.hadRecentInput) w.fgShifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

test('a runbook on a phone does not move while it loads: the "My environment" frame is there from the first paint', async ({ browser }) => {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript(recordShifts);
  const page = await context.newPage();
  await page.goto(runbook);
  await waitForHydration(page);
  const panel = page.getByTestId('env-panel');
  // The form has arrived (it loads apart) and the panel is still closed.
  await expect(panel.getByRole('button', { name: 'Save on this device', includeHidden: true })).toHaveCount(1);
  await expect(panel).not.toHaveAttribute('open');
  const shifts = await page.evaluate(() => (window as unknown as { fgShifts: number }).fgShifts);
  expect(shifts).toBeLessThan(0.01);
  await context.close();
});

test('without JavaScript the "My environment" frame is in the page but hidden', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(runbook);
  await expect(page.getByTestId('env-panel')).toHaveCount(1);
  await expect(page.getByTestId('env-panel')).toBeHidden();
  await context.close();
});

test('a "My environment" panel opened before its form arrives stays open and shows the form', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Hold back the script that carries the form until the reader has opened the panel.
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('Save on this device')) await held;
    await route.fulfill({ response, body });
  });
  await page.goto(runbook);
  await waitForHydration(page);
  const panel = page.getByTestId('env-panel');
  await panel.locator('summary').click();
  await expect(panel).toContainText('The form is loading.');
  release();
  await expect(panel.getByLabel(/\$NAMESPACE/)).toBeVisible();
  await expect(panel).toHaveAttribute('open');
});

test('code blocks keep the highlighting the server wrote, and copy and word wrap still work', async ({ browser }) => {
  const noJs = await newContext(browser, { javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  await staticPage.goto(runbook);
  const serverTokens = await staticPage.locator('.theme-code-block .token').count();
  const serverCode = await staticPage.locator('.theme-code-block code').first().innerText();
  await noJs.close();
  expect(serverTokens).toBeGreaterThan(20);

  const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(runbook);
  await waitForHydration(page);
  await expect(page.locator('.theme-code-block .token')).toHaveCount(serverTokens);
  const block = page.locator('.theme-code-block').first();
  await block.hover();
  await block.getByRole('button', { name: /copy/i }).click();
  // innerText adds an empty line after each line of a block (each ends in a <br>): compare the lines.
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
  expect(lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(lines(serverCode));
  // On a 360 px phone the long commands scroll sideways, so the theme offers word wrap.
  const scrolling = page.locator('.theme-code-block').filter({ has: page.getByRole('button', { name: /word wrap/i }) });
  const wrapped = scrolling.first();
  await wrapped.getByRole('button', { name: /word wrap/i }).click();
  await expect(wrapped.locator('code')).toHaveAttribute('style', /white-space: pre-wrap/);
  await context.close();
});

test('in dark mode the code blocks take the dark code theme once the page has loaded', async ({ browser }) => {
  const codeBackground = async (scheme: 'light' | 'dark') => {
    const context = await newContext(browser, { colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(runbook);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const colour = await page
      .locator('.theme-code-block pre')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    await context.close();
    return colour;
  };
  expect(await codeBackground('dark')).not.toBe(await codeBackground('light'));
});

test('after a client-side navigation, the tree outline and the code blocks are rendered in the browser', async ({ page }) => {
  await page.goto(runbook);
  await waitForHydration(page);
  const before = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  // A link in the page's text to the 502 code page: a client-side navigation, no page load.
  await page.locator('article a[href="/docs/codes/502"]').first().click();
  await expect(page).toHaveURL(/\/docs\/codes\/502$/);
  await page.emulateMedia({ media: 'print' });
  const outline = page.getByTestId('tree-outline');
  await expect(outline).toBeVisible();
  await expect(outline.locator('a[href^="/docs/failure-modes/"]').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.theme-code-block .token').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${runbook}$`));
  await expect(page.locator('.theme-code-block .token').first()).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before);
});

test('links are not prefetched as they scroll into view; hovering a link still loads its page ahead', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.goto(runbook);
  await waitForHydration(page);
  await page.mouse.wheel(0, 4000);
  // Long enough for Docusaurus' viewport prefetch, which runs as links intersect the viewport.
  await page.waitForTimeout(1500);
  await expect(page.locator('link[rel="prefetch"]')).toHaveCount(0);
  const loaded = scripts.length;
  await page.locator('article a[href="/docs/codes/502"]').first().hover();
  await expect.poll(() => scripts.length).toBeGreaterThan(loaded);
});
