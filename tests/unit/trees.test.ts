/** The real decision trees against the real catalog. */
import { describe, expect, it } from 'vitest';
import { trees } from '../../src/data/trees';
import { decodePath, encodePath, leavesOf, pathsToLeaves, validateTrees, walkPath } from '../../src/lib/decisionTree';
import { checkAnswersDisjoint, checkEveryCodeReaches, checkLeafOwners } from '../../src/lib/treeChecks';
import { validateOwnerFields } from '../../src/lib/ownerRules';
import { ownerKeys } from '../../src/data/owners';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';
import path from 'node:path';

describe('the decision trees', async () => {
  const { entries } = await loadRunbooks(path.resolve(__dirname, '../..'));
  const refs = entries.map((e) => ({ id: e.meta.id, primary: e.meta.status[0] ?? 0 }));

  it('pass every validation rule', () => {
    expect(validateTrees(trees, refs)).toEqual([]);
  });

  it('reach every runbook from the tree of every code it lists', () => {
    expect(
      checkEveryCodeReaches(
        trees,
        entries.map((e) => e.meta),
      ),
    ).toEqual([]);
  });

  it('never let one observation fit two answers of a question', () => {
    expect(checkAnswersDisjoint(trees)).toEqual([]);
  });

  it("name only registered owners on leaves, each one the runbook's own", () => {
    expect(
      checkLeafOwners(
        trees,
        entries.map((e) => e.meta),
        new Set(ownerKeys),
      ),
    ).toEqual([]);
  });

  it('give every runbook valid owner fields and an escalation that says something new', () => {
    expect(entries.flatMap((e) => validateOwnerFields(e.meta, new Set(ownerKeys), e.file))).toEqual([]);
    expect(entries.filter((e) => !e.meta.escalate_when).map((e) => e.meta.id)).toEqual([]);
  });

  it('together reach every runbook in the catalog', () => {
    const reached = new Set(Object.values(trees).flatMap((t) => leavesOf(t)));
    expect(entries.map((e) => e.meta.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('round-trip every path to every leaf through the URL', () => {
    for (const [treeId, tree] of Object.entries(trees)) {
      for (const leaf of pathsToLeaves(tree)) {
        const search = encodePath('?alertname=High5xx', { tree: treeId, answers: leaf.answers }, 'start');
        const decoded = decodePath(search, 'start');
        const walk = walkPath(trees, decoded.tree, decoded.answers);
        expect(walk?.node).toEqual(tree.nodes[leaf.nodeId]);
        expect(walk?.node).toMatchObject({ kind: 'leaf', runbook: leaf.runbook });
        expect(walk?.invalidFrom).toBeUndefined();
      }
    }
  });

  it('ask at most a few questions on the way to a leaf', () => {
    for (const tree of Object.values(trees)) {
      for (const leaf of pathsToLeaves(tree)) expect(leaf.answers.length).toBeLessThanOrEqual(6);
    }
  });
});
