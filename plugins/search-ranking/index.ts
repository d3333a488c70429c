/**
 * Local plugin: search results lead with runbooks and status-code pages, each page with its title
 * (src/lib/searchRanking.ts). The search plugin has no ranking option (its options are limits,
 * ignored files and selectors), so this swaps its result sort, a module of one exported function,
 * for ours when the bundle is built. Client bundles only: the sort runs in the search worker.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function searchRankingPlugin(context: LoadContext): Plugin {
  const require = createRequire(path.join(context.siteDir, 'package.json'));
  // The plugin's sort module, by its resolved path: an alias on an absolute path replaces that
  // one file wherever it is imported from (its search worker imports it relatively).
  const pluginDist = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
  const pluginSort = path.join(pluginDist, 'dist/client/client/utils/sortSearchResults.js');
  const ours = path.join(context.siteDir, 'plugins/search-ranking/sortSearchResults.ts');
  // An upgrade of the search plugin that moves or renames this file would otherwise leave the
  // alias pointing at nothing and the ranking silently gone.
  if (!existsSync(pluginSort)) {
    throw new Error(
      `plugins/search-ranking: ${path.relative(context.siteDir, pluginSort)} is not in @easyops-cn/docusaurus-search-local any more; ` +
        'find where its search worker sorts results now and point the alias there.',
    );
  }
  return {
    name: 'search-ranking',
    configureWebpack(_config, isServer) {
      return isServer ? {} : { resolve: { alias: { [pluginSort]: ours } } };
    },
  };
}
