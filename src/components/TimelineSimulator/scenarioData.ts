/**
 * The scenarios as the build parsed and validated them (plugins/scenarios), for the views.
 * Authors edit docs/training/simulator/<id>.mdx; nothing is registered here.
 */
import data from '@generated/scenarios/default/scenarios.json';
import type { Scenario } from '@site/src/lib/scenarioSchema';

export const scenarioList: readonly Scenario[] = data;
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(data.map((s) => [s.id, s]));
