import { describe, expect, it } from 'vitest';
import {
  clockAt,
  debriefRun,
  decodeRun,
  encodeRun,
  MAX_VISITS,
  orderActions,
  runScenario,
  scoreRun,
  seededRandom,
} from '../../src/lib/simulator';
import { validateScenario } from '../../src/lib/scenarioValidation';
import { parseScenarioFile, type Scenario } from '../../src/lib/scenarioSchema';
import { axisMax, formatValue } from '../../src/lib/simulatorAxis';
import { fixtureScenario, providerOutage } from './fixtures/scenario';

const runbooks = new Set(['FM-502-CONNECTION-REFUSED']);
const treeIds = new Set(['start', '500', '502', '503', '504']);
const owners = new Set(['platform-sre', 'upstream-owner', 'app-team', 'cdn-provider']);
const validate = (s: Scenario) => validateScenario(s, runbooks, treeIds, owners);

describe('running a scenario', () => {
  it('is deterministic: the same choices and order give the same frames', () => {
    expect(runScenario(fixtureScenario(), ['look', 'fix'], 5)).toEqual(runScenario(fixtureScenario(), ['look', 'fix'], 5));
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(seededRandom(7)()).not.toBe(seededRandom(8)());
  });

  it('plays the clock minute by minute across midnight with the date, and stops at a decision', () => {
    const run = runScenario(fixtureScenario(), []);
    expect(run.frames.map((f) => `${f.date} ${f.clock}`)).toEqual(['2026-11-30 23:58', '2026-11-30 23:59']);
    expect(run.frames[1]?.events.map((e) => e.text)).toEqual(['502 alert']);
    expect(run.pending).toMatchObject({ prompt: 'What first?', clock: '00:00', date: '2026-12-01' });
    expect(run.ending).toBeNull();
  });

  it('reaches the resolved ending on the best path, with the action cost on the clock', () => {
    const run = runScenario(fixtureScenario(), ['look', 'fix']);
    expect(run.decisions.map((d) => [d.clock, d.action.id])).toEqual([
      ['00:00', 'look'],
      ['00:01', 'fix'],
    ]);
    expect(run.ending).toMatchObject({ outcome: 'resolved', stateId: 'done', minute: 4 });
    expect(run.frames.at(-1)?.errorShare).toBe(0);
  });

  it('weights per-region series into the error share users suffer', () => {
    const run = runScenario(fixtureScenario(), []);
    expect(run.frames[0]?.values).toEqual({ 'eu-502': 0.5, 'us-502': 0.5, rpm: 1000 });
    expect(run.frames[0]?.errorShare).toBe(0.5);
  });

  it('plays a wrong fix as it would go: a quiet spell, then the same failure again', () => {
    const run = runScenario(fixtureScenario(), ['restart']);
    expect(run.frames.map((f) => f.stateId)).toEqual(['failing', 'failing', 'failing', 'quiet', 'quiet', 'failing', 'failing']);
    expect(run.pending?.prompt).toBe('What first?');
  });

  it('reports the first choice that does not fit, keeping the valid ones', () => {
    const run = runScenario(fixtureScenario(), ['look', 'nonsense', 'fix']);
    expect(run.invalidFrom).toBe(1);
    expect(run.decisions).toHaveLength(1);
    expect(run.pending?.prompt).toBe('Fix?');
  });

  it('ends the run when the same wrong action is chosen twice, instead of looping to a cap', () => {
    const run = runScenario(fixtureScenario(), ['page-dba', 'page-dba', 'look']);
    expect(run.ending?.outcome).toBe('stopped');
    expect(run.ending?.text).toContain('second time');
    expect(run.decisions).toHaveLength(2);
    expect(run.timedOut).toBe(false);
  });

  it('ends the run after three different wrong actions', () => {
    const run = runScenario(fixtureScenario(), ['page-dba', 'restart', 'look', 'hide']);
    expect(run.ending?.outcome).toBe('stopped');
  });

  it('ends a run that keeps returning to the same decision without a wrong action', () => {
    const run = runScenario(
      fixtureScenario(),
      Array.from({ length: 10 }, () => 'page-self'),
    );
    expect(run.ending?.outcome).toBe('stopped');
    expect(run.decisions).toHaveLength(MAX_VISITS);
  });
});

