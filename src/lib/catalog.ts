/**
 * Catalog-wide checks over all runbooks: unique ids, related ids that exist, and the ledger of
 * published and retired ids. Pure: the caller reads the files.
 */
import type { RunbookMeta, RunbookProblem } from './runbookModel';

export interface RunbookEntry {
  /** Path relative to the site root, e.g. docs/failure-modes/502/fm-502-keepalive-race.mdx */
  file: string;
  meta: RunbookMeta;
}

export interface Ledger {
  publishedIds: readonly string[];
  retiredIds: Readonly<Record<string, string>>;
}

const LEDGER = 'src/data/runbookLedger.ts';

export function checkCatalog(entries: readonly RunbookEntry[], ledger: Ledger): RunbookProblem[] {
  const problems: RunbookProblem[] = [];
  const byId = new Map<string, RunbookEntry>();
  for (const entry of entries) {
    const previous = byId.get(entry.meta.id);
    if (previous) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `"${entry.meta.id}" is already used by ${previous.file}; ids are unique: pick a new one`,
      });
    } else {
      byId.set(entry.meta.id, entry);
    }
  }
  for (const entry of entries) {
    for (const rel of entry.meta.related) {
      if (!byId.has(rel)) {
        problems.push({ file: entry.file, field: 'related', message: `"${rel}" is not the id of any runbook` });
      }
    }
  }
  const published = new Set(ledger.publishedIds);
  for (const entry of entries) {
    if (ledger.retiredIds[entry.meta.id] !== undefined) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `"${entry.meta.id}" is retired in ${LEDGER}; a retired id is never reused: pick a new id`,
      });
    } else if (!published.has(entry.meta.id)) {
      problems.push({
        file: entry.file,
        field: 'id',
        message: `"${entry.meta.id}" is not in the ledger: add it to publishedIds in ${LEDGER}`,
      });
    }
  }
  for (const id of ledger.publishedIds) {
    if (byId.has(id)) continue;
    const target = ledger.retiredIds[id];
    if (target === undefined) {
      problems.push({
        file: LEDGER,
        field: 'publishedIds',
        message: `"${id}" was published but no runbook has it any more. Restore the page, or retire it: add "${id}": "<replacement id>" to retiredIds so /r/${id} keeps working`,
      });
    } else if (!byId.has(target)) {
      problems.push({ file: LEDGER, field: `retiredIds.${id}`, message: `forwards to "${target}", which is not the id of any runbook` });
    }
  }
  for (const id of Object.keys(ledger.retiredIds)) {
    if (!published.has(id)) {
      problems.push({
        file: LEDGER,
        field: `retiredIds.${id}`,
        message: `"${id}" is retired but was never in publishedIds; list it there too`,
      });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly RunbookProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}\n      field ${p.field}: ${p.message}`);
  return `The runbook catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** The canonical URL path of a runbook page (the slug is derived from the id, never from the file). */
export function runbookPath(id: string): string {
  return `/docs/failure-modes/${id.toLowerCase()}`;
}

/** Short-link path for an id. */
export function shortLinkPath(id: string): string {
  return `/r/${id.toLowerCase()}`;
}
