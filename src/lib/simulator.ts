/**
 * The incident simulator's engine: plays a scenario minute by minute for a list of choices,
 * deterministically (seeded noise), scores the run, validates scenario data, and encodes a run in
 * a URL. Pure: no React, no timers; the widget only renders frames this produces.
 */
import type { OwnerKey } from './ownerTypes';
import type { Scenario, ScenarioAction, ScenarioState, TimelineEvent } from './scenarioTypes';
import { statusCodes, type StatusCode } from './vocabulary';

/** A run never lasts longer than this (a loop of wrong choices still ends). */
export const MAX_RUN_MINUTES = 240;
export const MAX_CHOICES = 40;

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Frame {
  /** Minutes since the start of the scenario. */
  minute: number;
  /** "HH:MM" wall clock. */
  clock: string;
  stateId: string;
  rpm: number;
  /** Share of requests per code, 0..1. */
  errors: Record<StatusCode, number>;
  p99Ms: number;
  saturation: number;
  events: TimelineEvent[];
}

export interface DecisionRecord {
  minute: number;
  clock: string;
  stateId: string;
  prompt: string;
  action: ScenarioAction;
}

export interface PendingDecision {
  minute: number;
  clock: string;
  stateId: string;
  prompt: string;
  actions: readonly ScenarioAction[];
}

export interface RunResult {
  frames: Frame[];
  decisions: DecisionRecord[];
  pending: PendingDecision | null;
  ending: { outcome: 'resolved' | 'unresolved'; text: string; minute: number; stateId: string } | null;
  /** Set when a choice did not fit the scenario: the index of the first choice that was dropped. */
  invalidFrom?: number;
  /** True when the run hit MAX_RUN_MINUTES. */
  timedOut: boolean;
}

export function clockAt(start: string, minute: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minute) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Play a scenario with the given action ids. Stops at the next decision without a choice. */
export function runScenario(scenario: Scenario, choices: readonly string[]): RunResult {
  const random = seededRandom(scenario.seed);
  const frames: Frame[] = [];
  const decisions: DecisionRecord[] = [];
  let minute = 0;
  let stateId = scenario.initial;
  let choiceIndex = 0;

  const emit = (state: ScenarioState, id: string, minutesInState: number, duration: number) => {
    for (let i = 0; i < duration && minute < MAX_RUN_MINUTES; i++) {
      const m = state.metrics;
      const noise = m.noise ?? 0.05;
      const jitter = () => 1 + noise * (random() * 2 - 1);
      const errors = Object.fromEntries(
        statusCodes.map((code) => [code, round(Math.min(1, (m.errors[code] ?? 0) * jitter()), 4)]),
      ) as Record<StatusCode, number>;
      const at = minutesInState + i;
      frames.push({
        minute,
        clock: clockAt(scenario.startClock, minute),
        stateId: id,
        rpm: Math.round(m.rpm * jitter()),
        errors,
        p99Ms: Math.round(m.p99Ms * jitter()),
        saturation: round(Math.min(1, m.saturation), 3),
        events: state.events.filter((e) => e.at === at),
      });
      minute++;
    }
  };

  for (;;) {
    const state = scenario.states[stateId];
    if (!state) return { frames, decisions, pending: null, ending: null, invalidFrom: choiceIndex, timedOut: false };
    if (minute >= MAX_RUN_MINUTES) return { frames, decisions, pending: null, ending: null, timedOut: true };
    if (state.ending) {
      emit(state, stateId, 0, 1);
      return { frames, decisions, pending: null, ending: { ...state.ending, minute: minute - 1, stateId }, timedOut: false };
    }
    if (state.then) {
      emit(state, stateId, 0, state.then.after);
      stateId = state.then.next;
      continue;
    }
    if (!state.decision) return { frames, decisions, pending: null, ending: null, invalidFrom: choiceIndex, timedOut: false };
    emit(state, stateId, 0, state.decision.after);
    const pending: PendingDecision = {
      minute,
      clock: clockAt(scenario.startClock, minute),
      stateId,
      prompt: state.decision.prompt,
      actions: state.decision.actions,
    };
    if (choiceIndex >= choices.length || choiceIndex >= MAX_CHOICES) {
      return { frames, decisions, pending, ending: null, timedOut: false };
    }
    const action = state.decision.actions.find((a) => a.id === choices[choiceIndex]);
    if (!action) return { frames, decisions, pending, ending: null, invalidFrom: choiceIndex, timedOut: false };
    decisions.push({ minute, clock: pending.clock, stateId, prompt: pending.prompt, action });
    choiceIndex++;
    // The incident goes on while the action is carried out.
    emit(state, stateId, state.decision.after, action.costMinutes);
    stateId = action.next;
  }
}

export interface RunScore {
  /** Minutes until a resolved ending, or null. */
  minutesToResolve: number | null;
  /** Sum over minutes of the share of failed requests (1 = one minute of full outage). */
  errorMinutes: number;
  wrongActions: number;
  wrongEscalations: number;
  rightOwnerEngaged: boolean;
  /** Evidence gathered before the first action that changed production. */
  evidenceBeforeAction: string[];
  evidenceTotal: number;
  followedBestPath: boolean;
  /** 0..100, see scoreRun. */
  points: number;
}

