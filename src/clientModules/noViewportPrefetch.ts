/**
 * Docusaurus prefetches the code of every internal link as soon as it scrolls into view: on a
 * runbook that is about 35 links (the expanded sidebar category counts, even while the phone menu
 * is closed), each matched against every route and each adding about ten `<link rel="prefetch">`
 * tags. Measured under Lighthouse's 4x CPU slowdown, each route cost 40-90 ms of main thread, a
 * string of long tasks for seconds after load, even when run one per idle period.
 *
 * This site does not need it: the service worker (plugin-pwa, activated for every visitor) already
 * downloads the whole guide after the first page, so the prefetched files would be fetched twice.
 * So viewport prefetching is off, and links no longer watch the viewport at all: Docusaurus'
 * `Link` creates one IntersectionObserver per internal link (over a hundred on a runbook) only to
 * call `prefetch`, and does not when the browser lacks IntersectionObserver, which this module
 * tells it (nothing else in the site reads that flag). Navigation is unchanged: hovering, focusing
 * or touching a link still preloads its page at once (`preload` is left alone).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Docusaurus' client API object (`window.docusaurus`), typed by @docusaurus/module-type-aliases. */
type DocusaurusGlobal = Window['docusaurus'];

if (ExecutionEnvironment.canUseDOM) {
  (ExecutionEnvironment as { canUseIntersectionObserver: boolean }).canUseIntersectionObserver = false;
  // Docusaurus assigns `window.docusaurus` once, after the client modules are imported and before
  // the first render; wrap whatever it assigns.
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (value: DocusaurusGlobal) => {
      current = Object.freeze({ preload: value.preload, prefetch: () => false });
    },
  });
}

export {};
