import { describe, expect, it } from 'vitest';
import {
  MAX_PATH_LENGTH,
  MAX_QUESTIONS_PER_TREE,
  decodePath,
  encodePath,
  formatTreeProblems,
  incidentNote,
  pathsToLeaves,
  treeOutline,
  validateTrees,
  walkPath,
} from '../../src/lib/decisionTree';
import type { DecisionTreeData, QuestionNode } from '../../src/lib/treeTypes';
import { fixtureRunbooks, fixtureTrees } from './fixtures/trees';

const q = (trees: Record<string, DecisionTreeData>, tree: string, node: string) => trees[tree]?.nodes[node] as QuestionNode;

describe('tree validation', () => {
  it('accepts a valid tree set', () => {
    expect(validateTrees(fixtureTrees(), fixtureRunbooks)).toEqual([]);
  });

  it('rejects an option that leads to a missing node, naming file and node', () => {
    const trees = fixtureTrees();
    const node = q(trees, '502', 'q-log');
    (trees['502'] as { nodes: Record<string, unknown> }).nodes['q-log'] = {
      ...node,
      options: [...node.options, { key: 'x', label: 'X', next: 'nowhere' }],
    };
    expect(validateTrees(trees, fixtureRunbooks)).toContainEqual({
      file: 'src/data/trees/tree502.ts',
      node: 'q-log',
      message: expect.stringContaining('"nowhere"'),
    });
  });

  it('rejects a cycle', () => {
    const trees = fixtureTrees();
    const node = q(trees, '502', 'q-log');
    (trees['502'] as { nodes: Record<string, unknown> }).nodes['q-log'] = {
      ...node,
      options: [...node.options, { key: 'again', label: 'Again', next: 'q-log' }],
    };
    expect(validateTrees(trees, fixtureRunbooks).map((p) => p.message)).toContainEqual(expect.stringContaining('cycle: q-log -> q-log'));
  });

  it('rejects an unreachable node', () => {
    const trees = fixtureTrees();
    (trees['502'] as { nodes: Record<string, unknown> }).nodes['leaf-orphan'] = { kind: 'leaf', runbook: 'FM-502-RESET' };
    expect(validateTrees(trees, fixtureRunbooks)).toContainEqual(
      expect.objectContaining({ node: 'leaf-orphan', message: expect.stringContaining('unreachable') }),
    );
  });

  it('rejects a leaf naming a runbook that does not exist', () => {
    const trees = fixtureTrees();
    (trees['502'] as { nodes: Record<string, unknown> }).nodes['leaf-reset'] = { kind: 'leaf', runbook: 'FM-502-GONE' };
    const messages = validateTrees(trees, fixtureRunbooks).map((p) => `${p.node}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringContaining('leaf-reset: leaf names runbook "FM-502-GONE"'));
    // ...and FM-502-RESET is now unreachable from its code's tree.
    expect(messages).toContainEqual(expect.stringContaining('FM-502-RESET is not reachable from the 502 tree'));
  });

  it('rejects a goto to a missing tree, and duplicate or malformed option keys', () => {
    const trees = fixtureTrees();
    (trees.start as { nodes: Record<string, unknown> }).nodes['go-502'] = { kind: 'goto', tree: '599' };
    const node = q(trees, '502', 'q-log');
    (trees['502'] as { nodes: Record<string, unknown> }).nodes['q-log'] = {
      ...node,
      options: [node.options[0], { ...node.options[1], key: 'refused' }, { key: 'Bad Key', label: 'b', next: 'leaf-reset' }],
    };
    const messages = validateTrees(trees, fixtureRunbooks).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('goto names tree "599"'));
    expect(messages).toContainEqual(expect.stringContaining('"refused" is used twice'));
    expect(messages).toContainEqual(expect.stringContaining('"Bad Key" must be kebab-case'));
  });

  it('rejects a path deeper than the limit', () => {
    const nodes: DecisionTreeData['nodes'] = {};
    for (let i = 0; i <= MAX_QUESTIONS_PER_TREE; i++) {
      const next = i === MAX_QUESTIONS_PER_TREE ? 'leaf' : `q${i + 1}`;
      (nodes as Record<string, unknown>)[`q${i}`] = {
        kind: 'question',
        question: `Q${i}`,
        options: [
          { key: 'a', label: 'A', next },
          { key: 'b', label: 'B', next: 'leaf' },
        ],
      };
    }
    (nodes as Record<string, unknown>).leaf = { kind: 'leaf', runbook: 'FM-502-RESET' };
    const trees = { ...fixtureTrees(), '502': { id: '502', title: 'deep', root: 'q0', nodes } };
    const messages = validateTrees(trees, fixtureRunbooks).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining(`more than ${MAX_QUESTIONS_PER_TREE} questions`));
  });

  it('formats problems for the build log', () => {
    expect(formatTreeProblems([{ file: 'f.ts', node: 'n', message: 'm' }])).toContain('f.ts\n      node n: m');
  });
});

describe('walking a path', () => {
  const trees = fixtureTrees();

  it('starts at the root question', () => {
    const walk = walkPath(trees, 'start', []);
    expect(walk?.nodeId).toBe('q-code');
    expect(walk?.steps).toEqual([]);
  });

  it('follows answers across a goto into another tree, to a leaf', () => {
    const walk = walkPath(trees, 'start', ['502', 'refused']);
    expect(walk).toMatchObject({ treeId: '502', nodeId: 'leaf-refused', node: { kind: 'leaf', runbook: 'FM-502-REFUSED' } });
    expect(walk?.steps.map((s) => [s.treeId, s.answer])).toEqual([
      ['start', '502'],
      ['502', 'Connection refused'],
    ]);
    expect(walk?.invalidFrom).toBeUndefined();
  });

  it('stops at the deepest valid node on a stale answer, and on answers past a leaf', () => {
    expect(walkPath(trees, 'start', ['502', 'renamed', 'x'])).toMatchObject({ nodeId: 'q-log', invalidFrom: 1 });
    expect(walkPath(trees, '502', ['reset', 'extra'])).toMatchObject({ nodeId: 'leaf-reset', invalidFrom: 1 });
  });

  it('returns null for an unknown tree', () => {
    expect(walkPath(trees, 'nope', [])).toBeNull();
  });

  it('lists a path to every leaf', () => {
    expect(pathsToLeaves(trees['502'] as DecisionTreeData)).toEqual([
      { nodeId: 'leaf-refused', runbook: 'FM-502-REFUSED', answers: ['refused'] },
      { nodeId: 'leaf-reset', runbook: 'FM-502-RESET', answers: ['reset'] },
    ]);
  });

  it('renders the whole tree as an outline', () => {
    const outline = treeOutline(trees['502'] as DecisionTreeData);
    expect(outline.text).toBe('What does the proxy log say?');
    expect(outline.check).toBe('tail -f /var/log/nginx/error.log');
    expect(outline.options.map((o) => [o.label, o.child.runbook])).toEqual([
      ['Connection refused', 'FM-502-REFUSED'],
      ['Reset', 'FM-502-RESET'],
    ]);
  });
});

describe('path in the URL', () => {
  it('round-trips and keeps other parameters such as alert context', () => {
    const search = encodePath('?alertname=High5xx&service=api', { tree: 'start', answers: ['502', 'refused'] }, '502');
    expect(search).toBe('?alertname=High5xx&service=api&tree=start&path=502.refused');
    expect(decodePath(search, '502')).toEqual({ tree: 'start', answers: ['502', 'refused'], rejected: false });
  });

  it('leaves the default tree and an empty path out of the URL', () => {
    expect(encodePath('?path=a.b', { tree: '502', answers: [] }, '502')).toBe('');
  });

  it.each([
    ['?tree=%3Cscript%3E&path=a', { tree: '502', answers: ['a'], rejected: true }],
    ['?path=ok.%3Cimg%3E.also-ok', { tree: '502', answers: ['ok', 'also-ok'], rejected: true }],
    ['?path=..', { tree: '502', answers: [], rejected: true }],
    ['?tree=500', { tree: '500', answers: [], rejected: false }],
  ])('cleans hostile input %s', (search, expected) => {
    expect(decodePath(search, '502')).toEqual(expected);
  });

  it('bounds the path length', () => {
    const long = Array.from({ length: 500 }, () => 'a').join('.');
    const decoded = decodePath(`?path=${long}`, '502');
    expect(decoded.answers).toHaveLength(MAX_PATH_LENGTH);
    expect(decoded.rejected).toBe(true);
  });
});

describe('incident note', () => {
  it('lists path, conclusion, owner, first action, evidence and links in Markdown', () => {
    const walk = walkPath(fixtureTrees(), 'start', ['502', 'refused']);
    const note = incidentNote({
      steps: walk?.steps ?? [],
      note: 'Nothing listens.',
      runbook: {
        id: 'FM-502-REFUSED',
        title: 'Upstream not listening',
        status: [502],
        owner: 'app-team',
        ownerName: 'Application team',
        escalateToName: 'Platform / SRE',
        first_action: 'Check the process.',
        evidence: ['The error-log line', 'The upstream address'],
        url: 'https://x.example/docs/failure-modes/fm-502-refused',
      },
      context: { service: 'api`; rm -rf' },
      triageUrl: 'https://x.example/docs/triage?path=502.refused',
    });
    expect(note).toContain('### 5xx triage: Upstream not listening (FM-502-REFUSED)');
    expect(note).toContain('1. Which code? **502**');
    expect(note).toContain('2. What does the proxy log say? **Connection refused**');
    expect(note).toContain('**Owner:** Application team\n');
    expect(note).toContain('**Escalate to:** Platform / SRE\n');
    expect(note).toContain('- [ ] The upstream address');
    expect(note).toContain("- service: `api'; rm -rf`");
    expect(note).toContain('Runbook: https://x.example/docs/failure-modes/fm-502-refused');
    expect(note).toContain('Triage path: https://x.example/docs/triage?path=502.refused');
  });

  it('names the owner for the branch with its condition, and when to escalate', () => {
    const note = incidentNote({
      steps: [],
      runbook: {
        id: 'FM-503-EMPTY',
        title: 'No ready endpoints',
        status: [503],
        owner: 'app-team',
        ownerName: 'Application team',
        ownerWhen: 'Pods run but fail their readiness probe',
        escalateToName: 'Incident commander',
        escalateWhen: 'the owner has not answered in 15 minutes',
        first_action: 'List the endpoints.',
        evidence: [],
        url: 'https://x.example/r',
      },
    });
    expect(note).toContain('**Owner:** Application team (this branch: Pods run but fail their readiness probe)');
    expect(note).toContain('**Escalate to:** Incident commander, when the owner has not answered in 15 minutes');
  });

  it('lists the other owners with their conditions when the branch names none', () => {
    const note = incidentNote({
      steps: [],
      runbook: {
        id: 'FM-503-EMPTY',
        title: 'No ready endpoints',
        status: [503],
        owner: 'platform-sre',
        ownerName: 'Platform / SRE',
        otherOwners: [{ when: 'Pods fail readiness', name: 'Application team' }],
        escalateToName: 'Application team',
        first_action: 'List the endpoints.',
        evidence: [],
        url: 'https://x.example/r',
      },
    });
    expect(note).toContain('**Owner:** Platform / SRE\n- if instead Pods fail readiness: Application team');
  });
});
