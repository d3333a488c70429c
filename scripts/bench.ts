/**
 * The benchmark: `npm run bench` (not part of `npm test`: timings on shared machines are noisy).
 *
 * 1. Pages: builds the site, serves it as in production (scripts/serve.ts: compression, cache
 *    headers, CSP) and runs Lighthouse (mobile preset, system Chromium) several times on each
 *    measured page; reports the median performance score, LCP, TBT, CLS, total bytes, compressed
 *    JavaScript bytes and the accessibility score, and checks that pages without a widget load none
 *    of the widgets' code.
 * 2. Build cost: builds temporary copies of the site with 0, 250 and 1,000 generated extra runbooks
 *    and the same numbers of plain Markdown pages, and reports time per extra page.
 * 3. Widget speed: matcher on a 1,000-line log, tree path decoding, every scenario played out.
 * 4. Search: the size of the search index (raw and brotli), and how long the search page takes from
 *    navigation to its first result, in Chromium without and with Lighthouse's 4x CPU slowdown.
 *
 * Writes bench/report.json, prints a table, and exits 1 when a budget in bench/budgets.json is
 * missed. Options: --skip-build, --skip-build-cost, --runs N (default 3).
 */
import { printCorpusAccuracy } from './corpusAccuracy';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { signatures } from '../src/data/signatures';
import { trees } from '../src/data/trees';
import { loadScenarios } from '../plugins/scenarios/loadScenarios';
import { compileSignatures, matchText } from '../src/lib/signatureMatcher';
import { decodePath, encodePath, pathsToLeaves, walkPath } from '../src/lib/decisionTree';
import { runScenario } from '../src/lib/simulator';
import { resolveChromium } from './lib/chromium';

const scenarioList = loadScenarios(process.cwd()).scenarios;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const root = process.cwd();
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as {
  pages: {
    minPerformanceScore: number;
    minAccessibilityScore: number;
    maxCls: number;
    maxScoreBelowStockDocusaurus: number;
    maxPlainPageExtraJsKbOverStock: number;
  };
  widgets: { maxExtraJsKbOverReference: number; pagesWithoutWidgetsShipNoWidgetCode: boolean };
  build: { maxRunbookCostRatioToPlainPage: number };
  speed: { maxMatcher1000LinesMs: number };
  search: { maxIndexKbBrotli: number; maxFirstResultMsSlowed: number };
};
const failures: string[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

interface MeasuredPage {
  name: string;
  path: string;
  widget: boolean;
  /**
   * Served from a stock Docusaurus site built for comparison, not from this site: 'plain' is
   * reported for information, 'equivalent' is the yardstick of the relative budgets.
   */
  stock?: StockKind;
}

const pages: MeasuredPage[] = [
  { name: 'stock Docusaurus (same text)', path: '/docs/intro', widget: false, stock: 'plain' },
  { name: 'stock + PWA + search, same page count', path: '/docs/intro', widget: false, stock: 'equivalent' },
  { name: 'home', path: '/', widget: false },
  { name: 'reference (baseline)', path: '/docs/reference/recovery-classes', widget: false },
  { name: 'plain runbook', path: '/docs/failure-modes/fm-502-keepalive-race', widget: false },
  { name: 'code page + tree', path: '/docs/codes/502', widget: true },
  { name: 'signature lookup', path: '/docs/lookup', widget: true },
  { name: 'simulator', path: '/docs/training/simulator/canary-flag-legacy-data', widget: true },
];

function run(cmd: string, cmdArgs: string[], cwd = root, env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${r.stderr.slice(-3000)}`);
  return performance.now() - start;
}

/** Chunk files that hold a widget's code, found by strings only that widget contains. */
function widgetChunks(): Set<string> {
  const markers = ['Step 1 minute', 'Copy incident note', 'nginx-upstream-prematurely-closed-header', 'Link to'];
  const dir = path.join(root, 'build/assets/js');
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    if (markers.some((m) => text.includes(m))) out.add(f);
  }
  return out;
}

interface PageResult {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKb: number;
  jsKb: number;
  widgetChunksLoaded: string[];
}

/**
 * Lighthouse runs as its own CLI process (not through tsx, whose helpers would leak into the
 * functions Lighthouse sends to the browser), each run in a fresh headless Chromium.
 */
function lighthouseRun(url: string, attempt = 1): LighthouseResult {
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
  const r = spawnSync(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${flags}`,
      ...(chromePath ? [`--chrome-path=${chromePath}`] : []),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) {
    // Lighthouse now and then loses its own trace (NO_NAVSTART, NO_FCP) on a busy machine: that
    // says nothing about the page, so the run is repeated, twice at most.
    if (attempt < 3) {
      console.log(`  Lighthouse run failed for ${url} (attempt ${attempt}), running it again`);
      return lighthouseRun(url, attempt + 1);
    }
    throw new Error(`Lighthouse failed for ${url}:\n${r.stderr.slice(-2000)}`);
  }
  return JSON.parse(r.stdout) as LighthouseResult;
}

interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

async function measurePages(port: number, stockPorts: Record<StockKind, number>): Promise<PageResult[]> {
  const chunks = widgetChunks();
  const results: PageResult[] = [];
  for (const page of pages) {
    const samples: PageResult[] = [];
    for (let i = 0; i < runs; i++) {
      const lhr = lighthouseRun(`http://127.0.0.1:${page.stock ? stockPorts[page.stock] : port}${page.path}`);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
      const requests =
        (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)
          ?.items ?? [];
      const js = requests.filter((r) => r.resourceType === 'Script');
      samples.push({
        name: page.name,
        path: page.path,
        performance: lhr.categories.performance?.score ?? 0,
        accessibility: lhr.categories.accessibility?.score ?? 0,
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        totalKb: audit('total-byte-weight') / 1024,
        jsKb: js.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024,
        widgetChunksLoaded: page.stock ? [] : js.map((r) => path.basename(new URL(r.url).pathname)).filter((f) => chunks.has(f)),
      });
    }
    const pick = (k: keyof PageResult) => median(samples.map((s) => s[k] as number));
    results.push({
      name: page.name,
      path: page.path,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      lcpMs: Math.round(pick('lcpMs')),
      tbtMs: Math.round(pick('tbtMs')),
      cls: Number(pick('cls').toFixed(4)),
      totalKb: Number(pick('totalKb').toFixed(1)),
      jsKb: Number(pick('jsKb').toFixed(1)),
      widgetChunksLoaded: samples[0]?.widgetChunksLoaded ?? [],
    });
    process.stdout.write(`  measured ${page.name}\n`);
  }
  return results;
}

function checkPageBudgets(results: PageResult[]): void {
  const reference = results.find((r) => r.name.startsWith('reference'));
  const stock = results.find((r) => pages.find((p) => p.name === r.name)?.stock === 'equivalent');
  for (const r of results) {
    const page = pages.find((p) => p.name === r.name);
    // The stock sites are yardsticks, not pages of ours: only compared against.
    if (page?.stock) continue;
    if (stock && r.performance < stock.performance - budgets.pages.maxScoreBelowStockDocusaurus) {
      failures.push(
        `${r.name}: performance ${r.performance} is more than ${budgets.pages.maxScoreBelowStockDocusaurus} below the equivalent stock Docusaurus site's ${stock.performance}`,
      );
    }
    if (stock && !page?.widget && r.jsKb - stock.jsKb > budgets.pages.maxPlainPageExtraJsKbOverStock) {
      failures.push(
        `${r.name}: ${(r.jsKb - stock.jsKb).toFixed(1)} KB more compressed JS than the equivalent stock Docusaurus site (budget ${budgets.pages.maxPlainPageExtraJsKbOverStock} KB)`,
      );
    }
    if (r.performance < budgets.pages.minPerformanceScore)
      failures.push(`${r.name}: performance ${r.performance} < ${budgets.pages.minPerformanceScore}`);
    if (r.accessibility < budgets.pages.minAccessibilityScore)
      failures.push(`${r.name}: accessibility ${r.accessibility} < ${budgets.pages.minAccessibilityScore}`);
    if (r.cls >= budgets.pages.maxCls) failures.push(`${r.name}: CLS ${r.cls} >= ${budgets.pages.maxCls}`);
    if (page?.widget && reference && r.jsKb - reference.jsKb > budgets.widgets.maxExtraJsKbOverReference) {
      failures.push(
        `${r.name}: ${(r.jsKb - reference.jsKb).toFixed(1)} KB more compressed JS than the reference page (budget ${budgets.widgets.maxExtraJsKbOverReference} KB)`,
      );
    }
    if (!page?.widget && budgets.widgets.pagesWithoutWidgetsShipNoWidgetCode && r.widgetChunksLoaded.length > 0) {
      failures.push(`${r.name}: loads widget code (${r.widgetChunksLoaded.join(', ')})`);
    }
  }
}

