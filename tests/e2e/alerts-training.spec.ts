/** Alert links with context, and the onboarding path with its progress, in the production build. */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, waitForHydration } from './support/site';
import { PROGRESS_KEY } from '../../src/lib/progressStore';
import { readTrainingFolders } from '../../plugins/runbook-catalog/content';
import { parseTraining } from '../../src/lib/content/training';
import type { TrainingModule } from '../../src/lib/trainingTypes';

test('an alert link with context lands on the runbook with the banner', async ({ page }) => {
  await page.goto('/r/fm-502-keepalive-race?alertname=High502Rate&status=502&service=checkout%20api&severity=critical&utm=x');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-502-keepalive-race\?/);
  await waitForHydration(page);
  const banner = page.getByTestId('context-banner');
  await expect(banner).toContainText('High502Rate');
  await expect(banner).toContainText('checkout api');
  await expect(banner).not.toContainText('utm');
  await expectNoAxeViolations(page);
});

test('invalid context values are named and ignored, and markup stays text', async ({ page }) => {
  await page.goto('/docs/triage?service=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&status=418&request_id=%22%3E%3Cb%3E');
  await waitForHydration(page);
  const banner = page.getByTestId('context-banner');
  await expect(banner).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('context-problems')).toContainText('Ignored status “418”');
  await expect(page.getByTestId('context-problems')).toContainText('Ignored request id');
  await expect(page.locator('main img[src="x"], main b')).toHaveCount(0);
});

test('the alert status pre-answers the tree, and the context goes into the incident note', async ({ browser }) => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/docs/triage?alertname=High5xxRate&status=504&service=api');
  await waitForHydration(page);
  const tree = page.getByTestId('decision-tree-start');
  await expect(tree.getByTestId('tree-preanswered')).toContainText('504');
  await expect(tree.getByRole('list', { name: 'Your answers so far' })).toContainText('504 Gateway Timeout');
  // Answer on to a leaf by always taking the first option.
  for (let i = 0; i < 8 && (await tree.getByTestId('tree-leaf').count()) === 0; i++) {
    await tree.locator('ul li button').first().click();
  }
  await page.getByRole('button', { name: 'Copy incident note' }).click();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain('- Alert: `High5xxRate`');
  expect(note).toContain('- Service: `api`');
  // Changing the first answer does not let the alert answer it again.
  await tree
    .getByRole('button', { name: /^Change/ })
    .first()
    .click();
  await expect(tree.getByText('Step 1', { exact: true })).toBeVisible();
  await context.close();
});

test('a known alert name opens its page in any letter case, keeping the context', async ({ page }) => {
  await page.goto('/alerts/kubepodcrashlooping?service=api&cluster=eu-1');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-500-crash-loop\?/);
  await waitForHydration(page);
  await expect(page.getByTestId('context-banner')).toContainText('KubePodCrashLooping');
  await expect(page.getByTestId('context-banner')).toContainText('eu-1');
  await page.goto('/alerts/KUBEPODCRASHLOOPING');
  await expect(page).toHaveURL(/\/docs\/failure-modes\/fm-500-crash-loop\?alertname=KubePodCrashLooping$/);
});

test('an unknown alert name leads to triage with its context, not to a 404 page', async ({ page }) => {
  await page.goto('/alerts/MyTeamsOwnAlert?service=billing&status=503');
  // The unknown-alert page names the alert first (tests/e2e/phone.spec.ts); its triage link keeps the
  // context. The page reads the address after hydration (one static page answers every name), so
  // the link carries the context once the name is shown.
  await expect(page.getByTestId('unknown-alert-name')).toHaveText('MyTeamsOwnAlert');
  await page.getByTestId('unknown-alert-triage').click();
  await expect(page).toHaveURL(/\/docs\/triage\?.*alertname=MyTeamsOwnAlert/);
  await waitForHydration(page);
  await expect(page.getByTestId('context-banner')).toContainText('billing');
  await expect(page.getByTestId('tree-preanswered')).toContainText('503');
});