describe('the order of the actions', () => {
  it('is shuffled per run by a seed, the same seed giving the same order', () => {
    const ids = (seed: number) => runScenario(fixtureScenario(), [], seed).pending?.actions.map((a) => a.id);
    expect(ids(3)).toEqual(ids(3));
    const orders = new Set(Array.from({ length: 30 }, (_, i) => ids(i + 1)?.join(',')));
    expect(orders.size).toBeGreaterThan(5);
    expect(new Set(ids(1))).toEqual(new Set(['look', 'restart', 'page-dba', 'page-self']));
  });

  it('puts the best action first in about a quarter of the runs, not always', () => {
    let first = 0;
    for (let seed = 1; seed <= 400; seed++) if (orderActions(['a', 'b', 'c', 'd'], seed, 's', 1)[0] === 'a') first++;
    expect(first).toBeGreaterThan(60);
    expect(first).toBeLessThan(140);
  });
});

describe('the time model', () => {
  it('lands a fixed-time event at its clock time whatever the learner does, interrupting a long action', () => {
    const s = providerOutage();
    const run = runScenario(s, ['open-case', 'read-status', 'wait']);
    const fix = run.frames.find((f) => f.events.some((e) => e.text.includes('a fix has been implemented')));
    expect(fix?.clock).toBe('14:09');
    expect(fix?.stateId).toBe('recovering');
    expect(run.ending?.outcome).toBe('resolved');
    expect(run.frames.at(-1)?.clock).toBe('14:19');
  });

  it('runs parallel work alongside: the clock does not stop, the result lands later on its track', () => {
    const s = providerOutage();
    const run = runScenario(s, ['open-case']);
    expect(run.pending?.prompt).toBe('The edge fails.');
    expect(run.pending?.actions.map((a) => a.id)).not.toContain('open-case');
    expect(run.pending?.minute).toBe(3);
    const done = runScenario(s, ['open-case', 'read-status', 'wait']);
    const result = done.frames.flatMap((f) => f.events).find((e) => e.text === 'The CDN confirms an incident.');
    expect(result).toMatchObject({ track: 'vendor', clock: '14:05' });
  });

  it('ramps and flaps within a state, and draws a gap where monitoring is down', () => {
    const s = providerOutage();
    const run = runScenario(s, ['read-status', 'wait']);
    const edge = run.frames.map((f) => f.values['edge-502']);
    expect(edge[0]).toBeCloseTo(0.1);
    expect(edge[2]).toBeCloseTo(0.24);
    expect(run.frames.slice(0, 4).map((f) => f.values['edge-522'])).toEqual([0, 0, 0.1, 0.1]);
    const waiting = run.frames.filter((f) => f.stateId === 'waiting');
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((f) => f.values['edge-502'] === null && f.errorShare >= 0.8)).toBe(true);
  });

  it("lets a fixed-time event set one region's series from its time on, whatever the state, but not in an ending", () => {
    const s = providerOutage();
    // A second region starts failing with 522s at 13:50 on its own, while the learner waits.
    s.timeline.push({
      at: '2019-07-02T13:50:00Z',
      kind: 'note',
      track: 'investigation',
      text: '522s in Asia',
      metrics: { 'edge-522': 0.3 },
    });
    const run = runScenario(s, ['read-status', 'wait']);
    const plain = runScenario(providerOutage(), ['read-status', 'wait']);
    expect(run.frames.find((f) => f.clock === '13:50')?.events.map((e) => e.text)).toContain('522s in Asia');
    // Before 13:50 nothing changes; after it, every state but the ending shows the region's 522s.
    expect(run.frames.slice(0, 8).map((f) => f.values['edge-522'])).toEqual(plain.frames.slice(0, 8).map((f) => f.values['edge-522']));
    const after = run.frames.filter((f) => f.minute >= 8 && f.stateId !== 'over');
    expect(new Set(after.map((f) => f.stateId))).toEqual(new Set(['waiting', 'recovering']));
    expect(after.every((f) => f.values['edge-522'] === 0.3)).toBe(true);
    expect(plain.frames.filter((f) => f.minute >= 8 && f.stateId === 'waiting').every((f) => f.values['edge-522'] === 0)).toBe(true);
    // The region's failures count as error-minutes; the ending keeps its own values.
    expect(scoreRun(s, run).errorMinutes).toBeGreaterThan(scoreRun(providerOutage(), plain).errorMinutes);
    expect(run.frames.at(-1)?.stateId).toBe('over');
    expect(run.frames.at(-1)?.values['edge-522']).toBe(0);
    // A ramp in an override counts from the event's time.
    const ramped = providerOutage();
    ramped.timeline.push({
      at: '2019-07-02T13:50:00Z',
      kind: 'note',
      track: 'investigation',
      text: 'ramp',
      metrics: { rpm: { ramp: [1000, 3000], over: 2 } },
    });
    const r2 = runScenario(ramped, ['read-status', 'wait']);
    expect(['13:50', '13:51', '13:52', '13:53'].map((c) => r2.frames.find((f) => f.clock === c)?.values.rpm)).toEqual([
      1000, 2000, 3000, 3000,
    ]);
  });

  it('formats clocks across days', () => {
    expect(clockAt('2019-07-02T23:58:00Z', 3)).toEqual({ clock: '00:01', date: '2019-07-03' });
    expect(clockAt('2019-07-02T13:42:00Z', 60 * 26)).toEqual({ clock: '15:42', date: '2019-07-03' });
  });
});

