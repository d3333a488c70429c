import { describe, expect, it } from 'vitest';
import { buildResponsibilityMatrix } from '../../src/lib/responsibilityMatrix';
import type { CatalogRow } from '../../src/lib/catalogRow';

const row = (
  id: string,
  status: CatalogRow['status'],
  layer: CatalogRow['layer'],
  owner: CatalogRow['owner'],
  owners?: CatalogRow['owners'],
): CatalogRow => ({
  id,
  title: id,
  description: '',
  status,
  layer,
  severity: 'S2',
  recovery_class: 'B',
  owner,
  escalate_to: owner,
  ...(owners ? { owners } : {}),
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
      { owner: 'platform-sre', ids: ['FM-502-A', 'FM-502-B'], when: [] },
      { owner: 'app-team', ids: ['FM-502-C'], when: [] },
    ]);
    expect(m[503]['proxy-mesh'].owners).toEqual([{ owner: 'platform-sre', ids: ['FM-502-B'], when: [] }]);
    expect(m[500]['app-code'].owners).toEqual([]);
  });

  it('lists conditional owners with their condition, in every code the runbook lists', () => {
    const m = buildResponsibilityMatrix([
      row('FM-503-E', [503, 502], 'app-runtime', 'platform-sre', [
        { when: 'Pods fail their readiness probe', owner: 'app-team' },
        { when: 'Selector does not match', owner: 'platform-sre' },
      ]),
    ]);
    for (const code of [502, 503] as const) {
      expect(m[code]['app-runtime'].owners).toEqual([
        { owner: 'platform-sre', ids: ['FM-503-E'], when: [] },
        { owner: 'app-team', ids: [], when: [{ id: 'FM-503-E', when: 'Pods fail their readiness probe' }] },
      ]);
    }
  });
});
