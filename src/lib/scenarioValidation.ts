/**
 * Rules a scenario must follow beyond its schema (src/lib/scenarioSchema.ts): references to
 * states, runbooks, trees and owners; a graph where every state is reachable and can end; events
 * that can show; a best path that resolves. Messages name the file and the field for the author.
 * Pure: the build (plugins/runbook-catalog) and the tests pass in the known ids.
 */
import type { MetricValue, Scenario, ScenarioProblem } from './scenarioSchema';
import { minutesFromStart, runScenario, scoreRun } from './simulator';

const metricTop = (v: MetricValue): number => (typeof v === 'number' ? v : 'ramp' in v ? Math.max(...v.ramp) : Math.max(...v.flap));

/** The score the responders' real path must reach in a scenario built from a postmortem (issue 16). */
export const REAL_PATH_MIN = 80;

export type { ScenarioProblem } from './scenarioSchema';

export const scenarioFile = (id: string): string => `docs/training/simulator/${id}.mdx`;

export function validateScenario(
  scenario: Scenario,
  runbookIds: ReadonlySet<string>,
  treeIds: ReadonlySet<string>,
  ownerKeys: ReadonlySet<string>,
  file = scenarioFile(scenario.id),
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field: `scenario.${field}`, message });
  const states = scenario.states;
  if (!states[scenario.initial]) add('initial', `"${scenario.initial}" is not a state`);
  const seriesIds = new Set<string>();
  for (const [i, s] of scenario.series.entries()) {
    if (seriesIds.has(s.id)) add(`series.${i}.id`, `"${s.id}" is used twice`);
    seriesIds.add(s.id);
    if (s.code !== undefined && s.unit !== 'share') add(`series.${i}.code`, 'only a share series counts a status code');
    if (s.code !== undefined && !scenario.codes.includes(s.code)) add(`series.${i}.code`, `${s.code} is not in codes`);
  }
  const team = scenario.perspective.team;
  if (!ownerKeys.has(team)) add('perspective.team', `"${team}" is not an owner key (src/data/owners.ts)`);
  for (const [i, r] of scenario.rightOwners.entries()) {
    if (!ownerKeys.has(r.owner)) add(`rightOwners.${i}.owner`, `"${r.owner}" is not an owner key (src/data/owners.ts)`);
    if (r.owner === team) add(`rightOwners.${i}.owner`, 'is the learner’s own team: paging yourself is not engaging an owner');
  }
  for (const id of scenario.debrief.runbooks) if (!runbookIds.has(id)) add('debrief.runbooks', `"${id}" is not a runbook id`);
  for (const id of scenario.debrief.trees) if (!treeIds.has(id)) add('debrief.trees', `"${id}" is not a decision tree`);
  const evidenceIds = new Set(scenario.evidence.map((e) => e.id));

  const edges = new Map<string, string[]>();
  const link = (from: string, to: string) => edges.set(from, [...(edges.get(from) ?? []), to]);
  for (const [i, e] of scenario.timeline.entries()) {
    const at = minutesFromStart(scenario.start, e.at);
    if (at < 0) add(`timeline.${i}.at`, `is before the start (${scenario.start})`);
    for (const [key, v] of Object.entries(e.metrics ?? {})) {
      const series = scenario.series.find((s) => s.id === key);
      if (!series) add(`timeline.${i}.metrics.${key}`, `"${key}" is not a series id (${[...seriesIds].join(', ')})`);
      else if ((series.unit === 'share' || series.unit === 'ratio') && metricTop(v) > 1)
        add(`timeline.${i}.metrics.${key}`, 'a share or ratio must be within 0..1');
    }
    if (e.goto) {
      if (!states[e.goto.to]) add(`timeline.${i}.goto.to`, `"${e.goto.to}" is not a state`);
      for (const f of e.goto.from ?? []) if (!states[f]) add(`timeline.${i}.goto.from`, `"${f}" is not a state`);
      for (const f of e.goto.from ?? Object.keys(states)) if (!states[f]?.ending) link(f, e.goto.to);
    }
  }

  for (const [stateId, state] of Object.entries(states)) {
    const f = `states.${stateId}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stateId)) add(f, 'state ids are kebab-case');
    const kinds = [state.decision, state.then, state.ending].filter(Boolean).length;
    if (kinds !== 1) add(f, 'needs exactly one of decision, then or ending');
    for (const [key, v] of Object.entries(state.metrics)) {
      const series = scenario.series.find((s) => s.id === key);
      if (!series) {
        add(`${f}.metrics.${key}`, `"${key}" is not a series id (${[...seriesIds].join(', ')})`);
        continue;
      }
      if ((series.unit === 'share' || series.unit === 'ratio') && metricTop(v) > 1)
        add(`${f}.metrics.${key}`, 'a share or ratio must be within 0..1');
    }
    for (const g of state.gaps) if (!seriesIds.has(g)) add(`${f}.gaps`, `"${g}" is not a series id`);
    const visibleFor = state.decision ? state.decision.after : state.then ? state.then.after : 1;
    for (const [i, e] of state.events.entries()) {
      if (e.at >= visibleFor && !state.decision)
        add(`${f}.events.${i}.at`, `an event at minute ${e.at} never shows: the state lasts ${visibleFor} minute(s) before it moves on`);
    }
    if (state.then) {
      if (!states[state.then.next]) add(`${f}.then.next`, `"${state.then.next}" is not a state`);
      link(stateId, state.then.next);
    }
    if (state.decision) {
      const d = state.decision;
      if (d.actions.length < 2) add(`${f}.decision.actions`, 'offer at least two actions');
      if (!d.actions.some((a) => !a.parallel)) add(`${f}.decision.actions`, 'offer at least one action that is not parallel');
      const seen = new Set<string>();
      for (const a of d.actions) {
        const af = `${f}.decision.actions.${a.id}`;
        if (seen.has(a.id)) add(af, 'the action id is used twice in this decision');
        seen.add(a.id);
        if (!a.parallel && !a.next) add(`${af}.next`, 'an action that is not parallel needs `next`');
        if (a.next && !states[a.next]) add(`${af}.next`, `"${a.next}" is not a state`);
        if (a.runbook && !runbookIds.has(a.runbook)) add(`${af}.runbook`, `"${a.runbook}" is not a runbook id`);
        for (const g of a.gathers) if (!evidenceIds.has(g)) add(`${af}.gathers`, `"${g}" is not in evidence`);
        if (a.escalatesTo && !ownerKeys.has(a.escalatesTo)) add(`${af}.escalatesTo`, `"${a.escalatesTo}" is not an owner key`);
        if (a.next) link(stateId, a.next);
      }
    }
  }

  const reachable = new Set<string>();
  const queue = [scenario.initial];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reachable.has(id) || !states[id]) continue;
    reachable.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  const canEnd = new Set(Object.entries(states).flatMap(([id, s]) => (s.ending ? [id] : [])));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, next] of edges) {
      if (!canEnd.has(id) && next.some((n) => canEnd.has(n))) {
        canEnd.add(id);
        changed = true;
      }
    }
  }
  for (const id of Object.keys(states)) {
    if (!reachable.has(id)) add(`states.${id}`, 'unreachable from the initial state');
    if (!canEnd.has(id)) add(`states.${id}`, 'no path from here reaches an ending');
  }
  if (!Object.values(states).some((s) => s.ending?.outcome === 'resolved')) add('states', 'no resolved ending');

  if (problems.length === 0) {
    const checkPath = (field: 'bestPath' | 'debrief.realPath', path: readonly string[]) => {
      const run = runScenario(scenario, path, 1, 60 * 24 * 14);
      if (run.invalidFrom !== undefined) add(field, `action "${path[run.invalidFrom] ?? ''}" is not offered at that point`);
      else if (run.pending) add(field, `stops at the decision "${run.pending.prompt}" without a choice`);
      else if (field === 'bestPath' && run.ending?.outcome !== 'resolved') add(field, 'does not reach a resolved ending');
      return run;
    };
    const best = checkPath('bestPath', scenario.bestPath);
    if (best.decisions.some((d) => d.action.quality !== 'best')) add('bestPath', 'every action on the best path must have quality "best"');
    if (scenario.source && !scenario.debrief.realPath && !scenario.debrief.realPathNote) {
      add(
        'debrief.realPath',
        "a scenario built from a postmortem lists the responders' real path (action ids) so that a test can replay it, or says in debrief.realPathNote why the postmortem tells none (it is the other side's)",
      );
    }
    if (scenario.debrief.realPath) {
      const real = checkPath('debrief.realPath', scenario.debrief.realPath);
      if (real.invalidFrom === undefined && !real.pending) {
        const points = scoreRun(scenario, real).points;
        if (points < REAL_PATH_MIN && !scenario.debrief.realPathNote) {
          add(
            'debrief.realPath',
            `the responders' real path scores ${points}, below ${REAL_PATH_MIN}: make the scenario fit the postmortem, or say in debrief.realPathNote which step made things worse`,
          );
        }
      }
    }
  }
  return problems;
}

export function formatScenarioProblems(problems: readonly ScenarioProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      field ${p.field}: ${p.message}`);
  return `The simulator scenarios have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
