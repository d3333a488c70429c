import type { Config, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import runbookCatalogPlugin from './plugins/runbook-catalog';
import scenariosPlugin from './plugins/scenarios';
import lightPrismPlugin from './plugins/light-prism';
import unknownAlertPlugin from './plugins/unknown-alert';
import publicLinksPlugin from './plugins/public-links';
import searchRankingPlugin from './plugins/search-ranking';
import { isRunbookFile } from './plugins/runbook-catalog/loadRunbooks';
import { readBuildInfo } from './plugins/runbook-catalog/buildInfo';
import path from 'node:path';

const siteDir = __dirname;

// An organisation hosting its own copy sets these two (see README "Adopting the guide").
const siteUrl = process.env.SITE_URL ?? 'https://5xx-field-guide.example';
// The offline bundle (npm run bundle:offline) is a second build that opens from disk: hash router,
// no service worker, no search index (browsers refuse to fetch files from file:// pages).
const offlineBundle = process.env.FG_BUNDLE === 'offline';
const baseUrl = process.env.BASE_URL ?? '/';

// Code colours from VS Code's themes, with the few token colours that miss WCAG AA contrast
// (4.5:1 against the code background) replaced; axe checks every code block in the browser tests.
type PrismTheme = typeof prismThemes.vsLight;
function withColours(theme: PrismTheme, colours: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const key = `${entry.types.join(',')}${entry.languages ? `@${entry.languages.join(',')}` : ''}`;
      const colour = colours[key];
      return colour ? { ...entry, style: { ...entry.style, color: colour } } : entry;
    }),
  };
}
const codeLight = withColours(prismThemes.vsLight, { 'attr-name': 'rgb(196, 0, 0)' });
const codeDark = withColours(prismThemes.vsDark, {
  prolog: '#9CDCFE',
  constant: '#C586C0',
  'punctuation@markup': '#A6A6A6',
});

const config: Config = {
  title: '5xx Field Guide',
  tagline: 'From the 500, 502, 503 or 504 in front of you to the right fix and the right owner.',
  favicon: 'img/logo.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: undefined,

  future: {
    // Docusaurus Faster (Rspack, SWC, Lightning CSS) and the v4 defaults, including strict MDX.
    v4: true,
    ...(offlineBundle ? { experimental_router: 'hash' as const } : {}),
  },

  // A dead link is a dead end for someone on call: fail the build instead.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: { defaultLocale: 'en', locales: ['en'] },

  customFields: {
    // Which build the reader sees (footer of every page and of the offline copy).
    build: readBuildInfo(siteDir),
    // Where "Report a problem with this page" points: your issue tracker's new-issue URL (it gets
    // `title` and `body`) or mailto:team@example.com. The default opens the reader's mail program
    // with the report filled in and no recipient; adopters set REPORT_PROBLEM_URL.
    reportProblemUrl: process.env.REPORT_PROBLEM_URL ?? 'mailto:',
  },

  // Marks the page as scripted before the first paint, so CSS can show a widget's no-JavaScript
  // form (an outline, a full table) only when scripts are off, with no layout shift when they run.
  // No prefetching of links as they scroll into view: the service worker fetches the whole guide (see the module).
  clientModules: ['./src/clientModules/noViewportPrefetch.ts'],

  headTags: [{ tagName: 'script', attributes: {}, innerHTML: "document.documentElement.setAttribute('data-fg-js','');" }],

  markdown: {
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    // A runbook's URL derives from its stable id, not from where the file sits, so moving a file
    // between folders never breaks a link. Validation itself happens in plugins/runbook-catalog.
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      const relative = path.relative(siteDir, params.filePath);
      const { id } = result.frontMatter;
      if (isRunbookFile(relative) && typeof id === 'string' && result.frontMatter.slug === undefined) {
        result.frontMatter.slug = `/failure-modes/${id.toLowerCase()}`;
      }
      return result;
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          // File names such as 500-vs-502.mdx start with a number that is not an ordering prefix.
          numberPrefixParser: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
        sitemap: { ignorePatterns: ['/r/**', '/search'], filename: 'sitemap.xml' },
      } satisfies Preset.Options,
    ],
  ],

  themes: offlineBundle
    ? []
    : [
        [
          '@easyops-cn/docusaurus-search-local',
          {
            // Everything is indexed at build time and searched in the browser: nothing leaves it.
            hashed: true,
            language: ['en'],
            indexDocs: true,
            indexPages: true,
            indexBlog: false,
            docsRouteBasePath: '/docs',
            highlightSearchTermsOnTargetPage: false,
            explicitSearchResultPath: true,
            searchResultLimits: 10,
            searchBarShortcutHint: false,
            // Simulator debriefs and best paths are spoilers: a search must not show the answers.
            ignoreCssSelectors: ['.fg-spoiler'],
          },
        ],
      ],

  plugins: [
    runbookCatalogPlugin as PluginModule,
    scenariosPlugin as PluginModule,
    lightPrismPlugin as PluginModule,
    unknownAlertPlugin as PluginModule,
    publicLinksPlugin as PluginModule,
    // Search results: runbooks and code pages first, each page led by its title.
    !offlineBundle && (searchRankingPlugin as PluginModule),
    !offlineBundle && [
      '@docusaurus/plugin-pwa',
      {
        // 'always': a plain visitor who opened one page from an alert gets the whole guide
        // cached, not only people who installed the app. The guide is small (a few MB), and the
        // reader who needs it offline is exactly the one who never installs anything.
        offlineModeActivationStrategies: ['always'],
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json` },
          { tagName: 'meta', name: 'theme-color', content: '#b3261e' },
        ],
      },
    ],
  ],

  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    metadata: [{ name: 'description', content: 'Runbooks, triage and training for HTTP 500, 502, 503 and 504.' }],
    navbar: {
      title: '5xx Field Guide',
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { to: '/docs/triage', label: 'Triage', position: 'left' },
        { to: '/docs/failure-modes', label: 'Failure modes', position: 'left' },
        { to: '/docs/codes', label: 'Status codes', position: 'left', activeBasePath: '/docs/codes' },
        { to: '/docs/training', label: 'Training', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'On call',
          items: [
            { label: 'Triage by status code', to: '/docs/triage' },
            { label: 'All failure modes', to: '/docs/failure-modes' },
          ],
        },
        {
          title: 'Reference',
          items: [
            { label: 'Recovery classes', to: '/docs/reference/recovery-classes' },
            { label: 'Visitors: got an error page?', to: '/docs/visitors' },
          ],
        },
        {
          title: 'Contribute',
          items: [
            { label: 'Add a runbook', to: '/docs/contributing/runbook-template' },
            { label: 'Adopt the guide', to: '/docs/adopt' },
          ],
        },
      ],
      copyright: '5xx Field Guide. Facts name their sources; every page shows when it was last reviewed.',
    },
    // Languages are chosen in src/prism/languages.ts (see plugins/light-prism), not here.
    prism: { theme: codeLight, darkTheme: codeDark, additionalLanguages: [] },
  } satisfies Preset.ThemeConfig,
};

export default config;
