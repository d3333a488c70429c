/**
 * The decision-tree engine: validation of tree data, walking a path of answers, the URL encoding
 * of a path, and the summary and incident note at a leaf. Pure: no React, no Docusaurus.
 *
 * A path is the list of option keys chosen from the root of the starting tree; a `goto` node
 * hands the rest of the path to another tree. Option keys are stable and kebab-case, so a path
 * survives edits to unrelated nodes and reads well in a URL: `?tree=502&path=proxy-log.refused`.
 */
import type { DecisionTreeData, LeafNode, QuestionNode, TreeNode, TreeOption } from './treeTypes';

export const MAX_QUESTIONS_PER_TREE = 6;
/** Longest path accepted from a URL, in answers (several trees chained). */
export const MAX_PATH_LENGTH = 24;
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type TreeSet = Readonly<Record<string, DecisionTreeData>>;

export interface TreeProblem {
  /** File the author edits, e.g. src/data/trees/tree502.ts */
  file: string;
  /** Node id, or '(tree)' for tree-level problems. */
  node: string;
  message: string;
}

export interface RunbookRef {
  id: string;
  /** Primary status code (first in `status`). */
  primary: number;
}

export const treeFile = (treeId: string): string => (treeId === 'start' ? 'src/data/trees/start.ts' : `src/data/trees/tree${treeId}.ts`);

/**
 * Check every rule the widgets rely on: options lead to existing nodes, no cycles, no unreachable
 * node, leaves name existing runbooks, every runbook is reachable from its code's tree, depth limit.
 */
export function validateTrees(trees: TreeSet, runbooks: readonly RunbookRef[], options: { requireCoverage?: boolean } = {}): TreeProblem[] {
  const requireCoverage = options.requireCoverage ?? true;
  const problems: TreeProblem[] = [];
  const runbookIds = new Set(runbooks.map((r) => r.id));
  const reachedRunbooks = new Map<string, Set<string>>();

  for (const [treeId, tree] of Object.entries(trees)) {
    const file = treeFile(treeId);
    const add = (node: string, message: string) => problems.push({ file, node, message });
    if (tree.id !== treeId) add('(tree)', `the tree's id "${tree.id}" does not match its key "${treeId}" in src/data/trees/index.ts`);
    if (!tree.nodes[tree.root]) {
      add('(tree)', `root "${tree.root}" is not a node of this tree: set root to the id of its first question`);
      continue;
    }
    for (const [nodeId, node] of Object.entries(tree.nodes)) {
      if (!KEY_PATTERN.test(nodeId)) add(nodeId, 'node ids are kebab-case (a-z, 0-9, single hyphens)');
      if (node.kind === 'question') {
        if (node.options.length < 2) add(nodeId, 'a question needs at least two options');
        const keys = new Set<string>();
        for (const option of node.options) {
          if (!KEY_PATTERN.test(option.key)) add(nodeId, `option key "${option.key}" must be kebab-case`);
          if (keys.has(option.key)) add(nodeId, `option key "${option.key}" is used twice`);
          keys.add(option.key);
          if (!tree.nodes[option.next])
            add(
              nodeId,
              `option "${option.key}" leads to "${option.next}", which is not a node of this tree: add that node, or set next to an existing one`,
            );
        }
      } else if (node.kind === 'leaf') {
        if (!runbookIds.has(node.runbook))
          add(nodeId, `leaf names runbook "${node.runbook}", which does not exist (see src/data/runbookLedger.ts)`);
        else {
          const set = reachedRunbooks.get(treeId) ?? new Set<string>();
          set.add(node.runbook);
          reachedRunbooks.set(treeId, set);
        }
      } else if (!trees[node.tree]) {
        add(nodeId, `goto names tree "${node.tree}", which does not exist: use one of ${Object.keys(trees).join(', ')}`);
      } else if (node.tree === treeId) {
        add(nodeId, 'goto leads back into its own tree: point the option at a node of this tree instead');
      }
    }

    // Depth-first walk from the root: cycles, depth, reachability.
    const reachable = new Set<string>();
    const visit = (nodeId: string, stack: string[]): void => {
      const node = tree.nodes[nodeId];
      if (!node) return;
      if (stack.includes(nodeId)) {
        add(nodeId, `cycle: ${[...stack, nodeId].join(' -> ')}; every answer must lead further down, to a new question or a leaf`);
        return;
      }
      reachable.add(nodeId);
      if (node.kind !== 'question') return;
      const depth = stack.length + 1;
      if (depth > MAX_QUESTIONS_PER_TREE) {
        add(nodeId, `more than ${MAX_QUESTIONS_PER_TREE} questions from the root (${[...stack, nodeId].join(' -> ')}); shorten the path`);
        return;
      }
      for (const option of node.options) visit(option.next, [...stack, nodeId]);
    };
    visit(tree.root, []);
    for (const nodeId of Object.keys(tree.nodes)) {
      if (!reachable.has(nodeId))
        add(nodeId, "unreachable: no option leads here from the root; point an option's next at it, or delete the node");
    }
  }

  for (const runbook of requireCoverage ? runbooks : []) {
    const treeId = String(runbook.primary);
    if (!trees[treeId]) continue;
    if (!reachedRunbooks.get(treeId)?.has(runbook.id)) {
      problems.push({
        file: treeFile(treeId),
        node: '(tree)',
        message: `runbook ${runbook.id} is not reachable from the ${treeId} tree: add a leaf for it`,
      });
    }
  }
  return problems;
}

