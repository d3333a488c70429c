import { describe, expect, it } from 'vitest';
import { readTreeWalk, stepAnnouncement, stepKey, stepProgress, treeWalkSearch } from '../../src/lib/treeWalk';
import { fixtureTrees } from './fixtures/trees';

const trees = fixtureTrees();

describe('readTreeWalk', () => {
  it('shows the first question before hydration, whatever the address says', () => {
    const state = readTreeWalk(trees, 'start', null, 502);
    expect(state.walk?.nodeId).toBe('q-code');
    expect(state).toMatchObject({ tree: 'start', answers: [], preAnswered: false, stale: false });
  });

  it('follows the answers in the address across a goto into another tree', () => {
    const state = readTreeWalk(trees, 'start', '?path=502.refused', null);
    expect(state.walk).toMatchObject({ treeId: '502', nodeId: 'leaf-refused' });
    expect(state.walk?.steps.map((s) => s.optionKey)).toEqual(['502', 'refused']);
    expect(state.stale).toBe(false);
  });

  it("lets the alert's status answer the first question when the address has no path", () => {
    const state = readTreeWalk(trees, 'start', '?service=api', 502);
    expect(state).toMatchObject({ answers: ['502'], preAnswered: true });
    expect(state.walk).toMatchObject({ treeId: '502', nodeId: 'q-log' });
  });

  it('does not answer again after the reader went back to the start (empty path=)', () => {
    const state = readTreeWalk(trees, 'start', '?service=api&path=', 502);
    expect(state).toMatchObject({ answers: [], preAnswered: false });
    expect(state.walk?.nodeId).toBe('q-code');
  });

  it('marks a path with an answer the tree no longer has as stale and stops at the last valid step', () => {
    const state = readTreeWalk(trees, 'start', '?path=502.vanished', null);
    expect(state.stale).toBe(true);
    expect(state.walk).toMatchObject({ treeId: '502', nodeId: 'q-log', invalidFrom: 1 });
  });

  it('falls back to the page tree for an unknown tree in the address and says so', () => {
    const state = readTreeWalk(trees, 'start', '?tree=gone', null);
    expect(state.stale).toBe(true);
    expect(state.walk?.treeId).toBe('start');
  });

  it('marks hostile input as stale', () => {
    expect(readTreeWalk(trees, 'start', '?path=<script>', null).stale).toBe(true);
  });

  it('returns no walk when the page tree itself does not exist', () => {
    expect(readTreeWalk(trees, 'nope', null, null).walk).toBeNull();
  });
});

describe('treeWalkSearch', () => {
  it('writes the answers and keeps the alert context', () => {
    expect(treeWalkSearch('?service=api', 'start', 'start', ['502', 'reset'], null)).toBe('?service=api&path=502.reset');
  });

  it('names a tree other than the page tree', () => {
    expect(treeWalkSearch('', '502', 'start', ['reset'], null)).toBe('?tree=502&path=reset');
  });

  it('writes an empty path on restart when an alert status would answer again', () => {
    expect(treeWalkSearch('?service=api&path=502', 'start', 'start', [], 502)).toBe('?service=api&path=');
    expect(treeWalkSearch('?path=502', 'start', 'start', [], 502)).toBe('?path=');
  });

  it('drops the path on restart without an alert status', () => {
    expect(treeWalkSearch('?path=502', 'start', 'start', [], null)).toBe('');
  });
});

describe('step texts', () => {
  it('announces a question with its number and a conclusion with its runbook title', () => {
    const question = readTreeWalk(trees, 'start', '?path=502', null).walk;
    const leaf = readTreeWalk(trees, 'start', '?path=502.reset', null).walk;
    if (!question || !leaf) throw new Error('fixture walk missing');
    expect(stepAnnouncement(question, () => undefined)).toBe('Step 2: What does the proxy log say?');
    expect(stepAnnouncement(leaf, (id) => (id === 'FM-502-RESET' ? 'Reset by peer' : undefined))).toBe('Conclusion: Reset by peer');
    expect(stepProgress(question)).toBe('Step 2');
    expect(stepProgress(leaf)).toBe('Concluded after 2 answers');
    expect(stepKey(leaf)).toBe('502:leaf-reset');
    expect(stepKey(null)).toBe('');
  });

  it('says "1 answer" in the singular', () => {
    const leaf = readTreeWalk(trees, 'start', '?path=other', null).walk;
    if (!leaf) throw new Error('fixture walk missing');
    expect(stepProgress(leaf)).toBe('Concluded after 1 answer');
  });
});
