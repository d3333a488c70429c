/**
 * Reads every scenario page (docs/training/simulator/<id>.mdx, all but index.mdx) and checks its
 * front matter against the scenario schema. Node only: the plugin, the checker CLI and the tests
 * call it; browsers get the result through the plugin's generated data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseScenarioFile, type Scenario, type ScenarioProblem } from '../../src/lib/scenarioSchema';

export const SCENARIO_DIR = 'docs/training/simulator';

export function loadScenarios(siteDir: string): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const dir = path.join(siteDir, SCENARIO_DIR);
  const files = readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('index.') && !f.startsWith('_'))
    .sort();
  const scenarios: { scenario: Scenario; position: number }[] = [];
  const problems: ScenarioProblem[] = [];
  for (const name of files) {
    const file = `${SCENARIO_DIR}/${name}`;
    let data: Record<string, unknown>;
    let body = '';
    try {
      const page = matter(readFileSync(path.join(dir, name), 'utf8'));
      data = page.data;
      body = page.content;
    } catch (error) {
      problems.push({ file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseScenarioFile(file, data);
    const position = typeof data.sidebar_position === 'number' ? data.sidebar_position : 1000;
    if (parsed.ok) {
      scenarios.push({ scenario: parsed.scenario, position });
      // The page hands its own scenario to the simulator, from the one file the build writes for it.
      const own = `@generated/scenarios/default/by-id/${parsed.scenario.id}.json`;
      if (!body.includes(own) || !body.includes('<ScenarioPage scenario={scenario} />'))
        problems.push({
          file,
          field: '(page body)',
          message: `must end with \`import scenario from '${own}';\` and \`<ScenarioPage scenario={scenario} />\` (see docs/contributing/scenario.mdx)`,
        });
    } else problems.push(...parsed.problems);
  }
  // The list follows the sidebar: by sidebar_position, then file name.
  scenarios.sort((a, b) => a.position - b.position);
  return { scenarios: scenarios.map((s) => s.scenario), problems };
}
