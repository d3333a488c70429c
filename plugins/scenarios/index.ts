/**
 * Local plugin: reads the simulator scenarios from their pages' front matter, fails the build on
 * a schema problem (file and field named), and hands the parsed scenarios to the widgets in three
 * shapes, so that a page carries only what it shows: `by-id/<id>.json` one scenario each (a
 * scenario's page imports its own, see docs/contributing/scenario.mdx), `summaries.json` titles and summaries (the
 * list and the completion page) and `scenarios.json` all of them (only the facilitator's page,
 * which can switch between them). One module holding every scenario used to be bundled into each
 * scenario page's chunk: about 218 KB of JSON parsed on every one of them. Cross-checks against runbooks, trees and owners
 * run in plugins/runbook-catalog, which knows the runbook ids.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatScenarioProblems } from '../../src/lib/scenarioValidation';
import type { Scenario } from '../../src/lib/scenarioSchema';
import { loadScenarios, SCENARIO_DIR } from './loadScenarios';
import { scenarioSummary } from '../../src/lib/scenarioSummary';

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
      await actions.createData('summaries.json', JSON.stringify(content.map(scenarioSummary)));
      for (const scenario of content) await actions.createData(`by-id/${scenario.id}.json`, JSON.stringify(scenario));
    },
  };
}
