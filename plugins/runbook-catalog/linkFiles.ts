/**
 * Short links `/r/<id>` and alert links `/alerts/<name>`, as static files rather than app routes
 * (an app route per link put all of them into every page's JavaScript and cost a render each at
 * build time). One file per spelling a person is likely to type (lower case, and as written); any
 * other spelling reaches the 404 page, which forwards it as well, as it does for links followed
 * inside the app and in the development server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runbookPath, type RunbookEntry } from '../../src/lib/catalog';
import { retiredIds } from '../../src/data/runbookLedger';
import { alertMappings } from '../../src/data/alerts';
import { joinQuery, resolveAlert } from '../../src/lib/alertLinks';
import { forwardingPageHtml, type ForwardingPage } from '../../src/lib/shortLinks';

export function forwardingPages(content: readonly RunbookEntry[], baseUrl: string): (ForwardingPage & { file: string })[] {
  type Forward = Omit<ForwardingPage, 'href'> & { target: string; spellings: string[] };
  const forwards: Forward[] = [
    ...content.map((e) => ({
      name: e.meta.id,
      kind: 'runbook' as const,
      target: runbookPath(e.meta.id),
      spellings: [e.meta.id, e.meta.id.toLowerCase()],
    })),
    ...Object.entries(retiredIds).map(([oldId, newId]) => ({
      name: oldId,
      kind: 'runbook' as const,
      target: runbookPath(newId),
      note: `${oldId} was retired; its links now open ${newId}.`,
      spellings: [oldId, oldId.toLowerCase()],
    })),
    // Alert links open the mapped page with the alert name in the context.
    ...alertMappings.map((m) => ({
      name: m.alertname,
      kind: 'alert' as const,
      target: joinQuery(resolveAlert(m.alertname, alertMappings).path, '', { alertname: m.alertname }),
      note: m.note,
      spellings: [m.alertname, m.alertname.toLowerCase()],
    })),
  ];
  return forwards.flatMap(({ spellings, target, ...page }) =>
    [...new Set(spellings)].map((spelling) => ({
      ...page,
      href: `${baseUrl}${target}`,
      file: path.join(page.kind === 'runbook' ? 'r' : 'alerts', spelling),
    })),
  );
}

/**
 * Synchronously on purpose: postBuild hooks run concurrently, and the PWA plugin's precache
 * manifest must see these files so that short links work offline too.
 */
export function writeLinkFiles(content: readonly RunbookEntry[], baseUrl: string, outDir: string): void {
  for (const page of forwardingPages(content, baseUrl)) {
    const dir = path.join(outDir, page.file);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), forwardingPageHtml(page));
  }
}
