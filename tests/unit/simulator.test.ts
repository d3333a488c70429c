import { describe, expect, it } from 'vitest';
import {
  clockAt,
  decodeRun,
  encodeRun,
  MAX_RUN_MINUTES,
  runScenario,
  scoreRun,
  seededRandom,
  validateScenario,
} from '../../src/lib/simulator';
import type { Scenario } from '../../src/lib/scenarioTypes';
import { fixtureScenario } from './fixtures/scenario';

const runbooks = new Set(['FM-502-CONNECTION-REFUSED']);
const treeIds = new Set(['start', '500', '502', '503', '504']);
const owners = new Set(['platform-sre', 'upstream-owner', 'app-team']);
const validate = (s: Scenario) => validateScenario(s, runbooks, treeIds, owners);

describe('running a scenario', () => {
  it('is deterministic: the same choices give the same frames', () => {
    const a = runScenario(fixtureScenario(), ['look', 'fix']);
    const b = runScenario(fixtureScenario(), ['look', 'fix']);
    expect(a).toEqual(b);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(seededRandom(7)()).not.toBe(seededRandom(8)());
  });

  it('plays the clock minute by minute, emits events, and stops at a decision without a choice', () => {
    const run = runScenario(fixtureScenario(), []);
    expect(run.frames.map((f) => f.clock)).toEqual(['23:58', '23:59']);
    expect(run.frames[1]?.events.map((e) => e.text)).toEqual(['502 alert']);
    expect(run.pending).toMatchObject({ prompt: 'What first?', clock: '00:00' });
    expect(run.ending).toBeNull();
  });

  it('reaches the resolved ending on the best path, with the action cost on the clock', () => {
    const run = runScenario(fixtureScenario(), ['look', 'fix']);
    expect(run.decisions.map((d) => [d.clock, d.action.id])).toEqual([
      ['00:00', 'look'],
      ['00:01', 'fix'],
    ]);
    expect(run.ending).toMatchObject({ outcome: 'resolved', stateId: 'done', minute: 4 });
    expect(run.frames.at(-1)?.errors[502]).toBe(0);
  });

  it('plays a wrong fix as it would go: a quiet spell, then the same failure again', () => {
    const run = runScenario(fixtureScenario(), ['restart']);
    const states = run.frames.map((f) => f.stateId);
    expect(states).toEqual(['failing', 'failing', 'failing', 'quiet', 'quiet', 'failing', 'failing']);
    expect(run.pending?.prompt).toBe('What first?');
  });

  it('reports the first choice that does not fit, keeping the valid ones', () => {
    const run = runScenario(fixtureScenario(), ['look', 'nonsense', 'fix']);
    expect(run.invalidFrom).toBe(1);
    expect(run.decisions).toHaveLength(1);
    expect(run.pending?.prompt).toBe('Fix?');
  });

  it('ends a loop of wrong choices at the time limit', () => {
    const run = runScenario(
      fixtureScenario(),
      Array.from({ length: 40 }, () => 'page-dba'),
    );
    expect(run.frames.length).toBeLessThanOrEqual(MAX_RUN_MINUTES);
    expect(run.ending).toBeNull();
  });

  it('wraps the clock past midnight', () => {
    expect(clockAt('23:58', 3)).toBe('00:01');
  });
});

describe('scoring', () => {
  it('gives the best path full evidence, no wrong actions and the right owner', () => {
    const s = fixtureScenario();
    const score = scoreRun(s, runScenario(s, ['look', 'fix']));
    expect(score).toMatchObject({
      minutesToResolve: 4,
      wrongActions: 0,
      wrongEscalations: 0,
      rightOwnerEngaged: true,
      evidenceBeforeAction: ['log'],
      followedBestPath: true,
    });
    expect(score.errorMinutes).toBeGreaterThan(1.5);
    expect(score.points).toBeGreaterThan(90);
  });

  it('counts wrong actions and wrong escalations, and missing evidence', () => {
    const s = fixtureScenario();
    const score = scoreRun(s, runScenario(s, ['page-dba', 'restart', 'look', 'fix']));
    expect(score).toMatchObject({ wrongActions: 2, wrongEscalations: 1, evidenceBeforeAction: [], followedBestPath: false });
    expect(score.points).toBeLessThan(scoreRun(s, runScenario(s, ['look', 'fix'])).points - 30);
  });

  it('marks a masked outcome unresolved', () => {
    const s = fixtureScenario();
    const score = scoreRun(s, runScenario(s, ['look', 'hide']));
    expect(score.minutesToResolve).toBeNull();
    expect(score.points).toBeLessThanOrEqual(60);
  });
});

