import type { Scenario } from './scenarioSchema';

/** What a list of scenarios shows about each one: no states, series or feedback. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'title' | 'summary' | 'difficulty' | 'codes' | 'expectedMinutes'> & {
  perspective: Pick<Scenario['perspective'], 'side'>;
};

/** The summary of one scenario, for the lists (the build writes them to their own data file). */
export function scenarioSummary(s: Scenario): ScenarioSummary {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    difficulty: s.difficulty,
    codes: s.codes,
    expectedMinutes: s.expectedMinutes,
    perspective: { side: s.perspective.side },
  };
}
