/**
 * Data for the widgets, written as route data: components import
 * `@generated/runbook-catalog/default/<name>.json`, so only the pages that use a piece carry it.
 */
import type { PluginContentLoadedActions } from '@docusaurus/types';
import { signatures, signatureSystems } from '../../src/data/signatures';
import { toCatalogRow, toCatalogSummary, type CatalogRow } from '../../src/lib/catalogRow';
import { toMatchable } from '../../src/lib/signatureTypes';
import { toLookupEntry } from '../../src/lib/signatureLookup';
import type { ContentResult } from '../../src/lib/content/validateContent';

export async function writeCatalogData(content: ContentResult, actions: PluginContentLoadedActions): Promise<void> {
  const rows: CatalogRow[] = content.runbooks.map((e) => toCatalogRow(e.meta));
  // Table, matrix, tree leaves and the 404 page.
  await actions.createData('catalog.json', JSON.stringify(rows));
  // Code pages: the failure-mode table and the tree's outline (a tree's conclusion loads catalog.json).
  await actions.createData('catalog-summary.json', JSON.stringify(rows.map(toCatalogSummary)));
  // The lookup loads this after the page is shown: the matcher needs no example lines.
  await actions.createData('signatures.json', JSON.stringify(signatures.map(toMatchable)));
  // With each system's hop: the list of systems is data, and the lookup engine takes it as an argument.
  await actions.createData('signature-systems.json', JSON.stringify(signatureSystems.map(({ id, hop }) => ({ id, hop }))));
  // The lookup's fallback ranker reads each runbook's signals and any conditional owners.
  await actions.createData('lookup-catalog.json', JSON.stringify(content.runbooks.map((e) => toLookupEntry(e.meta))));
  // The training path, checked and in order (src/data/training/<id>/*.yaml).
  await actions.createData('training.json', JSON.stringify(content.training));
}