type StockKind = 'plain' | 'equivalent';

/**
 * The yardsticks: stock Docusaurus sites (classic preset, same version, none of our code) whose
 * measured docs page carries the reference page's text. 'plain' is Docusaurus as it comes, with a
 * dozen pages. 'equivalent' adds what this guide must have and any site of its kind pays for: the
 * same offline (PWA) and local-search plugins, with the settings of docusaurus.config.ts that decide
 * what a page loads (activation strategy 'always', hashed index of docs and pages; cosmetic options
 * left out), and as many docs pages as this site, in categories, so its sidebar and route data are
 * the same size. Our pages are held to the equivalent site; the plain one shows what those
 * features cost. Change these settings when the site's change.
 */
function stockSite(kind: StockKind): string {
  const dir = mkdtempSync(path.join(tmpdir(), `fg-stock-${kind}-`));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'stock-docusaurus', private: true }));
  const equivalent = kind === 'equivalent';
  writeFileSync(
    path.join(dir, 'docusaurus.config.js'),
    `module.exports = ${JSON.stringify({
      title: 'Stock Docusaurus',
      url: 'https://example.com',
      baseUrl: '/',
      future: { v4: true },
      onBrokenLinks: 'ignore',
      onBrokenAnchors: 'ignore',
      markdown: { hooks: { onBrokenMarkdownLinks: 'ignore' } },
      presets: [['classic', { docs: {}, blog: false }]],
      themes: equivalent
        ? [
            [
              '@easyops-cn/docusaurus-search-local',
              { hashed: true, language: ['en'], indexDocs: true, indexPages: true, indexBlog: false, docsRouteBasePath: '/docs' },
            ],
          ]
        : [],
      plugins: equivalent
        ? [
            [
              '@docusaurus/plugin-pwa',
              { offlineModeActivationStrategies: ['always'], pwaHead: [{ tagName: 'link', rel: 'manifest', href: '/manifest.json' }] },
            ],
          ]
        : [],
      themeConfig: { navbar: { title: 'Stock', items: [{ type: 'doc', docId: 'intro', label: 'Docs' }] } },
    })};\n`,
  );
  mkdirSync(path.join(dir, 'docs'));
  mkdirSync(path.join(dir, 'static'));
  writeFileSync(path.join(dir, 'static/manifest.json'), JSON.stringify({ name: 'Stock', start_url: '/', display: 'standalone' }));
  const text = readFileSync(path.join(root, 'docs/reference/recovery-classes.mdx'), 'utf8')
    .replace(/^---[\s\S]*?---\n/, '')
    .replace(/^<[A-Z].*\/>$/gm, '');
  writeFileSync(path.join(dir, 'docs/intro.md'), `---\ntitle: Severity and recovery classes\n---\n\n${text}`);
  const neighbours = equivalent ? listFiles(path.join(root, 'docs'), /\.mdx?$/).length - 1 : 12;
  const categories = equivalent ? ['500', '502', '503', '504', 'reference', 'training'] : [''];
  for (let i = 0; i < neighbours; i++) {
    const category = categories[i % categories.length] ?? '';
    mkdirSync(path.join(dir, 'docs', category), { recursive: true });
    writeFileSync(
      path.join(dir, 'docs', category, `page-${i}.md`),
      `---\ntitle: A neighbour page in the sidebar, number ${i}\ndescription: One sentence about this page, about as long as the descriptions this guide writes for its runbooks.\n---\n\nA neighbour in the sidebar.\n`,
    );
  }
  run('npx', ['docusaurus', 'build', '--out-dir', 'build'], dir);
  // The local server wants a home page; the stock site's is its docs page.
  cpSync(path.join(dir, 'build/docs/intro/index.html'), path.join(dir, 'build/index.html'));
  return dir;
}

