/** The decision trees and the signature lookup, clicked through in the production build. */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, readBuildJson, waitForHydration } from './support/site';
import { trees } from '../../src/data/trees';
import { pathsToLeaves, walkPath } from '../../src/lib/decisionTree';
import type { QuestionNode } from '../../src/lib/treeTypes';

const { runbooks } = readBuildJson<{ runbooks: { id: string; title: string }[] }>('runbooks.json');
const titleOf = (id: string) => runbooks.find((r) => r.id === id)?.title ?? id;

const codeTrees = ['500', '502', '503', '504'] as const;

// Every leaf of every tree is reached in unit tests (tests/unit/trees.test.ts, through the engine
// and the URL) and in the built outline (tests/built/widgetsStaticForms.test.ts). Here each code
// tree is clicked along one path, its longest, to check that the widget shows the leaf.
for (const code of codeTrees) {
  test(`the ${code} tree reaches a leaf by clicking, along its longest path`, async ({ page }) => {
    const tree = trees[code];
    const leaf = [...pathsToLeaves(tree)].sort((a, b) => b.answers.length - a.answers.length)[0];
    if (!leaf) throw new Error(`the ${code} tree has no leaf`);
    await page.goto(`/docs/codes/${code}`);
    await waitForHydration(page);
    const widget = page.getByTestId(`decision-tree-${code}`);
    for (let i = 0; i < leaf.answers.length; i++) {
      const node = walkPath(trees, code, leaf.answers.slice(0, i))?.node as QuestionNode;
      const option = node.options.find((o) => o.key === leaf.answers[i]);
      await widget.getByRole('button', { name: option?.label, exact: true }).click();
    }
    const result = widget.getByTestId('tree-leaf');
    await expect(result.getByRole('heading', { level: 3 })).toHaveText(titleOf(leaf.runbook));
    await expect(result).toContainText(leaf.runbook);
    await expect(page).toHaveURL(new RegExp(`path=${leaf.answers.join('\\.')}$`));
  });
}

test('a tree step survives a reload, and the back button returns to the previous question', async ({ page }) => {
  const leaf = pathsToLeaves(trees['502'])[0];
  if (!leaf) throw new Error('the 502 tree has no leaf');
  await page.goto(`/docs/codes/502?path=${leaf.answers.join('.')}`);
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-502');
  await expect(widget.getByTestId('tree-leaf')).toContainText(leaf.runbook);
  await page.reload();
  await waitForHydration(page);
  await expect(widget.getByTestId('tree-leaf')).toContainText(leaf.runbook);
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.goto(`/docs/codes/502`);
  await waitForHydration(page);
  const root = trees['502'].nodes[trees['502'].root] as QuestionNode;
  await widget.getByRole('button', { name: root.options[0]?.label, exact: true }).click();
  await expect(page).toHaveURL(/path=/);
  await page.goBack();
  await expect(page).not.toHaveURL(/path=/);
  await expect(widget.getByRole('heading', { level: 3 })).toHaveText(root.question);
  await expect(widget.getByText('Step 1', { exact: true })).toBeVisible();
});

test('an earlier answer can be changed, and the tree restarted', async ({ page }) => {
  const leaf = pathsToLeaves(trees['504']).find((l) => l.answers.length >= 2);
  if (!leaf) throw new Error('the 504 tree has no leaf two answers deep');
  await page.goto(`/docs/codes/504?path=${leaf.answers.join('.')}`);
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-504');
  await widget
    .getByRole('button', { name: /^Change/ })
    .nth(1)
    .click();
  await expect(page).toHaveURL(new RegExp(`path=${leaf.answers[0]}$`));
  await expect(widget.getByText('Step 2', { exact: true })).toBeVisible();
  await widget.getByRole('button', { name: 'Start again' }).click();
  await expect(page).not.toHaveURL(/path=/);
});

