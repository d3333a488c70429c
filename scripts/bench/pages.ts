/**
 * The page benchmark: Lighthouse (mobile preset, system Chromium) on pages of this site served as
 * in production, side by side with a stock Docusaurus site with the same plugins and page count
 * (the yardstick), interleaved so that whatever else the machine does hits both alike.
 *
 * Each round measures, for every page of ours, the yardstick and then that page (stock, ours A,
 * stock, ours B, ...), starting at a different page each round, plus the plain stock site once
 * for information. A page is compared with the medians of its own yardstick runs (the ones just
 * before it), so a page and its yardstick are always measured at the same moment. Budgets are
 * relative to the yardstick (score, TBT ratio) or independent of the machine (bytes, CLS,
 * accessibility, which chunks load): absolute scores on a shared machine are noise, and are
 * reported for information only.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets, listFiles, median, root, run } from './common';

export type StockKind = 'plain' | 'equivalent';

export interface MeasuredPage {
  name: string;
  path: string;
  widget: boolean;
}

/** Our pages, one of each template; the reference page carries the same text as the stock page. */
export const ourPages: readonly MeasuredPage[] = [
  { name: 'home', path: '/', widget: false },
  { name: 'reference (baseline)', path: '/docs/reference/recovery-classes', widget: false },
  { name: 'plain runbook', path: '/docs/failure-modes/fm-502-keepalive-race', widget: false },
  { name: 'code page + tree', path: '/docs/codes/502', widget: true },
  { name: 'signature lookup', path: '/docs/lookup', widget: true },
  { name: 'simulator', path: '/docs/training/simulator/canary-flag-legacy-data', widget: true },
];
export const stockPagePath = '/docs/intro';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One Lighthouse run's figures. */
export interface Sample {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKb: number;
  jsKb: number;
  scripts: string[];
}

/** A page's medians over its runs: a Sample's figures, without the script list. */
export interface PageFigures extends Omit<Sample, 'scripts'> {
  name: string;
  path: string;
  runs: number;
}

export interface PageResult extends PageFigures {
  widget: boolean;
  /** Medians of the yardstick runs made right before this page's runs. */
  stock: { performance: number; tbtMs: number; jsKb: number };
  scoreBelowStock: number;
  tbtRatioToStock: number;
  widgetChunksLoaded: string[];
  /** Every run's score and TBT, in order, with its yardstick run's: to see the spread. */
  samples: { performance: number; tbtMs: number; stockPerformance: number; stockTbtMs: number }[];
}

interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

/**
 * Lighthouse runs as its own CLI process (not through tsx, whose helpers would leak into the
 * functions Lighthouse sends to the browser), each run in a fresh headless Chromium that
 * Lighthouse starts and stops itself.
 */
async function lighthouseRun(url: string, attempt = 1): Promise<Sample> {
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';
  // Asynchronous, so that an interrupt is handled at once (the servers are stopped) rather than
  // after the run: a blocking spawnSync kept the signal handlers from running.
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility',
        `--chrome-flags=${flags}`,
        `--chrome-path=${chromePath}`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
  if (r.status !== 0) {
    // Lighthouse now and then loses its own trace (NO_NAVSTART, NO_FCP) on a busy machine: that
    // says nothing about the page, so the run is repeated, twice at most.
    if (attempt < 3) {
      console.log(`  Lighthouse run failed for ${url} (attempt ${attempt}), running it again`);
      return lighthouseRun(url, attempt + 1);
    }
    throw new Error(`Lighthouse failed for ${url}:\n${r.stderr.slice(-2000)}`);
  }
  const lhr = JSON.parse(r.stdout) as LighthouseResult;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
  const requests =
    (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)
      ?.items ?? [];
  const js = requests.filter((q) => q.resourceType === 'Script');
  return {
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalKb: audit('total-byte-weight') / 1024,
    jsKb: js.reduce((sum, q) => sum + (q.transferSize ?? 0), 0) / 1024,
    scripts: js.map((q) => path.basename(new URL(q.url).pathname)),
  };
}

function figures(name: string, pagePath: string, samples: readonly Sample[]): PageFigures {
  const pick = (k: keyof Omit<Sample, 'scripts'>) => median(samples.map((s) => s[k]));
  return {
    name,
    path: pagePath,
    runs: samples.length,
    performance: Number(pick('performance').toFixed(3)),
    accessibility: pick('accessibility'),
    lcpMs: Math.round(pick('lcpMs')),
    tbtMs: Math.round(pick('tbtMs')),
    cls: Number(pick('cls').toFixed(4)),
    totalKb: Number(pick('totalKb').toFixed(1)),
    jsKb: Number(pick('jsKb').toFixed(1)),
  };
}

/** Chunk files that hold a widget's code, found by strings only that widget contains. */
function widgetChunks(buildDir: string): Set<string> {
  const markers = ['Step 1 minute', 'Copy incident note', 'nginx-upstream-prematurely-closed-header', 'Link to'];
  const dir = path.join(buildDir, 'assets/js');
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    if (markers.some((m) => text.includes(m))) out.add(f);
  }
  return out;
}

