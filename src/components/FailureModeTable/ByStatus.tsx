import React from 'react';
import summary from '@generated/runbook-catalog/default/catalog-summary.json';
import { sortCatalog } from '@site/src/lib/catalogFilter';
import type { StatusCode } from '@site/src/lib/vocabulary';
import Table from './Table';

/**
 * The failure modes of one status code, for its code page: the table without filters, from the
 * catalog's summary rows (catalog-summary.json), so the page does not carry the full catalog.
 */
export default function FailureModesForCode({ status }: { status: StatusCode }): React.ReactElement {
  return <Table items={sortCatalog(summary.filter((row) => row.status.includes(status)))} />;
}
