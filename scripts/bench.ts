/**
 * The benchmark: `npm run bench` (not part of `npm test`: timings on shared machines are noisy).
 * Each part lives in scripts/bench/:
 *
 * - pages: Lighthouse on our pages against a stock Docusaurus site with the same plugins (the
 *   yardstick), interleaved, with relative budgets (pages.ts), and a performance trace of the plain
 *   runbook and the stock page at 4x CPU slowdown with the top five main-thread costs (trace.ts);
 * - build-cost: build time per extra runbook against a plain page (buildCost.ts);
 * - widgets: the engines' speed in Node (widgets.ts);
 * - search: the index's size and the wait for a first result (search.ts).
 *
 * Writes bench/report.json (the parts measured replace theirs, the others are kept), prints
 * tables, exits 1 when a budget in bench/budgets.json is missed.
 *
 * Options: --only pages|build-cost|widgets|search (repeatable), --rounds N (default 5; --runs is
 * the same), --skip-build (use build/ as it is), --skip-build-cost, --no-trace.
 * Every server it starts is stopped when it ends, fails or is interrupted (scripts/lib/processGroup.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { printCorpusAccuracy } from './corpusAccuracy';
import { buildCost } from './bench/buildCost';
import { budgets, root, run, startServer, type Server } from './bench/common';
import { checkPageBudgets, measurePages, ourPages, stockPagePath, stockSite, type PagesReport } from './bench/pages';
import { searchSpeed } from './bench/search';
import { tracePage, type TraceSummary } from './bench/trace';
import { checkWidgetBudgets, widgetSpeed } from './bench/widgets';

const parts = ['pages', 'build-cost', 'widgets', 'search'] as const;
type Part = (typeof parts)[number];

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = args.flatMap((a, i) => (a === '--only' ? (args[i + 1]?.split(',') ?? []) : []));
for (const o of only) if (!parts.includes(o as Part)) throw new Error(`--only ${o}: choose from ${parts.join(', ')}`);
const wanted = (part: Part) => (only.length === 0 ? part !== 'build-cost' || !args.includes('--skip-build-cost') : only.includes(part));
const rounds = Number(valueOf('--rounds') ?? valueOf('--runs') ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of at least 1');

const reportFile = path.join(root, 'bench/report.json');

async function main(): Promise<void> {
  console.log(`5xx Field Guide benchmark: ${parts.filter(wanted).join(', ')}`);
  const failures: string[] = [];
  const previous = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>) : {};
  const report: Record<string, unknown> = {
    ...previous,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    budgets,
  };
  const needsSite = wanted('pages') || wanted('search');
  if (needsSite && !args.includes('--skip-build')) {
    console.log('- building the production site');
    run('npm', ['run', 'build']);
  }

  const servers: Server[] = [];
  const stockDirs: string[] = [];
  try {
    const ours = needsSite ? await startServer(path.join(root, 'build')) : undefined;
    if (ours) servers.push(ours);
    if (wanted('pages') && ours) {
      console.log('- building stock Docusaurus sites with the reference text, for comparison');
      const equivalentDir = stockSite('equivalent');
      stockDirs.push(equivalentDir);
      const plainDir = stockSite('plain');
      stockDirs.push(plainDir);
      const equivalent = await startServer(path.join(equivalentDir, 'build'));
      servers.push(equivalent);
      const plain = await startServer(path.join(plainDir, 'build'));
      servers.push(plain);
      console.log(`- Lighthouse, ${rounds} rounds, each page of ours right after the yardstick`);
      const pages = await measurePages(
        { ours: ours.port, equivalent: equivalent.port, plain: plain.port },
        rounds,
        path.join(root, 'build'),
      );
      failures.push(...checkPageBudgets(pages));
      report.pages = pages;
      printPages(pages);
      if (!args.includes('--no-trace')) {
        console.log('- performance traces at 4x CPU slowdown');
        const runbook = ourPages.find((p) => p.name === 'plain runbook');
        const traces: Record<string, TraceSummary> = {
          stock: await tracePage(`http://127.0.0.1:${equivalent.port}${stockPagePath}`),
          'plain runbook': await tracePage(`http://127.0.0.1:${ours.port}${runbook?.path ?? '/'}`),
        };
        const kept = (previous.traces ?? {}) as Record<string, unknown>;
        report.traces = { ...kept, latest: traces };
        for (const [name, t] of Object.entries(traces)) {
          console.log(`  ${name}: busy ${t.mainThreadBusyMs} ms, ${t.longTasks} long tasks, blocking ${t.blockingMs} ms`);
          console.table(t.top);
        }
      }
    }
    if (wanted('search') && ours) {
      console.log('- search: index size and time to the first result');
      report.search = await searchSpeed(ours.port, Math.min(rounds, 3), failures);
      console.table([report.search]);
    }
  } finally {
    for (const s of servers) await s.group.stop();
    for (const d of stockDirs) rmSync(d, { recursive: true, force: true });
  }
  if (wanted('build-cost')) {
    console.log('- build cost with generated pages');
    report.build = buildCost(failures);
    console.table(report.build);
  }
  if (wanted('widgets')) {
    const speed = await widgetSpeed(root);
    failures.push(...checkWidgetBudgets(speed));
    report.speed = speed;
    console.table([speed]);
    // The signature lookup's accuracy over the real-line corpus, per vendor (see tests/corpus).
    await printCorpusAccuracy(root);
  }
  report.failures = failures;
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  if (failures.length > 0) {
    console.log(`\nBudgets missed (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery budget met. Report: bench/report.json');
}

function printPages(pages: PagesReport): void {
  const row = (
    name: string,
    f: { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; jsKb: number },
  ) => ({
    page: name,
    perf: f.performance,
    a11y: f.accessibility,
    'LCP ms': f.lcpMs,
    'TBT ms': f.tbtMs,
    CLS: f.cls,
    'JS KB': f.jsKb,
  });
  console.table([
    row(pages.stock.name, pages.stock),
    row(pages.stockPlain.name, pages.stockPlain),
    ...pages.pages.map((p) => ({
      ...row(p.name, p),
      'stock perf': p.stock.performance,
      'stock TBT': p.stock.tbtMs,
      'TBT x stock': p.tbtRatioToStock,
    })),
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