/**
 * Points: start at 100; minus 15 per wrong action, 10 per wrong escalation, 2 per error-minute,
 * 5 per piece of evidence not gathered before acting; minus 40 if unresolved. Clamped to 0..100.
 */
export function scoreRun(scenario: Scenario, run: RunResult): RunScore {
  const errorMinutes = round(
    run.frames.reduce((sum, f) => sum + statusCodes.reduce((s, c) => s + f.errors[c], 0), 0),
    2,
  );
  const actions = run.decisions.map((d) => d.action);
  const wrongActions = actions.filter((a) => a.quality === 'wrong').length;
  const right = new Set<OwnerKey>(scenario.rightOwners);
  const escalations = actions.flatMap((a) => (a.escalatesTo ? [a.escalatesTo] : []));
  const wrongEscalations = escalations.filter((o) => !right.has(o)).length;
  const rightOwnerEngaged = escalations.some((o) => right.has(o));
  const firstMitigation = actions.findIndex((a) => a.mitigates);
  const before = firstMitigation === -1 ? actions : actions.slice(0, firstMitigation);
  const evidenceBeforeAction = [...new Set(before.flatMap((a) => (a.gathers ? [a.gathers] : [])))];
  const resolved = run.ending?.outcome === 'resolved';
  const followedBestPath = resolved && actions.map((a) => a.id).join('.') === scenario.bestPath.join('.');
  const missingEvidence = scenario.evidence.length - evidenceBeforeAction.length;
  const points = Math.max(
    0,
    Math.min(
      100,
      Math.round(100 - 15 * wrongActions - 10 * wrongEscalations - 2 * errorMinutes - 5 * missingEvidence - (resolved ? 0 : 40)),
    ),
  );
  return {
    minutesToResolve: resolved && run.ending ? run.ending.minute : null,
    errorMinutes,
    wrongActions,
    wrongEscalations,
    rightOwnerEngaged,
    evidenceBeforeAction,
    evidenceTotal: scenario.evidence.length,
    followedBestPath,
    points,
  };
}

