import { describe, expect, it } from 'vitest';
import { checkAnswersDisjoint, checkEveryCodeReaches, checkLeafOwners, reachableRunbooks } from '../../src/lib/treeChecks';
import type { DecisionTreeData, QuestionNode, TreeNode, TreeOption } from '../../src/lib/treeTypes';
import { ownerKeys } from '../../src/data/owners';

const registry = new Set<string>(ownerKeys);

type Trees = Record<string, DecisionTreeData>;

/** The question `q` of a fixture tree, and a way to replace one of its nodes. */
function questionOf(trees: Trees, treeId: string): QuestionNode {
  const q = trees[treeId]?.nodes.q;
  if (q?.kind !== 'question') throw new Error(`fixture tree ${treeId} has no question q`);
  return q;
}
function setNode(trees: Trees, treeId: string, nodeId: string, node: TreeNode): void {
  const tree = trees[treeId];
  if (!tree) throw new Error(`fixture has no tree ${treeId}`);
  trees[treeId] = { ...tree, nodes: { ...tree.nodes, [nodeId]: node } };
}
function optionOf(q: QuestionNode, index: number): TreeOption {
  const option = q.options[index];
  if (!option) throw new Error(`fixture question has no option ${index}`);
  return option;
}

const fixture = (): Trees => ({
  start: {
    id: 'start',
    title: 'Start',
    root: 'q',
    nodes: {
      q: {
        kind: 'question',
        question: 'Which code?',
        options: [
          { key: '502', label: '502', next: 'g502', observe: ['502'] },
          { key: '503', label: '503', next: 'g503', observe: ['503'] },
        ],
      },
      g502: { kind: 'goto', tree: '502' },
      g503: { kind: 'goto', tree: '503' },
    },
  },
  '502': {
    id: '502',
    title: '502',
    root: 'q',
    nodes: {
      q: {
        kind: 'question',
        question: 'What does the log say?',
        options: [
          { key: 'refused', label: 'Refused', next: 'leaf-a', observe: ['111: Connection refused', 'sC'] },
          { key: 'reset', label: 'Reset', next: 'leaf-b', observe: ['104: Connection reset by peer', 'SH'] },
        ],
      },
      'leaf-a': { kind: 'leaf', runbook: 'FM-502-A', owner: 'app-team' },
      'leaf-b': { kind: 'leaf', runbook: 'FM-502-B' },
    },
  },
  '503': {
    id: '503',
    title: '503',
    root: 'q',
    nodes: {
      q: {
        kind: 'question',
        question: 'What does the body say?',
        options: [
          { key: 'no-healthy', label: 'no healthy upstream', next: 'leaf-c', observe: ['no healthy upstream'] },
          { key: 'dont-know', label: "Don't know", next: 'leaf-c2', observe: ['cannot read the body'] },
        ],
      },
      'leaf-c': { kind: 'leaf', runbook: 'FM-503-C', owner: 'platform-sre' },
      'leaf-c2': { kind: 'leaf', runbook: 'FM-503-C' },
    },
  },
});

const runbooks = [
  { id: 'FM-502-A', status: [502], owner: 'platform-sre', owners: [{ when: 'The app listens elsewhere', owner: 'app-team' }] },
  { id: 'FM-502-B', status: [502], owner: 'app-team' },
  { id: 'FM-503-C', status: [503], owner: 'platform-sre' },
];

describe('reachableRunbooks', () => {
  it('follows hand-overs into other trees', () => {
    expect([...reachableRunbooks(fixture(), 'start')].sort()).toEqual(['FM-502-A', 'FM-502-B', 'FM-503-C']);
    expect([...reachableRunbooks(fixture(), '503')]).toEqual(['FM-503-C']);
  });
});

describe('checkEveryCodeReaches', () => {
  it('passes when every listed code reaches the runbook', () => {
    expect(checkEveryCodeReaches(fixture(), runbooks)).toEqual([]);
  });
  it('fails, naming tree file and fix, when a runbook lists a code whose tree cannot reach it', () => {
    const broken = [...runbooks.slice(0, 2), { id: 'FM-503-C', status: [503, 502], owner: 'platform-sre' }];
    const problems = checkEveryCodeReaches(fixture(), broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/data/trees/tree502.ts', node: '(tree)' });
    expect(problems[0]?.message).toContain('FM-503-C lists status 502');
  });
});

describe('checkAnswersDisjoint', () => {
  it('passes when each observation selects one answer', () => {
    expect(checkAnswersDisjoint(fixture())).toEqual([]);
  });
  it('fails when two answers of one question share an observation token', () => {
    const trees = fixture();
    const q = questionOf(trees, '502');
    setNode(trees, '502', 'q', { ...q, options: [optionOf(q, 0), { ...optionOf(q, 1), observe: ['sC '] }] });
    const problems = checkAnswersDisjoint(trees);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/data/trees/tree502.ts', node: 'q' });
    expect(problems[0]?.message).toContain('selects both "refused" and "reset"');
  });
  it('tells tokens apart by case, as HAProxy termination states are (SC-- refused, sC-- timeout)', () => {
    const trees = fixture();
    const q = questionOf(trees, '502');
    setNode(trees, '502', 'q', { ...q, options: [optionOf(q, 0), { ...optionOf(q, 1), observe: ['SC'] }] });
    expect(checkAnswersDisjoint(trees)).toEqual([]);
  });
  it('fails when an answer names no observation, or two answers share a label', () => {
    const trees = fixture();
    const q = questionOf(trees, '503');
    setNode(trees, '503', 'q', {
      ...q,
      options: [
        { ...optionOf(q, 0), observe: [] },
        { ...optionOf(q, 1), label: 'No healthy upstream' },
      ],
    });
    const messages = checkAnswersDisjoint(trees).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining('names no observation'), expect.stringContaining('same label')]),
    );
  });
});

describe('checkLeafOwners', () => {
  it("passes when a leaf names the runbook's default or conditional owner", () => {
    expect(checkLeafOwners(fixture(), runbooks, registry)).toEqual([]);
  });
  it('fails for an owner key that is not in the registry', () => {
    const trees = fixture();
    setNode(trees, '503', 'leaf-c', { kind: 'leaf', runbook: 'FM-503-C', owner: 'dba-team' });
    const problems = checkLeafOwners(trees, runbooks, registry);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/data/trees/tree503.ts', node: 'leaf-c' });
    expect(problems[0]?.message).toContain('"dba-team" is not an owner key');
  });
  it('fails for a registered owner the runbook does not name', () => {
    const trees = fixture();
    setNode(trees, '502', 'leaf-b', { kind: 'leaf', runbook: 'FM-502-B', owner: 'vendor' });
    const problems = checkLeafOwners(trees, runbooks, registry);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('is not an owner of FM-502-B');
  });
});
