/**
 * Content as content and trust signals, in the built site: the footer names the build, the
 * report link carries the page, the build and a tree's path but no alert context, an old page
 * says it is overdue for review, the knowledge check names the best answer without contradicting
 * itself, and the training modules are listed from their folders.
 */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, waitForHydration, watchPage } from './support/site';

test('every page names its build and offers a prefilled report link without the alert context', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL ?? '').origin);
  await page.goto('/docs/triage?tree=502&path=our-proxy&alertname=High5xxRate&service=payments-api&env=prod');
  await waitForHydration(page);
  await expect(page.getByTestId('build-info')).toContainText(
    /You are reading build version \d+\.\d+\.\d+(, commit [0-9a-f]+)?, built \d{4}-\d{2}-\d{2}\./,
  );
  const link = page.getByRole('link', { name: 'Report a problem with this page' });
  await expect(link).toHaveAttribute('href', /Tree%20path%3A%20502%20%3E%20our-proxy/);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toContain(encodeURIComponent('/docs/triage'));
  expect(href).not.toMatch(/payments-api|High5xxRate|prod/);
  await expectNoAxeViolations(page);
  watch.assertClean();
});

test('without JavaScript the build and the report link are there too', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/codes/502');
  await expect(page.getByTestId('build-info')).toContainText('You are reading build version');
  await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=Problem%20with%20%2Fdocs%2Fcodes%2F502/,
  );
  await context.close();
});

test('a page past its review date shows a quiet note after hydration', async ({ page }) => {
  // axe takes long on a long runbook on a busy two-core runner.
  test.setTimeout(150_000);
  await page.goto('/docs/failure-modes/fm-502-keepalive-race');
  await waitForHydration(page);
  await expect(page.getByTestId('review-overdue')).toHaveCount(0);
  // A year and a half later: runbooks are due six months after their last review.
  await page.clock.setFixedTime(new Date('2028-06-01T08:00:00Z'));
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByTestId('review-overdue')).toContainText('This page was due for review on');
  await expectNoAxeViolations(page);
});

test('after a wrong answer the knowledge check names the best answer and never says "Right."', async ({ page }) => {
  await page.goto('/docs/training/where-errors-are-born');
  await waitForHydration(page);
  const block = page.getByTestId('question-gateway-codes');
  await block.getByRole('radio', { name: '500 and 503' }).check();
  await block.getByRole('button', { name: 'Check answer' }).click();
  const feedback = block.getByTestId('answer-feedback');
  await expect(feedback).toContainText('Not quite.');
  await expect(feedback).toContainText('The best answer: 502 and 504. A 502 reports');
  await expect(feedback).not.toContainText('Right');
});

test('the sidebar lists the training modules from their folders, in path order', async ({ page }) => {
  await page.goto('/docs/training');
  const training = page.locator('.theme-doc-sidebar-menu').getByRole('link', { name: 'Where errors are born' });
  await expect(training).toBeVisible();
  const modules = [
    'Where errors are born',
    'The four codes',
    'Reading load balancer and proxy logs',
    'Triage practice',
    'Incidents in the simulator',
    'Responsibility and escalation',
  ];
  const labels = await page.locator('.theme-doc-sidebar-menu a[href*="/docs/training/"]').allTextContents();
  expect(labels.filter((l) => modules.includes(l))).toEqual(modules);
});
