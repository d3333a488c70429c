/**
 * The responsibility matrix (status code x layer -> owners), computed from the runbooks' front
 * matter so it cannot drift from them. A runbook counts for its default owner and for each of its
 * conditional owners (owners per hop), with the condition kept beside the id.
 */
import type { CatalogRow } from './catalogRow';
import type { OwnerKey } from './ownerTypes';
import { ownersFor } from './ownerRules';
import { layers, statusCodes, type Layer, type StatusCode } from './vocabulary';
import { compareText } from './compare';

export interface MatrixOwner {
  owner: OwnerKey;
  /** Runbooks whose default owner this is. */
  ids: string[];
  /** Runbooks that name this owner under a condition (owners per hop), with the condition. */
  when: { id: string; when: string }[];
}

export interface MatrixCell {
  /** Owners of the lasting fix, most runbooks first, each with the runbooks behind it. */
  owners: MatrixOwner[];
}

export type ResponsibilityMatrix = Record<StatusCode, Record<Layer, MatrixCell>>;

export function buildResponsibilityMatrix(rows: readonly CatalogRow[]): ResponsibilityMatrix {
  const matrix = Object.fromEntries(
    statusCodes.map((code) => [code, Object.fromEntries(layers.map((layer) => [layer, { owners: [] as MatrixOwner[] }]))]),
  ) as ResponsibilityMatrix;
  const entry = (cell: MatrixCell, owner: OwnerKey): MatrixOwner => {
    const existing = cell.owners.find((o) => o.owner === owner);
    if (existing) return existing;
    const created: MatrixOwner = { owner, ids: [], when: [] };
    cell.owners.push(created);
    return created;
  };
  for (const row of rows) {
    const view = ownersFor(row);
    for (const code of row.status) {
      const cell = matrix[code][row.layer];
      entry(cell, row.owner).ids.push(row.id);
      for (const rule of view.rules) {
        // The default owner already lists this runbook; its condition adds nothing to the cell.
        if (rule.owner === row.owner) continue;
        const target = entry(cell, rule.owner);
        if (!target.when.some((w) => w.id === row.id)) target.when.push({ id: row.id, when: rule.when });
      }
    }
  }
  const weight = (o: MatrixOwner) => o.ids.length + o.when.length;
  for (const code of statusCodes) {
    for (const layer of layers) {
      const cell = matrix[code][layer];
      cell.owners.sort((a, b) => b.ids.length - a.ids.length || weight(b) - weight(a) || compareText(a.owner, b.owner));
      for (const o of cell.owners) {
        o.ids.sort();
        o.when.sort((a, b) => compareText(a.id, b.id));
      }
    }
  }
  return matrix;
}
