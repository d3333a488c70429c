/** What the bench's parts share: the site's root, the budgets, a median, a timed command, the servers. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startGroup, type ProcessGroup } from '../lib/processGroup';

export const root = process.cwd();

/** bench/budgets.json: each budget's reason is in that file's $comment. */
export interface Budgets {
  pages: {
    maxScoreBelowStock: number;
    maxTbtRatioToStock: number;
    minAccessibilityScore: number;
    maxCls: number;
    maxPlainPageExtraJsKbOverStock: number;
  };
  widgets: { maxExtraJsKbOverReference: number; pagesWithoutWidgetsShipNoWidgetCode: boolean };
  build: { maxRunbookCostRatioToPlainPage: number };
  speed: { maxMatcher1000LinesMs: number };
  search: { maxIndexKbBrotli: number; maxFirstResultMsSlowed: number };
}

export const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as Budgets;

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Runs a command to its end and returns how long it took, in ms; throws with its stderr on failure. */
export function run(cmd: string, cmdArgs: string[], cwd = root, env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed:\n${r.stderr.slice(-3000)}`);
  return performance.now() - start;
}

/** Every file under `dir` whose name matches `pattern`, at any depth. */
export function listFiles(dir: string, pattern: RegExp): string[] {
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

export interface Server {
  port: number;
  group: ProcessGroup;
}

/**
 * Serves a built site (scripts/serve.ts) on a free port, warmed up. The server runs as
 * `node --import tsx serve.ts` in its own process group, with no `npx` or tsx wrapper between:
 * `server.group.stop()` stops it, and so does this process ending in any way (processGroup.ts).
 */
export async function startServer(buildDir: string): Promise<Server> {
  const port = nextPort++;
  const group = startGroup(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--dir', buildDir, '--port', String(port)],
    { cwd: root, env: { ...process.env, FG_EXIT_WITH_PARENT: String(process.pid) } },
  );
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    up = await fetch(`http://127.0.0.1:${port}/`)
      .then((r) => r.ok)
      .catch(() => false);
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) {
    await group.stop();
    throw new Error(`The server for ${buildDir} did not answer on port ${port}`);
  }
  await warmUp(port, buildDir);
  return { port, group };
}
