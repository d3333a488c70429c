/**
 * The 3 a.m. phone reader (issue 18), on a 390 x 844 screen: a runbook's first screen and a tree
 * leaf hold the owner and the "do first" actions; the failure-mode table is cards; print opens
 * every collapsed section; form controls and progress bars keep 3:1 contrast; unknown alert names
 * get a page; links written for elsewhere use the reader's origin; and the small fixes.
 */
import type { Page } from '@playwright/test';
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, waitForHydration, watchPage } from './support/site';
import { trees } from '../../src/data/trees';
import { pathsToLeaves, walkPath } from '../../src/lib/decisionTree';
import { PLACEHOLDER_HOST } from '../../src/lib/publicUrl';

const phone = { width: 390, height: 844 };
const schemes = ['light', 'dark'] as const;

/** A runbook with `do_first` in its front matter, one without (it shows `first_action`). */
const runbooks = [
  { path: '/docs/failure-modes/fm-502-keepalive-race', owner: 'Application team', doFirst: 'Write down the idle timeout of each hop' },
  { path: '/docs/failure-modes/fm-500-legacy-data-shape', owner: null, doFirst: null },
];

/** Expect an element entirely inside the first screen (no scrolling). */
async function expectOnFirstScreen(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).first().boundingBox();
  expect(box, testId).not.toBeNull();
  expect(box?.y ?? -1, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0), `${testId} bottom`).toBeLessThanOrEqual(phone.height);
}