export function formatTreeProblems(problems: readonly TreeProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      node ${p.node}: ${p.message}`);
  return `The decision trees have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** One answered question on the path. */
export interface AnsweredStep {
  treeId: string;
  nodeId: string;
  question: string;
  optionKey: string;
  answer: string;
}

export interface WalkResult {
  /** The tree and node the reader is at now. */
  treeId: string;
  nodeId: string;
  node: QuestionNode | LeafNode;
  steps: AnsweredStep[];
  /** Set when the path could not be followed to its end: the first answer that was dropped. */
  invalidFrom?: number;
}

/** Follow the goto nodes from a node id to the question or leaf the reader sees. */
interface Settled {
  treeId: string;
  nodeId: string;
  node: QuestionNode | LeafNode;
}

function settle(trees: TreeSet, treeId: string, nodeId: string): Settled | null {
  let tId = treeId;
  let nId = nodeId;
  for (let hops = 0; hops < 10; hops++) {
    const node: TreeNode | undefined = trees[tId]?.nodes[nId];
    if (!node) return null;
    if (node.kind !== 'goto') return { treeId: tId, nodeId: nId, node };
    const next = trees[node.tree];
    if (!next) return null;
    tId = node.tree;
    nId = next.root;
  }
  return null;
}

/**
 * Walk a path of option keys from a tree's root. An unknown tree returns null; a stale or invalid
 * answer stops the walk at the deepest valid node and reports where.
 */
export function walkPath(trees: TreeSet, treeId: string, answers: readonly string[]): WalkResult | null {
  const tree = trees[treeId];
  if (!tree) return null;
  const start = settle(trees, treeId, tree.root);
  if (!start) return null;
  let here: Settled = start;
  const steps: AnsweredStep[] = [];
  for (let i = 0; i < answers.length; i++) {
    const node: QuestionNode | LeafNode = here.node;
    const option: TreeOption | undefined = node.kind === 'question' ? node.options.find((o) => o.key === answers[i]) : undefined;
    const next: Settled | null = option ? settle(trees, here.treeId, option.next) : null;
    if (node.kind !== 'question' || !option || !next) {
      return { ...here, steps, invalidFrom: i };
    }
    steps.push({ treeId: here.treeId, nodeId: here.nodeId, question: node.question, optionKey: option.key, answer: option.label });
    here = next;
  }
  return { ...here, steps };
}

export interface PathState {
  tree: string;
  answers: string[];
}

/** Read `tree` and `path` from a query string. Hostile input yields a clean, bounded state. */
export function decodePath(search: string, defaultTree: string): PathState & { rejected: boolean } {
  const params = new URLSearchParams(search);
  const rawTree = params.get('tree');
  const rawPath = params.get('path');
  const tree = rawTree !== null && /^[a-z0-9-]{1,20}$/.test(rawTree) ? rawTree : defaultTree;
  const parts = rawPath ? rawPath.split('.').slice(0, MAX_PATH_LENGTH) : [];
  const answers = parts.filter((p) => KEY_PATTERN.test(p) && p.length <= 60);
  const rejected =
    (rawTree !== null && tree !== rawTree) ||
    answers.length !== parts.length ||
    (rawPath !== null && rawPath.split('.').length > MAX_PATH_LENGTH);
  return { tree, answers, rejected };
}

/** Write the path into a query string, keeping every other parameter (such as alert context). */
export function encodePath(search: string, state: PathState, defaultTree: string): string {
  const params = new URLSearchParams(search);
  if (state.tree === defaultTree) params.delete('tree');
  else params.set('tree', state.tree);
  if (state.answers.length === 0) params.delete('path');
  else params.set('path', state.answers.join('.'));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What a leaf needs from the runbook catalog. */
export interface LeafRunbook {
  id: string;
  title: string;
  status: readonly number[];
  owner: string;
  /** Name of the owner for this branch (the leaf's owner, else the runbook's default). */
  ownerName: string;
  /** The runbook's condition for this owner, when the branch chose a conditional owner. */
  ownerWhen?: string;
  /** The other owners the runbook names, each with its condition, for the reader to check. */
  otherOwners?: readonly { when: string; name: string }[];
  escalateToName: string;
  /** When to escalate (the runbook's `escalate_when`). */
  escalateWhen?: string;
  first_action: string;
  evidence: readonly string[];
  /** Absolute or site-relative URL of the runbook. */
  url: string;
}

export interface IncidentNoteInput {
  steps: readonly AnsweredStep[];
  runbook: LeafRunbook;
  note?: string;
  /** Alert context to include (already sanitised), label -> value. */
  context?: Readonly<Record<string, string>>;
  /** URL of this triage view, so the note links back to the same step. */
  triageUrl?: string;
}

/** Markdown note for an incident channel or ticket. */
export function incidentNote({ steps, runbook, note, context, triageUrl }: IncidentNoteInput): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  lines.push(`### 5xx triage: ${oneLine(runbook.title)} (${runbook.id})`, '');
  if (context && Object.keys(context).length > 0) {
    lines.push('**Alert context**', '');
    for (const [k, v] of Object.entries(context)) lines.push(`- ${k}: \`${oneLine(v).replace(/`/g, "'")}\``);
    lines.push('');
  }
  lines.push('**Path**', '');
  steps.forEach((s, i) => lines.push(`${i + 1}. ${oneLine(s.question)} **${oneLine(s.answer)}**`));
  lines.push('', `**Conclusion:** ${oneLine(runbook.title)} (status ${runbook.status.join(', ')})`);
  if (note) lines.push(`${oneLine(note)}`);
  const ownerLine = runbook.ownerWhen
    ? `**Owner:** ${runbook.ownerName} (this branch: ${oneLine(runbook.ownerWhen)})`
    : `**Owner:** ${runbook.ownerName}`;
  lines.push(ownerLine);
  for (const other of runbook.otherOwners ?? []) lines.push(`- if instead ${oneLine(other.when)}: ${other.name}`);
  lines.push(
    runbook.escalateWhen
      ? `**Escalate to:** ${runbook.escalateToName}, when ${oneLine(runbook.escalateWhen)}`
      : `**Escalate to:** ${runbook.escalateToName}`,
    `**First action:** ${oneLine(runbook.first_action)}`,
    '',
    '**Evidence to collect**',
    '',
  );
  for (const e of runbook.evidence) lines.push(`- [ ] ${oneLine(e)}`);
  lines.push('', `Runbook: ${runbook.url}`);
  if (triageUrl) lines.push(`Triage path: ${triageUrl}`);
  return `${lines.join('\n')}\n`;
}

