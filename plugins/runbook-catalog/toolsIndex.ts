/** `runbooks.json` at the site root: the catalog for tools (alert routers, chat bots). */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runbookPath, type RunbookEntry } from '../../src/lib/catalog';
import { retiredIds } from '../../src/data/runbookLedger';

export async function writeToolsIndex(
  content: readonly RunbookEntry[],
  absolute: (sitePath: string) => string,
  outDir: string,
): Promise<void> {
  const runbooks = content.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    status: meta.status,
    layer: meta.layer,
    owner: meta.owner,
    owners: meta.owners,
    escalate_to: meta.escalate_to,
    escalate_when: meta.escalate_when ?? null,
    severity: meta.severity,
    recovery_class: meta.recovery_class,
    last_reviewed: meta.last_reviewed,
    url: absolute(runbookPath(meta.id)),
    short_url: absolute(`/r/${meta.id.toLowerCase()}`),
  }));
  await writeFile(path.join(outDir, 'runbooks.json'), `${JSON.stringify({ runbooks, retired: retiredIds }, null, 2)}\n`);
}