export interface RunState {
  scenario: string;
  choices: string[];
  /** Minute shown by the scrubber; null = the latest. */
  step: number | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read `scenario`, `choices` and `step` from a query string; hostile input yields a clean state. */
export function decodeRun(search: string, defaultScenario: string): RunState & { rejected: boolean } {
  const params = new URLSearchParams(search);
  const rawScenario = params.get('scenario');
  const scenario = rawScenario !== null && ID.test(rawScenario) && rawScenario.length <= 60 ? rawScenario : defaultScenario;
  const rawChoices = params.get('choices');
  const parts = rawChoices ? rawChoices.split('.') : [];
  const choices = parts.slice(0, MAX_CHOICES).filter((p) => ID.test(p) && p.length <= 60);
  const rawStep = params.get('step');
  const stepNumber = rawStep !== null && /^\d{1,3}$/.test(rawStep) ? Number(rawStep) : null;
  const step = stepNumber !== null && stepNumber <= MAX_RUN_MINUTES ? stepNumber : null;
  const rejected =
    (rawScenario !== null && rawScenario !== scenario) || choices.length !== parts.length || (rawStep !== null && step === null);
  return { scenario, choices, step, rejected };
}

export function encodeRun(search: string, state: RunState, defaultScenario: string): string {
  const params = new URLSearchParams(search);
  if (state.scenario === defaultScenario) params.delete('scenario');
  else params.set('scenario', state.scenario);
  if (state.choices.length === 0) params.delete('choices');
  else params.set('choices', state.choices.join('.'));
  if (state.step === null) params.delete('step');
  else params.set('step', String(state.step));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ScenarioProblem {
  file: string;
  field: string;
  message: string;
}

export const scenarioFile = (id: string): string =>
  `src/data/scenarios/${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}.ts`;

/** Every rule the engine and the widget rely on, with messages for the author. */
export function validateScenario(
  scenario: Scenario,
  runbookIds: ReadonlySet<string>,
  treeIds: ReadonlySet<string>,
  ownerKeys: ReadonlySet<string>,
): ScenarioProblem[] {
  const file = scenarioFile(scenario.id);
  const problems: ScenarioProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  if (!ID.test(scenario.id)) add('id', 'must be kebab-case');
  if (!scenario.states[scenario.initial]) add('initial', `"${scenario.initial}" is not a state`);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(scenario.startClock)) add('startClock', 'expected "HH:MM"');
  const evidenceIds = new Set(scenario.evidence.map((e) => e.id));
  for (const owner of scenario.rightOwners) if (!ownerKeys.has(owner)) add('rightOwners', `"${owner}" is not an owner key`);
  for (const id of scenario.debrief.runbooks) if (!runbookIds.has(id)) add('debrief.runbooks', `"${id}" is not a runbook id`);
  for (const id of scenario.debrief.trees) if (!treeIds.has(id)) add('debrief.trees', `"${id}" is not a decision tree`);

  const edges = new Map<string, string[]>();
  for (const [stateId, state] of Object.entries(scenario.states)) {
    const f = `states.${stateId}`;
    if (!ID.test(stateId)) add(f, 'state ids are kebab-case');
    const kinds = [state.decision, state.then, state.ending].filter(Boolean).length;
    if (kinds !== 1) add(f, 'needs exactly one of decision, then or ending');
    const m = state.metrics;
    if (!(m.rpm > 0)) add(`${f}.metrics.rpm`, 'must be above 0');
    const shares = Object.values(m.errors);
    if (shares.some((s) => s === undefined || s < 0 || s > 1)) add(`${f}.metrics.errors`, 'each share must be within 0..1');
    if (shares.reduce<number>((a, b) => a + (b ?? 0), 0) > 1) add(`${f}.metrics.errors`, 'shares add up to more than 1');
    if (!(m.p99Ms > 0)) add(`${f}.metrics.p99Ms`, 'must be above 0');
    if (m.saturation < 0 || m.saturation > 1) add(`${f}.metrics.saturation`, 'must be within 0..1');
    if (m.noise !== undefined && (m.noise < 0 || m.noise > 0.2)) add(`${f}.metrics.noise`, 'must be within 0..0.2');
    // An event must happen while the reader can still see the state: before the clock stops for a
    // decision, before an automatic move, or at once in an ending.
    const visibleFor = state.decision ? state.decision.after : state.then ? state.then.after : 1;
    for (const e of state.events) {
      if (e.at < 0) add(`${f}.events`, 'event times must be >= 0');
      else if (e.at >= visibleFor)
        add(`${f}.events`, `an event at minute ${e.at} never shows: the state lasts ${visibleFor} minute(s) before it moves on`);
    }
    const next: string[] = [];
    if (state.then) {
      if (state.then.after < 0 || state.then.after > 30) add(`${f}.then.after`, 'must be within 0..30 minutes');
      if (!scenario.states[state.then.next]) add(`${f}.then.next`, `"${state.then.next}" is not a state`);
      next.push(state.then.next);
    }
    if (state.decision) {
      const d = state.decision;
      if (d.after < 0 || d.after > 30) add(`${f}.decision.after`, 'must be within 0..30 minutes');
      if (d.actions.length < 2) add(`${f}.decision.actions`, 'offer at least two actions');
      const seen = new Set<string>();
      for (const a of d.actions) {
        const af = `${f}.decision.actions.${a.id}`;
        if (!ID.test(a.id)) add(af, 'action ids are kebab-case');
        if (seen.has(a.id)) add(af, 'the action id is used twice in this decision');
        seen.add(a.id);
        if (!scenario.states[a.next]) add(`${af}.next`, `"${a.next}" is not a state`);
        if (a.costMinutes < 0 || a.costMinutes > 30) add(`${af}.costMinutes`, 'must be within 0..30');
        if (a.runbook && !runbookIds.has(a.runbook)) add(`${af}.runbook`, `"${a.runbook}" is not a runbook id`);
        if (a.gathers && !evidenceIds.has(a.gathers)) add(`${af}.gathers`, `"${a.gathers}" is not in evidence`);
        if (a.escalatesTo && !ownerKeys.has(a.escalatesTo)) add(`${af}.escalatesTo`, `"${a.escalatesTo}" is not an owner key`);
        next.push(a.next);
      }
    }
    edges.set(stateId, next);
  }

  // Reachable from the start, and able to reach an ending.
  const reachable = new Set<string>();
  const queue = [scenario.initial];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reachable.has(id) || !scenario.states[id]) continue;
    reachable.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  const canEnd = new Set(Object.entries(scenario.states).flatMap(([id, s]) => (s.ending ? [id] : [])));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, next] of edges) {
      if (!canEnd.has(id) && next.some((n) => canEnd.has(n))) {
        canEnd.add(id);
        changed = true;
      }
    }
  }
  for (const id of Object.keys(scenario.states)) {
    if (!reachable.has(id)) add(`states.${id}`, 'unreachable from the initial state');
    if (!canEnd.has(id)) add(`states.${id}`, 'no path from here reaches an ending');
  }
  if (!Object.values(scenario.states).some((s) => s.ending?.outcome === 'resolved')) add('states', 'no resolved ending');

  if (problems.length === 0) {
    const best = runScenario(scenario, scenario.bestPath);
    if (best.invalidFrom !== undefined)
      add('bestPath', `action "${scenario.bestPath[best.invalidFrom] ?? ''}" is not offered at that point`);
    else if (best.ending?.outcome !== 'resolved') add('bestPath', 'does not reach a resolved ending');
  }
  return problems;
}

export function formatScenarioProblems(problems: readonly ScenarioProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      field ${p.field}: ${p.message}`);
  return `The simulator scenarios have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
