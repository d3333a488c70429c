/**
 * The incident simulator's engine: plays a scenario minute by minute for a list of choices,
 * deterministically (seeded noise, seeded order of the actions), with fixed-time events and
 * parallel tracks; scores the run against the scenario's best path; encodes a run in a URL.
 * Pure: no React, no timers, no data imports; the widget only renders what this produces.
 */
import type { FixedEvent, MetricValue, Scenario, ScenarioAction, ScenarioState, Track, EventKind } from './scenarioSchema';

export type { Scenario, ScenarioAction, ScenarioState } from './scenarioSchema';

export const MAX_CHOICES = 60;
/** A run ends when the learner takes this many wrong actions, or the same wrong action twice. */
export const MAX_WRONG = 3;
/** A run ends when the learner arrives at the same decision this many times (going round in circles). */
export const MAX_VISITS = 3;
/** The order of actions when the URL names none (the checker's "first option" policy uses it too). */
export const DEFAULT_ORDER_SEED = 1;
export const MAX_ORDER_SEED = 999_999;

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

/** FNV-1a over a string: turns (seed, state, visit) into a seed for one decision's order. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The actions of one decision in the order this run shows them (Fisher-Yates, seeded). */
export function orderActions<T>(actions: readonly T[], orderSeed: number, stateId: string, visit: number): T[] {
  const random = seededRandom(hash(`${orderSeed}|${stateId}|${visit}`));
  const out = [...actions];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Minutes from the scenario's start to an ISO time (rounded to the minute). */
export function minutesFromStart(start: string, iso: string): number {
  return Math.round((Date.parse(iso) - Date.parse(start)) / 60_000);
}

/** Wall clock of a minute of the run: "HH:MM" and the UTC date "YYYY-MM-DD". */
export function clockAt(start: string, minute: number): { clock: string; date: string } {
  const t = new Date(Date.parse(start) + minute * 60_000).toISOString();
  return { clock: t.slice(11, 16), date: t.slice(0, 10) };
}

/** Something the responders see in the log. */
export interface LogEvent {
  minute: number;
  clock: string;
  date: string;
  kind: EventKind;
  text: string;
  track: Track;
}

export interface Frame {
  /** Minutes since the start of the scenario. */
  minute: number;
  clock: string;
  date: string;
  stateId: string;
  /** Value of each series by id; null where monitoring cannot see it (a gap). */
  values: Record<string, number | null>;
  /** Weighted share of failed requests this minute, gaps included (what users suffered). */
  errorShare: number;
  events: LogEvent[];
}

export interface DecisionRecord {
  minute: number;
  clock: string;
  date: string;
  stateId: string;
  prompt: string;
  action: ScenarioAction;
  /** Position (0-based) of the action in the order the learner saw. */
  shownAt: number;
}

export interface PendingDecision {
  minute: number;
  clock: string;
  date: string;
  stateId: string;
  prompt: string;
  /** In the order this run shows them. */
  actions: ScenarioAction[];
}

export type Outcome = 'resolved' | 'unresolved' | 'stopped';

export interface RunEnding {
  outcome: Outcome;
  text: string;
  minute: number;
  stateId: string;
}

export interface RunResult {
  frames: Frame[];
  decisions: DecisionRecord[];
  pending: PendingDecision | null;
  ending: RunEnding | null;
  /** Set when a choice did not fit the scenario: the index of the first choice that was dropped. */
  invalidFrom?: number;
  /** True when the run hit the scenario's time limit (the checker reports it as a loop). */
  timedOut: boolean;
  orderSeed: number;
}

export function maxMinutesOf(scenario: Scenario, bestMinutes?: number): number {
  return scenario.maxMinutes ?? Math.max(240, 3 * (bestMinutes ?? 0));
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function valueAt(v: MetricValue | undefined, t: number): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  if ('ramp' in v) return v.ramp[0] + (v.ramp[1] - v.ramp[0]) * Math.min(1, t / v.over);
  return Math.floor(t / Math.max(1, Math.floor(v.period / 2))) % 2 === 0 ? v.flap[0] : v.flap[1];
}

interface Scheduled {
  minute: number;
  kind: EventKind;
  text: string;
  track: Track;
  goto?: FixedEvent['goto'];
}

function stoppedText(reason: 'repeat' | 'wrong' | 'circles', label: string): string {
  if (reason === 'repeat')
    return `You chose “${label}” a second time after it had already failed. The incident commander hands the incident to another responder; the run stops here.`;
  if (reason === 'wrong')
    return `That was the ${MAX_WRONG}rd action that made things no better. The incident commander hands the incident to another responder; the run stops here.`;
  return 'You arrived at the same decision for the third time without moving the incident on. The incident commander hands the incident to another responder; the run stops here.';
}

/**
 * Play a scenario with the given action ids and order seed. Stops at the next decision without a
 * choice, at an ending, when the learner repeats wrong actions, or at the time limit.
 */
export function runScenario(scenario: Scenario, choices: readonly string[], orderSeed = DEFAULT_ORDER_SEED, limit?: number): RunResult {
  const random = seededRandom(scenario.seed);
  const cap = limit ?? maxMinutesOf(scenario, bestOf(scenario).minutes);
  const frames: Frame[] = [];
  const decisions: DecisionRecord[] = [];
  const schedule: Scheduled[] = scenario.timeline.map((e) => ({
    minute: minutesFromStart(scenario.start, e.at),
    kind: e.kind,
    text: e.text,
    track: e.track,
    goto: e.goto,
  }));
  /** Series set by fixed-time events (by id): the value and the minute it took effect. */
  const overrides = new Map<string, { value: MetricValue; from: number }>();
  const takenParallel = new Set<string>();
  const wrongSeen = new Set<string>();
  const visits = new Map<string, number>();
  let wrongCount = 0;
  let minute = 0;
  let stateId = scenario.initial;
  let enteredAt = 0;
  let countedArrival = -1;
  let choiceIndex = 0;
  const base = { orderSeed };

  const frameAt = (state: ScenarioState, extra: Scheduled[]) => {
    const t = minute - enteredAt;
    const { clock, date } = clockAt(scenario.start, minute);
    const values: Record<string, number | null> = {};
    let errorShare = 0;
    for (const e of scenario.timeline) {
      if (!e.metrics || minutesFromStart(scenario.start, e.at) !== minute) continue;
      for (const [key, value] of Object.entries(e.metrics)) overrides.set(key, { value, from: minute });
    }
    for (const s of scenario.series) {
      const override = state.ending ? undefined : overrides.get(s.id);
      const raw = override ? valueAt(override.value, minute - override.from) : valueAt(state.metrics[s.id], t);
      const jitter = 1 + state.noise * (random() * 2 - 1);
      let v = raw * jitter;
      if (s.unit === 'share' || s.unit === 'ratio') v = Math.min(1, v);
      v = s.unit === 'share' || s.unit === 'ratio' ? round(v, 5) : Math.round(v);
      if (s.unit === 'share' && (s.code !== undefined || s.failed)) errorShare += v * s.weight;
      values[s.id] = state.gaps.includes(s.id) ? null : v;
    }
    const events: LogEvent[] = [
      ...state.events.filter((e) => e.at === t).map((e) => ({ minute, clock, date, kind: e.kind, text: e.text, track: e.track })),
      ...extra.map((e) => ({ minute, clock, date, kind: e.kind, text: e.text, track: e.track })),
    ];
    frames.push({ minute, clock, date, stateId, values, errorShare: round(errorShare, 5), events });
    minute++;
  };

  /** Emit frames until `target`; a fixed-time move interrupts the wait. */
  const emitUntil = (target: number): 'done' | 'interrupted' | 'cap' => {
    while (minute < target) {
      if (minute >= cap) return 'cap';
      const due = schedule.filter((e) => e.minute === minute);
      // A fixed-time move that names its `from` states stays in force: arriving in one of them
      // later (after undoing a detour, say) still moves on, as the world has moved on.
      const moves = schedule.filter((e) => e.goto && (e.minute === minute || (e.goto.from && e.minute < minute)));
      let moved = false;
      for (const e of moves) {
        const current = scenario.states[stateId];
        if (!e.goto || !current || current.ending || e.goto.to === stateId) continue;
        if (e.goto.from && !e.goto.from.includes(stateId)) continue;
        stateId = e.goto.to;
        enteredAt = minute;
        moved = true;
      }
      const state = scenario.states[stateId];
      if (!state) return 'cap';
      frameAt(state, due);
      if (moved) return 'interrupted';
    }
    return 'done';
  };

  const result = (extra: Partial<RunResult>): RunResult => ({
    frames,
    decisions,
    pending: null,
    ending: null,
    timedOut: false,
    ...base,
    ...extra,
  });
  const stop = (text: string): RunResult => {
    const state = scenario.states[stateId];
    if (state) frameAt(state, []);
    return result({ ending: { outcome: 'stopped', text, minute: minute - 1, stateId } });
  };

  for (;;) {
    const state = scenario.states[stateId];
    if (!state) return result({ invalidFrom: choiceIndex });
    if (minute >= cap) return result({ timedOut: true });
    if (state.ending) {
      const due = schedule.filter((e) => e.minute === minute);
      frameAt(state, due);
      return result({ ending: { ...state.ending, minute: minute - 1, stateId } });
    }
    if (state.then) {
      const r = emitUntil(enteredAt + state.then.after);
      if (r === 'cap') return result({ timedOut: true });
      if (r === 'interrupted') continue;
      stateId = state.then.next;
      enteredAt = minute;
      continue;
    }
    const decision = state.decision;
    if (!decision) return result({ invalidFrom: choiceIndex });
    const r = emitUntil(enteredAt + decision.after);
    if (r === 'cap') return result({ timedOut: true });
    if (r === 'interrupted') continue;
    if (countedArrival !== enteredAt) {
      countedArrival = enteredAt;
      const n = (visits.get(stateId) ?? 0) + 1;
      visits.set(stateId, n);
      if (n > MAX_VISITS) return stop(stoppedText('circles', ''));
    }
    const visit = visits.get(stateId) ?? 1;
    const offered = decision.actions.filter((a) => !(a.parallel && takenParallel.has(a.id)));
    const { clock, date } = clockAt(scenario.start, minute);
    const pending: PendingDecision = {
      minute,
      clock,
      date,
      stateId,
      prompt: decision.prompt,
      actions: orderActions(offered, orderSeed, stateId, visit + takenParallel.size * 100),
    };
    if (choiceIndex >= choices.length) return result({ pending });
    if (choiceIndex >= MAX_CHOICES) return result({ timedOut: true, pending });
    const action = offered.find((a) => a.id === choices[choiceIndex]);
    if (!action) return result({ pending, invalidFrom: choiceIndex });
    decisions.push({
      minute,
      clock,
      date,
      stateId,
      prompt: decision.prompt,
      action,
      shownAt: pending.actions.indexOf(action),
    });
    choiceIndex++;
    if (action.quality === 'wrong') {
      wrongCount++;
      if (wrongSeen.has(action.id)) {
        emitUntil(minute + action.costMinutes);
        return stop(stoppedText('repeat', action.label));
      }
      wrongSeen.add(action.id);
      if (wrongCount >= MAX_WRONG) {
        emitUntil(minute + action.costMinutes);
        return stop(stoppedText('wrong', action.label));
      }
    }
    if (action.parallel) {
      takenParallel.add(action.id);
      schedule.push({
        minute: minute + Math.max(1, action.costMinutes),
        kind: 'note',
        text: action.result ?? action.feedback,
        track: action.track,
        goto: action.next ? { to: action.next } : undefined,
      });
      continue;
    }
    const r2 = emitUntil(minute + action.costMinutes);
    if (r2 === 'cap') return result({ timedOut: true });
    if (r2 === 'interrupted') continue;
    stateId = action.next ?? stateId;
    enteredAt = minute;
  }
}

/** The scoring rules, in one place: the engine scores with them and every scenario page prints them. */
export const SCORING = {
  resolved: 40,
  impact: 20,
  time: 10,
  owners: 15,
  evidence: 15,
  okCost: 4,
  wrongCost: 12,
  wrongEscalation: 5,
} as const;

export const scoringRules: readonly string[] = [
  `Ending the incident earns ${SCORING.resolved} points, plus up to ${SCORING.impact} for keeping users' error-minutes as low as the best path does and up to ${SCORING.time} for ending it as fast.`,
  `Engaging each owner the incident needs, in time, earns a share of ${SCORING.owners} points (half if late). Paging your own team does not count; paging a team the incident does not need costs ${SCORING.wrongEscalation}.`,
  `Gathering the evidence before the first change to production, including evidence the changing action itself gathers, earns a share of ${SCORING.evidence} points.`,
  `Each choice that works at a cost (“ok”) costs ${SCORING.okCost} points and each wrong one ${SCORING.wrongCost}, on top of the minutes they lose.`,
  `The same wrong action twice, ${MAX_WRONG} wrong actions, or the same decision reached ${MAX_VISITS + 1} times ends the run: the incident is handed over.`,
  'Scores are relative to the best path: it scores 100 in every scenario. The order of the actions is shuffled for each run; the address keeps the order, so a shared link replays the same run.',
];

export interface OwnerEngagement {
  owner: string;
  /** Minute of the first engagement, or null. */
  minute: number | null;
  deadline: number;
  inTime: boolean;
}

export interface RunScore {
  /** 0..100, relative to the best path (which scores 100). */
  points: number;
  /** Minutes until a resolved ending, or null. */
  minutesToResolve: number | null;
  /** Sum over minutes of the weighted share of failed requests (1 = one minute of full outage). */
  errorMinutes: number;
  okActions: number;
  wrongActions: number;
  wrongEscalations: number;
  owners: OwnerEngagement[];
  /** Evidence ids gathered before (or by) the first action that changed production. */
  evidenceBeforeAction: string[];
  evidenceTotal: number;
  followedBestPath: boolean;
}

const errorMinutesOf = (run: RunResult) =>
  round(
    run.frames.reduce((sum, f) => sum + f.errorShare, 0),
    3,
  );

interface Parts {
  raw: number;
  score: Omit<RunScore, 'points'>;
}

function ownerDeadlines(scenario: Scenario, best: RunResult | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of scenario.rightOwners) {
    const engaged = best?.decisions.find((d) => d.action.escalatesTo === r.owner)?.minute;
    out.set(r.owner, r.withinMinutes ?? (engaged !== undefined ? engaged + 15 : maxMinutesOf(scenario)));
  }
  return out;
}

