/**
 * The scenarios' titles and summaries as the build parsed and validated them (plugins/scenarios),
 * for the lists. Authors edit docs/training/simulator/<id>.mdx; nothing is registered here.
 *
 * Each page bundles only what it shows: a list imports these summaries, a scenario's page imports
 * its own scenario (`@generated/scenarios/default/by-id/<id>.json`), and only the facilitator's
 * page takes every scenario in full (allScenarios.ts).
 */
import summaries from '@generated/scenarios/default/summaries.json';
import type { ScenarioSummary } from '@site/src/lib/scenarioSummary';

export const scenarioSummaries: readonly ScenarioSummary[] = summaries;