export interface PagesReport {
  rounds: number;
  order: string;
  stock: PageFigures;
  stockPlain: PageFigures;
  pages: PageResult[];
}

/**
 * Measures `rounds` rounds. `ports`: where our site, the yardstick and the plain stock site are
 * served. `pages` defaults to all of ours.
 */
export async function measurePages(
  ports: { ours: number; equivalent: number; plain: number },
  rounds: number,
  buildDir: string,
  pages: readonly MeasuredPage[] = ourPages,
): Promise<PagesReport> {
  const ours = new Map<string, Sample[]>(pages.map((p) => [p.name, []]));
  const paired = new Map<string, Sample[]>(pages.map((p) => [p.name, []]));
  const plain: Sample[] = [];
  const url = (port: number, p: string) => `http://127.0.0.1:${port}${p}`;
  for (let round = 0; round < rounds; round++) {
    // Each round starts at a different page, so no page always follows the same one.
    const order = pages.map((_, i) => pages[(i + round) % pages.length] as MeasuredPage);
    for (const page of order) {
      paired.get(page.name)?.push(await lighthouseRun(url(ports.equivalent, stockPagePath)));
      ours.get(page.name)?.push(await lighthouseRun(url(ports.ours, page.path)));
    }
    plain.push(await lighthouseRun(url(ports.plain, stockPagePath)));
    console.log(`  round ${round + 1} of ${rounds} done`);
  }
  const chunks = widgetChunks(buildDir);
  const allStock = [...paired.values()].flat();
  const results: PageResult[] = pages.map((page) => {
    const samples = ours.get(page.name) ?? [];
    const stockSamples = paired.get(page.name) ?? [];
    const f = figures(page.name, page.path, samples);
    const stock = figures('yardstick', stockPagePath, stockSamples);
    return {
      ...f,
      widget: page.widget,
      stock: { performance: stock.performance, tbtMs: stock.tbtMs, jsKb: stock.jsKb },
      scoreBelowStock: Number((stock.performance - f.performance).toFixed(3)),
      tbtRatioToStock: Number((f.tbtMs / Math.max(1, stock.tbtMs)).toFixed(2)),
      widgetChunksLoaded: [...new Set(samples.flatMap((s) => s.scripts).filter((s) => chunks.has(s)))],
      samples: samples.map((s, i) => ({
        performance: s.performance,
        tbtMs: Math.round(s.tbtMs),
        stockPerformance: stockSamples[i]?.performance ?? 0,
        stockTbtMs: Math.round(stockSamples[i]?.tbtMs ?? 0),
      })),
    };
  });
  return {
    rounds,
    order: 'per round, for each page of ours: the yardstick, then the page; rounds start at a different page; the plain stock site last',
    stock: figures('stock + PWA + search, same page count (all yardstick runs)', stockPagePath, allStock),
    stockPlain: figures('stock Docusaurus as it comes (information)', stockPagePath, plain),
    pages: results,
  };
}

/** Budget misses, each a sentence. */
export function checkPageBudgets(report: PagesReport): string[] {
  const failures: string[] = [];
  const b = budgets.pages;
  const reference = report.pages.find((r) => r.name.startsWith('reference'));
  for (const r of report.pages) {
    if (r.scoreBelowStock > b.maxScoreBelowStock)
      failures.push(
        `${r.name}: performance ${r.performance} is ${r.scoreBelowStock} below the yardstick's ${r.stock.performance} in the same rounds (budget ${b.maxScoreBelowStock})`,
      );
    if (r.tbtRatioToStock > b.maxTbtRatioToStock)
      failures.push(
        `${r.name}: TBT ${r.tbtMs} ms is ${r.tbtRatioToStock}x the yardstick's ${r.stock.tbtMs} ms (budget ${b.maxTbtRatioToStock}x)`,
      );
    if (r.accessibility < b.minAccessibilityScore)
      failures.push(`${r.name}: accessibility ${r.accessibility} < ${b.minAccessibilityScore}`);
    if (r.cls >= b.maxCls) failures.push(`${r.name}: CLS ${r.cls} >= ${b.maxCls}`);
    if (!r.widget && r.jsKb - r.stock.jsKb > b.maxPlainPageExtraJsKbOverStock)
      failures.push(
        `${r.name}: ${(r.jsKb - r.stock.jsKb).toFixed(1)} KB more compressed JS than the yardstick (budget ${b.maxPlainPageExtraJsKbOverStock} KB)`,
      );
    if (r.widget && reference && r.jsKb - reference.jsKb > budgets.widgets.maxExtraJsKbOverReference)
      failures.push(
        `${r.name}: ${(r.jsKb - reference.jsKb).toFixed(1)} KB more compressed JS than the reference page (budget ${budgets.widgets.maxExtraJsKbOverReference} KB)`,
      );
    if (!r.widget && budgets.widgets.pagesWithoutWidgetsShipNoWidgetCode && r.widgetChunksLoaded.length > 0)
      failures.push(`${r.name}: loads widget code (${r.widgetChunksLoaded.join(', ')})`);
  }
  return failures;
}

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
export function stockSite(kind: StockKind): string {
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
