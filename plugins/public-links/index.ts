/**
 * Local plugin: a build made for a real SITE_URL must not write a single link to the placeholder
 * host (`5xx-field-guide.example`): such a link, pasted into an incident channel, opens nothing.
 * After the build it reads every text file of the output and fails, naming file and link, when
 * one does. Builds without SITE_URL (development, the tests) use the placeholder on purpose; the
 * widgets then write the reader's own origin instead (src/lib/publicUrl.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { findPlaceholderLinks, isRealSiteUrl, PLACEHOLDER_HOST } from '../../src/lib/publicUrl';

const textFile = /\.(html|js|json|xml|txt|conf|webmanifest|css)$|^_(headers|redirects)$/;

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listTextFiles(full);
      return Promise.resolve(textFile.test(e.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

export default function publicLinksPlugin(context: LoadContext): Plugin {
  return {
    name: 'public-links',
    async postBuild({ outDir }) {
      if (!isRealSiteUrl(context.siteConfig.url)) return;
      const files = await listTextFiles(outDir);
      const hits = findPlaceholderLinks(
        await Promise.all(files.map(async (file) => ({ file: path.relative(outDir, file), text: await readFile(file, 'utf8') }))),
      );
      if (hits.length > 0) {
        const list = hits.slice(0, 20).map((h) => `  - ${h.file}: ${h.link}`);
        throw new Error(
          `SITE_URL is ${context.siteConfig.url}, but the build wrote ${hits.length} link(s) to the placeholder host ${PLACEHOLDER_HOST}:\n${list.join('\n')}\n` +
            'Build such links from the site configuration (useBaseUrl, siteConfig.url) or from usePublicSiteUrl(), never as text.',
        );
      }
    },
  };
}