for (const scheme of schemes) {
  for (const r of runbooks) {
    test(`${r.path} (${scheme}): title, codes, owner with contact and "Do first" fill the first screen`, async ({ browser, baseURL }) => {
      const context = await newContext(browser, { viewport: phone, colorScheme: scheme });
      const page = await context.newPage();
      const watch = watchPage(page, new URL(baseURL ?? '').origin);
      await page.goto(r.path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('h1').first()).toBeInViewport();
      const owner = page.getByTestId('runbook-owner');
      await expect(owner.getByRole('link', { name: /^Owner:/ })).toBeVisible();
      if (r.owner) await expect(owner).toContainText(r.owner);
      // The registry ships with the default escalation link: the page says so instead of linking nowhere.
      await expect(owner.getByTestId('owner-contact')).toContainText('Contact not configured');
      await expect(owner.getByRole('link', { name: 'set it' })).toHaveAttribute('href', '/docs/adopt#escalation-links');
      if (r.doFirst) await expect(page.getByTestId('runbook-do-first')).toContainText(r.doFirst);
      await expect(page.getByTestId('runbook-do-first').getByRole('listitem').first()).toBeVisible();
      for (const id of ['runbook-codes', 'runbook-owner', 'runbook-do-first']) await expectOnFirstScreen(page, id);
      // The metadata grid follows the actions.
      const doFirst = await page.getByTestId('runbook-do-first').boundingBox();
      const grid = await page.getByTestId('runbook-meta').locator('dl').boundingBox();
      expect(grid?.y ?? 0).toBeGreaterThan((doFirst?.y ?? 0) + (doFirst?.height ?? 0) - 1);
      watch.assertClean();
      await context.close();
    });
  }

  test(`a tree leaf on a code page (${scheme}): owner and "Do first" on the first screen after the last answer`, async ({
    browser,
    baseURL,
  }) => {
    const context = await newContext(browser, { viewport: phone, colorScheme: scheme });
    const page = await context.newPage();
    const watch = watchPage(page, new URL(baseURL ?? '').origin);
    const leaf = pathsToLeaves(trees['502']).find((l) => l.runbook === 'FM-502-KEEPALIVE-RACE');
    if (!leaf) throw new Error('the 502 tree has no keep-alive leaf');
    const before = leaf.answers.slice(0, -1);
    await page.goto(`/docs/codes/502${before.length ? `?path=${before.join('.')}` : ''}`);
    await waitForHydration(page);
    const widget = page.getByTestId('decision-tree-502');
    const question = walkPath(trees, '502', before)?.node;
    const label = question?.kind === 'question' ? question.options.find((o) => o.key === leaf.answers.at(-1))?.label : undefined;
    if (!label) throw new Error('no option leads to the keep-alive leaf');
    await widget.getByRole('button', { name: label, exact: true }).click();
    const result = widget.getByTestId('tree-leaf');
    await expect(result.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(result.getByTestId('leaf-owner')).toContainText(/Owner( for this branch)?: Application team/);
    await expect(result.getByTestId('leaf-owner')).toContainText('Contact not configured');
    await expect(result.getByTestId('leaf-do-first')).toContainText('Write down the idle timeout of each hop');
    await expect(result.getByRole('heading', { level: 3 })).toBeInViewport();
    for (const id of ['leaf-owner', 'leaf-do-first']) await expectOnFirstScreen(page, id);
    watch.assertClean();
    await context.close();
  });
}

test('without JavaScript, a runbook still shows owner, contact and "Do first" on the first screen', async ({ browser }) => {
  const context = await newContext(browser, { viewport: phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(runbooks[0]?.path ?? '');
  await expect(page.getByTestId('runbook-owner')).toContainText('Contact not configured');
  for (const id of ['runbook-owner', 'runbook-do-first']) await expectOnFirstScreen(page, id);
  await context.close();
});

test('on a phone the failure-mode table is cards with the owner, and the filters still work', async ({ browser }) => {
  const context = await newContext(browser, { viewport: phone });
  const page = await context.newPage();
  await page.goto('/docs/failure-modes');
  await waitForHydration(page);
  const region = page.getByRole('region', { name: 'Failure modes' });
  // No sideways scrolling: the cards fit the screen.
  const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  const rows = region.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(10);
  for (const i of [0, Math.floor(total / 2), total - 1]) {
    const badge = rows.nth(i).getByRole('link', { name: /^Owner:/ });
    await badge.scrollIntoViewIfNeeded();
    const box = await badge.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(phone.width);
    await expect(rows.nth(i).locator('td[data-label="Codes"]')).toBeVisible();
  }
  // A card is a block, not a table row.
  expect(await rows.first().evaluate((el) => getComputedStyle(el).display)).toBe('block');
  await page.getByRole('combobox', { name: /^Owner/ }).selectOption('platform-sre');
  await expect(page).toHaveURL(/owner=platform-sre/);
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (let i = 0; i < shown; i++) await expect(rows.nth(i).getByRole('link', { name: /^Owner:/ })).toHaveText(/Platform \/ SRE/);
  await context.close();
});

test('printed, a runbook opens "Signals that point here" and every other collapsed section', async ({ page }) => {
  await page.goto(runbooks[0]?.path ?? '');
  await waitForHydration(page);
  const signals = page.getByTestId('runbook-meta').locator('details');
  await expect(signals.locator('li').first()).toBeHidden();
  // The print stylesheet alone shows the content (printing without scripts, or a browser that skips beforeprint).
  await page.emulateMedia({ media: 'print' });
  await expect(signals.locator('li').first()).toBeVisible();
  await expect(signals.locator('li').last()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // And the page opens every collapsed section before printing, and closes them again after.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('article details:not([open])').count()).toBe(0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(signals).not.toHaveAttribute('open');
});

/** Relative luminance contrast of two CSS colours, in the page (colours from getComputedStyle). */
async function controlContrast(page: Page, selector: string, part: 'border' | 'checked' | 'fill'): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, which) => {
      const parse = (c: string): [number, number, number, number] => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m?.[1]) throw new Error(`unreadable colour ${c}`);
        const [r = 0, g = 0, b = 0, a = 1] = m[1]
          .split(/[,\s/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a];
      };
      const backgroundOf = (start: Element | null): [number, number, number] => {
        for (let e = start; e; e = e.parentElement) {
          const [r, g, b, a] = parse(getComputedStyle(e).backgroundColor);
          if (a > 0.99) return [r, g, b];
        }
        return [255, 255, 255];
      };
      const lum = ([r, g, b]: readonly number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
      };
      const ratio = (a: readonly number[], b: readonly number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      const style = getComputedStyle(el);
      if (which === 'border') return ratio(parse(style.borderTopColor), backgroundOf(el.parentElement));
      if (which === 'checked') return ratio(parse(getComputedStyle(el, '::before').backgroundColor), backgroundOf(el));
      const fill = el.firstElementChild;
      if (!fill) throw new Error('progress bar without fill');
      return ratio(parse(getComputedStyle(fill).backgroundColor), backgroundOf(el));
    }, part);
}

for (const scheme of schemes) {
  test(`form controls and progress bars keep 3:1 against their surroundings (${scheme})`, async ({ browser }) => {
    const context = await newContext(browser, { colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/docs/training/where-errors-are-born');
    await waitForHydration(page);
    const radio = page.locator('main input[type="radio"]').first();
    await expect(radio).toBeVisible();
    expect(await controlContrast(page, 'main input[type="radio"]', 'border')).toBeGreaterThanOrEqual(3);
    await radio.check();
    expect(await controlContrast(page, 'main input[type="radio"]:checked', 'border')).toBeGreaterThanOrEqual(3);
    expect(await controlContrast(page, 'main input[type="radio"]:checked', 'checked')).toBeGreaterThanOrEqual(3);
    expect(await controlContrast(page, '[data-testid="progress-track"]', 'border')).toBeGreaterThanOrEqual(3);
    expect(await controlContrast(page, '[data-testid="progress-track"]', 'fill')).toBeGreaterThanOrEqual(3);

    await page.goto('/docs/failure-modes');
    await waitForHydration(page);
    for (const control of ['main input[type="search"]', 'main select']) {
      expect(await controlContrast(page, control, 'border'), control).toBeGreaterThanOrEqual(3);
    }
    await page.goto('/');
    await waitForHydration(page);
    expect(await controlContrast(page, 'main textarea', 'border')).toBeGreaterThanOrEqual(3);
    await context.close();
  });
}

test('the training progress page says what each percentage counts', async ({ page }) => {
  await page.goto('/docs/training');
  await waitForHydration(page);
  const progress = page.getByTestId('training-progress');
  const pathBar = progress.getByRole('progressbar', { name: /^Training path:/ });
  await expect(pathBar).toHaveAttribute('aria-valuenow', '0');
  await expect(pathBar).toHaveAccessibleDescription(/modules marked done; the percentage is the share of all steps taken/);
  const moduleBar = progress.getByRole('progressbar').nth(1);
  await expect(moduleBar).toHaveAccessibleDescription(/^0 of \d+ questions? answered.*not marked done$/);
});

test('an unknown alert name gets a page (status 200) that names it and offers triage by its status', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL ?? '').origin);
  const response = await page.goto('/alerts/MyTeamsOwnAlert?service=billing&status=503');
  expect(response?.status()).toBe(200);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unknown alert: MyTeamsOwnAlert');
  await expect(page).toHaveURL(/\/alerts\/MyTeamsOwnAlert\?service=billing&status=503$/);
  await expect(page.getByTestId('unknown-alert')).toContainText('src/data/alerts.ts');
  await expect(page.getByRole('link', { name: 'Known alert names and how to add yours' })).toHaveAttribute(
    'href',
    '/docs/alerts/integration#known-alert-names',
  );
  await expect(page.getByRole('listitem').filter({ hasText: '(the code in the alert)' })).toContainText('503');
  await expectNoAxeViolations(page);
  const triage = page.getByTestId('unknown-alert-triage');
  await expect(triage).toHaveText('Start triage for the 503 this alert reports');
  await triage.click();
  await expect(page).toHaveURL(/\/docs\/triage\?.*alertname=MyTeamsOwnAlert/);
  await waitForHydration(page);
  await expect(page.getByTestId('tree-preanswered')).toContainText('503');
  watch.assertClean();
});

