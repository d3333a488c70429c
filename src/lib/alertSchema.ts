/**
 * An alert-name mapping (src/data/alerts.ts), written once: AlertMapping (alertTypes.ts) is
 * inferred from this schema, and validateContent() checks every entry against it before the
 * cross-checks of alertLinks.ts (the runbook exists, the tree path is valid, no name twice).
 */
import { z } from 'zod';
import { fieldPath, type ContentProblem } from './content/problems';

export const ALERTS_FILE = 'src/data/alerts.ts';
const treeIds = ['start', '500', '502', '503', '504'] as const;

const text = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

const targetSchema = z.union([
  z.object({ runbook: text('target.runbook') }).strict(),
  z
    .object({
      tree: z.enum(treeIds),
      /** Option keys from the tree's root, e.g. ['other-5xx']. */
      path: z.array(text('a path key')).readonly().optional(),
    })
    .strict(),
]);

export const alertMappingSchema = z
  .object({
    /** The alert name exactly as the rule defines it (matched case-insensitively). */
    alertname: text('alertname'),
    /** A runbook id, or a decision tree with an optional path of option keys. */
    target: targetSchema,
    /** Where the alert comes from, e.g. "kube-prometheus-stack", "AWS ALB CloudWatch", "this guide's example rules". */
    source: text('source'),
    /** One sentence: why this alert leads there. */
    note: text('note'),
  })
  .strict();

export type AlertMapping = z.output<typeof alertMappingSchema>;

/**
 * Check each entry's shape. Returns the problems and the entries that passed (the cross-checks
 * assume the shape). `entries` is the `alertMappings` list as imported (unchecked).
 */
export function checkAlertShapes(entries: readonly unknown[]): { problems: ContentProblem[]; valid: AlertMapping[] } {
  const problems: ContentProblem[] = [];
  const valid: AlertMapping[] = [];
  entries.forEach((entry, i) => {
    const result = alertMappingSchema.safeParse(entry);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const name = (entry as { alertname?: unknown } | null)?.alertname;
    const where = typeof name === 'string' && name ? `alert ${name}` : `alertMappings[${i}]`;
    for (const issue of result.error.issues) {
      const message =
        issue.code === z.ZodIssueCode.invalid_union
          ? `expected { runbook: 'FM-...' } or { tree: ${treeIds.map((t) => `'${t}'`).join(' | ')}, path?: [option keys] }`
          : issue.code === z.ZodIssueCode.unrecognized_keys
            ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (the fields are alertname, target, source, note)`
            : issue.message;
      problems.push({ file: ALERTS_FILE, field: issue.path.length > 0 ? `${where} ${fieldPath(issue.path)}` : where, message });
    }
  });
  return { problems, valid };
}
