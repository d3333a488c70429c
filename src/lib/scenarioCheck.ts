/**
 * The scenario checker for authors (`npm run scenario-check`): plays each scenario with simple
 * policies and reports their scores, so a scenario where clicking the first option, or guessing,
 * does as well as judgement is caught before learners find out. Pure; the CLI and a unit test
 * call the same function.
 */
import type { Scenario } from './scenarioSchema';
import { DEFAULT_ORDER_SEED, MAX_CHOICES, runScenario, scoreRun, seededRandom, type RunResult, type ScenarioAction } from './simulator';

export interface ScenarioCheck {
  id: string;
  /** Score of the best path (100 unless the scenario is broken). */
  best: number;
  /** Always the first option shown, with the default order seed. */
  first: number;
  /** Always the worst option shown (wrong before ok before best). */
  worst: number;
  /** Mean score of RANDOM_RUNS runs choosing uniformly at random (seeds 1..RANDOM_RUNS). */
  randomMean: number;
  /** What is wrong with the scenario; empty when it passes. */
  problems: string[];
}

export const RANDOM_RUNS = 200;
/** The first-option policy must score at least this many points below the best path. */
export const FIRST_MARGIN = 15;

const rank: Record<ScenarioAction['quality'], number> = { wrong: 0, ok: 1, best: 2 };

/** Play a policy to the end: at each decision it picks one of the actions in the order shown. */
export function playPolicy(scenario: Scenario, orderSeed: number, pick: (actions: readonly ScenarioAction[]) => ScenarioAction): RunResult {
  const choices: string[] = [];
  for (let i = 0; i <= MAX_CHOICES; i++) {
    const run = runScenario(scenario, choices, orderSeed);
    if (!run.pending || run.ending || run.timedOut || run.invalidFrom !== undefined) return run;
    choices.push(pick(run.pending.actions).id);
  }
  return runScenario(scenario, choices, orderSeed);
}

const loops = (run: RunResult) => run.timedOut || (!run.ending && !run.pending);

export function checkScenario(scenario: Scenario): ScenarioCheck {
  const problems: string[] = [];
  const score = (run: RunResult, name: string) => {
    if (loops(run)) problems.push(`the ${name} policy runs to the time limit without an ending`);
    return scoreRun(scenario, run).points;
  };
  const best = score(runScenario(scenario, scenario.bestPath), 'best-path');
  const first = score(
    playPolicy(scenario, DEFAULT_ORDER_SEED, (a) => a[0] as ScenarioAction),
    'first-option',
  );
  const worst = score(
    playPolicy(scenario, DEFAULT_ORDER_SEED, (a) => [...a].sort((x, y) => rank[x.quality] - rank[y.quality])[0] as ScenarioAction),
    'worst-option',
  );
  let total = 0;
  let loopsSeen = 0;
  for (let seed = 1; seed <= RANDOM_RUNS; seed++) {
    const random = seededRandom(seed * 7919);
    const run = playPolicy(scenario, seed, (a) => a[Math.floor(random() * a.length)] as ScenarioAction);
    if (loops(run)) loopsSeen++;
    total += scoreRun(scenario, run).points;
  }
  if (loopsSeen > 0) problems.push(`${loopsSeen} of ${RANDOM_RUNS} random runs ran to the time limit without an ending`);
  const randomMean = Math.round((total / RANDOM_RUNS) * 10) / 10;
  const others = { first, worst, randomMean };
  for (const [name, value] of Object.entries(others)) {
    if (value >= best) problems.push(`the best path (${best}) does not score above the ${name} policy (${value})`);
  }
  if (best - first < FIRST_MARGIN)
    problems.push(`always choosing the first option scores ${first}, within ${FIRST_MARGIN} points of the best path (${best})`);
  return { id: scenario.id, best, first, worst, randomMean, problems };
}

export function checkScenarios(scenarios: readonly Scenario[]): ScenarioCheck[] {
  return scenarios.map(checkScenario);
}
