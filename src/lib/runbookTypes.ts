/**
 * Types of the runbook content model, free of zod so that views can import them without shipping
 * the validator to browsers. The schema lives in runbookModel.ts.
 */
import type { OwnerKey } from './ownerTypes';

export type { OwnerKey };
import type { Layer, RecoveryClass, Severity, StatusCode } from './vocabulary';

/** `FM-<code>-<WORDS>`: upper case, digits and single hyphens. */
export const runbookIdPattern = /^FM-(500|502|503|504)-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

export interface RunbookSource {
  /** What the reader will find there, e.g. "RFC 9110 §15.6.3 502 Bad Gateway". */
  title: string;
  /** https URL of the primary source. */
  url: string;
}

/** An owner that applies under a condition (the hop at fault), e.g. "readiness probe failing". */
export interface ConditionalOwner {
  /** What the reader observes when this owner applies, in plain words. */
  when: string;
  owner: OwnerKey;
}

/** One of the two or three safe actions at the top of a runbook. */
export interface DoFirstAction {
  /** The action, imperative and short. */
  action: string;
  /** When it is safe or appropriate (the precondition). */
  when: string;
}

/** A shell variable used by the runbook's commands, filled from the alert link or the reader's panel. */
export interface CommandVariable {
  /** Upper-case shell name without the `$`, e.g. NAMESPACE. */
  name: string;
  /** What the value is, in plain words. */
  meaning: string;
  /** An example value. */
  example: string;
  /** The alert-context field that fills it (e.g. namespace), or `panel` for the reader's own panel only. */
  from: string;
}

/** Validated front matter of one failure-mode runbook. */
export interface RunbookMeta {
  /** Stable id such as FM-502-KEEPALIVE-RACE. Never renamed or reused: alert links use it. */
  id: string;
  title: string;
  /** One sentence shown in tables, search results and link previews. */
  description: string;
  /** Status codes this failure mode produces; the first is its primary code. */
  status: StatusCode[];
  layer: Layer;
  severity: Severity;
  recovery_class: RecoveryClass;
  /** Free text, e.g. "5–15 minutes after rollback". */
  est_recovery: string;
  /** The default owner of the fix. */
  owner: OwnerKey;
  /** Owners per hop or condition; the first whose `when` the reader observes applies. */
  owners: ConditionalOwner[];
  escalate_to: OwnerKey;
  /** The condition for going to `escalate_to` (e.g. "the owner does not answer in 15 minutes"). */
  escalate_when?: string;
  /** Short observable symptoms (also what search finds). */
  signals: string[];
  /** Ids of related failure modes. */
  related: string[];
  sources: RunbookSource[];
  /** ISO date, YYYY-MM-DD. */
  last_reviewed: string;
  /** The one thing to do first, shown on tree leaves and in incident notes. */
  first_action: string;
  /** Evidence to collect and hand over when escalating. */
  evidence: string[];
  /** Page-specific actions on-call may take alone (the owners registry gives the general ones). */
  on_call_may: string[];
  /** Two or three safe actions shown at the top of the page. */
  do_first: DoFirstAction[];
  /** Variables the commands use. */
  variables: CommandVariable[];
}
