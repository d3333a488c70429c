import { describe, expect, it } from 'vitest';
import { buildResponsibilityMatrix } from '../../src/lib/responsibilityMatrix';
import type { CatalogRow } from '../../src/lib/catalogRow';

const row = (id: string, status: CatalogRow['status'], layer: CatalogRow['layer'], owner: CatalogRow['owner']): CatalogRow => ({
  id,
  title: id,
  description: '',
  status,
  layer,
  severity: 'S2',
  recovery_class: 'B',
  owner,
  escalate_to: owner,
  est_recovery: '',
  last_reviewed: '2026-11-22',
  first_action: '',
  evidence: [],
  path: '',
});

describe('responsibility matrix', () => {
  it('puts each runbook under every code it lists, grouped by owner, most frequent first', () => {
    const m = buildResponsibilityMatrix([
      row('FM-502-B', [502, 503], 'proxy-mesh', 'platform-sre'),
      row('FM-502-A', [502], 'proxy-mesh', 'platform-sre'),
      row('FM-502-C', [502], 'proxy-mesh', 'app-team'),
    ]);
    expect(m[502]['proxy-mesh'].owners).toEqual([
      { owner: 'platform-sre', ids: ['FM-502-A', 'FM-502-B'] },
      { owner: 'app-team', ids: ['FM-502-C'] },
    ]);
    expect(m[503]['proxy-mesh'].owners).toEqual([{ owner: 'platform-sre', ids: ['FM-502-B'] }]);
    expect(m[500]['app-code'].owners).toEqual([]);
  });
});
