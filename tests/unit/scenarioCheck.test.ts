/** The scenario checker catches scenarios that reward clicking the first option or guessing. */
import { describe, expect, it } from 'vitest';
import { checkScenario, playPolicy } from '../../src/lib/scenarioCheck';
import { runScenario } from '../../src/lib/simulator';
import { fixtureScenario, providerOutage } from './fixtures/scenario';

describe('the scenario checker', () => {
  it('reports best 100 and lower scores for the other policies', () => {
    const check = checkScenario(providerOutage());
    expect(check.best).toBe(100);
    expect(check.worst).toBeLessThan(check.best);
    expect(check.randomMean).toBeLessThan(check.best);
  });

  it('fails a scenario whose only decision offers nothing but the best actions', () => {
    const s = fixtureScenario();
    for (const [stateId, keep] of [
      ['known', 'fix'],
      ['failing', 'look'],
    ] as const) {
      const decision = s.states[stateId]?.decision;
      const best = decision?.actions.find((a) => a.id === keep);
      if (decision && best) decision.actions = [best, { ...best, id: `${keep}-too` }];
    }
    const check = checkScenario(s);
    expect(check.first).toBe(100);
    expect(check.problems.join('\n')).toContain('within 15 points');
  });

  it('never lets a policy run to the time limit: repeated wrong choices stop the run', () => {
    const run = playPolicy(
      fixtureScenario(),
      1,
      (actions) => actions.find((a) => a.id === 'page-dba') ?? (actions[0] as (typeof actions)[number]),
    );
    expect(run.ending?.outcome).toBe('stopped');
    expect(run.timedOut).toBe(false);
  });

  it('replays the first-option policy identically for the same seed', () => {
    const a = playPolicy(providerOutage(), 1, (actions) => actions[0] as (typeof actions)[number]);
    const b = runScenario(
      providerOutage(),
      a.decisions.map((d) => d.action.id),
      1,
    );
    expect(b.decisions.every((d) => d.shownAt === 0)).toBe(true);
  });
});
