// Loaded only when a missing address looks like a short link or an alert link: the docs plugin
// renders this 404 content inside every docs page's layout, so its data must not weigh on them.
import catalog from '@generated/runbook-catalog/default/catalog.json';
import { retiredIds } from '@site/src/data/runbookLedger';
import { alertMappings } from '@site/src/data/alerts';
import type { ForwardData } from '@site/src/lib/notFoundForward';

export { notFoundForward } from '@site/src/lib/notFoundForward';

export const forwardData: ForwardData = { ids: catalog.map((row) => row.id), retired: retiredIds, alerts: alertMappings };