describe('scoring', () => {
  it('gives the best path 100', () => {
    const s = fixtureScenario();
    const score = scoreRun(s, runScenario(s, ['look', 'fix']));
    expect(score).toMatchObject({
      points: 100,
      wrongActions: 0,
      wrongEscalations: 0,
      evidenceBeforeAction: ['log'],
      followedBestPath: true,
    });
    expect(score.owners).toEqual([expect.objectContaining({ owner: 'platform-sre', inTime: true })]);
    expect(scoreRun(providerOutage(), runScenario(providerOutage(), ['open-case', 'read-status', 'wait'])).points).toBe(100);
  });

  it('costs points for wrong actions and escalations, and for changing production before the evidence', () => {
    const s = fixtureScenario();
    const score = scoreRun(s, runScenario(s, ['page-dba', 'restart', 'look', 'fix']));
    expect(score).toMatchObject({ wrongActions: 2, wrongEscalations: 1, evidenceBeforeAction: [], followedBestPath: false });
    expect(score.points).toBeLessThan(60);
  });

  it('costs an "ok" choice less than a wrong one, and paging your own team engages nobody', () => {
    const s = fixtureScenario();
    const ok = scoreRun(s, runScenario(s, ['page-self', 'look', 'fix']));
    const wrong = scoreRun(s, runScenario(s, ['page-dba', 'look', 'fix']));
    expect(ok.points).toBeLessThan(100);
    expect(ok.points).toBeGreaterThan(wrong.points);
    expect(ok.wrongEscalations).toBe(0);
    expect(ok.owners[0]?.minute).toBe(5);
  });

  it('credits evidence gathered by the action that changes production', () => {
    const s = fixtureScenario();
    const look = s.states.failing?.decision?.actions.find((a) => a.id === 'look');
    if (look) look.mitigates = true;
    expect(scoreRun(s, runScenario(s, ['look', 'fix'])).evidenceBeforeAction).toEqual(['log']);
  });

  it('gives the owner points only when the right owner is engaged in time', () => {
    const s = providerOutage();
    const late = scoreRun(s, runScenario(s, ['read-status', 'wait']));
    expect(late.owners[0]).toMatchObject({ owner: 'cdn-provider', minute: null, inTime: false });
    expect(late.points).toBeLessThan(100);
  });

  it('marks a masked outcome unresolved and a stopped run low', () => {
    const s = fixtureScenario();
    expect(scoreRun(s, runScenario(s, ['look', 'hide'])).minutesToResolve).toBeNull();
    expect(scoreRun(s, runScenario(s, ['look', 'hide'])).points).toBeLessThan(40);
    expect(scoreRun(s, runScenario(s, ['page-dba', 'page-dba'])).points).toBe(0);
  });
});

describe('the debrief of a run', () => {
  it('names where the run left the best path, the cost, and the evidence missed', () => {
    const s = fixtureScenario();
    const run = runScenario(s, ['restart', 'look', 'fix']);
    const d = debriefRun(s, run, scoreRun(s, run));
    expect(d.leftBestAt).toMatchObject({ clock: '00:00', chosen: { id: 'restart' }, best: { id: 'look' } });
    expect(d.extraMinutes).toBe(5);
    expect(d.extraErrorMinutes).toBeGreaterThan(0);
    expect(d.evidenceMissed.map((e) => e.id)).toEqual(['log']);
    expect(d.detours.map((x) => x.action.id)).toEqual(['restart']);
  });

  it('says nothing was left on the best path', () => {
    const s = fixtureScenario();
    const run = runScenario(s, ['look', 'fix']);
    const d = debriefRun(s, run, scoreRun(s, run));
    expect(d.leftBestAt).toBeNull();
    expect(d.extraMinutes).toBe(0);
  });
});