function parts(scenario: Scenario, run: RunResult, best: { run: RunResult; errorMinutes: number; minutes: number } | null): Parts {
  const errorMinutes = errorMinutesOf(run);
  const actions = run.decisions.map((d) => d.action);
  const okActions = actions.filter((a) => a.quality === 'ok').length;
  const wrongActions = actions.filter((a) => a.quality === 'wrong').length;
  const right = new Set(scenario.rightOwners.map((r) => r.owner));
  const team = scenario.perspective.team;
  const wrongEscalations = actions.filter((a) => a.escalatesTo && a.escalatesTo !== team && !right.has(a.escalatesTo)).length;
  const deadlines = ownerDeadlines(scenario, best?.run ?? run);
  const owners: OwnerEngagement[] = scenario.rightOwners.map((r) => {
    const minute = run.decisions.find((d) => d.action.escalatesTo === r.owner && r.owner !== team)?.minute ?? null;
    const deadline = deadlines.get(r.owner) ?? 0;
    return { owner: r.owner, minute, deadline, inTime: minute !== null && minute <= deadline };
  });
  const firstChange = actions.findIndex((a) => a.mitigates);
  const before = firstChange === -1 ? actions : actions.slice(0, firstChange + 1);
  const known = new Set(scenario.evidence.map((e) => e.id));
  const evidenceBeforeAction = [...new Set(before.flatMap((a) => a.gathers))].filter((e) => known.has(e));
  const resolved = run.ending?.outcome === 'resolved';
  const minutesToResolve = resolved && run.ending ? run.ending.minute : null;
  const ownerShare = owners.length === 0 ? 1 : owners.reduce((s, o) => s + (o.inTime ? 1 : o.minute !== null ? 0.5 : 0), 0) / owners.length;
  const evidenceShare = known.size === 0 ? 1 : evidenceBeforeAction.length / known.size;
  let raw = SCORING.owners * ownerShare + SCORING.evidence * evidenceShare;
  if (resolved && minutesToResolve !== null) {
    const bestErr = best ? best.errorMinutes : errorMinutes;
    const bestMin = best ? best.minutes : minutesToResolve;
    const eps = Math.max(0.01, bestErr * 0.05);
    raw += SCORING.resolved;
    raw += SCORING.impact * Math.min(1, (bestErr + eps) / (errorMinutes + eps));
    raw += SCORING.time * Math.min(1, (bestMin + 1) / (minutesToResolve + 1));
  }
  raw -= SCORING.okCost * okActions + SCORING.wrongCost * wrongActions + SCORING.wrongEscalation * wrongEscalations;
  const followedBestPath = resolved && actions.map((a) => a.id).join('.') === scenario.bestPath.join('.');
  return {
    raw,
    score: {
      minutesToResolve,
      errorMinutes,
      okActions,
      wrongActions,
      wrongEscalations,
      owners,
      evidenceBeforeAction,
      evidenceTotal: known.size,
      followedBestPath,
    },
  };
}

