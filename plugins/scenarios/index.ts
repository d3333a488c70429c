/**
 * Local plugin: reads the simulator scenarios from their pages' front matter, fails the build on
 * a schema problem (file and field named), and hands the parsed scenarios to the widgets as
 * `@generated/scenarios/default/scenarios.json`. Cross-checks against runbooks, trees and owners
 * run in plugins/runbook-catalog, which knows the runbook ids.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatScenarioProblems } from '../../src/lib/scenarioValidation';
import type { Scenario } from '../../src/lib/scenarioSchema';
import { loadScenarios, SCENARIO_DIR } from './loadScenarios';

export default function scenariosPlugin(context: LoadContext): Plugin<Scenario[]> {
  return {
    name: 'scenarios',
    getPathsToWatch() {
      return [path.join(context.siteDir, SCENARIO_DIR, '*.mdx')];
    },
    async loadContent() {
      const { scenarios, problems } = loadScenarios(context.siteDir);
      if (problems.length > 0) throw new Error(formatScenarioProblems(problems));
      return scenarios;
    },
    async contentLoaded({ content, actions }) {
      await actions.createData('scenarios.json', JSON.stringify(content));
    },
  };
}
