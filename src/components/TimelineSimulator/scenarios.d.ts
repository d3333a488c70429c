// Written by plugins/scenarios (createData) from the scenario pages' front matter.
declare module '@generated/scenarios/default/scenarios.json' {
  import type { Scenario } from '@site/src/lib/scenarioSchema';
  const scenarios: Scenario[];
  export default scenarios;
}
declare module '@generated/scenarios/default/summaries.json' {
  import type { ScenarioSummary } from '@site/src/lib/scenarioSummary';
  const summaries: ScenarioSummary[];
  export default summaries;
}