describe('chart axes fit the data', () => {
  it('a 0.35% error share gets an axis of 0.4%, not 100%', () => {
    expect(axisMax([0.003, 0.0035, null], 'share')).toBe(0.004);
    expect(formatValue(0.0035, 'share')).toBe('0.35%');
    expect(axisMax([0.7], 'share')).toBe(0.8);
    expect(axisMax([2400], 'rpm')).toBe(3000);
  });
});

describe('run in the URL', () => {
  it('round-trips, keeps the order seed and other parameters', () => {
    const search = encodeRun('?alertname=x', { scenario: 'retry-storm', choices: ['a', 'b-c'], step: 12, order: 4711 }, 'tiny-incident');
    expect(search).toBe('?alertname=x&scenario=retry-storm&order=4711&choices=a.b-c&step=12');
    expect(decodeRun(search, 'tiny-incident')).toEqual({
      scenario: 'retry-storm',
      choices: ['a', 'b-c'],
      step: 12,
      order: 4711,
      rejected: false,
    });
  });

  it('keeps a scenario the address already names (the facilitator view)', () => {
    expect(encodeRun('?scenario=keepalive-race', { scenario: 'keepalive-race', choices: [], step: null, order: 9 }, 'keepalive-race')).toBe(
      '?scenario=keepalive-race&order=9',
    );
  });

  it.each([
    ['?scenario=%3Cscript%3E', { scenario: 'tiny-incident', choices: [], step: null, order: null, rejected: true }],
    ['?choices=ok.%22%3E.fine', { scenario: 'tiny-incident', choices: ['ok', 'fine'], step: null, order: null, rejected: true }],
    ['?step=-1', { scenario: 'tiny-incident', choices: [], step: null, order: null, rejected: true }],
    ['?order=0', { scenario: 'tiny-incident', choices: [], step: null, order: null, rejected: true }],
    ['?order=12345678', { scenario: 'tiny-incident', choices: [], step: null, order: null, rejected: true }],
  ])('cleans %s', (search, expected) => {
    expect(decodeRun(search, 'tiny-incident')).toEqual(expected);
  });
});

describe('scenario validation', () => {
  it('accepts the fixtures', () => {
    expect(validate(fixtureScenario())).toEqual([]);
    expect(validate(providerOutage())).toEqual([]);
  });

  const broken: [string, (s: Scenario) => void, string, string][] = [
    [
      'an action to a missing state',
      (s) => ((s.states.known?.decision?.actions[0] as { next: string }).next = 'gone'),
      'scenario.states.known.decision.actions.fix.next',
      '"gone" is not a state',
    ],
    [
      'a state with two kinds',
      (s) => ((s.states.quiet as { ending?: unknown }).ending = { outcome: 'resolved', text: 'x' }),
      'scenario.states.quiet',
      'exactly one of',
    ],
    [
      'a share above 1',
      (s) => ((s.states.failing as { metrics: unknown }).metrics = { 'eu-502': 1.5 }),
      'scenario.states.failing.metrics.eu-502',
      'within 0..1',
    ],
    [
      'a metric of no series',
      (s) => ((s.states.failing as { metrics: unknown }).metrics = { p99: 3 }),
      'scenario.states.failing.metrics.p99',
      'not a series id',
    ],
    ['an unknown runbook', (s) => (s.debrief.runbooks = ['FM-599-X']), 'scenario.debrief.runbooks', 'not a runbook id'],
    ['an unknown owner', (s) => (s.rightOwners = [{ owner: 'nobody' }]), 'scenario.rightOwners.0.owner', 'not an owner key'],
    ['the own team as the right owner', (s) => (s.rightOwners = [{ owner: 'app-team' }]), 'scenario.rightOwners.0.owner', 'own team'],
    [
      'an unknown evidence id',
      (s) => ((s.states.failing?.decision?.actions[0] as { gathers: string[] }).gathers = ['nope']),
      'scenario.states.failing.decision.actions.look.gathers',
      'not in evidence',
    ],
    ['a best path that does not resolve', (s) => (s.bestPath = ['look', 'hide']), 'scenario.bestPath', 'resolved ending'],
    [
      'an unreachable state',
      (s) => (s.states.orphan = { label: 'o', metrics: {}, noise: 0, gaps: [], events: [], ending: { outcome: 'resolved', text: 'x' } }),
      'scenario.states.orphan',
      'unreachable',
    ],
    [
      'an event that never shows',
      (s) => ((s.states.quiet as { events: unknown }).events = [{ at: 5, kind: 'log', text: 'late', track: 'investigation' }]),
      'scenario.states.quiet.events.0.at',
      'never shows',
    ],
    [
      'a fixed-time metric of no series',
      (s) => s.timeline.push({ at: '2026-12-01T00:05:00Z', kind: 'note', track: 'provider', text: 'x', metrics: { p99: 3 } }),
      'scenario.timeline.0.metrics.p99',
      'not a series id',
    ],
    [
      "a postmortem scenario without the responders' real path",
      (s) => (s.source = { title: 'Postmortem', url: 'https://example.com/pm', publisher: 'Example' }),
      'scenario.debrief.realPath',
      "responders' real path",
    ],
    [
      'a real path below 80 with no word on why',
      (s) => {
        s.source = { title: 'Postmortem', url: 'https://example.com/pm', publisher: 'Example' };
        s.debrief.realPath = ['restart', 'look', 'fix'];
      },
      'scenario.debrief.realPath',
      'scores 60, below 80',
    ],
    [
      'a state that cannot end',
      (s) => ((s.states.quiet as { then: unknown }).then = { after: 1, next: 'quiet' }),
      'scenario.states.quiet',
      'no path from here reaches an ending',
    ],
  ];
  it.each(broken)('names file and field for %s', (_label, breakIt, field, message) => {
    const s = fixtureScenario();
    breakIt(s);
    expect(validate(s)).toContainEqual({
      file: 'docs/training/simulator/tiny-incident.mdx',
      field,
      message: expect.stringContaining(message),
    });
  });

  it('a fixed-time event before the start is named', () => {
    const s = providerOutage();
    (s.timeline[0] as { at: string }).at = '2019-07-02T12:00:00Z';
    expect(validate(s)).toContainEqual(
      expect.objectContaining({ field: 'scenario.timeline.0.at', message: expect.stringContaining('before the start') }),
    );
  });
});

