/**
 * Widget speed, in Node (the engines are pure): the signature matcher on a 1,000-line log against
 * the whole catalog, lookup v2 on one line and on a 10,000-line excerpt, decoding and walking every
 * tree path, and every scenario played along its best path. Medians of several runs.
 * `npm run bench:widgets` prints these alone; `npm run bench` checks them against the budgets.
 */
import { performance } from 'node:perf_hooks';
import { signatures } from '../../src/data/signatures';
import { trees } from '../../src/data/trees';
import { compileSignatures, matchText } from '../../src/lib/signatureMatcher';
import { decodePath, encodePath, pathsToLeaves, walkPath } from '../../src/lib/decisionTree';
import { lookup } from '../../src/lib/signatureLookup';
import { runScenario } from '../../src/lib/simulator';
import { loadScenarios } from '../../plugins/scenarios/loadScenarios';
import { loadLookupData } from '../lookupCatalog';
import { readCorpus } from '../corpusAccuracy';
import { budgets, median } from './common';

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface WidgetSpeed {
  signatures: number;
  matcher1000LinesMs: number;
  compileCatalogMs: number;
  lookupOneLineMs: number;
  lookupExcerpt10000LinesMs: number;
  treePaths: number;
  treeDecodeAllPathsMs: number;
  scenarios: number;
  simulatorAllScenariosMs: number;
}

export async function widgetSpeed(root: string): Promise<WidgetSpeed> {
  const examples = signatures.flatMap((s) => s.examples);
  const log = Array.from({ length: 1000 }, (_, i) =>
    i % 10 === 0
      ? (examples[i % examples.length] ?? '')
      : `10.0.0.${i % 250} - - [22/Nov/2026:09:14:18 +0000] "GET /api/items/${i} HTTP/1.1" 200 512`,
  ).join('\n');
  const compiled = compileSignatures(signatures);
  const paths = Object.entries(trees).flatMap(([id, tree]) =>
    pathsToLeaves(tree).map((p) => encodePath('', { tree: id, answers: p.answers }, 'start')),
  );
  const scenarioList = loadScenarios(root).scenarios;
  // Lookup v2 on a 10,000-line excerpt: real corpus lines mixed into ordinary access-log lines,
  // with the per-line numbers that differ (so the template grouping has real work to do).
  const { data } = await loadLookupData(root);
  const corpusLines = readCorpus(root).map((c) => c.line);
  const excerpt = Array.from({ length: 10_000 }, (_, i) =>
    i % 5 === 0
      ? (corpusLines[i % corpusLines.length] ?? '')
      : `10.0.${i % 200}.${i % 250} - - [07/May/2020:03:15:${String(i % 60).padStart(2, '0')} +0000] "GET /api/items/${i} HTTP/1.1" 200 ${i % 900}`,
  ).join('\n');
  const round = (ms: number) => Number(ms.toFixed(2));
  return {
    signatures: signatures.length,
    matcher1000LinesMs: round(time(15, () => matchText(log, compiled))),
    compileCatalogMs: round(time(20, () => compileSignatures(signatures))),
    lookupOneLineMs: round(time(20, () => lookup(corpusLines[0] ?? '', data))),
    lookupExcerpt10000LinesMs: round(time(5, () => lookup(excerpt, data))),
    treePaths: paths.length,
    treeDecodeAllPathsMs: round(
      time(50, () => {
        for (const search of paths) {
          const d = decodePath(search, 'start');
          walkPath(trees, d.tree, d.answers);
        }
      }),
    ),
    scenarios: scenarioList.length,
    simulatorAllScenariosMs: round(time(20, () => scenarioList.forEach((s) => runScenario(s, s.bestPath)))),
  };
}

export function checkWidgetBudgets(result: WidgetSpeed): string[] {
  return result.matcher1000LinesMs > budgets.speed.maxMatcher1000LinesMs
    ? [`matcher: ${result.matcher1000LinesMs} ms for 1,000 lines (budget ${budgets.speed.maxMatcher1000LinesMs} ms)`]
    : [];
}
