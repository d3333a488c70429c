/**
 * Reads every kind of content of a site from disk and hands it to the pure validateContent().
 * Used by the plugin (build and dev server), `npm run check:content` and the contributor recipes'
 * tests (on a temporary copy of the site). Node-only, so it lives outside src/lib.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import matter from 'gray-matter';
import type { ReviewedPage } from '../../src/lib/review';
import type { Ledger } from '../../src/lib/catalog';
import type { TreeSet } from '../../src/lib/decisionTree';
import type { SignatureSystemFile } from '../../src/lib/signatureTypes';
import type { Scenario } from '../../src/lib/scenarioSchema';
import { loadScenarios } from '../scenarios/loadScenarios';
import type { AlertMapping } from '../../src/lib/alertTypes';
import { validateContent, type ContentOptions, type ContentResult, type ContentSources } from '../../src/lib/content/validateContent';
import type { EscalationTopic } from '../../src/lib/consistency';
import {
  TRAINING_DIR,
  trainingModuleFile,
  trainingPageFile,
  trainingQuizFile,
  type ParsedFile,
  type TrainingFolder,
} from '../../src/lib/content/training';
import { loadRunbooks } from './loadRunbooks';

/** The content written as TypeScript data in src/data (trees, signatures, scenarios, alerts, owners, ledger). */
export interface DataModules {
  trees: TreeSet;
  signatureFiles: readonly SignatureSystemFile[];
  scenarios: readonly Scenario[];
  alerts: readonly AlertMapping[];
  ownerKeys: readonly string[];
  /** The registry's entries as imported; validateContent() checks each against its schema. */
  owners: unknown;
  ledger: Ledger;
  escalation?: ContentSources['escalation'];
}

/** Imports a site's src/data modules from disk (for a site other than this one, e.g. a temporary copy). */
export async function importDataModules(siteDir: string): Promise<DataModules> {
  const load = async (file: string): Promise<Record<string, unknown>> => {
    const mod = (await import(pathToFileURL(path.join(siteDir, file)).href)) as Record<string, unknown>;
    // A CommonJS-compiled module may arrive as { default: exports }.
    return Object.keys(mod).length === 1 && typeof mod.default === 'object' && mod.default ? (mod.default as Record<string, unknown>) : mod;
  };
  const [trees, signatures, alerts, owners, ledger] = await Promise.all([
    load('src/data/trees/index.ts'),
    load('src/data/signatures/index.ts'),
    load('src/data/alerts.ts'),
    load('src/data/owners.ts'),
    load('src/data/runbookLedger.ts'),
  ]);
  return {
    trees: trees.trees as TreeSet,
    signatureFiles: signatures.signatureSystemFiles as SignatureSystemFile[],
    scenarios: loadScenarios(siteDir).scenarios,
    alerts: alerts.alertMappings as AlertMapping[],
    ownerKeys: owners.ownerKeys as string[],
    owners: owners.owners,
    ledger: { publishedIds: ledger.publishedIds as string[], retiredIds: ledger.retiredIds as Record<string, string> },
    escalation: await loadEscalation(siteDir, owners.owners as Record<string, { name: string; mustEscalate: readonly string[] }>, load),
  };
}

/** The registry's escalations and the topics that recognise them; absent when the site has no topics file. */
async function loadEscalation(
  siteDir: string,
  registry: Record<string, { name: string; mustEscalate: readonly string[] }> | undefined,
  load: (file: string) => Promise<Record<string, unknown>>,
): Promise<ContentSources['escalation']> {
  const topicsFile = 'src/data/escalationTopics.ts';
  if (
    !registry ||
    !(await readFile(path.join(siteDir, topicsFile)).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  const topics = (await load(topicsFile)).escalationTopics as readonly EscalationTopic[];
  return {
    mustEscalate: Object.fromEntries(Object.entries(registry).map(([k, o]) => [k, o.mustEscalate])),
    ownerNames: Object.fromEntries(Object.entries(registry).map(([k, o]) => [k, o.name])),
    topics,
  };
}

async function readYaml(file: string): Promise<ParsedFile> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    return { ok: false, error: 'the file is missing' };
  }
  try {
    return { ok: true, data: parseYaml(source) as unknown };
  } catch (error) {
    return { ok: false, error: `is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` };
  }
}

/** Every folder under src/data/training/ is a module. */
export async function readTrainingFolders(siteDir: string): Promise<TrainingFolder[]> {
  const entries = await readdir(path.join(siteDir, TRAINING_DIR), { withFileTypes: true }).catch(() => []);
  const ids = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => ({
      id,
      module: await readYaml(path.join(siteDir, trainingModuleFile(id))),
      quiz: await readYaml(path.join(siteDir, trainingQuizFile(id))),
      page: await readFile(path.join(siteDir, trainingPageFile(id)), 'utf8').catch(() => null),
    })),
  );
}

async function listDocs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listDocs(path.join(dir, e.name)) : Promise.resolve(/\.mdx?$/.test(e.name) ? [path.join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/** Every page under docs/ that carries `last_reviewed`, with its `review_every` when set. */
export async function readReviewedPages(siteDir: string): Promise<ReviewedPage[]> {
  const files = (await listDocs(path.join(siteDir, 'docs'))).sort();
  const pages = await Promise.all(
    files.map(async (abs): Promise<ReviewedPage | null> => {
      const file = path.relative(siteDir, abs).split(path.sep).join('/');
      let data: Record<string, unknown>;
      try {
        data = matter(await readFile(abs, 'utf8')).data;
      } catch {
        return null; // The runbook and reference checks report broken front matter.
      }
      const value = data.last_reviewed;
      const lastReviewed = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : null;
      if (!lastReviewed || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) return null;
      const kind = file.startsWith('docs/failure-modes/') ? 'runbook' : 'reference';
      return { file, kind, lastReviewed, ...(data.review_every !== undefined ? { reviewEvery: data.review_every } : {}) };
    }),
  );
  return pages.filter((p): p is ReviewedPage => p !== null);
}

/** The vendor pages' bodies (docs/vendors/), for the status agreement of their tables. */
async function readVendorPages(siteDir: string): Promise<{ file: string; body: string }[]> {
  const files = (await listDocs(path.join(siteDir, 'docs/vendors'))).sort();
  return Promise.all(
    files.map(async (abs) => ({
      file: path.relative(siteDir, abs).split(path.sep).join('/'),
      body: matter(await readFile(abs, 'utf8')).content,
    })),
  );
}

/**
 * Reads and checks all content of the site at `siteDir`. `data` is the site's TypeScript data when
 * the caller has imported it already (the plugin); otherwise it is imported from `siteDir`.
 */
export async function loadContent(siteDir: string, options: ContentOptions & { data?: DataModules } = {}): Promise<ContentResult> {
  const data = options.data ?? (await importDataModules(siteDir));
  const [runbooks, training, reviewed] = await Promise.all([
    loadRunbooks(siteDir, data.ledger, data.ownerKeys),
    readTrainingFolders(siteDir),
    readReviewedPages(siteDir),
  ]);
  return validateContent({ ...data, runbooks, training, reviewed, vendorPages: await readVendorPages(siteDir) }, options);
}
