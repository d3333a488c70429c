/**
 * One check for every kind of content: runbooks and reference pages, decision trees, error
 * signatures, simulator scenarios, training modules and alert mappings. Pure: it takes what a
 * loader read (plugins/runbook-catalog/content.ts reads the site's files) and returns every
 * problem as {file, field, message}. The build plugin and `npm run check:content` both call it, so
 * a mistake reads the same in both, and check:content finds it in seconds.
 *
 * Each kind keeps its own validator beside its engine; this only calls them and puts their
 * problems into one shape.
 */
import type { RunbookEntry } from '../catalog';
import type { RunbookProblem } from '../runbookModel';
import { treeFile, validateTrees, type TreeSet } from '../decisionTree';
import { checkTreeShapes } from '../treeSchema';
import { signatureFile, validateSignatures } from '../signatureValidation';
import {
  checkEscalationTopics,
  checkOnCallMay,
  checkSignatureStatus,
  checkVendorRows,
  vendorRows,
  type EscalationTopic,
} from '../consistency';
import type { SignatureSystemFile } from '../signatureTypes';
import { checkAnswersDisjoint, checkEveryCodeReaches, checkLeafOwners } from '../treeChecks';
import { validateOwnerFields } from '../ownerRules';
import { validateOwnersRegistry } from '../ownerSchema';
import { validateScenario } from '../scenarioValidation';
import type { Scenario } from '../scenarioSchema';
import { validateAlertMappings } from '../alertLinks';
import { checkAlertShapes } from '../alertSchema';
import type { TrainingModule } from '../trainingSchema';
import { overduePages, reviewEveryProblem, type ReviewedPage } from '../review';
import { parseTraining, type TrainingFolder } from './training';
import type { ContentProblem } from './problems';

export interface ContentSources {
  /** Runbooks as loaded and checked by the runbook loader (front matter, body, ledger). */
  runbooks: { entries: readonly RunbookEntry[]; problems: readonly RunbookProblem[] };
  trees: TreeSet;
  /** One entry per file of src/data/signatures/: its system and that system's signatures. */
  signatureFiles: readonly SignatureSystemFile[];
  scenarios: readonly Scenario[];
  /** The alert mappings as imported; each is checked against its schema first. */
  alerts: readonly unknown[];
  training: readonly TrainingFolder[];
  /** The owner keys of the organisation's owners registry. */
  ownerKeys: readonly string[];
  /** The registry's entries (src/data/owners.ts `owners`), checked field by field. */
  owners: unknown;
  /** Every page with a `last_reviewed` date, with its `review_every` if it sets one. */
  reviewed?: readonly ReviewedPage[];
  /** Vendor pages (docs/vendors/) as {file, body}, for the status agreement of their tables. */
  vendorPages?: readonly { file: string; body: string }[];
  /**
   * What needs escalation, per owner (owners registry `mustEscalate` and display names), and the
   * topics that recognise it in a runbook's `on_call_may` (src/data/escalationTopics.ts).
   */
  escalation?: {
    mustEscalate: Readonly<Record<string, readonly string[]>>;
    ownerNames: Readonly<Record<string, string>>;
    topics: readonly EscalationTopic[];
  };
}

export interface ContentOptions {
  /** Every runbook must be reachable from a tree (off only for the benchmark's generated pages). */
  requireTreeCoverage?: boolean;
  /** Today's date (YYYY-MM-DD), for the list of pages overdue for review. */
  today?: string;
}

export interface ContentResult {
  problems: ContentProblem[];
  runbooks: readonly RunbookEntry[];
  /** The training modules in path order, parsed and checked. */
  training: TrainingModule[];
  /** Pages past their review date on `options.today` (a warning for the build, not a problem). */
  overdue: ReturnType<typeof overduePages>;
}

