/** The real scenarios: valid, their best path resolves, and every wrong fix plays out. */
import { describe, expect, it } from 'vitest';
import { scenarioList } from '../../src/data/scenarios';
import { publishedIds } from '../../src/data/runbookLedger';
import { ownerKeys } from '../../src/data/owners';
import { trees } from '../../src/data/trees';
import { runScenario, scoreRun, validateScenario } from '../../src/lib/simulator';
import type { Scenario } from '../../src/lib/scenarioTypes';

/** Shortest list of choices that reaches the decision offering `actionId`, by breadth-first search. */
function choicesReaching(scenario: Scenario, actionId: string): string[] | null {
  const queue: string[][] = [[]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const choices = queue.shift() as string[];
    const run = runScenario(scenario, choices);
    if (!run.pending) continue;
    if (run.pending.actions.some((a) => a.id === actionId)) return choices;
    const key = `${run.pending.stateId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const a of run.pending.actions) queue.push([...choices, a.id]);
  }
  return null;
}

describe('simulator scenarios', () => {
  it('has at least 8 scenarios, at least 2 per status code', () => {
    expect(scenarioList.length).toBeGreaterThanOrEqual(8);
    for (const code of [500, 502, 503, 504]) {
      expect(scenarioList.filter((s) => s.codes.includes(code as 500)).length, `scenarios showing ${code}`).toBeGreaterThanOrEqual(2);
    }
  });

  for (const scenario of scenarioList) {
    describe(scenario.id, () => {
      it('passes every validation rule', () => {
        expect(validateScenario(scenario, new Set(publishedIds), new Set(Object.keys(trees)), new Set(ownerKeys))).toEqual([]);
      });

      it('resolves on the best path, with no wrong action', () => {
        const run = runScenario(scenario, scenario.bestPath);
        expect(run.ending?.outcome).toBe('resolved');
        const score = scoreRun(scenario, run);
        expect(score.followedBestPath).toBe(true);
        expect(score.wrongActions).toBe(0);
        expect(score.wrongEscalations).toBe(0);
      });

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
        const run = runScenario(scenario, [...(before ?? []), actionId]);
        expect(run.decisions.at(-1)?.action.id).toBe(actionId);
        expect(run.decisions.at(-1)?.action.feedback.length).toBeGreaterThan(10);
        // Finish the run along whatever is offered first that is not wrong, to compare scores.
        const choices = [...(before ?? []), actionId];
        for (let i = 0; i < 30; i++) {
          const r = runScenario(scenario, choices);
          if (!r.pending) break;
          const next =
            r.pending.actions.find((a) => a.quality === 'best') ??
            r.pending.actions.find((a) => a.quality === 'ok') ??
            r.pending.actions[0];
          if (!next) break;
          choices.push(next.id);
        }
        const best = scoreRun(scenario, runScenario(scenario, scenario.bestPath)).points;
        expect(scoreRun(scenario, runScenario(scenario, choices)).points).toBeLessThan(best);
      });
    });
  }
});
