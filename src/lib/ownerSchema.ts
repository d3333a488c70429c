/**
 * An entry of the owners registry (src/data/owners.ts), written once: the registry's Owner type is
 * inferred from this schema, and validateContent() checks every entry against it, not only its key.
 * The keys themselves belong to the organisation, so they are an argument (src/lib imports no data).
 */
import { z } from 'zod';
import { fieldPath, type ContentProblem } from './content/problems';

export const OWNERS_FILE = 'src/data/owners.ts';

const text = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

const lines = (what: string) => z.array(text(what), { required_error: `${what} is required (a list of lines)` });

/** A site path (/docs/...), an https page, or a mail or phone link: what a paging service or queue gives. */
const escalationHref = text('escalation.href').refine(
  (href) => /^\/(?!\/)/.test(href) || /^https:\/\/[^\s]+$/.test(href) || /^(mailto|tel):[^\s]+$/.test(href),
  'expected a site path such as /docs/adopt#escalation-links, an https:// address, or a mailto: or tel: link',
);

export const ownerEntrySchema = z
  .object({
    /** Stable key used in runbook front matter (`owner`, `escalate_to`). Never rename. */
    key: text('key'),
    /** Display name shown on badges. Replace with your organisation's team name. */
    name: text('name'),
    /** One line: which part of the request path this boundary covers. */
    scope: text('scope'),
    /** What on-call may do alone, without asking anyone, inside this boundary. */
    mayDo: lines('mayDo').min(1, 'list at least one thing on-call may do alone').readonly(),
    /** What needs this owner's decision (on-call escalates instead of acting). */
    mustEscalate: lines('mustEscalate').min(1, 'list at least one decision that needs this owner').readonly(),
    /** Where to escalate: a paging service, a ticket queue, a chat channel. */
    escalation: z
      .object({ label: text('escalation.label'), href: escalationHref }, { required_error: 'escalation is required ({ label, href })' })
      .strict(),
    /**
     * What to send with the escalation, beyond the runbook's own evidence: for a provider, what its
     * support needs to find the fault (request or Ray ids, UTC timestamps, region, resource names).
     */
    handOver: lines('handOver').min(1, 'leave handOver out rather than empty').readonly().optional(),
  })
  .strict();

/** One owner of the registry; `key` is narrowed to the organisation's keys in src/data/owners.ts. */
export type OwnerEntry = z.output<typeof ownerEntrySchema>;

/**
 * Every key has an entry, every entry is one of the keys and names itself, and every field has the
 * right shape. `entries` is the registry's `owners` record as imported (unchecked).
 */
export function validateOwnersRegistry(keys: readonly string[], entries: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: OWNERS_FILE, field, message });
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    add('owners', 'expected a record of owner entries, one per key of ownerKeys');
    return problems;
  }
  const record = entries as Record<string, unknown>;
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) add('ownerKeys', `the key "${key}" is listed twice`);
    seen.add(key);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) add('ownerKeys', `the key "${key}" must be kebab-case, e.g. platform-sre`);
  }
  for (const key of keys) {
    if (!(key in record)) {
      add(`owners.${key}`, `missing: add an entry for "${key}" (or remove it from ownerKeys)`);
      continue;
    }
    const result = ownerEntrySchema.safeParse(record[key]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message =
          issue.code === z.ZodIssueCode.unrecognized_keys
            ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (the fields are ${Object.keys(ownerEntrySchema.shape).join(', ')})`
            : issue.message;
        add(`owners.${key}${issue.path.length > 0 ? `.${fieldPath(issue.path)}` : ''}`, message);
      }
    } else if (result.data.key !== key) {
      add(`owners.${key}.key`, `the entry says key "${result.data.key}" but is filed under "${key}": make them the same`);
    }
  }
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) add(`owners.${key}`, `"${key}" is not in ownerKeys: add it there, or remove this entry`);
  }
  return problems;
}
