/**
 * Which pages stand for the site's templates, for the checks that depend on the colour scheme
 * (axe's contrast rules in light and dark). Contrast depends on the theme and on the kinds of
 * styled element a page shows, not on its words; so instead of every page twice, a set of pages
 * is chosen from the build that (1) holds one page of each section and layout (a runbook, a
 * comparison, a vendor page, a scenario, the home page ...) and (2) between them show every kind
 * of element the site renders anywhere: every tag with every class list, CSS-module hashes
 * ignored. A new page with a new widget or new markup adds its kinds, and is chosen if no chosen
 * page shows them; nothing needs to be listed by hand.
 */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface TemplatePage {
  path: string;
  /** Why this page was chosen: its section and layout, or the element kinds only it adds. */
  reason: string;
}

/** `facts_AYl_` (a CSS module's class with its build hash) is the kind `facts`. */
const withoutModuleHash = (cls: string) => /^([a-zA-Z][a-zA-Z0-9]*)_[A-Za-z0-9_-]{4}$/.exec(cls)?.[1] ?? cls;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The kinds of element a page renders: `tag.class.class` for every element in the body, and the
 * same inside its parent's kind (`td > code`), since a colour is judged against the background of
 * what holds it. A plain scan of the start and end tags (the build's HTML is well formed), which is
 * fast enough to run on every page each time the browser tests load.
 */
export function elementKinds(html: string): Set<string> {
  const body = html
    .slice(Math.max(0, html.indexOf('<body')))
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const kinds = new Set<string>();
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const [, closing, rawTag = '', attrs = ''] = m;
    const tag = rawTag.toLowerCase();
    if (closing) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const open = stack[i] ?? '';
        if (open === tag || open.startsWith(`${tag}.`)) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (tag === 'body') continue;
    const cls = /\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(attrs);
    const classes = (cls?.[1] ?? cls?.[2] ?? cls?.[3] ?? '')
      .split(/\s+/)
      .filter((c) => c && c !== 'undefined')
      .map(withoutModuleHash)
      .sort();
    const kind = [tag, ...classes].join('.');
    kinds.add(kind);
    const parent = stack.at(-1);
    if (parent) kinds.add(`${parent} > ${kind}`);
    if (!voidTags.has(tag) && !attrs.endsWith('/')) stack.push(kind);
  }
  return kinds;
}

/** The layout Docusaurus gives a page (doc page, generated index, plain page ...), from `<html class>`. */
export function layoutOf(html: string): string {
  const cls = /<html[^>]*\sclass="?([^">]*)"?/.exec(html)?.[1] ?? '';
  return cls
    .split(/\s+/)
    .filter((c) => c && !c.startsWith('docs-doc-id-'))
    .join(' ');
}

/** `/docs/failure-modes/fm-500-x` is in section `/docs/failure-modes`; `/docs/adopt` in `/docs`. */
export function sectionOf(pagePath: string): string {
  const parts = pagePath.replace(/\/+$/, '').split('/');
  return parts.slice(0, -1).join('/') || '/';
}

export function chooseTemplatePages(pages: readonly BuiltPage[]): TemplatePage[] {
  const info = pages.map((p) => ({ ...p, kinds: elementKinds(p.html), layout: layoutOf(p.html), size: p.html.length }));
  const chosen: TemplatePage[] = [];
  const covered = new Set<string>();
  const take = (page: (typeof info)[number], reason: string) => {
    chosen.push({ path: page.path, reason });
    for (const k of page.kinds) covered.add(k);
  };

  // One page per section and layout: the smallest, as the cheapest to check.
  const groups = new Map<string, (typeof info)[number]>();
  for (const page of info) {
    const key = `${sectionOf(page.path)} | ${page.layout}`;
    const held = groups.get(key);
    if (!held || page.size < held.size) groups.set(key, page);
  }
  for (const [key, page] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) take(page, `section ${key}`);

  // Then, greedily, the page showing the most element kinds no chosen page shows (the smaller on a tie).
  for (;;) {
    let best: (typeof info)[number] | undefined;
    let bestNew: string[] = [];
    for (const page of info) {
      const fresh = [...page.kinds].filter((k) => !covered.has(k));
      if (fresh.length > bestNew.length || (best && fresh.length === bestNew.length && fresh.length > 0 && page.size < best.size)) {
        best = page;
        bestNew = fresh;
      }
    }
    if (!best || bestNew.length === 0) break;
    take(best, `shows ${bestNew.length} element kind(s) no other chosen page shows, e.g. ${bestNew.slice(0, 3).join(', ')}`);
  }
  return chosen.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Pages in order, cut into chunks of about `budget` bytes of HTML each (a page larger than the
 * budget is a chunk by itself), so that loops over every page spread evenly over the workers.
 */
export function chunkBySize<T extends { size: number }>(items: readonly T[], budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.size > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
