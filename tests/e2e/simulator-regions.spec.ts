/**
 * A scenario from a real postmortem with per-region series, in the production build: the
 * responders' real path replayed from its address, one region recovering on its own at its real
 * time (a fixed-time event that sets that region's series), the charts telling the regions apart,
 * and the source with its note on what was checked.
 */
import { test, expect } from './support/test';
import { expectNoAxeViolations, waitForHydration } from './support/site';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { runScenario, scoreRun } from '../../src/lib/simulator';

const GITLAB = loadScenarios(process.cwd()).scenarios.find((s) => s.id === 'gitlab-cdn-regions-2022');
if (!GITLAB?.debrief.realPath) throw new Error('missing scenario gitlab-cdn-regions-2022 or its real path');
const scenario = GITLAB;
const realPath = GITLAB.debrief.realPath;
const page0 = `/docs/training/simulator/${scenario.id}`;

test("the responders' real path replays from its address: Asia-Pacific back at 07:02 while other countries stay down", async ({ page }) => {
  // Minute 40 is 07:08: after Asia-Pacific came back, before the end of impact at 08:11.
  await page.goto(`${page0}?order=5&choices=${realPath.join('.')}&step=40`);
  await waitForHydration(page);
  const log = page.getByTestId('sim-log');
  const apac = log.locator('li', { hasText: 'users in Asia-Pacific report the site back online' });
  await expect(apac.locator('time')).toHaveText('07:02');
  const regions = page.getByRole('img', { name: 'Requests lost by region' });
  await expect(regions).toHaveAccessibleDescription(
    /^At 07:08 UTC: Requests lost, Asia-Pacific 0%; Requests lost, other affected countries 9\d%/,
  );
  // The load balancers' errors have their own chart, with an axis that fits a fraction of a percent.
  await expect(page.getByRole('img', { name: 'Errors at your load balancers' })).toHaveAccessibleDescription(
    /5xx share at your load balancers 0\.\d+%/,
  );
});

test('the real path ends at the end of impact with the score the engine gives it, and the page names its source', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${page0}?order=5&choices=${realPath.join('.')}`);
  await waitForHydration(page);
  const run = runScenario(scenario, realPath, 5);
  const points = scoreRun(scenario, run).points;
  expect(points).toBeGreaterThanOrEqual(80);
  const debrief = page.getByTestId('sim-debrief');
  await expect(debrief.getByRole('heading', { level: 3 })).toContainText('Resolved');
  await expect(page.getByTestId('sim-points')).toHaveText(`${points} / 100`);
  await expect(page.getByTestId('sim-log').locator('li', { hasText: 'end of impact' }).locator('time')).toHaveText('08:11');
  await expect(page.getByRole('link', { name: '2022-06-21: Site outage due to CDN connectivity issues' }).first()).toHaveAttribute(
    'href',
    'https://gitlab.com/gitlab-com/gl-infra/production/-/issues/7288',
  );
  await expect(page.locator('main')).toContainText("The issue's title gives 21 June 2022 and its timeline's heading 22 June");
  // The played page, debrief and source note included, passes axe in light and dark.
  await expectNoAxeViolations(page);
});