export interface OutlineItem {
  nodeId: string;
  kind: 'question' | 'leaf' | 'goto';
  text: string;
  runbook?: string;
  /** The leaf's owner for this branch, when it names one. */
  owner?: string;
  tree?: string;
  help?: string;
  check?: string;
  options: { key: string; label: string; help?: string; child: OutlineItem }[];
}

/** The whole tree as a nested outline, for the no-JavaScript and print rendering. */
export function treeOutline(tree: DecisionTreeData, nodeId: string = tree.root, depth = 0): OutlineItem {
  const node = tree.nodes[nodeId];
  if (!node || depth > 20) return { nodeId, kind: 'leaf', text: '(missing node)', options: [] };
  if (node.kind === 'leaf')
    return {
      nodeId,
      kind: 'leaf',
      text: node.note ?? '',
      runbook: node.runbook,
      ...(node.owner ? { owner: node.owner } : {}),
      options: [],
    };
  if (node.kind === 'goto') return { nodeId, kind: 'goto', text: '', tree: node.tree, options: [] };
  return {
    nodeId,
    kind: 'question',
    text: node.question,
    help: node.help,
    check: node.check,
    options: node.options.map((o) => ({
      key: o.key,
      label: o.label,
      ...(o.help ? { help: o.help } : {}),
      child: treeOutline(tree, o.next, depth + 1),
    })),
  };
}

