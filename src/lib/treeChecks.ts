/**
 * Build checks over the decision trees and the runbooks' owners (called from
 * plugins/runbook-catalog, one line each). Pure: trees, runbooks and the owner registry come in as
 * arguments. Each returns problems that name the file, the node and the fix.
 */
import type { DecisionTreeData } from './treeTypes';
import { ownersFor, type OwnedRunbook } from './ownerRules';
import { treeFile, type TreeProblem, type TreeSet } from './decisionTree';

/** What the checks need from a runbook. */
export interface CheckedRunbook extends OwnedRunbook {
  id: string;
  status: readonly number[];
}

/** Runbook ids reachable from a tree's root, following hand-overs (`goto`) into other trees. */
export function reachableRunbooks(trees: TreeSet, treeId: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (tId: string, nId: string): void => {
    const key = `${tId}/${nId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const tree = trees[tId];
    const node = tree?.nodes[nId];
    if (!tree || !node) return;
    if (node.kind === 'leaf') found.add(node.runbook);
    else if (node.kind === 'goto') {
      const next = trees[node.tree];
      if (next) visit(node.tree, next.root);
    } else for (const o of node.options) visit(tId, o.next);
  };
  const tree = trees[treeId];
  if (tree) visit(treeId, tree.root);
  return found;
}

/**
 * Every runbook is reachable from the tree of every status code it lists (a runbook that says it
 * produces 503 must be a leaf the 503 tree can reach), not only from its primary code's tree.
 */
export function checkEveryCodeReaches(trees: TreeSet, runbooks: readonly CheckedRunbook[]): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const cache = new Map<string, Set<string>>();
  for (const rb of runbooks) {
    for (const code of rb.status) {
      const treeId = String(code);
      if (!trees[treeId]) continue;
      const reach = cache.get(treeId) ?? reachableRunbooks(trees, treeId);
      cache.set(treeId, reach);
      if (!reach.has(rb.id))
        problems.push({
          file: treeFile(treeId),
          node: '(tree)',
          message: `runbook ${rb.id} lists status ${code} but the ${treeId} tree cannot reach it: add a leaf for it, or drop ${code} from its status`,
        });
    }
  }
  return problems;
}

// Case matters: HAProxy's termination states differ by case alone (SC-- refused, sC-- connect timeout).
const norm = (token: string) => token.trim().replace(/\s+/g, ' ');

/**
 * No two answers of one question fit the same observation. Each answer lists the observation
 * tokens that select it (`observe`: vendor codes and exact strings); a token may select one
 * answer only, every answer names at least one, and no two answers share a label.
 */
export function checkAnswersDisjoint(trees: TreeSet): TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const [treeId, tree] of Object.entries(trees)) {
    for (const [nodeId, node] of Object.entries((tree as DecisionTreeData).nodes)) {
      if (node.kind !== 'question') continue;
      const owners = new Map<string, string>();
      const labels = new Map<string, string>();
      for (const option of node.options) {
        const add = (message: string) => problems.push({ file: treeFile(treeId), node: nodeId, message });
        const label = norm(option.label).toLowerCase();
        const sameLabel = labels.get(label);
        if (sameLabel) add(`answers "${sameLabel}" and "${option.key}" have the same label`);
        labels.set(label, option.key);
        const tokens = option.observe ?? [];
        if (tokens.length === 0) add(`answer "${option.key}" names no observation: add observe: ['<what the reader sees>']`);
        for (const token of tokens) {
          const t = norm(token);
          if (t === '') add(`answer "${option.key}" has an empty observation token`);
          const other = owners.get(t);
          if (other !== undefined && other !== option.key)
            add(`observation "${token}" selects both "${other}" and "${option.key}": an observation must fit one answer only`);
          owners.set(t, option.key);
        }
      }
    }
  }
  return problems;
}

/**
 * A leaf's owner is in the registry and is one the runbook names (its default owner or one of its
 * conditional owners), so the leaf and the runbook page never disagree.
 */
export function checkLeafOwners(trees: TreeSet, runbooks: readonly CheckedRunbook[], registry: ReadonlySet<string>): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const byId = new Map(runbooks.map((r) => [r.id, r]));
  for (const [treeId, tree] of Object.entries(trees)) {
    for (const [nodeId, node] of Object.entries((tree as DecisionTreeData).nodes)) {
      if (node.kind !== 'leaf' || node.owner === undefined) continue;
      const add = (message: string) => problems.push({ file: treeFile(treeId), node: nodeId, message });
      if (!registry.has(node.owner)) {
        add(`owner "${node.owner}" is not an owner key in src/data/owners.ts (${[...registry].join(', ')})`);
        continue;
      }
      const rb = byId.get(node.runbook);
      if (!rb) continue; // validateTrees reports the unknown runbook
      const keys = ownersFor(rb).keys;
      if (!keys.includes(node.owner))
        add(
          `owner "${node.owner}" is not an owner of ${node.runbook} (${keys.join(', ')}): add it to the runbook's owners with its condition, or name one of those`,
        );
    }
  }
  return problems;
}