/** Every file under `dir` whose name matches `pattern`, at any depth. */
function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(full, pattern);
    return pattern.test(e.name) ? [full] : [];
  });
}

/**
 * A CDN serves compressed files from its cache: compress every file once before measuring. All of
 * them, not only the measured pages' own: the service worker fetches the whole site after the
 * first load, and a server compressing hundreds of files at that moment would compete with the
 * page for this machine's CPU, which no real host does.
 */
async function warmUp(port: number, dir: string): Promise<void> {
  for (const f of listFiles(dir, /\.(js|css|html|json|svg|xml|txt)$/)) {
    const urlPath = `/${path.relative(dir, f).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    await fetch(`http://127.0.0.1:${port}${urlPath}`, { headers: { 'accept-encoding': 'br' } })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }
}

let nextPort = 4400 + Math.floor(Math.random() * 400);

async function startServer(dir: string): Promise<{ port: number; server: ChildProcess }> {
  const port = nextPort++;
  const server = spawn('npx', ['tsx', path.join(root, 'scripts/serve.ts'), '--dir', path.join(dir, 'build'), '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await warmUp(port, path.join(dir, 'build'));
  return { port, server };
}

/** A temporary copy of the site sharing node_modules, with extra pages generated. */
function siteCopy(extraRunbooks: number, extraPlain: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-bench-'));
  for (const entry of ['docs', 'src', 'plugins', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const template = readFileSync(path.join(root, 'docs/failure-modes/502/fm-502-keepalive-race.mdx'), 'utf8').replace(
    /\nrelated:\n(\s+- .*\n)+/,
    '\nrelated: []\n',
  );
  const ids: string[] = [];
  mkdirSync(path.join(dir, 'docs/failure-modes/502'), { recursive: true });
  for (let i = 0; i < extraRunbooks; i++) {
    const id = `FM-502-BENCH-${String(i).padStart(4, '0')}`;
    ids.push(id);
    const body = template
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^title: .*$/m, `title: Generated runbook ${i}`)
      .replace(/^sidebar_label: .*$/m, `sidebar_label: Generated ${i}`)
      // Relative links point at neighbours that stay in 502/, so the copy's links still resolve.
      .replace(/\]\(\.\.\/(\d{3})\//g, '](../$1/');
    writeFileSync(path.join(dir, `docs/failure-modes/502/${id.toLowerCase()}.mdx`), body);
  }
  // A plain page is the same text as a runbook, as plain Markdown: no runbook front matter, no
  // components. Listed in the sidebar like the runbooks, so the two differ only in being a runbook.
  const plainTemplate = template
    .replace(/^---[\s\S]*?---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/^<[A-Z][\s\S]*?\/>$/gm, '')
    // Relative links, rewritten from docs/failure-modes/502/ to docs/bench/.
    .replace(/\]\(\.\.\/(\d{3})\//g, '](../failure-modes/$1/')
    .replace(/\]\(\.\//g, '](../failure-modes/502/');
  if (extraPlain > 0) {
    mkdirSync(path.join(dir, 'docs/bench'), { recursive: true });
    const sidebars = path.join(dir, 'sidebars.ts');
    writeFileSync(
      sidebars,
      readFileSync(sidebars, 'utf8').replace(
        "    'visitors',",
        "    'visitors',\n    { type: 'category', label: 'Bench', items: [{ type: 'autogenerated', dirName: 'bench' }] },",
      ),
    );
  }
  for (let i = 0; i < extraPlain; i++) {
    writeFileSync(
      path.join(dir, `docs/bench/plain-${i}.md`),
      `---\ntitle: Plain page ${i}\nsidebar_label: Plain ${i}\n---\n${plainTemplate}`,
    );
  }
  const ledger = path.join(dir, 'src/data/runbookLedger.ts');
  writeFileSync(
    ledger,
    readFileSync(ledger, 'utf8').replace(
      'export const publishedIds: readonly string[] = [',
      `export const publishedIds: readonly string[] = [\n${ids.map((id) => `  '${id}',`).join('\n')}`,
    ),
  );
  return dir;
}

function buildCost(): { label: string; extra: number; kind: string; seconds: number }[] {
  const rows: { label: string; extra: number; kind: string; seconds: number }[] = [];
  // Generated runbooks are not leaves of any tree; this switch (bench only) lets the build accept that.
  const env = { ...process.env, FG_BENCH_ALLOW_UNREACHABLE: '1' };
  for (const [extra, kind] of [
    [0, 'none'],
    [250, 'runbooks'],
    [1000, 'runbooks'],
    [250, 'plain'],
    [1000, 'plain'],
  ] as const) {
    const dir = siteCopy(kind === 'runbooks' ? extra : 0, kind === 'plain' ? extra : 0);
    try {
      const ms = run('npx', ['docusaurus', 'build', '--out-dir', 'build'], dir, env);
      rows.push({ label: kind === 'none' ? 'site as it is' : `+${extra} ${kind}`, extra, kind, seconds: Number((ms / 1000).toFixed(1)) });
      process.stdout.write(`  built ${rows.at(-1)?.label}: ${rows.at(-1)?.seconds} s\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = rows[0]?.seconds ?? 0;
  const perPage = (kind: string, extra: number) =>
    ((rows.find((r) => r.kind === kind && r.extra === extra)?.seconds ?? base) - base) / extra;
  const ratio = perPage('runbooks', 1000) / Math.max(1e-6, perPage('plain', 1000));
  if (ratio > budgets.build.maxRunbookCostRatioToPlainPage) {
    failures.push(
      `build: an extra runbook costs ${ratio.toFixed(2)}x a plain page (budget ${budgets.build.maxRunbookCostRatioToPlainPage}x)`,
    );
  }
  return rows;
}

function widgetSpeed() {
  const time = (n: number, fn: () => void) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    return Number(median(xs).toFixed(2));
  };
  const examples = signatures.flatMap((s) => s.examples);
  const log = Array.from({ length: 1000 }, (_, i) =>
    i % 10 === 0 ? (examples[i % examples.length] ?? '') : `10.0.0.${i % 250} - - "GET /api/items/${i} HTTP/1.1" 200 512`,
  ).join('\n');
  const compiled = compileSignatures(signatures);
  const paths = Object.entries(trees).flatMap(([id, t]) =>
    pathsToLeaves(t).map((p) => encodePath('', { tree: id, answers: p.answers }, 'start')),
  );
  const result = {
    signatures: signatures.length,
    matcher1000LinesMs: time(15, () => matchText(log, compiled)),
    treePaths: paths.length,
    treeDecodeAllPathsMs: time(50, () =>
      paths.forEach((s) => walkPath(trees, decodePath(s, 'start').tree, decodePath(s, 'start').answers)),
    ),
    scenarios: scenarioList.length,
    simulatorAllScenariosMs: time(20, () => scenarioList.forEach((s) => runScenario(s, s.bestPath))),
  };
  if (result.matcher1000LinesMs > budgets.speed.maxMatcher1000LinesMs)
    failures.push(`matcher: ${result.matcher1000LinesMs} ms for 1,000 lines`);
  return result;
}

/**
 * The search index is one file that the first search on any page fetches and parses (in a worker)
 * before it can answer: its size and the wait for a first result, measured on the search page
 * opened from a link, in a fresh browser context each time (nothing cached).
 */
async function searchSpeed(port: number) {
  const index = readFileSync(path.join(root, 'build/search-index.json'));
  const query = 'FM-502-KEEPALIVE-RACE';
  const firstResult = 'article a[href$="/docs/failure-modes/fm-502-keepalive-race"]';
  const browser = await chromium.launch(resolveChromium());
  const wait = async (slowdown: number) => {
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const t = performance.now();
      await page.goto(`http://127.0.0.1:${port}/search?q=${encodeURIComponent(query)}`);
      await page.locator(firstResult).first().waitFor({ timeout: 120_000 });
      xs.push(performance.now() - t);
      await context.close();
    }
    return Math.round(median(xs));
  };
  try {
    const result = {
      indexKb: Number((index.length / 1024).toFixed(1)),
      indexKbBrotli: Number((brotliCompressSync(index).length / 1024).toFixed(1)),
      firstResultMs: await wait(1),
      firstResultMsSlowed: await wait(4),
    };
    if (result.indexKbBrotli > budgets.search.maxIndexKbBrotli)
      failures.push(`search: index is ${result.indexKbBrotli} KB brotli (budget ${budgets.search.maxIndexKbBrotli} KB)`);
    if (result.firstResultMsSlowed > budgets.search.maxFirstResultMsSlowed)
      failures.push(
        `search: first result after ${result.firstResultMsSlowed} ms at 4x CPU slowdown (budget ${budgets.search.maxFirstResultMsSlowed} ms)`,
      );
    return result;
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log('5xx Field Guide benchmark');
  if (!args.includes('--skip-build')) {
    console.log('- building the production site');
    run('npm', ['run', 'build']);
  }
  console.log('- building stock Docusaurus sites with the reference text, for comparison');
  const stockDirs = { plain: stockSite('plain'), equivalent: stockSite('equivalent') };
  const ours = await startServer(root);
  const stock = { plain: await startServer(stockDirs.plain), equivalent: await startServer(stockDirs.equivalent) };
  let pageResults: PageResult[] = [];
  let search: Awaited<ReturnType<typeof searchSpeed>> | undefined;
  try {
    console.log(`- Lighthouse, ${runs} runs per page (median)`);
    pageResults = await measurePages(ours.port, { plain: stock.plain.port, equivalent: stock.equivalent.port });
    console.log('- search: index size and time to the first result');
    search = await searchSpeed(ours.port);
  } finally {
    ours.server.kill();
    for (const s of Object.values(stock)) s.server.kill();
    for (const d of Object.values(stockDirs)) rmSync(d, { recursive: true, force: true });
  }
  checkPageBudgets(pageResults);
  const build = args.includes('--skip-build-cost') ? [] : (console.log('- build cost with generated pages'), buildCost());
  const speed = widgetSpeed();

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    runs,
    pages: pageResults,
    build,
    speed,
    search,
    budgets,
    failures,
  };
  writeFileSync(path.join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.table(
    pageResults.map((r) => ({
      page: r.name,
      perf: r.performance,
      a11y: r.accessibility,
      'LCP ms': r.lcpMs,
      'TBT ms': r.tbtMs,
      CLS: r.cls,
      'total KB': r.totalKb,
      'JS KB': r.jsKb,
    })),
  );
  if (build.length > 0) console.table(build);
  console.table([speed]);
  console.table([search]);
  // The signature lookup's accuracy over the real-line corpus, per vendor (see tests/corpus).
  await printCorpusAccuracy(root);
  if (failures.length > 0) {
    console.log(`\nBudgets missed (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery budget met. Report: bench/report.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
