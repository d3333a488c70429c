/**
 * The decision tree's shape, written once: the types in treeTypes.ts are inferred from this schema,
 * and validateContent() checks every tree of src/data/trees/ against it before the graph checks
 * (decisionTree.ts validateTrees, treeChecks.ts). Kept apart from the engine so that the triage
 * widget, which imports the engine, never ships zod to browsers.
 */
import { z } from 'zod';
import { fieldPath } from './content/problems';

/** Stable ids and keys appear in shared triage URLs: kebab-case, never renamed or reused. */
const kebab = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be kebab-case (a-z, 0-9, single hyphens), e.g. proxy-log`);

/** Most answers one question may offer: beyond this, the buttons fill more than a phone screen. */
export const MAX_OPTIONS_PER_QUESTION = 12;

const text = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

export const treeOptionSchema = z
  .object({
    /** Stable key of the answer, unique within its question, kebab-case (used in URLs). */
    key: kebab('the option key'),
    /** Answer as the reader sees it. */
    label: text('the option label'),
    /** Id of the next node (question, leaf or goto) in the same tree. */
    next: text('next (the node this answer leads to)'),
    /**
     * What the reader sees that makes this the answer, in each vendor's words (Heroku H-codes,
     * Google Cloud statusDetails, HAProxy termination states, Envoy flags, ALB fields, nginx log
     * lines). Shown under the answer.
     */
    help: text('help').optional(),
    /**
     * Observation tokens: the vendor codes and exact strings that select this answer (`H12`, `UF`,
     * `backend_timeout`, `sH`). No token may select two answers of the same question (build check),
     * so an observation never fits two answers.
     */
    observe: z.array(text('an observe token')).readonly().optional(),
  })
  .strict();

export const questionNodeSchema = z
  .object({
    kind: z.literal('question'),
    /** Short, observable question: "Does the error page carry your CDN's branding?" */
    question: text('question'),
    /** Optional help: what to look at. */
    help: text('help').optional(),
    /** Optional command that answers the question, with $PLACEHOLDERS. */
    check: text('check').optional(),
    options: z
      .array(treeOptionSchema)
      .min(2, 'a question needs at least two options')
      .max(
        MAX_OPTIONS_PER_QUESTION,
        `a question offers at most ${MAX_OPTIONS_PER_QUESTION} answers (a phone screen of buttons): split it into two questions`,
      )
      .readonly(),
  })
  .strict();

export const leafNodeSchema = z
  .object({
    kind: z.literal('leaf'),
    /** Runbook id (FM-...) the answers lead to. */
    runbook: text('runbook'),
    /** Optional note on why the path leads here (shown above the runbook's own first action). */
    note: text('note').optional(),
    /**
     * Owner for this branch, when the runbook's owner depends on the hop: the runbook's default
     * owner or one of its conditional `owners` (checked at build).
     */
    owner: text('owner').optional(),
  })
  .strict();

/** Hands over to another tree (the start tree sends each code to its own tree). */
export const gotoNodeSchema = z
  .object({
    kind: z.literal('goto'),
    /** Id of the tree to continue in. */
    tree: text('tree'),
  })
  .strict();

export const treeNodeSchema = z.discriminatedUnion('kind', [questionNodeSchema, leafNodeSchema, gotoNodeSchema], {
  errorMap: (issue, ctx) =>
    issue.code === z.ZodIssueCode.invalid_union_discriminator
      ? { message: 'kind must be "question", "leaf" or "goto"' }
      : { message: ctx.defaultError },
});

export const decisionTreeSchema = z
  .object({
    /** Stable tree id: 'start', '500', '502', '503', '504'. */
    id: text('id'),
    title: text('title'),
    /** Id of the first node. */
    root: text('root'),
    /** Node id (stable, kebab-case; never reuse a removed id) -> node. */
    nodes: z.record(kebab('a node id'), treeNodeSchema).readonly(),
  })
  .strict();

export type TreeOption = z.output<typeof treeOptionSchema>;
export type QuestionNode = z.output<typeof questionNodeSchema>;
export type LeafNode = z.output<typeof leafNodeSchema>;
export type GotoNode = z.output<typeof gotoNodeSchema>;
export type TreeNode = z.output<typeof treeNodeSchema>;
export type DecisionTreeData = z.output<typeof decisionTreeSchema>;

/** A shape problem in one tree: the node (or '(tree)') and the field, in the author's words. */
export interface TreeShapeProblem {
  treeId: string;
  node: string;
  field: string;
  message: string;
}

/**
 * Check each tree against the schema. Trees with a shape problem are reported and should be left
 * out of the graph checks, which assume the shape.
 */
export function checkTreeShapes(trees: Readonly<Record<string, unknown>>): TreeShapeProblem[] {
  const problems: TreeShapeProblem[] = [];
  for (const [treeId, tree] of Object.entries(trees)) {
    const result = decisionTreeSchema.safeParse(tree);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const [first, nodeId, ...rest] = issue.path;
      const inNode = first === 'nodes' && nodeId !== undefined;
      const field = rest.length > 0 || !inNode ? fieldPath(inNode ? rest : issue.path) : '(node)';
      const message =
        issue.code === z.ZodIssueCode.unrecognized_keys
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against src/lib/treeSchema.ts)`
          : issue.message;
      problems.push({ treeId, node: inNode ? String(nodeId) : '(tree)', field, message });
    }
  }
  return problems;
}
