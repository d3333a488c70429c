/**
 * Types of the incident simulator's scenarios (src/data/scenarios/). A scenario is a small state
 * machine on a clock: each state sets what the metrics do and what the logs say; decision points
 * offer actions; each action costs time, moves to another state and explains itself.
 */
import type { OwnerKey } from './ownerTypes';
import type { StatusCode } from './vocabulary';

export const difficulties = ['intro', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof difficulties)[number];

/** What the service's metrics look like while the incident is in one state (per minute). */
export interface MetricProfile {
  /** Requests per minute. */
  rpm: number;
  /** Share of requests answered with each code, 0..1; missing codes are 0. Their sum is <= 1. */
  errors: Partial<Record<StatusCode, number>>;
  /** p99 latency in milliseconds. */
  p99Ms: number;
  /** Saturation of the constrained resource (a pool, workers, CPU, a dependency), 0..1. */
  saturation: number;
  /** Label for `saturation`, e.g. "DB pool in use" (defaults to the scenario's). */
  saturationLabel?: string;
  /** Relative random noise added to rpm, error shares and p99 (0..0.2); default 0.05. */
  noise?: number;
}

export const eventKinds = ['alert', 'log', 'deploy', 'config', 'dependency', 'page', 'note'] as const;
export type EventKind = (typeof eventKinds)[number];

export interface TimelineEvent {
  /** Minutes after entering the state (0 = at once). */
  at: number;
  kind: EventKind;
  /** What the responder sees, e.g. a real log line or alert text. */
  text: string;
}

export const actionQualities = ['best', 'ok', 'wrong'] as const;
export type ActionQuality = (typeof actionQualities)[number];

export interface ScenarioAction {
  /** Stable kebab-case id, unique within the scenario (used in URLs). */
  id: string;
  label: string;
  /** Minutes the action takes before its effect (0..30). */
  costMinutes: number;
  /** State the incident is in after the action. */
  next: string;
  /** Shown after choosing: what happened and why; links the runbook that explains it. */
  feedback: string;
  /** Runbook id that explains this action. */
  runbook?: string;
  quality: ActionQuality;
  /** Evidence this action gathers (an id from the scenario's `evidence`). */
  gathers?: string;
  /** Owner this action pages or hands the incident to. */
  escalatesTo?: OwnerKey;
  /** True for actions that change production (counted for "evidence before acting"). */
  mitigates?: boolean;
}

export interface DecisionPoint {
  /** Minutes after entering the state at which the clock stops. */
  after: number;
  prompt: string;
  actions: readonly ScenarioAction[];
}

export interface ScenarioState {
  /** Short name for the debrief ("Canary failing", "Quiet after restart"). */
  label: string;
  metrics: MetricProfile;
  events: readonly TimelineEvent[];
  /** Exactly one of: a decision point, an automatic move, or an ending. */
  decision?: DecisionPoint;
  then?: { after: number; next: string };
  ending?: { outcome: 'resolved' | 'unresolved'; text: string };
}

export interface ScenarioEvidence {
  id: string;
  label: string;
}

export interface Scenario {
  /** Stable kebab-case id (used in URLs and progress records). */
  id: string;
  title: string;
  /** One or two sentences shown in the scenario list. */
  summary: string;
  difficulty: Difficulty;
  /** Status codes the incident shows. */
  codes: readonly StatusCode[];
  /** Expected minutes of reading and choosing for a learner. */
  expectedMinutes: number;
  /** Wall-clock start of the incident, "HH:MM" (UTC). */
  startClock: string;
  /** Seed of the deterministic noise. */
  seed: number;
  /** Label of the saturation chart, e.g. "DB pool in use". */
  saturationLabel: string;
  initial: string;
  states: Readonly<Record<string, ScenarioState>>;
  /** Evidence a good responder gathers before changing production. */
  evidence: readonly ScenarioEvidence[];
  /** Owners whose engagement is right in this incident. */
  rightOwners: readonly OwnerKey[];
  /** Action ids, in order, of the best path from the start to a resolved ending. */
  bestPath: readonly string[];
  debrief: {
    rootCause: string;
    /** Runbook ids to read after the exercise. */
    runbooks: readonly string[];
    /** Decision-tree ids that would have led here ('500', '502', ...). */
    trees: readonly string[];
    lessons: readonly string[];
  };
}
