/**
 * Every scenario in full: for the facilitator's page only, which switches between them. Any other
 * page imports `scenarioData.ts` (summaries, or one scenario by id), so it does not carry all of
 * them (about 218 KB of JSON).
 */
import data from '@generated/scenarios/default/scenarios.json';
import type { Scenario } from '@site/src/lib/scenarioSchema';

export const scenarioList: readonly Scenario[] = data;
export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(data.map((s) => [s.id, s]));
