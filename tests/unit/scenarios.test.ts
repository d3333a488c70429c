/** The real scenarios: valid, their best path resolves, every wrong fix plays out, and the checker passes. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { publishedIds } from '../../src/data/runbookLedger';
import { ownerKeys } from '../../src/data/owners';
import { trees } from '../../src/data/trees';
import { runScenario, scoreRun, type Scenario } from '../../src/lib/simulator';
import { validateScenario } from '../../src/lib/scenarioValidation';
import { checkScenario, FIRST_MARGIN } from '../../src/lib/scenarioCheck';

const { scenarios: scenarioList, problems } = loadScenarios(process.cwd());

/** Shortest list of choices that reaches the decision offering `actionId`, by breadth-first search. */
function choicesReaching(scenario: Scenario, actionId: string): string[] | null {
  const queue: string[][] = [[]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const choices = queue.shift() as string[];
    const run = runScenario(scenario, choices);
    if (!run.pending) continue;
    if (run.pending.actions.some((a) => a.id === actionId)) return choices;
    const key = `${run.pending.stateId}|${run.pending.actions.map((a) => a.id).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const a of run.pending.actions) queue.push([...choices, a.id]);
  }
  return null;
}

describe('simulator scenarios', () => {
  it('every scenario page parses', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 8 scenarios, at least 2 per common status code', () => {
    expect(scenarioList.length).toBeGreaterThanOrEqual(8);
    for (const code of [500, 502, 503, 504]) {
      expect(scenarioList.filter((s) => s.codes.includes(code)).length, `scenarios showing ${code}`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const scenario of scenarioList) {
    describe(scenario.id, () => {
      it('passes every validation rule', () => {
        expect(validateScenario(scenario, new Set(publishedIds), new Set(Object.keys(trees)), new Set(ownerKeys))).toEqual([]);
      });

      it('scores 100 on the best path, and passes the checker (first option, worst option, random runs)', () => {
        const run = runScenario(scenario, scenario.bestPath);
        expect(run.ending?.outcome).toBe('resolved');
        expect(scoreRun(scenario, run).points).toBe(100);
        const check = checkScenario(scenario);
        expect(check.problems).toEqual([]);
        expect(check.best - check.first).toBeGreaterThanOrEqual(FIRST_MARGIN);
      });

      // The responders' real path of each postmortem scenario is replayed in realPaths.test.ts.

      const wrong = [
        ...new Set(
          Object.values(scenario.states).flatMap((s) => s.decision?.actions.filter((a) => a.quality === 'wrong').map((a) => a.id) ?? []),
        ),
      ];
      it('offers at least one tempting wrong fix', () => {
        expect(wrong.length).toBeGreaterThan(0);
      });

      it.each(wrong)('plays the wrong fix %s and scores it below the best path', (actionId) => {
        const before = choicesReaching(scenario, actionId);
        expect(before).not.toBeNull();
        const choices = [...(before ?? []), actionId];
        const run = runScenario(scenario, choices);
        expect(run.decisions.at(-1)?.action.id).toBe(actionId);
        // Finish the run along the best action offered, to compare scores.
        for (let i = 0; i < 40; i++) {
          const r = runScenario(scenario, choices);
          if (!r.pending || r.ending) break;
          const next =
            r.pending.actions.find((a) => a.quality === 'best') ??
            r.pending.actions.find((a) => a.quality === 'ok') ??
            r.pending.actions[0];
          if (!next) break;
          choices.push(next.id);
        }
        expect(scoreRun(scenario, runScenario(scenario, choices)).points).toBeLessThan(100);
      });
    });
  }
});

describe('npm run scenario-check', () => {
  it('prints { id, best, first, worst, randomMean } for every scenario as JSON and exits 0', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/scenario-check.ts', '--json'], { encoding: 'utf8' });
    const rows = JSON.parse(out) as { id: string; best: number; first: number; worst: number; randomMean: number }[];
    expect(rows.map((r) => r.id)).toEqual(scenarioList.map((s) => s.id));
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['id', 'best', 'first', 'worst', 'randomMean']);
      expect(r.best).toBe(100);
      expect(r.first).toBeLessThanOrEqual(100 - FIRST_MARGIN);
    }
  }, 120_000);
});