describe('run in the URL', () => {
  it('round-trips and keeps other parameters', () => {
    const search = encodeRun('?alertname=x', { scenario: 'retry-storm', choices: ['a', 'b-c'], step: 12 }, 'tiny-incident');
    expect(search).toBe('?alertname=x&scenario=retry-storm&choices=a.b-c&step=12');
    expect(decodeRun(search, 'tiny-incident')).toEqual({ scenario: 'retry-storm', choices: ['a', 'b-c'], step: 12, rejected: false });
  });

  it.each([
    ['?scenario=%3Cscript%3E', { scenario: 'tiny-incident', choices: [], step: null, rejected: true }],
    ['?choices=ok.%22%3E.fine', { scenario: 'tiny-incident', choices: ['ok', 'fine'], step: null, rejected: true }],
    ['?step=-1', { scenario: 'tiny-incident', choices: [], step: null, rejected: true }],
    ['?step=99999', { scenario: 'tiny-incident', choices: [], step: null, rejected: true }],
  ])('cleans %s', (search, expected) => {
    expect(decodeRun(search, 'tiny-incident')).toEqual(expected);
  });
});

describe('scenario validation', () => {
  it('accepts the fixture', () => {
    expect(validate(fixtureScenario())).toEqual([]);
  });

  const broken: [string, (s: Scenario) => void, string, string][] = [
    [
      'an action to a missing state',
      (s) => ((s.states.known?.decision?.actions[0] as { next: string }).next = 'gone'),
      'states.known.decision.actions.fix.next',
      '"gone" is not a state',
    ],
    [
      'a state with two kinds',
      (s) => ((s.states.quiet as { ending?: unknown }).ending = { outcome: 'resolved', text: '' }),
      'states.quiet',
      'exactly one of',
    ],
    [
      'error shares above 1',
      (s) => ((s.states.failing as { metrics: unknown }).metrics = { rpm: 1, errors: { 502: 0.7, 503: 0.6 }, p99Ms: 1, saturation: 0 }),
      'states.failing.metrics.errors',
      'more than 1',
    ],
    [
      'an unknown runbook',
      (s) => ((s.debrief as unknown as { runbooks: string[] }).runbooks = ['FM-599-X']),
      'debrief.runbooks',
      'not a runbook id',
    ],
    [
      'an unknown evidence id',
      (s) => ((s.states.failing?.decision?.actions[0] as { gathers: string }).gathers = 'nope'),
      'states.failing.decision.actions.look.gathers',
      'not in evidence',
    ],
    [
      'a best path that does not resolve',
      (s) => ((s as unknown as { bestPath: string[] }).bestPath = ['look', 'hide']),
      'bestPath',
      'resolved ending',
    ],
    [
      'an unreachable state',
      (s) =>
        ((s.states as Record<string, unknown>).orphan = {
          label: 'o',
          metrics: { rpm: 1, errors: {}, p99Ms: 1, saturation: 0 },
          events: [],
          ending: { outcome: 'resolved', text: '' },
        }),
      'states.orphan',
      'unreachable',
    ],
    [
      'an event that never shows',
      (s) => ((s.states.quiet as { events: unknown }).events = [{ at: 5, kind: 'log', text: 'late' }]),
      'states.quiet.events',
      'never shows',
    ],
    [
      'a state that cannot end',
      (s) => ((s.states.quiet as { then: unknown }).then = { after: 1, next: 'quiet' }),
      'states.quiet',
      'no path from here reaches an ending',
    ],
  ];
  it.each(broken)('names file and field for %s', (_label, breakIt, field, message) => {
    const s = fixtureScenario();
    breakIt(s);
    expect(validate(s)).toContainEqual({ file: 'src/data/scenarios/tinyIncident.ts', field, message: expect.stringContaining(message) });
  });
});
