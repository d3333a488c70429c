/**
 * Scenario checker for authors: `npm run --silent scenario-check` (a table) or
 * `npm run --silent scenario-check -- --json` (an array of { id, best, first, worst, randomMean }).
 * Exits 1 when a scenario fails to load, when its best path does not score highest, when always
 * taking the first option scores within 15 points of the best, or when a policy runs to the limit.
 */
import { loadScenarios } from '../plugins/scenarios/loadScenarios';
import { checkScenarios, FIRST_MARGIN, RANDOM_RUNS } from '../src/lib/scenarioCheck';
import { formatScenarioProblems } from '../src/lib/scenarioValidation';

const json = process.argv.includes('--json');
const { scenarios, problems } = loadScenarios(process.cwd());
if (problems.length > 0) {
  console.error(formatScenarioProblems(problems));
  process.exit(1);
}
const results = checkScenarios(scenarios);
if (json) {
  console.log(
    JSON.stringify(
      results.map(({ id, best, first, worst, randomMean }) => ({ id, best, first, worst, randomMean })),
      null,
      2,
    ),
  );
} else {
  console.log(`Scores out of 100 (first = always the first option shown; random = mean of ${RANDOM_RUNS} runs):`);
  for (const r of results) console.log(`${r.id.padEnd(34)} best ${r.best}  first ${r.first}  worst ${r.worst}  random ${r.randomMean}`);
}
const failing = results.filter((r) => r.problems.length > 0);
for (const r of failing) for (const p of r.problems) console.error(`${r.id}: ${p}`);
if (failing.length > 0) {
  console.error(
    `${failing.length} scenario(s) fail the check (the first-option policy must stay ${FIRST_MARGIN} points below the best path).`,
  );
  process.exit(1);
}
