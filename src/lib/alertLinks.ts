/**
 * `/alerts/<alertname>` links: resolving an alert name (any letter case) to a page, and checking the
 * mapping data. Unknown names resolve to the triage start, keeping their context: never a 404.
 */
import type { AlertMapping } from './alertTypes';
import { runbookPath } from './catalog';
import { walkPath, type TreeSet } from './decisionTree';

const MAX_NAME = 100;

/** The alert name asked for by an `/alerts/<name>` path, or null. */
export function parseAlertPath(pathname: string, baseUrl = '/'): string | null {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!pathname.startsWith(base)) return null;
  const m = /^alerts\/([^/]+)\/?$/i.exec(pathname.slice(base.length));
  if (!m?.[1]) return null;
  try {
    const name = decodeURIComponent(m[1]).trim();
    return name.length > 0 && name.length <= MAX_NAME && /^[A-Za-z0-9_:.-]+$/.test(name) ? name : null;
  } catch {
    return null;
  }
}

/** Site path (without base URL) of a tree, with an optional answer path. */
export function treePagePath(tree: string, path: readonly string[] = []): string {
  const page = tree === 'start' ? '/docs/triage' : `/docs/codes/${tree}`;
  return path.length > 0 ? `${page}?path=${path.join('.')}` : page;
}

export interface AlertResolution {
  /** Site path, possibly with a query string, without the base URL. */
  path: string;
  mapping: AlertMapping | null;
}

export function findAlert(name: string, mappings: readonly AlertMapping[]): AlertMapping | null {
  const wanted = name.toLowerCase();
  return mappings.find((m) => m.alertname.toLowerCase() === wanted) ?? null;
}

/** Where an alert name leads: its mapped runbook or tree, else the triage start. */
export function resolveAlert(name: string, mappings: readonly AlertMapping[]): AlertResolution {
  const mapping = findAlert(name, mappings);
  if (!mapping) return { path: '/docs/triage', mapping: null };
  const t = mapping.target;
  return { path: 'runbook' in t ? runbookPath(t.runbook) : treePagePath(t.tree, t.path ?? []), mapping };
}

/**
 * Join a target (which may carry its own query) with the query the alert link came with, adding
 * the alert name. Parameters of the target win over the incoming ones.
 */
export function joinQuery(target: string, incoming: string, extra: Record<string, string> = {}): string {
  const [path, targetQuery = ''] = target.split('?', 2) as [string, string?];
  const params = new URLSearchParams(incoming);
  for (const [k, v] of Object.entries(extra)) if (!params.has(k)) params.set(k, v);
  for (const [k, v] of new URLSearchParams(targetQuery)) params.set(k, v);
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

export interface AlertMappingProblem {
  file: string;
  alert: string;
  message: string;
}

export function validateAlertMappings(
  mappings: readonly AlertMapping[],
  runbookIds: ReadonlySet<string>,
  trees: TreeSet,
): AlertMappingProblem[] {
  const file = 'src/data/alerts.ts';
  const problems: AlertMappingProblem[] = [];
  const seen = new Set<string>();
  for (const m of mappings) {
    const add = (message: string) => problems.push({ file, alert: m.alertname, message });
    const key = m.alertname.toLowerCase();
    if (seen.has(key)) add('the name is listed twice (names are matched case-insensitively)');
    seen.add(key);
    if (!/^[A-Za-z0-9_:.-]{1,100}$/.test(m.alertname)) add('alert names may hold letters, digits, "_", ":", "." and "-" only');
    const t = m.target;
    if ('runbook' in t) {
      if (!runbookIds.has(t.runbook)) add(`runbook "${t.runbook}" does not exist`);
    } else if (!trees[t.tree]) {
      add(`tree "${t.tree}" does not exist`);
    } else {
      const walk = walkPath(trees, t.tree, t.path ?? []);
      if (!walk || walk.invalidFrom !== undefined) add(`path ${JSON.stringify(t.path)} is not a valid path of the ${t.tree} tree`);
      else if (walk.treeId !== t.tree) add(`path ${JSON.stringify(t.path)} leaves the ${t.tree} tree; link to the tree it reaches instead`);
    }
  }
  return problems;
}