const bestCache = new WeakMap<Scenario, { run: RunResult; errorMinutes: number; minutes: number; raw: number }>();

/** The best path's run and raw score (computed once per scenario object). */
export function bestOf(scenario: Scenario): { run: RunResult; errorMinutes: number; minutes: number; raw: number } {
  const cached = bestCache.get(scenario);
  if (cached) return cached;
  const run = runScenario(scenario, scenario.bestPath, DEFAULT_ORDER_SEED, 60 * 24 * 14);
  const minutes = run.ending?.minute ?? run.frames.length;
  const errorMinutes = errorMinutesOf(run);
  const p = parts(scenario, run, null);
  const value = { run, errorMinutes, minutes, raw: p.raw };
  bestCache.set(scenario, value);
  return value;
}

/** Score a run relative to the scenario's best path (see `scoringRules`). */
export function scoreRun(scenario: Scenario, run: RunResult): RunScore {
  const best = bestOf(scenario);
  const p = parts(scenario, run, best);
  const points = best.raw <= 0 ? 0 : Math.max(0, Math.min(100, Math.round((100 * p.raw) / best.raw)));
  return { points, ...p.score };
}

/** What the debrief says about this run. */
export interface RunDebrief {
  /** The first decision where the learner left the best path, with what the best choice was. */
  leftBestAt: { clock: string; date: string; prompt: string; chosen: ScenarioAction; best: ScenarioAction | null } | null;
  /** Every choice that was not the best one, in time order. */
  detours: DecisionRecord[];
  /** Minutes and error-minutes more than the best path (null when the incident was not resolved). */
  extraMinutes: number | null;
  extraErrorMinutes: number;
  bestMinutes: number;
  bestErrorMinutes: number;
  evidenceMissed: { id: string; label: string }[];
  ownersMissed: OwnerEngagement[];
  /** Runbooks to read: the scenario's, then those of the detours. */
  runbooks: string[];
}