export function validateContent(sources: ContentSources, options: ContentOptions = {}): ContentResult {
  const runbookIds = new Set(sources.runbooks.entries.map((e) => e.meta.id));
  const problems: ContentProblem[] = [...sources.runbooks.problems];

  // Each tree's shape first (treeSchema.ts); the graph checks below assume it, so a tree with a
  // shape problem is reported once here and left out of them.
  const shapes = checkTreeShapes(sources.trees);
  problems.push(
    ...shapes.map((p) => ({
      file: treeFile(p.treeId),
      field: p.node === '(tree)' ? p.field : `node ${p.node}${p.field === '(node)' ? '' : ` ${p.field}`}`,
      message: p.message,
    })),
  );
  const misshapen = new Set(shapes.map((p) => p.treeId));
  const validTrees: TreeSet = Object.fromEntries(Object.entries(sources.trees).filter(([id]) => !misshapen.has(id)));
  // A goto or alert that names a tree left out would read as "does not exist": an echo of the shape problem.
  const namesMisshapen = (message: string) => [...misshapen].some((id) => message.includes(`tree "${id}"`));

  const trees = validateTrees(
    validTrees,
    sources.runbooks.entries.map((e) => ({ id: e.meta.id, primary: e.meta.status[0] ?? 0 })),
    { requireCoverage: options.requireTreeCoverage ?? true },
  );
  const treeProblem = (p: { file: string; node: string; message: string }) => ({
    file: p.file,
    field: p.node === '(tree)' ? '(tree)' : `node ${p.node}`,
    message: p.message,
  });
  problems.push(...trees.filter((p) => !namesMisshapen(p.message)).map(treeProblem));

  // The owners registry itself (ownerSchema.ts), then owners per hop and tree answers (treeChecks.ts, ownerRules.ts).
  problems.push(...validateOwnersRegistry(sources.ownerKeys, sources.owners));
  const registry = new Set<string>(sources.ownerKeys);
  const metas = sources.runbooks.entries.map((e) => e.meta);
  for (const e of sources.runbooks.entries) {
    problems.push(...validateOwnerFields(e.meta, registry, e.file).map((p) => ({ file: e.file, field: p.field, message: p.message })));
  }
  const coverage = (options.requireTreeCoverage ?? true) ? checkEveryCodeReaches(validTrees, metas) : [];
  problems.push(...[...coverage, ...checkAnswersDisjoint(validTrees), ...checkLeafOwners(validTrees, metas, registry)].map(treeProblem));

  const signatures = validateSignatures(sources.signatureFiles, runbookIds);
  problems.push(...signatures.map((p) => ({ file: p.file, field: `signature ${p.signature}`, message: p.message })));

  // Consistency across pages (consistency.ts): on_call_may against the registry's escalations,
  // and status codes against the signatures that point at a runbook.
  if (sources.escalation) {
    const { mustEscalate, ownerNames, topics } = sources.escalation;
    problems.push(...checkEscalationTopics(topics, mustEscalate));
    const name = (key: string) => ownerNames[key] ?? key;
    for (const e of sources.runbooks.entries) problems.push(...checkOnCallMay(e.file, e.meta.on_call_may, topics, name));
  }
  problems.push(
    ...checkSignatureStatus(
      sources.signatureFiles.flatMap((f) =>
        f.signatures.map((s) => ({ id: s.id, file: signatureFile(f.system.id), status: s.status, modes: s.modes })),
      ),
      sources.runbooks.entries.map((e) => ({ id: e.meta.id, file: e.file, status: e.meta.status })),
    ),
  );
  problems.push(
    ...checkVendorRows(
      (sources.vendorPages ?? []).flatMap((p) => vendorRows(p.file, p.body)),
      sources.runbooks.entries.map((e) => ({ id: e.meta.id, status: e.meta.status })),
    ),
  );

  const treeIds = new Set(Object.keys(sources.trees));
  const ownerKeys = new Set(sources.ownerKeys);
  problems.push(...sources.scenarios.flatMap((s) => validateScenario(s, runbookIds, treeIds, ownerKeys)));

  const alertShapes = checkAlertShapes(sources.alerts);
  problems.push(...alertShapes.problems);
  const alerts = validateAlertMappings(alertShapes.valid, runbookIds, validTrees);
  problems.push(
    ...alerts.filter((p) => !namesMisshapen(p.message)).map((p) => ({ file: p.file, field: `alert ${p.alert}`, message: p.message })),
  );

  const training = parseTraining(sources.training, { scenarioIds: new Set(sources.scenarios.map((s) => s.id)) });
  problems.push(...training.problems);

  const reviewed = sources.reviewed ?? [];
  for (const page of reviewed) {
    const message = reviewEveryProblem(page.reviewEvery);
    if (message) problems.push({ file: page.file, field: 'review_every', message });
  }
  const overdue = options.today ? overduePages(reviewed, options.today) : [];

  return { problems: withoutEchoes(problems, sources.runbooks), runbooks: sources.runbooks.entries, training: training.modules, overdue };
}

/**
 * A runbook whose front matter is broken is left out of the catalog, so every tree leaf,
 * signature, scenario, alert and related link that names it would be reported too. Those echoes
 * hide the one real problem; keep only the runbook's own (its file name is its id in lower case).
 */
function withoutEchoes(problems: readonly ContentProblem[], runbooks: ContentSources['runbooks']): ContentProblem[] {
  const parsed = new Set(runbooks.entries.map((e) => e.file));
  const broken = [...new Set(runbooks.problems.map((p) => p.file))]
    .filter((file) => file.startsWith('docs/failure-modes/') && !parsed.has(file))
    .map((file) => ({ file, id: `"${(file.split('/').pop() ?? '').replace(/\.mdx?$/, '').toUpperCase()}"` }));
  if (broken.length === 0) return [...problems];
  return problems.filter((p) => broken.every((b) => p.file === b.file || !p.message.includes(b.id)));
}
