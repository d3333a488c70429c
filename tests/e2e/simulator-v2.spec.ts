/**
 * Simulator v2 in the production build: a run played on a phone to its debrief, replayed from its
 * address with the same order of actions, a debrief that fits 360 px, a log that keeps the newest
 * entry in view, and no answers in the search index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, newContext } from './support/test';
import { waitForHydration } from './support/site';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { runScenario } from '../../src/lib/simulator';

const scenarioList = loadScenarios(process.cwd()).scenarios;
const FASTLY = scenarioList.find((s) => s.id === 'fastly-config-bug-2021');
if (!FASTLY) throw new Error('missing scenario fastly-config-bug-2021');
const fastly = FASTLY;

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' as const };

/** The action ids of the decision on screen, in the order shown. */
async function shownOrder(page: Page): Promise<string[]> {
  const buttons = page.getByTestId('sim-decision').locator('button[data-action]');
  await expect(buttons.first()).toBeVisible();
  return buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-action') ?? ''));
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on a 390 px phone a provider-side scenario plays to its debrief, and its address replays the same order', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser, phone);
  const page = await context.newPage();
  await page.goto(`/docs/training/simulator/${fastly.id}`);
  await waitForHydration(page);
  // A new run gets its own order of actions, kept in the address.
  await expect(page).toHaveURL(/[?&]order=\d+/);
  const order = Number(new URL(page.url()).searchParams.get('order'));

  const seen: string[][] = [];
  for (const actionId of fastly.bestPath) {
    const ids = await shownOrder(page);
    seen.push(ids);
    expect(ids).toContain(actionId);
    // The order on screen is the engine's order for this seed.
    const chosen = new URL(page.url()).searchParams.get('choices');
    const engine = runScenario(fastly, chosen ? chosen.split('.') : [], order);
    expect(ids).toEqual(engine.pending?.actions.map((a) => a.id));
    await page.locator(`button[data-action="${actionId}"]`).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  }

  // The log keeps the newest entry in view and marks what just arrived.
  const log = page.getByTestId('sim-log');
  await expect(log).toContainText('Incident mitigated');
  await expect.poll(() => log.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2)).toBe(true);

  const debrief = page.getByTestId('sim-debrief');
  await expect(debrief.getByRole('heading', { level: 3 })).toContainText('Resolved at 12:44 UTC');
  await expect(page.getByTestId('sim-points')).toHaveText('100 / 100');
  await expect(page.getByTestId('sim-left-best')).toContainText('every choice was the best one');
  await expect(debrief).toContainText('Source:');
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  // The same address, opened fresh, replays the same run; a shorter one shows the same order.
  const url = page.url();
  const again = await context.newPage();
  await again.goto(url);
  await waitForHydration(again);
  await expect(again.getByTestId('sim-points')).toHaveText('100 / 100');
  for (let i = 0; i < fastly.bestPath.length; i++) {
    const prefix = fastly.bestPath.slice(0, i);
    await again.goto(`/docs/training/simulator/${fastly.id}?order=${order}${prefix.length > 0 ? `&choices=${prefix.join('.')}` : ''}`);
    await waitForHydration(again);
    expect(await shownOrder(again)).toEqual(seen[i]);
  }
  await context.close();
});

test('a run with wrong turns ends with a debrief about this run that fits a 360 px screen', async ({ browser }) => {
  const context = await newContext(browser, { ...phone, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  // Restart the fleet twice: the second time ends the run instead of looping.
  await page.goto(`/docs/training/simulator/${fastly.id}?order=7&choices=restart-pops.restart-pops`);
  await waitForHydration(page);
  const debrief = page.getByTestId('sim-debrief');
  await expect(debrief.getByRole('heading', { level: 3 })).toContainText('Run stopped');
  await expect(debrief).toContainText('a second time');
  await expect(page.getByTestId('sim-left-best')).toContainText('Restart the caching servers in every POP');
  await expect(page.getByTestId('sim-left-best')).toContainText('Declare a global incident');
  await expect(debrief).toContainText('Evidence missed before changing production');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const box = await debrief.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
  await context.close();
});

test('a scenario page prints the scoring rules and, for a postmortem, its source', async ({ page }) => {
  await page.goto('/docs/training/simulator/cloudflare-waf-regex-2019');
  await waitForHydration(page);
  await page.getByText('How a run is scored').click();
  await expect(page.getByTestId('scoring-rules-list')).toContainText('the best path: it scores 100');
  await expect(page.getByRole('link', { name: 'Details of the Cloudflare outage on July 2, 2019' })).toHaveAttribute(
    'href',
    'https://blog.cloudflare.com/details-of-the-cloudflare-outage-on-july-2-2019/',
  );
});

test('a fixed-time event lands at its time whatever the learner does: the provider recovers at 14:09', async ({ page }) => {
  await page.goto('/docs/training/simulator/cloudflare-waf-regex-2019?order=3&choices=compare-edge-origin.open-case.hold');
  await waitForHydration(page);
  const log = page.getByTestId('sim-log');
  await expect(log).toContainText('traffic and CPU back to expected levels');
  await expect(log.locator('li', { hasText: 'traffic and CPU back to expected levels' }).locator('time')).toHaveText('14:09');
  await expect(page.getByTestId('sim-debrief').getByRole('heading', { level: 3 })).toContainText('Resolved');
});

test('the search index holds no debrief and no best path', () => {
  const dir = path.resolve(process.cwd(), 'build');
  const files = readdirSync(dir).filter((f) => /^search-index.*\.json$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  // Every string in the index, unescaped, so that quotes and accents compare as written.
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const f of files) collect(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  const text = strings.join('\n');
  for (const s of scenarioList) {
    expect(text, `${s.id}: root cause in the search index`).not.toContain(s.debrief.rootCause.slice(0, 60));
    const best = runScenario(s, s.bestPath).decisions[0]?.action.label ?? '';
    expect(text, `${s.id}: best path in the search index`).not.toContain(`Best: ${best}`);
  }
  // The scenario pages are still found by their titles.
  expect(text).toContain('Sporadic 502s from a keep-alive race behind an ALB');
});
