/**
 * The responsibility matrix (status code x layer -> owners), computed from the runbooks' front
 * matter so it cannot drift from them.
 */
import type { CatalogRow } from './catalogRow';
import type { OwnerKey } from './ownerTypes';
import { layers, statusCodes, type Layer, type StatusCode } from './vocabulary';

export interface MatrixCell {
  /** Owners of the lasting fix, most frequent first, each with the runbooks behind it. */
  owners: { owner: OwnerKey; ids: string[] }[];
}

export type ResponsibilityMatrix = Record<StatusCode, Record<Layer, MatrixCell>>;

export function buildResponsibilityMatrix(rows: readonly CatalogRow[]): ResponsibilityMatrix {
  const matrix = Object.fromEntries(
    statusCodes.map((code) => [code, Object.fromEntries(layers.map((layer) => [layer, { owners: [] as MatrixCell['owners'] }]))]),
  ) as ResponsibilityMatrix;
  for (const row of rows) {
    for (const code of row.status) {
      const cell = matrix[code][row.layer];
      const existing = cell.owners.find((o) => o.owner === row.owner);
      if (existing) existing.ids.push(row.id);
      else cell.owners.push({ owner: row.owner, ids: [row.id] });
    }
  }
  for (const code of statusCodes) {
    for (const layer of layers) {
      const cell = matrix[code][layer];
      cell.owners.sort((a, b) => b.ids.length - a.ids.length || a.owner.localeCompare(b.owner));
      for (const o of cell.owners) o.ids.sort();
    }
  }
  return matrix;
}
