/**
 * Checks a `runbook_url` from an alert rule against the built guide: does it open a real page?
 * Pure: the caller says which files the build has. Template actions (`{{ ... }}`) in the query are
 * filled with a sample value before parsing; in the path they make the link uncheckable.
 */
import { parseAlertPath } from './alertLinks';
import { parseShortLinkPath, resolveShortLink } from './shortLinks';

export type LinkCheckStatus = 'ok' | 'broken' | 'other-site';

export interface LinkCheckResult {
  url: string;
  status: LinkCheckStatus;
  message: string;
  /**
   * Context fields the target runbook's commands take from the link that this URL does not pass.
   * `labels`: fields alert rules normally carry as labels (the check fails on these); `other`:
   * fields readers usually fill in "My environment" (reported as a note).
   */
  missing?: { labels: string[]; other: string[] };
}

export interface SiteIndex {
  /** e.g. https://runbooks.example.com/ or https://example.com/guide/ (trailing slash). */
  siteUrl: string;
  /** Does the build hold a page at this path (relative to the site root, no leading slash)? */
  pageExists: (relativePath: string) => boolean;
  runbookIds: readonly string[];
  retiredIds: Readonly<Record<string, string>>;
  /** Context fields a runbook's commands take from the link (its variables' `from`), by runbook id. */
  runbookFields?: Readonly<Record<string, readonly string[]>>;
  /** Page path (relative, no slashes at the ends) -> runbook id, for links to a runbook's page. */
  runbookPaths?: Readonly<Record<string, string>>;
}

/** Context fields that alert rules normally carry as labels: a runbook link must pass them when its commands use them. */
export const labelFields = ['namespace', 'service', 'pod', 'deployment', 'cluster', 'region'] as const;

/** Fields the runbook's commands take from the link that the URL's query omits. */
export function missingFields(url: string, needed: readonly string[]): { labels: string[]; other: string[] } {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1).replace(TEMPLATE, 'x') : '';
  const given = new Set(new URLSearchParams(query).keys());
  const absent = [...new Set(needed)].filter((f) => !given.has(f));
  return {
    labels: absent.filter((f) => (labelFields as readonly string[]).includes(f)),
    other: absent.filter((f) => !(labelFields as readonly string[]).includes(f)),
  };
}

function withMissing(result: LinkCheckResult, id: string, site: SiteIndex): LinkCheckResult {
  const needed = site.runbookFields?.[id];
  if (!needed || result.status !== 'ok') return result;
  const missing = missingFields(result.url, needed);
  if (missing.labels.length > 0) {
    return {
      ...result,
      status: 'broken',
      missing,
      message: `${result.message}; the runbook's commands need ${missing.labels.join(', ')} from the link: add ${missing.labels
        .map((f) => `${f}={{ $labels.${f} | urlquery }}`)
        .join('&')}`,
    };
  }
  return missing.other.length > 0 ? { ...result, missing } : result;
}

const TEMPLATE = /\{\{[\s\S]*?\}\}/g;
const HAS_TEMPLATE = /\{\{[\s\S]*?\}\}/;

export function checkRunbookUrl(raw: string, site: SiteIndex): LinkCheckResult {
  const url = raw.trim();
  const [beforeQuery = ''] = url.split('?', 1);
  if (HAS_TEMPLATE.test(beforeQuery)) {
    return {
      url,
      status: 'broken',
      message: 'the path itself is templated, so no single page can be checked; template only the query string',
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url.replace(TEMPLATE, 'x'));
  } catch {
    return { url, status: 'broken', message: 'not a valid absolute URL' };
  }
  const root = new URL(site.siteUrl.endsWith('/') ? site.siteUrl : `${site.siteUrl}/`);
  if (parsed.origin !== root.origin || !parsed.pathname.startsWith(root.pathname)) {
    return { url, status: 'other-site', message: `points outside ${root.href}; not checked` };
  }
  const base = root.pathname;
  const relative = decodeURIComponent(parsed.pathname.slice(base.length)).replace(/\/$/, '');
  const alert = parseAlertPath(parsed.pathname, base);
  if (alert !== null) return { url, status: 'ok', message: `alert ${alert}: opens its page, or triage when the name is not mapped` };
  const id = parseShortLinkPath(parsed.pathname, base);
  if (id !== null) {
    const found = resolveShortLink(id, site.runbookIds, site.retiredIds);
    return found
      ? withMissing(
          { url, status: 'ok', message: `runbook ${found.id}${found.retired ? ` (forwarded from retired ${found.retired})` : ''}` },
          found.id,
          site,
        )
      : { url, status: 'broken', message: `no runbook has the id ${id}` };
  }
  if (relative === '' || site.pageExists(relative)) {
    const runbook = site.runbookPaths?.[relative];
    return runbook
      ? withMissing({ url, status: 'ok', message: `runbook ${runbook}` }, runbook, site)
      : { url, status: 'ok', message: 'page exists' };
  }
  return { url, status: 'broken', message: `no page at /${relative}` };
}

/** Every `runbook_url` annotation in a parsed Prometheus rule file, with its alert name. */
export function runbookUrlsInRules(doc: unknown): { alert: string; url: string }[] {
  const out: { alert: string; url: string }[] = [];
  const groups = (doc as { groups?: unknown })?.groups;
  if (!Array.isArray(groups)) return out;
  for (const group of groups) {
    const rules = (group as { rules?: unknown })?.rules;
    if (!Array.isArray(rules)) continue;
    for (const rule of rules) {
      const r = rule as { alert?: unknown; annotations?: Record<string, unknown> };
      const url = r.annotations?.runbook_url;
      if (typeof r.alert === 'string' && typeof url === 'string') out.push({ alert: r.alert, url });
    }
  }
  return out;
}
