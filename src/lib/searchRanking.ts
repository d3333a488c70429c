/**
 * The order of search results: what a responder needs first. The local search plugin
 * (@easyops-cn/docusaurus-search-local) ranks by text score alone and lists a page's headings and
 * paragraphs as separate hits, so a training scenario whose title holds "ALB 502" came before the
 * runbook, and Enter on a heading hit opened a runbook half-way down. This engine reorders the
 * hits the plugin found (plugins/search-ranking puts it in place of the plugin's own sort):
 *
 * 1. pages by kind: runbooks and status-code pages, then triage and vendor reference, then
 *    everything else, then training (its scenarios hold answers) and contributor pages;
 * 2. within a kind, the plugin's own order (text score);
 * 3. every page leads with its title: a page found only through a heading or paragraph gets its
 *    title hit added in front, so the first hit of each page opens the page at its top.
 *
 * Pure: the hits come in as the plugin's objects and only `type`, `document.u`, `document.i` and
 * `page` are read.
 */

/** The plugin's document types (its `SearchDocumentType`): 0 is a page title. */
export const TITLE_TYPE = 0;

export interface SearchDocumentLike {
  /** Document id. */
  i: number;
  /** URL (with the base URL and, for headings, the anchor). */
  u: string;
  /** Title text. */
  t?: string;
}

export interface SearchHitLike {
  document: SearchDocumentLike;
  type: number;
  /** The page's title document, for a heading or paragraph hit. */
  page?: SearchDocumentLike | false | undefined;
  metadata?: unknown;
  tokens?: unknown;
  score?: number;
}

/** Page kinds in the order results show them. */
const kindOrder: readonly { kind: string; test: RegExp }[] = [
  { kind: 'runbook', test: /\/docs\/failure-modes\/[^/#?]/ },
  { kind: 'code', test: /\/docs\/codes\// },
  { kind: 'triage', test: /\/docs\/(?:triage|lookup|failure-modes\/?(?:[#?]|$))/ },
  { kind: 'reference', test: /\/docs\/(?:vendors|compare|reference|alerts)\// },
  { kind: 'other', test: /\/docs\/(?!training|contributing)/ },
  { kind: 'training', test: /\/docs\/training/ },
  { kind: 'contributing', test: /\/docs\/contributing/ },
];

/** The rank of a page kind by its URL: lower comes first. */
export function pageRank(url: string): number {
  const path = url.replace(/[#?].*$/, '');
  const at = kindOrder.findIndex((k) => k.test.test(path) || k.test.test(url));
  return at < 0 ? kindOrder.length : at;
}

/**
 * The match data of an added title hit: one empty match at the start of the title. The plugin's
 * views cut a title around its first match and fail on a title with none; an empty one shows the
 * title whole, with nothing marked.
 */
export const plainTitle = { '': { t: { position: [[0, 0]] } } };

function pageOf(hit: SearchHitLike): SearchDocumentLike {
  return hit.type !== TITLE_TYPE && hit.page ? hit.page : hit.document;
}

/**
 * Reorders `results` in place (the plugin's worker ignores a return value) and returns it.
 * Titles lead: a page found only through its headings or text gets its title hit first.
 */
export function rankSearchResults<T extends SearchHitLike>(results: T[]): T[] {
  const pages = new Map<number, { page: SearchDocumentLike; first: number; hits: T[]; title: T | null }>();
  results.forEach((hit, index) => {
    const page = pageOf(hit);
    const entry = pages.get(page.i) ?? { page, first: index, hits: [], title: null };
    if (hit.type === TITLE_TYPE && hit.document.i === page.i) entry.title ??= hit;
    else entry.hits.push(hit);
    pages.set(page.i, entry);
  });
  const ordered = [...pages.values()].sort((a, b) => pageRank(a.page.u) - pageRank(b.page.u) || a.first - b.first);
  const out: T[] = [];
  for (const entry of ordered) {
    const lead = entry.hits[0];
    const title =
      entry.title ?? (lead ? ({ ...lead, document: entry.page, type: TITLE_TYPE, page: undefined, metadata: plainTitle } as T) : null);
    if (title) out.push(title);
    out.push(...entry.hits);
  }
  results.splice(0, results.length, ...out);
  return results;
}
