/**
 * Build-time validation: reads every kind of content through validateContent() and fails the
 * build with one message listing each problem's file, field and fix. The TypeScript data is passed
 * in as this plugin imported it, so the build checks exactly the data it ships.
 */
import { trees } from '../../src/data/trees';
import { signatureSystemFiles } from '../../src/data/signatures';
import { loadScenarios } from '../scenarios/loadScenarios';
import { alertMappings } from '../../src/data/alerts';
import { ownerKeys, owners } from '../../src/data/owners';
import { escalationTopics } from '../../src/data/escalationTopics';
import { publishedIds, retiredIds } from '../../src/data/runbookLedger';
import type { ContentResult } from '../../src/lib/content/validateContent';
import { formatContentProblems } from '../../src/lib/content/problems';
import { loadContent } from './content';

export async function loadValidatedContent(siteDir: string): Promise<ContentResult> {
  const result = await loadContent(siteDir, {
    data: {
      trees,
      signatureFiles: signatureSystemFiles,
      scenarios: loadScenarios(siteDir).scenarios,
      alerts: alertMappings,
      ownerKeys,
      owners,
      ledger: { publishedIds, retiredIds },
      escalation: {
        mustEscalate: Object.fromEntries(ownerKeys.map((k) => [k, owners[k].mustEscalate])),
        ownerNames: Object.fromEntries(ownerKeys.map((k) => [k, owners[k].name])),
        topics: escalationTopics,
      },
    },
    // Only the benchmark's generated runbooks may be left out of the trees (scripts/bench.ts).
    requireTreeCoverage: process.env.FG_BENCH_ALLOW_UNREACHABLE !== '1',
    today: new Date().toISOString().slice(0, 10),
  });
  if (result.problems.length > 0) throw new Error(formatContentProblems(result.problems));
  if (result.overdue.length > 0) {
    // A warning, not a failure: an old review date is a reason to read the page again, not to block a fix.
    console.warn(
      `[runbook-catalog] ${result.overdue.length} page(s) are overdue for review:\n${result.overdue
        .map((p) => `  - ${p.file}: last reviewed ${p.lastReviewed}, due ${p.due}`)
        .join('\n')}`,
    );
  }
  return result;
}