test('a stale or hostile path restarts at the deepest valid step with a notice', async ({ page }) => {
  const root = trees['503'].nodes[trees['503'].root] as QuestionNode;
  const first = root.options[0];
  await page.goto(`/docs/codes/503?path=${first?.key}.no-such-answer.%3Cscript%3E`);
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-503');
  await expect(widget.getByTestId('tree-notice')).toBeVisible();
  await expect(widget.getByRole('list', { name: 'Your answers so far' })).toContainText(first?.label ?? '');
  await expect(page.locator('script:not([src])', { hasText: 'no-such-answer' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the start tree hands over to a code tree, keyboard only, and focus follows the question', async ({ page }) => {
  await page.goto('/docs/triage');
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-start');
  const start = trees.start.nodes[trees.start.root] as QuestionNode;
  const to502 = start.options.find(
    (o) => trees.start.nodes[o.next]?.kind === 'goto' && (trees.start.nodes[o.next] as { tree: string }).tree === '502',
  );
  if (!to502) throw new Error('the start tree has no option leading to the 502 tree');
  const button = widget.getByRole('button', { name: to502.label, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const next = trees['502'].nodes[trees['502'].root] as QuestionNode;
  const heading = widget.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(next.question);
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a leaf offers the incident note with path, owner, evidence and link', async ({ browser }) => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const leaf = pathsToLeaves(trees['500'])[0];
  if (!leaf) throw new Error('the 500 tree has no leaf');
  await page.goto(`/docs/codes/500?path=${leaf.answers.join('.')}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Copy incident note' }).click();
  await expect(page.getByText('Incident note copied.')).toBeVisible();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain(`(${leaf.runbook})`);
  expect(note).toContain('**Owner:**');
  expect(note).toContain('- [ ] ');
  expect(note).toContain(`/docs/failure-modes/${leaf.runbook.toLowerCase()}`);
  await context.close();
});

test('on a 360 px phone the tree fits the screen', async ({ browser }) => {
  const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/docs/codes/504');
  await waitForHydration(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('without JavaScript the tree is a nested outline linking every runbook it reaches', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/codes/502');
  const outline = page.getByTestId('tree-outline');
  await expect(outline).toBeVisible();
  await expect(page.getByTestId('decision-tree-502').getByRole('button')).toHaveCount(0);
  for (const leaf of pathsToLeaves(trees['502'])) {
    await expect(outline.locator(`a[href$="/docs/failure-modes/${leaf.runbook.toLowerCase()}"]`).first()).toBeVisible();
  }
  await context.close();
});

test('without JavaScript the lookup says how to search the catalog instead', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/lookup');
  await expect(page.getByLabel('Error line or log excerpt')).toBeHidden();
  const instead = page.getByText('Without JavaScript the lookup cannot run');
  await expect(instead).toBeVisible();
  await instead.getByRole('link', { name: 'error signature catalog' }).click();
  await expect(page.getByTestId('signature-catalog-envoy')).toContainText('no healthy upstream');
  await context.close();
});

test('printed, the tree is the outline', async ({ page }) => {
  await page.goto('/docs/codes/502');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('tree-outline')).toBeVisible();
  await expect(page.getByTestId('decision-tree-502').getByRole('button').first()).toBeHidden();
});

const lookups: [string, string, string][] = [
  [
    'nginx',
    '2026/11/22 09:14:18 [error] 31#31: *8841 upstream prematurely closed connection while reading response header from upstream, client: 10.0.4.17, server: api.example.com, request: "POST /v1/orders HTTP/1.1", upstream: "http://10.0.3.7:8000/v1/orders"',
    'FM-502-RESET-BEFORE-HEADERS',
  ],
  [
    'Envoy',
    '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 UH 0 19 0 - "-" "curl/8.5.0" "5c3f" "cart.example" "-"',
    'FM-503-NO-HEALTHY-UPSTREAM',
  ],
  [
    'ALB',
    'https 2026-11-22T09:14:18.442000Z app/prod-alb/50dc6c495c0c9188 203.0.113.7:51234 10.0.3.7:8080 0.001 -1 -1 504 - 734 0 "GET https://api.example.com:443/v1/report HTTP/1.1" "curl/8.5.0"',
    'FM-504-LB-IDLE-TIMEOUT',
  ],
];

// One page, three pastes: the results are the same widget each time, so axe checks it once.
test(`the lookup finds the failure mode for pasted ${lookups.map(([system]) => system).join(', ')} lines`, async ({ page }) => {
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  const results = page.getByTestId('lookup-results');
  for (const [system, line, expected] of lookups) {
    await page.getByLabel('Error line or log excerpt').fill(line);
    // Polled: the list of the previous paste stays until the new answer is drawn.
    await expect
      .poll(() => results.locator(':scope > li[data-id]').evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-id'))), {
        message: `${system}: ${expected} in the top three`,
      })
      .toContain(expected);
  }
  await expectNoAxeViolations(page);
});

test('the home page paste box hands the line to the lookup', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.getByLabel('Or paste an error line').fill('no healthy upstream');
  await page.getByRole('button', { name: 'Find the failure mode' }).click();
  await waitForHydration(page);
  await expect(page.getByLabel('Error line or log excerpt')).toHaveValue('no healthy upstream');
  await expect(page.getByTestId('lookup-results').locator('li[data-id="FM-503-NO-HEALTHY-UPSTREAM"]')).toBeVisible();
});

test('the lookup says plainly when nothing matched, and points to triage', async ({ page }) => {
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page.getByLabel('Error line or log excerpt').fill('everything is fine today');
  await expect(page.getByTestId('lookup-none')).toBeVisible();
  await page.getByTestId('lookup-none').getByRole('link', { name: 'Triage by status code' }).click();
  await expect(page).toHaveURL(/\/docs\/triage$/);
});

test('the lookup loads its signatures only when asked, and says so when they cannot load', async ({ page }) => {
  const signatureFiles: string[] = [];
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // The lookup's own file: signatures without their example lines (the catalog page, which the
    // browser may prefetch because the page links to it, carries them with examples).
    if (body.includes('nginx-connect-refused') && !body.includes('examples')) {
      signatureFiles.push(route.request().url());
      await route.abort('internetdisconnected');
      return;
    }
    await route.fulfill({ response, body });
  });
  await page.goto('/docs/lookup');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  expect(signatureFiles).toEqual([]);
  await page.getByLabel('Error line or log excerpt').fill('no healthy upstream');
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  expect(signatureFiles.length).toBeGreaterThan(0);
  // The text typed is kept, and the way on is offered.
  await expect(page.getByLabel('Error line or log excerpt')).toHaveValue('no healthy upstream');
  await page.getByTestId('lookup-load-failed').getByRole('link', { name: 'error signature catalog' }).click();
  await expect(page.getByTestId('signature-catalog-envoy')).toContainText('no healthy upstream');
});
