import React, { useId } from 'react';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import {
  catalogFiltersToSearch,
  filterCatalog,
  parseCatalogFilters,
  sortCatalog,
  updateCatalogFilters,
  type CatalogFilters,
} from '@site/src/lib/catalogFilter';
import { layerNames, layers, severities, severityNames, statusCodes, type StatusCode } from '@site/src/lib/vocabulary';
import { ownerKeys, owners } from '@site/src/data/owners';
import { useQueryState } from '@site/src/hooks/useQueryState';
import Table from './Table';
import styles from './styles.module.css';

/** Filters from the URL, with this organisation's owner keys. */
const parseFilters = (search: string): CatalogFilters => parseCatalogFilters(search, ownerKeys);

const rows = catalog as CatalogRow[];

function FilteredTable(): React.ReactElement {
  const [filters, setFilters] = useQueryState<CatalogFilters>(parseFilters, catalogFiltersToSearch, {});
  const items = sortCatalog(filterCatalog(rows, filters));
  const id = useId();
  const set = (patch: Partial<CatalogFilters>) => setFilters(updateCatalogFilters(filters, patch));
  return (
    <>
      <form className={styles.filters} role="search" aria-label="Filter failure modes" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>
          Words
          <input id={`${id}-q`} type="search" value={filters.q ?? ''} maxLength={80} onChange={(e) => set({ q: e.target.value })} />
        </label>
        <label htmlFor={`${id}-status`}>
          Code
          <select
            id={`${id}-status`}
            value={filters.status ?? ''}
            onChange={(e) => set({ status: e.target.value ? (Number(e.target.value) as StatusCode) : undefined })}
          >
            <option value="">Any</option>
            {statusCodes.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-layer`}>
          Layer
          <select
            id={`${id}-layer`}
            value={filters.layer ?? ''}
            onChange={(e) => set({ layer: (e.target.value || undefined) as CatalogFilters['layer'] })}
          >
            <option value="">Any</option>
            {layers.map((l) => (
              <option key={l} value={l}>
                {layerNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-owner`}>
          Owner
          <select
            id={`${id}-owner`}
            value={filters.owner ?? ''}
            onChange={(e) => set({ owner: (e.target.value || undefined) as CatalogFilters['owner'] })}
          >
            <option value="">Any</option>
            {ownerKeys.map((k) => (
              <option key={k} value={k}>
                {owners[k].name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-severity`}>
          Severity
          <select
            id={`${id}-severity`}
            value={filters.severity ?? ''}
            onChange={(e) => set({ severity: (e.target.value || undefined) as CatalogFilters['severity'] })}
          >
            <option value="">Any</option>
            {severities.map((s) => (
              <option key={s} value={s}>
                {severityNames[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--secondary button--sm" onClick={() => setFilters({})}>
          Clear
        </button>
      </form>
      <p role="status" className={styles.count}>
        Showing {items.length} of {rows.length} failure modes.
      </p>
      <Table items={items} />
    </>
  );
}

/**
 * All failure modes, rendered at build time; filters (in the URL) are an enhancement. A code page
 * lists its code's failure modes with ./ByStatus instead, which carries less data.
 */
export default function FailureModeTable(): React.ReactElement {
  return <FilteredTable />;
}
