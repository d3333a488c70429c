import type { RunbookMeta } from './runbookTypes';
import { runbookPath } from './catalog';

/**
 * The runbook fields each catalog row carries, in the order written to catalog.json: a pick from
 * the runbook schema (runbookModel.ts), so a field is never restated here. No sources, no long text.
 */
export const catalogRowFields = [
  'id',
  'title',
  'description',
  'status',
  'layer',
  'severity',
  'recovery_class',
  'owner',
  'escalate_to',
  'owners',
  'escalate_when',
  'est_recovery',
  'last_reviewed',
  'first_action',
  'do_first',
  'evidence',
] as const satisfies readonly (keyof RunbookMeta)[];

/** Fields a row may lack (optional so that older rows and test fixtures stay valid). */
type OptionalRowField = 'owners' | 'escalate_when' | 'do_first';
type RowField = (typeof catalogRowFields)[number];

/** The compact row the widgets receive for each runbook. */
export type CatalogRow = Pick<RunbookMeta, Exclude<RowField, OptionalRowField>> &
  Partial<Pick<RunbookMeta, OptionalRowField>> & {
    /** Site path without the base URL. */
    path: string;
  };

export function toCatalogRow(meta: RunbookMeta): CatalogRow {
  const picked = Object.fromEntries(catalogRowFields.filter((f) => meta[f] !== undefined).map((f) => [f, meta[f]]));
  return { ...(picked as Pick<RunbookMeta, RowField>), path: runbookPath(meta.id) };
}

/**
 * The fields a page shows for a runbook it lists rather than concludes with: a catalog table and a
 * tree's outline (title, codes, layer, owner, severity, recovery class, link). Code pages carry
 * these only, about a quarter of the full row compressed; a tree's conclusion loads the full rows
 * when it is reached.
 */
export const catalogSummaryFields = [
  'id',
  'title',
  'status',
  'layer',
  'severity',
  'recovery_class',
  'owner',
  'owners',
  'path',
] as const satisfies readonly (keyof CatalogRow)[];

export type CatalogSummaryRow = Pick<CatalogRow, Exclude<(typeof catalogSummaryFields)[number], 'owners'>> &
  Partial<Pick<CatalogRow, 'owners'>>;

export function toCatalogSummary(row: CatalogRow): CatalogSummaryRow {
  return Object.fromEntries(catalogSummaryFields.filter((f) => row[f] !== undefined).map((f) => [f, row[f]])) as CatalogSummaryRow;
}