export function debriefRun(scenario: Scenario, run: RunResult, score: RunScore): RunDebrief {
  const best = bestOf(scenario);
  const detours = run.decisions.filter((d) => d.action.quality !== 'best');
  const first = detours[0];
  const bestAction = first ? (scenario.states[first.stateId]?.decision?.actions.find((a) => a.quality === 'best') ?? null) : null;
  const got = new Set(score.evidenceBeforeAction);
  return {
    leftBestAt: first ? { clock: first.clock, date: first.date, prompt: first.prompt, chosen: first.action, best: bestAction } : null,
    detours,
    extraMinutes: score.minutesToResolve === null ? null : score.minutesToResolve - best.minutes,
    extraErrorMinutes: round(score.errorMinutes - best.errorMinutes, 2),
    bestMinutes: best.minutes,
    bestErrorMinutes: best.errorMinutes,
    evidenceMissed: scenario.evidence.filter((e) => !got.has(e.id)),
    ownersMissed: score.owners.filter((o) => !o.inTime),
    runbooks: [...new Set([...scenario.debrief.runbooks, ...detours.flatMap((d) => (d.action.runbook ? [d.action.runbook] : []))])],
  };
}

/** Label of an action id anywhere in the scenario (for best paths and debriefs). */
export function actionLabel(scenario: Scenario, actionId: string): string {
  for (const state of Object.values(scenario.states)) {
    const action = state.decision?.actions.find((a) => a.id === actionId);
    if (action) return action.label;
  }
  return actionId;
}

