import { describe, expect, it } from 'vitest';
import { catalogSummaryFields, toCatalogRow, toCatalogSummary } from '../../src/lib/catalogRow';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';

describe('catalog summary rows (code pages)', () => {
  it('keep exactly the listed fields of each full row, with the same values', async () => {
    const rows = (await loadRunbooks(process.cwd())).entries.map((e) => toCatalogRow(e.meta));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const summary = toCatalogSummary(row);
      expect(Object.keys(summary).every((k) => (catalogSummaryFields as readonly string[]).includes(k))).toBe(true);
      for (const field of catalogSummaryFields) expect(summary[field as keyof typeof summary]).toEqual(row[field]);
    }
  });

  it('leave out the long text a table or an outline does not show', async () => {
    for (const entry of (await loadRunbooks(process.cwd())).entries) {
      const summary = toCatalogSummary(toCatalogRow(entry.meta)) as Record<string, unknown>;
      for (const field of ['description', 'evidence', 'first_action', 'do_first']) expect(summary[field]).toBeUndefined();
    }
  });
});
