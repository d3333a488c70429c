/**
 * Owners per hop in the production build (issue 14): a tree walked by clicking to a leaf whose
 * owner depends on the branch, the incident note naming that owner, and the runbook page and
 * runbooks.json listing the conditional owners.
 */
import { test, expect, newContext } from './support/test';
import { expectNoAxeViolations, readBuildJson, waitForHydration } from './support/site';
import { trees } from '../../src/data/trees';
import { owners } from '../../src/data/owners';
import { walkPath } from '../../src/lib/decisionTree';
import type { QuestionNode } from '../../src/lib/treeTypes';

interface ToolsRunbook {
  id: string;
  owner: string;
  owners: { when: string; owner: string }[];
  escalate_to: string;
  escalate_when: string | null;
}
const { runbooks } = readBuildJson<{ runbooks: ToolsRunbook[] }>('runbooks.json');

// The 503 tree, Heroku router H80: the application's own maintenance mode. The runbook's default
// owner is platform; this branch names the application team.
const answers = ['heroku-router', 'h80-maintenance'];
const leaf = walkPath(trees, '503', answers)?.node;

test('a tree walked to a conditional-owner leaf names the branch owner, and the incident note does too', async ({ browser }) => {
  // axe over a code page with its whole tree outline takes a while on a busy two-core runner.
  test.setTimeout(240_000);
  if (leaf?.kind !== 'leaf' || !leaf.owner) throw new Error('the 503 tree lost its conditional-owner leaf');
  const runbook = runbooks.find((r) => r.id === leaf.runbook);
  if (!runbook) throw new Error(`${leaf.runbook} is missing from runbooks.json`);
  const rule = runbook.owners.find((o) => o.owner === leaf.owner);
  expect(rule, 'the leaf owner is one of the runbook conditional owners').toBeDefined();
  expect(runbook.owner).not.toBe(leaf.owner);
  const branchOwner = owners[leaf.owner as keyof typeof owners].name;

  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/docs/codes/503');
  await waitForHydration(page);
  const widget = page.getByTestId('decision-tree-503');
  for (let i = 0; i < answers.length; i++) {
    const node = walkPath(trees, '503', answers.slice(0, i))?.node as QuestionNode;
    const option = node.options.find((o) => o.key === answers[i]);
    await widget.getByRole('button', { name: option?.label, exact: true }).click();
  }
  const result = widget.getByTestId('tree-leaf');
  await expect(result).toContainText(leaf.runbook);
  await expect(result.locator(`[data-owner="${leaf.owner}"]`)).toContainText(`Owner for this branch: ${branchOwner}`);
  await expect(result.getByTestId('leaf-owner-when')).toContainText(rule?.when ?? '');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Copy incident note' }).click();
  await expect(page.getByText('Incident note copied.')).toBeVisible();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain(`**Owner:** ${branchOwner} (this branch: ${rule?.when ?? ''})`);
  expect(note).toContain(`**Escalate to:** ${owners[runbook.escalate_to as keyof typeof owners].name}, when `);
  await context.close();
});

test('the runbook page lists each owner with its condition, and when to escalate', async ({ page }) => {
  const runbook = runbooks.find((r) => r.id === 'FM-503-EMPTY-ENDPOINTS');
  if (!runbook) throw new Error('FM-503-EMPTY-ENDPOINTS is missing from runbooks.json');
  expect(runbook.owners.length).toBeGreaterThan(1);
  await page.goto('/docs/failure-modes/fm-503-empty-endpoints');
  await waitForHydration(page);
  const block = page.getByTestId('conditional-owners');
  for (const rule of runbook.owners) {
    await expect(block).toContainText(rule.when);
    await expect(block.locator(`[data-owner="${rule.owner}"]`).first()).toBeVisible();
  }
  await expect(page.getByTestId('escalate-when')).toContainText(runbook.escalate_when ?? '');
});

test('the responsibility matrix lists the owners per hop with their conditions', async ({ page }) => {
  await page.goto('/docs/reference/responsibility-matrix');
  await waitForHydration(page);
  const list = page.getByTestId('owners-per-hop');
  const runbook = runbooks.find((r) => r.id === 'FM-502-KEEPALIVE-RACE');
  for (const rule of runbook?.owners ?? []) await expect(list).toContainText(rule.when);
  // A static page: axe checks it in pages.spec.ts (every rule in both schemes when it is a
  // template page, the structure rules otherwise, and the contrast of its element kinds elsewhere).
});
