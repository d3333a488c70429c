/**
 * Owners per hop: a runbook names a default owner and, where the owner depends on the hop at
 * fault, a list of conditional owners (`owners: [{ when, owner }]`). Tree leaves, signatures and
 * decoder results may name the owner of their branch. These pure functions are the one place that
 * reads those fields, so the runbook page, the matrix, runbooks.json, the incident note and the
 * lookup all agree. No React, no Docusaurus, no data imports: callers pass the registry's keys.
 */

/** One conditional owner: applies when the reader observes `when`. */
export interface OwnerRule<K extends string = string> {
  /** What the reader observes when this owner applies, in plain words. */
  when: string;
  owner: K;
}

/** The owner fields of a runbook (front matter, catalog row or tools JSON). */
export interface OwnedRunbook<K extends string = string> {
  id?: string;
  owner: K;
  /** Conditional owners; tolerated when missing or malformed (views read unvalidated data). */
  owners?: unknown;
  escalate_to?: K;
  escalate_when?: string;
}

export interface OwnersView<K extends string = string> {
  /** The default owner: applies when no condition is known. */
  fallback: K;
  /** The conditional owners, in the runbook's order (the first matching `when` applies). */
  rules: OwnerRule<K>[];
  /** Every owner key the runbook can name (default first, no repeats). */
  keys: K[];
}

function isRule(value: unknown): value is OwnerRule {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.when === 'string' && v.when.trim() !== '' && typeof v.owner === 'string' && v.owner !== '';
}

/** The default and conditional owners of a runbook. Malformed entries are dropped, never thrown. */
export function ownersFor<K extends string>(meta: OwnedRunbook<K>): OwnersView<K> {
  const rules = Array.isArray(meta.owners) ? (meta.owners.filter(isRule) as OwnerRule<K>[]) : [];
  const keys = [meta.owner, ...rules.map((r) => r.owner)].filter((k, i, all) => all.indexOf(k) === i);
  return { fallback: meta.owner, rules, keys };
}

/** The owner for one branch (a tree leaf, a signature, a decoder result). */
export interface BranchOwner<K extends string = string> {
  owner: K;
  /** The runbook's condition for this owner, when the branch names one. */
  when?: string;
  /** True when the branch chose this owner; false when it fell back to the runbook's default. */
  fromBranch: boolean;
}

/**
 * The owner a branch names, checked against the runbook: a branch may name the default owner or
 * one of the runbook's conditional owners. Anything else (or nothing) falls back to the default.
 */
export function ownerForBranch<K extends string>(meta: OwnedRunbook<K>, branchOwner?: string): BranchOwner<K> {
  const view = ownersFor(meta);
  if (branchOwner !== undefined && branchOwner !== '') {
    const rule = view.rules.find((r) => r.owner === branchOwner);
    if (rule) return { owner: rule.owner, when: rule.when, fromBranch: true };
    if (branchOwner === view.fallback) return { owner: view.fallback, fromBranch: true };
  }
  return { owner: view.fallback, fromBranch: false };
}

/** A problem with a runbook's owner fields, for the build. */
export interface OwnerProblem {
  /** Runbook id or file. */
  where: string;
  field: 'owner' | 'owners' | 'escalate_to' | 'escalate_when';
  message: string;
}

/**
 * Build check: every owner key is in the registry, conditional owners have distinct conditions,
 * and an escalation that names the owner again says when to go there (`escalate_when`).
 */
export function validateOwnerFields(meta: OwnedRunbook, registry: ReadonlySet<string>, where: string): OwnerProblem[] {
  const problems: OwnerProblem[] = [];
  const known = [...registry].join(', ');
  if (!registry.has(meta.owner)) problems.push({ where, field: 'owner', message: `"${meta.owner}" is not an owner key (${known})` });
  if (meta.owners !== undefined && !Array.isArray(meta.owners))
    problems.push({ where, field: 'owners', message: 'must be a list of { when, owner }' });
  const seen = new Set<string>();
  (Array.isArray(meta.owners) ? meta.owners : []).forEach((entry: unknown, i) => {
    if (!isRule(entry)) {
      problems.push({ where, field: 'owners', message: `entry ${i + 1} needs a non-empty "when" and an "owner"` });
      return;
    }
    if (!registry.has(entry.owner))
      problems.push({ where, field: 'owners', message: `entry ${i + 1} names "${entry.owner}", which is not an owner key (${known})` });
    const norm = entry.when.trim().toLowerCase();
    if (seen.has(norm)) problems.push({ where, field: 'owners', message: `entry ${i + 1} repeats the condition "${entry.when}"` });
    seen.add(norm);
  });
  if (meta.escalate_to !== undefined) {
    if (!registry.has(meta.escalate_to))
      problems.push({ where, field: 'escalate_to', message: `"${meta.escalate_to}" is not an owner key (${known})` });
    const condition = meta.escalate_when?.trim() ?? '';
    if (meta.escalate_to === meta.owner && condition === '')
      problems.push({
        where,
        field: 'escalate_when',
        message: `escalate_to repeats the owner "${meta.owner}": name the next level (incident-commander, the upstream owner, the provider) or add escalate_when with the condition for going there`,
      });
  }
  return problems;
}

export function formatOwnerProblems(problems: readonly OwnerProblem[]): string {
  const lines = problems.map((p) => `  - ${p.where}\n      ${p.field}: ${p.message}`);
  return `The runbooks' owner fields have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