describe('reading a scenario file', () => {
  const file = 'docs/training/simulator/tiny-incident.mdx';
  const frontMatter = () => {
    const { title, summary, ...rest } = fixtureScenario();
    return { title, description: summary, scenario: rest } as Record<string, unknown>;
  };

  it('takes title and summary from the page and the rest from `scenario`', () => {
    const parsed = parseScenarioFile(file, frontMatter());
    expect(parsed.ok && parsed.scenario.title).toBe('Tiny');
  });

  it('accepts an unquoted YAML timestamp (read as a date)', () => {
    const fm = frontMatter();
    (fm.scenario as Record<string, unknown>).start = new Date('2026-11-30T23:58:00Z');
    const parsed = parseScenarioFile(file, fm);
    expect(parsed.ok && parsed.scenario.start).toBe('2026-11-30T23:58:00Z');
  });

  it.each([
    ['a missing scenario block', (fm: Record<string, unknown>) => delete fm.scenario, 'scenario', 'no `scenario:` block'],
    [
      'a bad quality',
      (fm: Record<string, unknown>) => {
        const action = (fm.scenario as Scenario).states.failing?.decision?.actions[0];
        if (action) action.quality = 'great' as 'best';
      },
      'scenario.states.failing.decision.actions.0.quality',
      'found "great"',
    ],
    ['a start without a date', (fm: Record<string, unknown>) => ((fm.scenario as Scenario).start = '09:12'), 'scenario.start', 'ISO date'],
    ['a code that is not 5xx', (fm: Record<string, unknown>) => ((fm.scenario as Scenario).codes = [404]), 'scenario.codes.0', 'found 404'],
    ['a missing description', (fm: Record<string, unknown>) => delete fm.description, 'description', 'missing'],
    [
      'an id that is not the file name',
      (fm: Record<string, unknown>) => ((fm.scenario as Scenario).id = 'other'),
      'scenario.id',
      'file name',
    ],
  ])('names file and field for %s', (_label, breakIt, field, message) => {
    const fm = frontMatter();
    breakIt(fm);
    const parsed = parseScenarioFile(file, fm);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual({ file, field, message: expect.stringContaining(message) });
  });
});

describe('a fixed-time move with `from` states', () => {
  it('still applies when the run arrives in one of them after the time (a detour undone late)', () => {
    const s = providerOutage();
    const read = s.states.down?.decision?.actions.find((a) => a.id === 'read-status');
    if (read) read.costMinutes = 40;
    const fix = s.timeline[0]?.goto;
    if (fix) fix.from = ['waiting'];
    const run = runScenario(s, ['read-status'], 1);
    // Arrives in "waiting" at 14:25, after the 14:09 fix: moves on to recovery at once.
    expect(run.frames.find((f) => f.stateId === 'recovering')?.clock).toBe('14:25');
    expect(run.pending).toBeNull();
    expect(run.ending?.outcome).toBe('resolved');
  });
});
