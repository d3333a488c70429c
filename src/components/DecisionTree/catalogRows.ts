import catalog from '@generated/runbook-catalog/default/catalog.json';
import type { CatalogRow } from '@site/src/lib/catalogRow';

/** The runbook catalog by id: titles, owners and first actions for leaves and the outline. */
export const rows: ReadonlyMap<string, CatalogRow> = new Map((catalog as CatalogRow[]).map((r) => [r.id, r]));

export const runbookTitle = (id: string): string | undefined => rows.get(id)?.title;
