/**
 * The triage walk as the DecisionTree view needs it: where the reader stands given the address and
 * the alert, the address for a new list of answers, and what to announce on each step. Pure: the
 * view's hook (src/components/DecisionTree/useTreeWalk.ts) feeds it the address and the trees.
 */
import { decodePath, encodePath, preAnswer, walkPath, type TreeSet, type WalkResult } from './decisionTree';

export interface TreeWalkState {
  /** The tree the answers start from (the page's tree unless the address names another). */
  tree: string;
  /** The answers in effect, including one given by the alert's status code. */
  answers: string[];
  /** The alert's status code answered the first question (the address held no `path`). */
  preAnswered: boolean;
  /** Where the reader stands; null only when neither the address's tree nor the page's tree exists. */
  walk: WalkResult | null;
  /** The address held answers (or a tree) this site no longer has: the view says so. */
  stale: boolean;
}

/**
 * Where the reader stands. `search` is the address's query string, or null before hydration (the
 * server render and the first client render show the tree's first question); `status` is the
 * alert's status code, if the alert link gave one.
 */
export function readTreeWalk(trees: TreeSet, pageTree: string, search: string | null, status: number | null): TreeWalkState {
  const decoded = search === null ? { tree: pageTree, answers: [], rejected: false } : decodePath(search, pageTree);
  // An empty `path=` in the address means the reader went back to the start: the alert does not answer again.
  const pre =
    search !== null && !new URLSearchParams(search).has('path')
      ? preAnswer(trees, decoded.tree, decoded.answers, status)
      : { answers: decoded.answers, preAnswered: false };
  const walk = walkPath(trees, decoded.tree, pre.answers) ?? walkPath(trees, pageTree, []);
  const stale = search !== null && (decoded.rejected || walk?.invalidFrom !== undefined || walkPath(trees, decoded.tree, []) === null);
  return { tree: decoded.tree, answers: pre.answers, preAnswered: pre.preAnswered, walk, stale };
}

/**
 * The query string for a new list of answers, keeping every other parameter (the alert's context).
 * Going back to the start with an alert status writes an empty `path=` so that the status does not
 * answer the first question again.
 */
export function treeWalkSearch(search: string, tree: string, pageTree: string, answers: string[], status: number | null): string {
  const next = encodePath(search, { tree, answers }, pageTree);
  if (answers.length === 0 && status !== null) return `${next ? `${next}&` : '?'}path=`;
  return next;
}

/** A stable key of the step the reader is at: it changes exactly when the view should move focus. */
export function stepKey(walk: WalkResult | null): string {
  return walk ? `${walk.treeId}:${walk.nodeId}` : '';
}

/** What a screen reader hears on arriving at a step; `runbookTitle` names a leaf's runbook. */
export function stepAnnouncement(walk: WalkResult, runbookTitle: (id: string) => string | undefined): string {
  return walk.node.kind === 'question'
    ? `Step ${walk.steps.length + 1}: ${walk.node.question}`
    : `Conclusion: ${runbookTitle(walk.node.runbook) ?? ''}`;
}

/** The line above the step: which step this is, or how many answers led to the conclusion. */
export function stepProgress(walk: WalkResult): string {
  return walk.node.kind === 'question'
    ? `Step ${walk.steps.length + 1}`
    : `Concluded after ${walk.steps.length} answer${walk.steps.length === 1 ? '' : 's'}`;
}
