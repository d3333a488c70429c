/** The incident simulator in the production build. */
import { test, expect, newContext } from './support/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydration } from './support/site';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { runScenario } from '../../src/lib/simulator';

// Scenarios live in their pages' front matter; the order of actions is shuffled per run, so the
// helpers below click actions by their labels and read prompts from the engine.
const scenarioList = loadScenarios(process.cwd()).scenarios;
const scenarios = Object.fromEntries(scenarioList.map((s) => [s.id, s]));

const CANARY = 'canary-flag-legacy-data';

/** Choose the actions with these ids, in order, by their visible labels (skipping those already chosen). */
async function play(page: Page, scenarioId: string, actionIds: readonly string[], alreadyChosen = 0) {
  const scenario = scenarios[scenarioId];
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  for (let i = alreadyChosen; i < actionIds.length; i++) {
    const pending = runScenario(scenario, actionIds.slice(0, i)).pending;
    const action = pending?.actions.find((a) => a.id === actionIds[i]);
    if (!action) throw new Error(`${actionIds[i]} is not offered at step ${i}`);
    const decision = page.getByTestId('sim-decision');
    await expect(decision.getByRole('heading', { level: 3 })).toContainText(pending?.prompt ?? '');
    await decision.getByRole('button', { name: action.label, exact: true }).click();
  }
}

// Reduced motion: the clock jumps to each decision instead of animating, which keeps tests fast.
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

// Every scenario's best path resolves, and every wrong fix plays out, in the engine
// (tests/unit/scenarios.test.ts); every scenario's written timeline names each wrong fix with its
// feedback (tests/built/widgetsStaticForms.test.ts). The browser plays one scenario to its end.
test(`${CANARY}: the best path reaches a resolved ending with a debrief`, async ({ page }) => {
  const scenario = scenarios[CANARY];
  if (!scenario) throw new Error('missing scenario');
  await page.goto(`/docs/training/simulator/${scenario.id}`);
  await waitForHydration(page);
  await play(page, scenario.id, scenario.bestPath);
  const debrief = page.getByTestId('sim-debrief');
  await expect(debrief.getByRole('heading', { level: 3 })).toContainText('Resolved');
  await expect(debrief).toContainText(scenario.debrief.rootCause.slice(0, 40));
  await expect(page).toHaveURL(new RegExp(`choices=${scenario.bestPath.join('\\.')}`));
  await expectNoAxeViolations(page);
});

test('a wrong fix plays out: a restart quiets the errors, then the same fingerprint returns', async ({ page }) => {
  // Two axe passes on a long page: allow them the time a busy two-core runner needs.
  test.setTimeout(150_000);
  await page.goto(`/docs/training/simulator/${CANARY}`);
  await waitForHydration(page);
  await play(page, CANARY, ['restart-fleet']);
  await expect(page.getByTestId('sim-feedback')).toContainText('That did not help.');
  await expect(page.getByTestId('sim-decision')).toContainText('The same TypeError is back');
  await expect(page.getByTestId('sim-log')).toContainText('firing again');
  await expectNoAxeViolations(page);
  await play(page, CANARY, ['restart-fleet', 'return-200'], 1);
  await expect(page.getByTestId('sim-debrief').getByRole('heading', { level: 3 })).toContainText('Not resolved');
  await expect(page.getByTestId('sim-points')).not.toHaveText('100 / 100');
  await expectNoAxeViolations(page);
});

test('a run in the URL replays exactly after a reload, including the minute shown', async ({ page }) => {
  const scenario = scenarios[CANARY];
  if (!scenario) throw new Error('missing scenario');
  await page.goto(`/docs/training/simulator/${CANARY}?choices=read-stack-trace&step=3`);
  await waitForHydration(page);
  const run = runScenario(scenario, ['read-stack-trace']);
  await expect(page.locator('time').first()).toHaveText(run.frames[3]?.clock ?? '');
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('time').first()).toHaveText(run.frames[3]?.clock ?? '');
  await page.getByRole('slider').fill(String(run.frames.length - 1));
  await expect(page.getByTestId('sim-decision')).toContainText('The fingerprint is the same on every failure');
});

