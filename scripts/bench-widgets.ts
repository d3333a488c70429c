/**
 * Widget speed, measured (not asserted in tests: timings on shared machines are noisy).
 *   npm run bench:widgets
 * Prints the median of several runs for: the signature matcher on a 1,000-line log excerpt against
 * the full catalog, and decoding + walking every tree path.
 */
import { performance } from 'node:perf_hooks';
import { signatures } from '../src/data/signatures';
import { trees } from '../src/data/trees';
import { compileSignatures, matchText } from '../src/lib/signatureMatcher';
import { decodePath, encodePath, pathsToLeaves, walkPath } from '../src/lib/decisionTree';

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

const report = {
  signatures: signatures.length,
  matcher_1000_lines_ms: Number(matchMs.toFixed(2)),
  compile_catalog_ms: Number(compileMs.toFixed(2)),
  tree_paths: paths.length,
  tree_decode_and_walk_all_paths_ms: Number(treeMs.toFixed(3)),
};
console.log(JSON.stringify(report, null, 2));
