import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/compare';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';

describe('compareText', () => {
  it('orders every runbook id, severity, owner key and review date as localeCompare does', async () => {
    const metas = (await loadRunbooks(process.cwd())).entries.map((e) => e.meta);
    expect(metas.length).toBeGreaterThan(40);
    // Each kind is sorted among its own kind, as the guide's sorts do.
    for (const values of [
      metas.map((m) => m.id),
      metas.map((m) => m.severity),
      metas.map((m) => m.owner),
      metas.map((m) => String(m.last_reviewed)),
    ]) {
      const byLocale = [...values].sort((a, b) => a.localeCompare(b));
      expect([...values].sort(compareText)).toEqual(byLocale);
    }
  });

  it('is a consistent comparison', () => {
    expect(compareText('FM-500-A', 'FM-500-A')).toBe(0);
    expect(compareText('FM-500-A', 'FM-502-A')).toBeLessThan(0);
    expect(compareText('2026-12-01', '2026-11-30')).toBeGreaterThan(0);
  });
});
