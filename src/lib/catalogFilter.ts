/**
 * Filtering the failure-mode table. The filters live in the URL query string so a filtered view
 * can be shared by link; unknown or malformed values are dropped, never trusted.
 */
import type { CatalogRow } from './catalogRow';
import type { OwnerKey } from './ownerTypes';
import { layers, severities, statusCodes, type Layer, type Severity, type StatusCode } from './vocabulary';
import { compareText } from './compare';

export interface CatalogFilters {
  status?: StatusCode;
  layer?: Layer;
  owner?: OwnerKey;
  severity?: Severity;
  /** Free text matched against id, title and description. */
  q?: string;
}

export const MAX_QUERY_LENGTH = 80;

function pick<T extends string | number>(allowed: readonly T[], raw: string | null): T | undefined {
  if (raw === null) return undefined;
  return allowed.find((v) => String(v) === raw.trim());
}

/** `ownerKeys`: the organisation's owner keys (src/data/owners.ts); another owner is dropped. */
export function parseCatalogFilters(search: string, ownerKeys: readonly OwnerKey[]): CatalogFilters {
  const params = new URLSearchParams(search);
  const filters: CatalogFilters = {};
  const status = pick(statusCodes, params.get('status'));
  if (status !== undefined) filters.status = status;
  const layer = pick(layers, params.get('layer'));
  if (layer !== undefined) filters.layer = layer;
  const owner = pick(ownerKeys, params.get('owner'));
  if (owner !== undefined) filters.owner = owner;
  const severity = pick(severities, params.get('severity'));
  if (severity !== undefined) filters.severity = severity;
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) filters.q = q;
  return filters;
}

export function catalogFiltersToSearch(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'layer', 'owner', 'severity', 'q'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function filterCatalog(rows: readonly CatalogRow[], filters: CatalogFilters): CatalogRow[] {
  const words = (filters.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filters.status !== undefined && !row.status.includes(filters.status)) return false;
    if (filters.layer !== undefined && row.layer !== filters.layer) return false;
    if (filters.owner !== undefined && row.owner !== filters.owner) return false;
    if (filters.severity !== undefined && row.severity !== filters.severity) return false;
    if (words.length > 0) {
      const hay = `${row.id} ${row.title} ${row.description}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** Order: primary status code, then severity (S1 first), then id. */
export function sortCatalog<R extends Pick<CatalogRow, 'status' | 'severity' | 'id'>>(rows: readonly R[]): R[] {
  return [...rows].sort(
    (a, b) => (a.status[0] ?? 0) - (b.status[0] ?? 0) || compareText(a.severity, b.severity) || compareText(a.id, b.id),
  );
}

/** Apply a change from one control; empty values remove that filter. */
export function updateCatalogFilters(filters: CatalogFilters, patch: Partial<CatalogFilters>): CatalogFilters {
  const merged: Record<string, unknown> = { ...filters, ...patch };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== '')) as CatalogFilters;
}
