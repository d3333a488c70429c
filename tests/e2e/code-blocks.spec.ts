/** Code blocks: highlighted at build time by the guide's own small Prism (src/prism), copyable. */
import { test, expect } from './support/test';
import { waitForHydration } from './support/site';

const page502 = '/docs/failure-modes/fm-502-keepalive-race';

test('a runbook command is highlighted in the HTML, unchanged by hydration, and copies with one click', async ({
  page,
  context,
  request,
}) => {
  const html = await (await request.get(page502)).text();
  const built = /<pre[^>]*language-bash[^>]*>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
  const builtTokens = built.match(/class="token /g)?.length ?? 0;
  expect(builtTokens).toBeGreaterThan(3);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(page502);
  await waitForHydration(page);
  // Prism never rewrites the page by itself: the blocks React hydrated are the blocks the build wrote.
  expect(await page.evaluate(() => (window as { Prism?: { manual?: boolean } }).Prism?.manual)).toBe(true);
  const block = page.locator('article pre.language-bash').first();
  await expect(block.locator('.token')).toHaveCount(builtTokens);

  // innerText puts a blank line after each line element; the copied text is the code itself.
  const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
  const text = lines(await block.innerText());
  await block.hover();
  await page.getByRole('button', { name: 'Copy code to clipboard' }).first().click();
  expect(lines(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(text);
});