test('a bad or stale run in the URL restarts with a notice, never a crash', async ({ page }) => {
  await page.goto(`/docs/training/simulator/${CANARY}?choices=read-stack-trace.no-such-action.%3Cimg%3E&step=abc`);
  await waitForHydration(page);
  await expect(page.getByTestId('sim-notice')).toBeVisible();
  await expect(page.locator('main img[src]')).toHaveCount(0);
  await page.getByRole('slider').fill('9');
  await expect(page.getByTestId('sim-decision')).toBeVisible();
});

test('keyboard only: step the clock, reach the decision, choose', async ({ browser }) => {
  const context = await newContext(browser, { reducedMotion: 'no-preference' });
  const page = await context.newPage();
  // An order seed that lists the stack-trace action first, so that one Tab reaches it.
  const canary = scenarios[CANARY];
  if (!canary) throw new Error('missing scenario');
  const seed = Array.from({ length: 200 }, (_, i) => i + 1).find(
    (n) => runScenario(canary, [], n).pending?.actions[0]?.id === 'read-stack-trace',
  );
  await page.goto(`/docs/training/simulator/${CANARY}?order=${seed ?? 1}&step=0`);
  await waitForHydration(page);
  await expect(page.locator('time').first()).toHaveText('09:12');
  await page.getByRole('button', { name: 'Step 1 minute' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(page.locator('time').first()).toHaveText('09:15');
  await expect(page.getByTestId('sim-log')).toContainText('High5xxRatio');
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('sim-decision').getByRole('heading', { level: 3 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Take one failing request id and read its stack trace');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sim-feedback')).toContainText('Good call.');
  await context.close();
});

test('on a 360 px phone the simulator fits the screen', async ({ browser }) => {
  const context = await newContext(browser, {
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`/docs/training/simulator/${CANARY}?choices=read-stack-trace`);
  await waitForHydration(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('without JavaScript a scenario reads as a written timeline with the best path and the debrief', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/docs/training/simulator/${CANARY}`);
  const timeline = page.getByTestId('scenario-timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText('Best: Turn off profile_locale_v2');
  await expect(timeline).toContainText('Debrief');
  await expect(page.getByRole('button', { name: 'Play' })).toBeHidden();
  await context.close();
});

test('the scenario list shows difficulty, codes and expected time for every scenario', async ({ page }) => {
  await page.goto('/docs/training/simulator');
  const rows = page.getByTestId('scenario-list').locator('tbody tr');
  await expect(rows).toHaveCount(scenarioList.length);
  await expect(rows.first()).toContainText('min');
});

test("pages without a widget do not load the widgets' code", async ({ page }) => {
  const scripts: string[] = [];
  // Scripts the page loads to run. Docusaurus also prefetches (rel=prefetch, at idle) the chunks of
  // pages it links to, so a runbook linking to /docs/codes/502 prefetches that page's tree; those
  // requests are not the page's own code and are left out.
  page.on('response', async (response) => {
    if (response.url().endsWith('.js') && response.request().resourceType() === 'script')
      scripts.push(await response.text().catch(() => ''));
  });
  await page.goto('/docs/failure-modes/fm-502-keepalive-race');
  await waitForHydration(page);
  const all = scripts.join('\n');
  expect(all).not.toContain('Step 1 minute');
  expect(all).not.toContain('Copy incident note');
  // Signature ids appear only in the lookup's code, never in page text.
  expect(all).not.toContain('nginx-upstream-prematurely-closed-header');

  scripts.length = 0;
  await page.goto(`/docs/training/simulator/${CANARY}`);
  await waitForHydration(page);
  await expect.poll(() => scripts.join('\n').includes('Step 1 minute')).toBe(true);
});
