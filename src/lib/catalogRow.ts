import type { RunbookMeta } from './runbookTypes';
import { runbookPath } from './catalog';

/** The compact row the widgets receive for each runbook (no sources, no long text). */
export interface CatalogRow {
  id: string;
  title: string;
  description: string;
  status: RunbookMeta['status'];
  layer: RunbookMeta['layer'];
  severity: RunbookMeta['severity'];
  recovery_class: RunbookMeta['recovery_class'];
  owner: RunbookMeta['owner'];
  escalate_to: RunbookMeta['escalate_to'];
  /** Conditional owners per hop (optional so that older rows and fixtures stay valid). */
  owners?: RunbookMeta['owners'];
  escalate_when?: string;
  est_recovery: string;
  last_reviewed: string;
  first_action: string;
  /** The page's "do first" actions (may be empty: then `first_action` is shown). */
  do_first?: RunbookMeta['do_first'];
  evidence: string[];
  /** Site path without the base URL. */
  path: string;
}

export function toCatalogRow(meta: RunbookMeta): CatalogRow {
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    status: meta.status,
    layer: meta.layer,
    severity: meta.severity,
    recovery_class: meta.recovery_class,
    owner: meta.owner,
    escalate_to: meta.escalate_to,
    owners: meta.owners,
    ...(meta.escalate_when === undefined ? {} : { escalate_when: meta.escalate_when }),
    est_recovery: meta.est_recovery,
    last_reviewed: meta.last_reviewed,
    first_action: meta.first_action,
    do_first: meta.do_first,
    evidence: meta.evidence,
    path: runbookPath(meta.id),
  };
}
