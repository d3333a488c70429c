import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  loadProgress,
  markModule,
  moduleProgress,
  pathProgress,
  recordAnswer,
  recordScenario,
  serializeProgress,
} from '../../src/lib/progressStore';
import type { TrainingModule } from '../../src/lib/trainingTypes';

const NOW = '2026-11-22T09:00:00.000Z';
const module: TrainingModule = {
  id: 'm-one',
  title: 'M',
  summary: 's',
  goals: ['g'],
  read: [],
  practice: [{ kind: 'scenario', scenario: 'retry-storm', label: 'x' }],
  quiz: [
    { id: 'q1', kind: 'multiple-choice', prompt: 'p', options: [] },
    { id: 'q2', kind: 'next-step', prompt: 'p', options: [] },
  ],
};

describe('progress store', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadProgress(null)).toEqual({ progress: emptyProgress() });
  });

  it('round-trips through storage', () => {
    let p = emptyProgress();
    p = markModule(p, 'm-one', true, NOW);
    p = recordAnswer(p, 'm-one', 'q1', 'b', true, NOW);
    p = recordScenario(p, 'retry-storm', 72.4, true, NOW);
    p = recordScenario(p, 'retry-storm', 40, false, NOW);
    expect(p.scenarios['retry-storm']).toEqual({ points: 40, best: 72, resolved: false, runs: 2, at: NOW });
    expect(loadProgress(serializeProgress(p))).toEqual({ progress: p });
  });

  it.each([
    ['not JSON', '{"version":1,', 'damaged'],
    ['an old version', '{"version":0,"modules":{}}', 'another version'],
    ['a foreign shape', '{"version":1,"modules":[],"answers":{},"scenarios":{}}', 'format'],
    [
      'a bad score',
      JSON.stringify({
        version: 1,
        modules: {},
        answers: {},
        scenarios: { x: { points: 900, best: 1, resolved: true, runs: 1, at: NOW } },
      }),
      'format',
    ],
    ['a hostile key', JSON.stringify({ version: 1, modules: { '<img>': { done: true } }, answers: {}, scenarios: {} }), 'format'],
    ['null', 'null', 'format'],
  ])('resets %s with a notice, never a crash', (_label, stored, notice) => {
    const loaded = loadProgress(stored);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notice).toContain(notice);
  });

  it('computes module and path progress', () => {
    let p = recordAnswer(emptyProgress(), 'm-one', 'q1', 'a', false, NOW);
    expect(moduleProgress(module, p)).toMatchObject({
      answered: 1,
      correct: 0,
      questions: 2,
      scenariosPlayed: 0,
      done: false,
      fraction: 0.25,
    });
    p = recordScenario(markModule(recordAnswer(p, 'm-one', 'q2', 'c', true, NOW), 'm-one', true, NOW), 'retry-storm', 90, true, NOW);
    expect(moduleProgress(module, p).fraction).toBe(1);
    // m-two shares the scenario, so it is a quarter done (1 of 4 parts) without being marked done.
    expect(pathProgress([module, { ...module, id: 'm-two' }], p)).toEqual({ done: 1, total: 2, fraction: 0.625 });
  });

  it('exports and imports, refusing anything else without changing a thing', () => {
    const p = markModule(emptyProgress(), 'm-one', true, NOW);
    expect(importProgress(exportProgress(p))).toEqual({ ok: true, progress: p });
    expect(importProgress('hello')).toMatchObject({ ok: false, error: expect.stringContaining('not JSON') });
    expect(importProgress('{"version":2}')).toMatchObject({ ok: false, error: expect.stringContaining('another version') });
    expect(importProgress('{"version":1}')).toMatchObject({ ok: false, error: expect.stringContaining('Nothing was changed') });
  });
});
