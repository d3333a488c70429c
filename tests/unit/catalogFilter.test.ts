import { describe, expect, it } from 'vitest';
import { catalogFiltersToSearch, filterCatalog, parseCatalogFilters, sortCatalog, updateCatalogFilters } from '../../src/lib/catalogFilter';
import type { CatalogRow } from '../../src/lib/catalogRow';
import { ownerKeys } from '../../src/data/owners';

const row = (id: string, extra: Partial<CatalogRow> = {}): CatalogRow => ({
  id,
  title: `Title of ${id}`,
  description: 'desc',
  status: [Number(id.slice(3, 6)) as 500],
  layer: 'app-code',
  severity: 'S2',
  recovery_class: 'B',
  owner: 'app-team',
  escalate_to: 'app-team',
  est_recovery: 'minutes',
  last_reviewed: '2026-11-22',
  first_action: 'act',
  evidence: ['a', 'b'],
  path: `/docs/failure-modes/${id.toLowerCase()}`,
  ...extra,
});

const rows = [
  row('FM-504-SLOW', { layer: 'dependency', owner: 'upstream-owner', severity: 'S3' }),
  row('FM-502-RACE', { layer: 'proxy-mesh', owner: 'platform-sre', status: [502, 503] }),
  row('FM-500-NULL', { title: 'Legacy data shape' }),
];

describe('catalog filters', () => {
  it('parses known values and drops unknown or hostile ones', () => {
    expect(parseCatalogFilters('?status=502&layer=proxy-mesh&owner=platform-sre&severity=S1&q=%20race%20', ownerKeys)).toEqual({
      status: 502,
      layer: 'proxy-mesh',
      owner: 'platform-sre',
      severity: 'S1',
      q: 'race',
    });
    expect(parseCatalogFilters('?status=418&layer=%3Cscript%3E&owner=constructor&severity=__proto__', ownerKeys)).toEqual({});
  });

  it('limits the free-text query length', () => {
    expect(parseCatalogFilters(`?q=${'a'.repeat(500)}`, ownerKeys).q?.length).toBe(80);
  });

  it('round-trips through the query string', () => {
    const filters = { status: 503 as const, q: 'a b' };
    expect(parseCatalogFilters(catalogFiltersToSearch(filters), ownerKeys)).toEqual(filters);
    expect(catalogFiltersToSearch({})).toBe('');
  });

  it('filters by code (any listed code), layer, owner, severity and words', () => {
    expect(filterCatalog(rows, { status: 503 }).map((r) => r.id)).toEqual(['FM-502-RACE']);
    expect(filterCatalog(rows, { layer: 'dependency' }).map((r) => r.id)).toEqual(['FM-504-SLOW']);
    expect(filterCatalog(rows, { owner: 'app-team' }).map((r) => r.id)).toEqual(['FM-500-NULL']);
    expect(filterCatalog(rows, { severity: 'S3' }).map((r) => r.id)).toEqual(['FM-504-SLOW']);
    expect(filterCatalog(rows, { q: 'legacy SHAPE' }).map((r) => r.id)).toEqual(['FM-500-NULL']);
    expect(filterCatalog(rows, { q: 'legacy nothing' })).toEqual([]);
  });

  it('sorts by primary code, then severity, then id', () => {
    expect(sortCatalog(rows).map((r) => r.id)).toEqual(['FM-500-NULL', 'FM-502-RACE', 'FM-504-SLOW']);
  });
});

describe('updating filters', () => {
  it('sets a value and removes emptied ones', () => {
    expect(updateCatalogFilters({ status: 502, q: 'x' }, { q: '', owner: 'app-team' })).toEqual({ status: 502, owner: 'app-team' });
    expect(updateCatalogFilters({ status: 502 }, { status: undefined })).toEqual({});
  });
});
