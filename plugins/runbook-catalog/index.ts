/**
 * Local plugin: validates the runbook catalog at build time (a bad page fails the build with the
 * file, the field and the fix), hands a compact catalog to the widgets, and after the build writes
 * `runbooks.json` for tools and the `/r/<id>` short links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatProblems, runbookPath, type RunbookEntry } from '../../src/lib/catalog';
import { toCatalogRow, type CatalogRow } from '../../src/lib/catalogRow';
import { retiredIds } from '../../src/data/runbookLedger';
import { loadRunbooks } from './loadRunbooks';
import { buildCsp, headersFile, inlineScriptHashes, nginxSnippet, securityHeaderRules } from '../../src/lib/securityHeaders';
import { formatTreeProblems, validateTrees } from '../../src/lib/decisionTree';
import { formatSignatureProblems, validateSignatures } from '../../src/lib/signatureValidation';
import { trees } from '../../src/data/trees';
import { signatures } from '../../src/data/signatures';
import { toLookupEntry } from '../../src/lib/signatureLookup';
import { toMatchable } from '../../src/lib/signatureTypes';
import { scenarioList } from '../../src/data/scenarios';
import { alertMappings } from '../../src/data/alerts';
import { joinQuery, resolveAlert, validateAlertMappings } from '../../src/lib/alertLinks';
import { ownerKeys } from '../../src/data/owners';
import { formatScenarioProblems, validateScenario } from '../../src/lib/simulator';
import { forwardingPageHtml, type ForwardingPage } from '../../src/lib/shortLinks';

export default function runbookCatalogPlugin(context: LoadContext): Plugin<RunbookEntry[]> {
  const { siteDir, siteConfig } = context;
  const baseUrl = siteConfig.baseUrl.replace(/\/$/, '');
  return {
    name: 'runbook-catalog',

    getPathsToWatch() {
      return [path.join(siteDir, 'docs/failure-modes/**/*.{md,mdx}'), path.join(siteDir, 'src/data/*.ts')];
    },

    async loadContent() {
      const { entries, problems } = await loadRunbooks(siteDir);
      if (problems.length > 0) throw new Error(formatProblems(problems));
      // The widgets' data is checked against the catalog here, so a broken tree or signature
      // fails the build with file and node instead of misbehaving in a reader's browser.
      const treeProblems = validateTrees(
        trees,
        entries.map((e) => ({ id: e.meta.id, primary: e.meta.status[0] ?? 0 })),
        // Only the benchmark's generated runbooks may be left out of the trees (scripts/bench.ts).
        { requireCoverage: process.env.FG_BENCH_ALLOW_UNREACHABLE !== '1' },
      );
      if (treeProblems.length > 0) throw new Error(formatTreeProblems(treeProblems));
      const signatureProblems = validateSignatures(signatures, new Set(entries.map((e) => e.meta.id)));
      if (signatureProblems.length > 0) throw new Error(formatSignatureProblems(signatureProblems));
      const runbookIds = new Set(entries.map((e) => e.meta.id));
      const scenarioProblems = scenarioList.flatMap((s) =>
        validateScenario(s, runbookIds, new Set(Object.keys(trees)), new Set(ownerKeys)),
      );
      if (scenarioProblems.length > 0) throw new Error(formatScenarioProblems(scenarioProblems));
      const alertProblems = validateAlertMappings(alertMappings, runbookIds, trees);
      if (alertProblems.length > 0) {
        throw new Error(
          `The alert mapping has ${alertProblems.length} problem(s):\n${alertProblems.map((p) => `  - ${p.file}\n      alert ${p.alert}: ${p.message}`).join('\n')}`,
        );
      }
      return entries;
    },

    async contentLoaded({ content, actions }) {
      const rows: CatalogRow[] = content.map((e) => toCatalogRow(e.meta));
      // Read by components through `@generated/runbook-catalog/default/catalog.json`, so only the
      // pages that render the catalog (table, matrix, 404) carry it, not every page.
      await actions.createData('catalog.json', JSON.stringify(rows));
      // The lookup loads this after the page is shown: the matcher needs no example lines.
      await actions.createData('signatures.json', JSON.stringify(signatures.map(toMatchable)));
      // The lookup's fallback ranker reads each runbook's signals and any conditional owners.
      await actions.createData('lookup-catalog.json', JSON.stringify(content.map((e) => toLookupEntry(e.meta))));
    },

    async postBuild({ content, outDir }) {
      // Short links first, synchronously: postBuild hooks run concurrently, and the PWA plugin's
      // precache manifest must see these files so that short links work offline too.
      for (const page of forwardingPages(content, baseUrl)) {
        const dir = path.join(outDir, page.file);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'index.html'), forwardingPageHtml(page));
      }
      const absolute = (p: string) => `${siteConfig.url}${baseUrl}${p}`;
      const forTools = content.map(({ meta }) => ({
        id: meta.id,
        title: meta.title,
        status: meta.status,
        layer: meta.layer,
        owner: meta.owner,
        escalate_to: meta.escalate_to,
        severity: meta.severity,
        recovery_class: meta.recovery_class,
        last_reviewed: meta.last_reviewed,
        url: absolute(runbookPath(meta.id)),
        short_url: absolute(`/r/${meta.id.toLowerCase()}`),
      }));
      await writeFile(path.join(outDir, 'runbooks.json'), `${JSON.stringify({ runbooks: forTools, retired: retiredIds }, null, 2)}\n`);

      // Security headers from what the build really emitted: every inline script's hash.
      const hashes = new Set<string>();
      for (const file of await listHtml(outDir)) for (const h of inlineScriptHashes(await readFile(file, 'utf8'))) hashes.add(h);
      const rules = securityHeaderRules(buildCsp(hashes));
      await writeFile(path.join(outDir, '_headers'), headersFile(rules));
      await writeFile(path.join(outDir, 'nginx-headers.conf'), nginxSnippet(rules));
    },
  };
}

/**
 * Short links `/r/<id>` and alert links `/alerts/<name>`, as static files rather than app routes
 * (an app route per link put all of them into every page's JavaScript and cost a render each at
 * build time). One file per spelling a person is likely to type (lower case, and as written); any
 * other spelling reaches the 404 page, which forwards it as well, as it does for links followed
 * inside the app and in the development server.
 */
function forwardingPages(content: RunbookEntry[], baseUrl: string): (ForwardingPage & { file: string })[] {
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

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listHtml(full);
      return Promise.resolve(e.name.endsWith('.html') ? [full] : []);
    }),
  );
  return nested.flat();
}
