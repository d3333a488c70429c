/**
 * Local plugin for the guide's content. Each job lives in its own module:
 * - validate.ts: every kind of content through validateContent(); a problem fails the build with
 *   the file, the field and the fix (content.ts reads the files, loadRunbooks.ts the runbooks);
 * - catalogData.ts: the catalog, signatures and training path as route data for the widgets;
 * - linkFiles.ts: the `/r/<id>` and `/alerts/<name>` forwarding files;
 * - toolsIndex.ts: `runbooks.json` for tools;
 * - headerFiles.ts + securityHeaders.ts: the CSP and headers files from the emitted HTML.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { ContentResult } from '../../src/lib/content/validateContent';
import { loadValidatedContent } from './validate';
import { writeCatalogData } from './catalogData';
import { writeLinkFiles } from './linkFiles';
import { writeToolsIndex } from './toolsIndex';
import { writeHeaderFiles } from './headerFiles';

export default function runbookCatalogPlugin(context: LoadContext): Plugin<ContentResult> {
  const { siteDir, siteConfig } = context;
  const baseUrl = siteConfig.baseUrl.replace(/\/$/, '');
  return {
    name: 'runbook-catalog',

    getPathsToWatch() {
      return [
        path.join(siteDir, 'docs/failure-modes/**/*.{md,mdx}'),
        path.join(siteDir, 'src/data/*.ts'),
        path.join(siteDir, 'src/data/training/**/*.yaml'),
      ];
    },

    loadContent: () => loadValidatedContent(siteDir),

    contentLoaded: ({ content, actions }) => writeCatalogData(content, actions),

    async postBuild({ content, outDir }) {
      // Link files first and synchronously: the PWA plugin's precache manifest must see them.
      writeLinkFiles(content.runbooks, baseUrl, outDir);
      await writeToolsIndex(content.runbooks, (p) => `${siteConfig.url}${baseUrl}${p}`, outDir);
      await writeHeaderFiles(outDir);
    },
  };
}