export interface RunState {
  scenario: string;
  choices: string[];
  /** Minute shown by the scrubber; null = the latest. */
  step: number | null;
  /** Seed of the order of the actions; null = none chosen yet. */
  order: number | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read `scenario`, `choices`, `step` and `order` from a query string; hostile input yields a clean state. */
export function decodeRun(search: string, defaultScenario: string): RunState & { rejected: boolean } {
  const params = new URLSearchParams(search);
  const rawScenario = params.get('scenario');
  const scenario = rawScenario !== null && ID.test(rawScenario) && rawScenario.length <= 60 ? rawScenario : defaultScenario;
  const rawChoices = params.get('choices');
  const parts = rawChoices ? rawChoices.split('.') : [];
  const choices = parts.slice(0, MAX_CHOICES).filter((p) => ID.test(p) && p.length <= 60);
  const rawStep = params.get('step');
  const step = rawStep !== null && /^\d{1,5}$/.test(rawStep) ? Number(rawStep) : null;
  const rawOrder = params.get('order');
  const orderNumber = rawOrder !== null && /^\d{1,6}$/.test(rawOrder) ? Number(rawOrder) : null;
  const order = orderNumber !== null && orderNumber >= 1 && orderNumber <= MAX_ORDER_SEED ? orderNumber : null;
  const rejected =
    (rawScenario !== null && rawScenario !== scenario) ||
    choices.length !== parts.length ||
    (rawStep !== null && step === null) ||
    (rawOrder !== null && order === null);
  return { scenario, choices, step, order, rejected };
}

export function encodeRun(search: string, state: RunState, defaultScenario: string): string {
  const params = new URLSearchParams(search);
  // A page that names its scenario in the address (the facilitator view) keeps it there.
  if (state.scenario !== defaultScenario) params.set('scenario', state.scenario);
  if (state.order === null) params.delete('order');
  else params.set('order', String(state.order));
  if (state.choices.length === 0) params.delete('choices');
  else params.set('choices', state.choices.join('.'));
  if (state.step === null) params.delete('step');
  else params.set('step', String(state.step));
  const text = params.toString();
  return text ? `?${text}` : '';
}
