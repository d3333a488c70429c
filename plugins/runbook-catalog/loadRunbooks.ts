/**
 * Reads every runbook under docs/failure-modes/ from disk and validates it with the pure content
 * model in src/lib. Used by the Docusaurus plugin (build and dev server) and by
 * `npm run check:content` (fast check without a build).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { checkCatalog, type Ledger, type RunbookEntry } from '../../src/lib/catalog';
import { checkReferencePage, checkRunbookBody, parseRunbookFrontMatter, type RunbookProblem } from '../../src/lib/runbookModel';
import { publishedIds, retiredIds } from '../../src/data/runbookLedger';
import { ownerKeys as siteOwnerKeys } from '../../src/data/owners';
import { checkCommandVariables } from '../../src/lib/commandVariables';
import { contextFields } from '../../src/lib/alertContext';
import { checkCommandSafety } from '../../src/lib/commandSafety';

export const RUNBOOK_DIR = 'docs/failure-modes';

/** Reference pages: they must cite sources and carry a review date too. */
export const REFERENCE_DIRS = ['docs/codes', 'docs/compare', 'docs/vendors', 'docs/reference'];
export const REFERENCE_FILES = ['docs/visitors.mdx'];

/** Any .md/.mdx under docs/failure-modes/ is a runbook, except index pages and `_partials`. */
export function isRunbookFile(relativePath: string): boolean {
  const normalised = relativePath.split(path.sep).join('/');
  if (!normalised.startsWith(`${RUNBOOK_DIR}/`)) return false;
  const base = path.posix.basename(normalised);
  return /\.mdx?$/.test(base) && !base.startsWith('_') && !/^index\.mdx?$/.test(base);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))),
  );
  return nested.flat();
}

export interface LoadedCatalog {
  entries: RunbookEntry[];
  problems: RunbookProblem[];
}

/** `ledger` and `ownerKeys` default to this site's; the content check passes those of the site it reads. */
export async function loadRunbooks(
  siteDir: string,
  ledger: Ledger = { publishedIds, retiredIds },
  ownerKeys: readonly string[] = siteOwnerKeys,
): Promise<LoadedCatalog> {
  const files = (await listFiles(path.join(siteDir, RUNBOOK_DIR)))
    .map((abs) => path.relative(siteDir, abs).split(path.sep).join('/'))
    .filter(isRunbookFile)
    .sort();
  const entries: RunbookEntry[] = [];
  const problems: RunbookProblem[] = [];
  for (const file of files) {
    const source = await readFile(path.join(siteDir, file), 'utf8');
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(source);
    } catch (error) {
      problems.push({ file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    const result = parseRunbookFrontMatter(file, parsed.data, ownerKeys);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const expectedName = `${result.meta.id.toLowerCase()}.mdx`;
    if (path.posix.basename(file) !== expectedName) {
      problems.push({ file, field: 'id', message: `the file name must be the id in lower case: rename the file to ${expectedName}` });
    }
    problems.push(...checkRunbookBody(file, parsed.content));
    problems.push(...checkCommandVariables(file, parsed.content, result.meta.variables, contextFields));
    problems.push(...checkCommandSafety(file, parsed.content, ownerKeys));
    entries.push({ file, meta: result.meta });
  }
  problems.push(...checkCatalog(entries, ledger));
  problems.push(...(await checkReferencePages(siteDir, ownerKeys)));
  return { entries, problems };
}

async function checkReferencePages(siteDir: string, ownerKeys: readonly string[]): Promise<RunbookProblem[]> {
  const listed = (await Promise.all(REFERENCE_DIRS.map((d) => listFiles(path.join(siteDir, d))))).flat();
  const files = [...listed.map((abs) => path.relative(siteDir, abs).split(path.sep).join('/')), ...REFERENCE_FILES]
    .filter((f) => /\.mdx?$/.test(f) && !path.posix.basename(f).startsWith('_'))
    .sort();
  const problems: RunbookProblem[] = [];
  for (const file of files) {
    const source = await readFile(path.join(siteDir, file), 'utf8').catch(() => null);
    if (source === null) continue;
    try {
      const parsed = matter(source);
      problems.push(...checkReferencePage(file, parsed.data, parsed.content));
      problems.push(...checkCommandSafety(file, parsed.content, ownerKeys));
    } catch (error) {
      problems.push({ file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` });
    }
  }
  return problems;
}
