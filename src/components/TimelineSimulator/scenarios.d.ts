// Written by plugins/scenarios (createData) from the scenario pages' front matter.
declare module '@generated/scenarios/default/scenarios.json' {
  import type { Scenario } from '@site/src/lib/scenarioSchema';
  const scenarios: Scenario[];
  export default scenarios;
}
