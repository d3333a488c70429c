/**
 * Local plugin: `/alerts/<name>` for names the alert mapping does not know. Known names are static
 * forwarding files (plugins/runbook-catalog); every other name gets a real page, which names the
 * alert and offers triage, instead of a 404 (a 404 status also logs a console error).
 *
 * - one route, `/alerts/` and everything under it, so in-app links and the development server
 *   render the page; the build writes it once, as `alerts/index.html`;
 * - `_redirects` (Netlify, Cloudflare Pages) serves that file, with status 200, for any
 *   `/alerts/*` address that has no file of its own; `npm run serve` does the same, and
 *   docs/hosting.mdx gives the nginx equivalent.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { alertMappings } from '../../src/data/alerts';

/**
 * `_redirects` lines: each known name's own forwarding file first (Cloudflare Pages applies a
 * matching rule even where a file exists; Netlify serves the file anyway), then every other name
 * to the unknown-alert page, with status 200 so the address stays and no error is logged.
 */
export function unknownAlertRedirects(baseUrl: string, alertnames: readonly string[]): string[] {
  const spellings = [...new Set(alertnames.flatMap((n) => [n, n.toLowerCase()]))];
  return [
    ...spellings.map((n) => `${baseUrl}alerts/${n}  ${baseUrl}alerts/${n}/  200`),
    `${baseUrl}alerts/*  ${baseUrl}alerts/index.html  200`,
  ];
}

export default function unknownAlertPlugin(context: LoadContext): Plugin {
  const baseUrl = context.siteConfig.baseUrl.endsWith('/') ? context.siteConfig.baseUrl : `${context.siteConfig.baseUrl}/`;
  return {
    name: 'unknown-alert',
    async contentLoaded({ actions }) {
      actions.addRoute({ path: `${baseUrl}alerts`, exact: false, component: '@site/src/components/UnknownAlertPage' });
    },
    async postBuild({ outDir }) {
      const file = path.join(outDir, '_redirects');
      const existing = await readFile(file, 'utf8').catch(() => '');
      const rules = unknownAlertRedirects(
        baseUrl,
        alertMappings.map((m) => m.alertname),
      ).filter((r) => !existing.includes(r));
      if (rules.length === 0) return;
      await writeFile(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${rules.join('\n')}\n`);
    },
  };
}