test('without JavaScript, an unknown alert name is a readable page with the triage links', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  const response = await page.goto('/alerts/MyTeamsOwnAlert?status=503');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An alert this guide does not know');
  await expect(page.getByRole('link', { name: /^Start triage/ })).toHaveAttribute('href', '/docs/triage');
  for (const code of [500, 502, 503, 504]) {
    await expect(page.getByRole('link', { name: new RegExp(`^${code} `) }).last()).toHaveAttribute('href', `/docs/codes/${code}`);
  }
  await expect(page.locator('main')).toContainText('src/data/alerts.ts');
  await context.close();
});

test('links written for elsewhere use the origin the reader is on, never the placeholder host', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const leaf = pathsToLeaves(trees['502']).find((l) => l.runbook === 'FM-502-KEEPALIVE-RACE');
  await page.goto(`/docs/codes/502?path=${leaf?.answers.join('.') ?? ''}`);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Copy incident note' }).click();
  await expect(page.getByText('Incident note copied.')).toBeVisible();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain(`Runbook: ${origin}/docs/failure-modes/fm-502-keepalive-race`);
  expect(note).toContain(`Triage path: ${origin}/docs/codes/502?path=`);
  expect(note).not.toContain(PLACEHOLDER_HOST);

  await page.goto('/docs/alerts/integration');
  await waitForHydration(page);
  const builder = page.getByTestId('link-builder');
  await expect(builder.getByTestId('link-builder-url')).toContainText(`${origin}/`);
  const main = page.locator('main');
  await expect(main).toContainText(`${origin}/docs/triage`);
  await expect(main).not.toContainText(PLACEHOLDER_HOST);
  await context.close();
});

test('the navbar\'s "Status codes" opens the codes index', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/docs/triage');
  await waitForHydration(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Status codes' }).click();
  await expect(page).toHaveURL(/\/docs\/codes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status codes');
});

for (const width of [360, 390]) {
  test(`the home page's paste box shows its whole placeholder at ${width} px`, async ({ browser }) => {
    const context = await newContext(browser, { viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await waitForHydration(page);
    const box = page.getByLabel('Or paste an error line');
    const placeholder = (await box.getAttribute('placeholder')) ?? '';
    expect(placeholder.length).toBeGreaterThan(20);
    const empty = await box.evaluate((el) => el.clientHeight);
    // The same text as a value wraps exactly as the placeholder does: it must fit without scrolling.
    await box.fill(placeholder);
    const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll).toBeLessThanOrEqual(client + 1);
    expect(empty).toBeGreaterThanOrEqual(scroll - 1);
    await context.close();
  });
}

test('after an answer on a touch screen, focus is on the next question, and its first option does not look chosen', async ({ browser }) => {
  const context = await newContext(browser, { viewport: phone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/docs/codes/502');
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-502');
  const options = widget.locator('ul li button');
  await options.first().tap();
  const heading = widget.getByRole('heading', { level: 3 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // A touch screen: hover styles stick where a finger lifted. Even with the pointer left on the
  // first option, it looks like the others.
  expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
  await options.first().hover();
  const [first, second] = await Promise.all(
    [0, 1].map((i) => options.nth(i).evaluate((el) => `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).color}`)),
  );
  expect(first).toBe(second);
  await context.close();
});