/** Every runbook id a tree can reach (through its own leaves only). */
export function leavesOf(tree: DecisionTreeData): string[] {
  return [...new Set(Object.values(tree.nodes).flatMap((n) => (n.kind === 'leaf' ? [n.runbook] : [])))].sort();
}

/**
 * All answer paths from the root of a tree to each of its leaves (one shortest path per leaf
 * node), for tests that click through every leaf.
 */
export function pathsToLeaves(tree: DecisionTreeData): { nodeId: string; runbook: string; answers: string[] }[] {
  const out: { nodeId: string; runbook: string; answers: string[] }[] = [];
  const seen = new Set<string>();
  const queue: { nodeId: string; answers: string[] }[] = [{ nodeId: tree.root, answers: [] }];
  while (queue.length > 0) {
    const { nodeId, answers } = queue.shift() as { nodeId: string; answers: string[] };
    if (seen.has(nodeId)) continue;
    seen.add(nodeId);
    const node = tree.nodes[nodeId];
    if (!node) continue;
    if (node.kind === 'leaf') out.push({ nodeId, runbook: node.runbook, answers });
    if (node.kind === 'question') for (const o of node.options) queue.push({ nodeId: o.next, answers: [...answers, o.key] });
  }
  return out;
}

/**
 * Answers the alert context already gives: when a tree's first question hands each status code
 * over to that code's tree, and the alert names the code, answer it. Returns the answers to use.
 */
export function preAnswer(
  trees: TreeSet,
  treeId: string,
  answers: readonly string[],
  status: number | null,
): { answers: string[]; preAnswered: boolean } {
  if (answers.length > 0 || status === null) return { answers: [...answers], preAnswered: false };
  const tree = trees[treeId];
  const root = tree?.nodes[tree.root];
  if (!tree || root?.kind !== 'question') return { answers: [], preAnswered: false };
  const option = root.options.find((o) => {
    const next = tree.nodes[o.next];
    return next?.kind === 'goto' && next.tree === String(status);
  });
  return option ? { answers: [option.key], preAnswered: true } : { answers: [], preAnswered: false };
}
