/**
 * Local plugin: the site's bundles get src/prism (a Prism with only the languages the guide uses)
 * wherever Docusaurus imports `prism-react-renderer`. Server and client bundles alike, so the
 * highlighted HTML and the hydrated page agree. The theme's `additionalLanguages` stays empty:
 * languages are chosen in src/prism/languages.ts.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function lightPrismPlugin(context: LoadContext): Plugin {
  return {
    name: 'light-prism',
    configureWebpack() {
      return { resolve: { alias: { 'prism-react-renderer$': path.join(context.siteDir, 'src/prism/index.ts') } } };
    },
  };
}