test('the link builder writes a working link and a snippet for the chosen tool', async ({ page }) => {
  await page.goto('/docs/alerts/integration');
  await waitForHydration(page);
  const builder = page.getByTestId('link-builder');
  await builder.getByLabel('Link to').selectOption('runbook:FM-504-RETRY-STORM');
  await builder.getByLabel('Tool').selectOption('pagerduty-events');
  await builder.getByLabel('service').fill('pricing api');
  await builder.getByLabel('value').fill('');
  const url = (await builder.getByTestId('link-builder-url').innerText()).trim();
  expect(url).toMatch(/\/r\/fm-504-retry-storm\?alertname=High5xxRate&service=pricing\+api&env=env$/);
  await expect(builder.getByTestId('link-builder-snippet')).toContainText('"links"');
  await page.goto(url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page).toHaveURL(/fm-504-retry-storm/);
  await waitForHydration(page);
  await expect(page.getByTestId('context-banner')).toContainText('pricing api');
});

// The first module of the path, read from its folder as the build reads it.
let MODULE: TrainingModule | undefined;
test.beforeAll(async () => {
  MODULE = parseTraining(await readTrainingFolders(process.cwd()), { scenarioIds: new Set() }).modules[0];
});

test('a training module completed, reloaded and still complete', async ({ page }) => {
  if (!MODULE) throw new Error('no module');
  await page.goto(`/docs/training/${MODULE.id}`);
  await waitForHydration(page);
  const q = MODULE.quiz[0];
  const right = q?.options.find((o) => o.correct);
  const block = page.getByTestId(`question-${q?.id}`);
  await block.getByRole('radio', { name: right?.text }).check();
  await block.getByRole('button', { name: 'Check answer' }).click();
  await expect(block.getByTestId('answer-feedback')).toContainText('Right.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark this module done' }).click();
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: /Module done/ })).toBeVisible();
  await expect(page.getByTestId('module-score')).toContainText('1 of');
  await page.goto('/docs/training');
  await waitForHydration(page);
  await expect(page.getByRole('progressbar', { name: new RegExp(`${MODULE.title} \\(done\\)`) })).toBeVisible();
  await page.goto('/docs/training/completion');
  await waitForHydration(page);
  await expect(page.getByTestId('completion-summary')).toContainText('1 of 6 modules done');
});

test('corrupt progress in storage shows a notice and is reset, never a crash', async ({ page }) => {
  await page.goto('/docs/training');
  // After hydration, so the page's own first read cannot see (and repair) the data before the reload.
  await waitForHydration(page);
  await page.evaluate((key) => window.localStorage.setItem(key, '{"version":1,"modules":'), PROGRESS_KEY);
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByTestId('progress-notice')).toContainText('damaged');
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), PROGRESS_KEY);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ version: 1, modules: {} });
});

test('without JavaScript a knowledge check keeps its answers in a disclosure', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/docs/training/${MODULE?.id}`);
  const details = page.locator('details').filter({ hasText: 'Show the answer and why' }).first();
  await expect(details).toBeVisible();
  await details.locator('summary').click();
  await expect(details).toContainText('Right:');
  await context.close();
});

test('a finished simulator run is counted in the progress', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/docs/training/simulator/canary-flag-legacy-data?choices=read-stack-trace.compare-cohorts.disable-flag');
  await waitForHydration(page);
  await expect(page.getByTestId('sim-debrief')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        (key) => JSON.parse(window.localStorage.getItem(key) ?? '{}') as { scenarios?: Record<string, { best: number }> },
        PROGRESS_KEY,
      ),
    )
    .toMatchObject({ scenarios: { 'canary-flag-legacy-data': { runs: 1 } } });
});

test('the facilitator reveals hidden state and the debrief on demand', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/docs/training/facilitator?scenario=keepalive-race');
  await waitForHydration(page);
  const panel = page.getByTestId('facilitator-panel');
  await expect(page.getByTestId('facilitator-state')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Reveal the hidden state' }).click();
  await expect(page.getByTestId('facilitator-state')).toContainText('Hidden state now');
  await panel.getByRole('button', { name: 'Reveal the debrief' }).click();
  await expect(page.getByTestId('facilitator-debrief')).toBeVisible();
  await expectNoAxeViolations(page);
});
