/**
 * Docusaurus prefetches the code of every internal link as soon as it enters the viewport, at once,
 * on the main thread: on a runbook page that is about 35 links (the expanded sidebar category
 * counts, even while the phone menu is closed), each matched against every route and each adding
 * about ten `<link rel="prefetch">` tags, which made several long tasks right after hydration
 * (measured: about 0.5 s of main-thread time at Lighthouse's 4x CPU slowdown). This module keeps
 * Docusaurus' own prefetch but runs it in idle time, one route after another, so it never blocks a
 * tap or a scroll. Navigation is unchanged: hovering or touching a link still preloads it at once
 * (`preload` is left alone).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { createIdleQueue, type IdleScheduler } from '@site/src/lib/idleQueue';

/** Docusaurus' client API object (`window.docusaurus`), typed by @docusaurus/module-type-aliases. */
type DocusaurusGlobal = Window['docusaurus'];

const schedule: IdleScheduler = (run) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 10_000 });
  else window.setTimeout(() => run({ timeRemaining: () => 0 }), 200);
};

/** Wraps Docusaurus' client API object so that `prefetch` goes through the idle queue. */
function idleDocusaurus(original: DocusaurusGlobal): DocusaurusGlobal {
  const queue = createIdleQueue<string>(schedule, (routePath) => void original.prefetch(routePath));
  return Object.freeze({
    preload: original.preload,
    prefetch: (routePath: string) => (queue.push(routePath, routePath) ? Promise.all([]) : false),
  });
}

if (ExecutionEnvironment.canUseDOM) {
  // Docusaurus assigns `window.docusaurus` once, after the client modules are imported and before
  // the first render; wrap whatever it assigns.
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (value: DocusaurusGlobal) => {
      current = idleDocusaurus(value);
    },
  });
}

export {};
