import { useEffect, useState } from 'react';
import summary from '@generated/runbook-catalog/default/catalog-summary.json';
import type { CatalogRow, CatalogSummaryRow } from '@site/src/lib/catalogRow';

/** The runbooks by id, with what an outline shows: title, link and owners (catalog-summary.json). */
export const rows: ReadonlyMap<string, CatalogSummaryRow> = new Map(summary.map((r) => [r.id, r]));

export const runbookTitle = (id: string): string | undefined => rows.get(id)?.title;

let fullRows: ReadonlyMap<string, CatalogRow> | null = null;

/**
 * The full catalog rows (first actions, evidence, escalation) a tree's conclusion shows, loaded the
 * first time a conclusion is reached, so that a code page does not carry them: null until then.
 */
export function useFullRows(): ReadonlyMap<string, CatalogRow> | null {
  const [loaded, setLoaded] = useState(fullRows);
  useEffect(() => {
    if (loaded) return undefined;
    let live = true;
    void import('@generated/runbook-catalog/default/catalog.json').then((module) => {
      fullRows = new Map(module.default.map((r) => [r.id, r]));
      if (live) setLoaded(fullRows);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}
