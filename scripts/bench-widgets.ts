/**
 * Widget speed, measured (not asserted in tests: timings on shared machines are noisy).
 *   npm run bench:widgets
 * Prints the median of several runs for: the signature matcher on a 1,000-line log excerpt against
 * the full catalog, lookup v2 (decoders, signatures, fallback ranker) on one line and on a
 * 10,000-line excerpt, and decoding + walking every tree path.
 */
import { performance } from 'node:perf_hooks';
import { signatures } from '../src/data/signatures';
import { trees } from '../src/data/trees';
import { compileSignatures, matchText } from '../src/lib/signatureMatcher';
import { decodePath, encodePath, pathsToLeaves, walkPath } from '../src/lib/decisionTree';
import { lookup } from '../src/lib/signatureLookup';
import { loadLookupData } from './lookupCatalog';
import { readCorpus } from './corpusAccuracy';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const examples = signatures.flatMap((s) => s.examples);
const log = Array.from({ length: 1000 }, (_, i) =>
  i % 10 === 0
    ? (examples[i % examples.length] ?? '')
    : `10.0.0.${i % 250} - - [22/Nov/2026:09:14:18 +0000] "GET /api/items/${i} HTTP/1.1" 200 512`,
).join('\n');

const compiled = compileSignatures(signatures);
const compileMs = time(20, () => compileSignatures(signatures));
const matchMs = time(15, () => matchText(log, compiled));
const paths = Object.entries(trees).flatMap(([id, tree]) =>
  pathsToLeaves(tree).map((p) => encodePath('', { tree: id, answers: p.answers }, 'start')),
);
const treeMs = time(50, () => {
  for (const search of paths) {
    const d = decodePath(search, 'start');
    walkPath(trees, d.tree, d.answers);
  }
});

// Lookup v2 on a 10,000-line excerpt: real corpus lines mixed into ordinary access-log lines, with
// the per-line numbers that differ (so the template grouping has real work to do).
async function main(): Promise<void> {
  const { data } = await loadLookupData(process.cwd());
  const corpusLines = readCorpus(process.cwd()).map((c) => c.line);
  const excerpt = Array.from({ length: 10_000 }, (_, i) =>
    i % 5 === 0
      ? (corpusLines[i % corpusLines.length] ?? '')
      : `10.0.${i % 200}.${i % 250} - - [07/May/2020:03:15:${String(i % 60).padStart(2, '0')} +0000] "GET /api/items/${i} HTTP/1.1" 200 ${i % 900}`,
  ).join('\n');
  const lookupOneLineMs = time(20, () => lookup(corpusLines[0] ?? '', data));
  const lookupExcerptMs = time(5, () => lookup(excerpt, data));

  const report = {
    signatures: signatures.length,
    lookup_one_line_ms: Number(lookupOneLineMs.toFixed(2)),
    lookup_excerpt_10000_lines_ms: Number(lookupExcerptMs.toFixed(1)),
    matcher_1000_lines_ms: Number(matchMs.toFixed(2)),
    compile_catalog_ms: Number(compileMs.toFixed(2)),
    tree_paths: paths.length,
    tree_decode_and_walk_all_paths_ms: Number(treeMs.toFixed(3)),
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
