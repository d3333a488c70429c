/**
 * All simulator scenarios, keyed by id. To add one: write src/data/scenarios/<camelCaseId>.ts
 * (copy canaryFlagLegacyData.ts), import it here, and add a page under docs/training/simulator/.
 * The build validates every scenario (plugins/runbook-catalog).
 */
import type { Scenario } from '../../lib/scenarioTypes';
import { canaryFlagLegacyData } from './canaryFlagLegacyData';
import { readinessProbeMistake } from './readinessProbeMistake';
import { configCrashLoop } from './configCrashLoop';
import { keepaliveRace } from './keepaliveRace';
import { dbPoolSlowQuery } from './dbPoolSlowQuery';
import { retryStorm } from './retryStorm';
import { timeoutBudgets } from './timeoutBudgets';
import { cdnOriginUnreachable } from './cdnOriginUnreachable';
import { thirdPartyOutage } from './thirdPartyOutage';

const list: readonly Scenario[] = [
  canaryFlagLegacyData,
  readinessProbeMistake,
  configCrashLoop,
  keepaliveRace,
  dbPoolSlowQuery,
  retryStorm,
  timeoutBudgets,
  cdnOriginUnreachable,
  thirdPartyOutage,
];

export const scenarios: Readonly<Record<string, Scenario>> = Object.fromEntries(list.map((s) => [s.id, s]));
export const scenarioList: readonly Scenario[] = list;
