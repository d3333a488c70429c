/**
 * The page behind `/alerts/<name>` when the name is not in the alert mapping: it names the alert,
 * offers triage by the status code the link carries, and keeps the link's context on every link.
 * Pure: the view only renders what this returns.
 */
import type { AlertMapping } from './alertTypes';
import { contextQuery, contextStatus, parseAlertContext } from './alertContext';
import { joinQuery, parseAlertPath, resolveAlert } from './alertLinks';
import { statusCodes, type StatusCode } from './vocabulary';

export interface UnknownAlertView {
  kind: 'unknown';
  /** The alert name from the link, or null when the link names none (or an unusable one). */
  alertname: string | null;
  /** The status code the link's context names, if any. */
  status: StatusCode | null;
  /** Triage start, with the context (it answers the first question when the status is known). */
  triageHref: string;
  /** The code pages to triage from, the link's status first; each keeps the context. */
  codes: { code: StatusCode; href: string }[];
}

export type AlertPageView = UnknownAlertView | { kind: 'known'; href: string };

/**
 * What `/alerts/<name>` shows (paths without the base URL). A known name, reached inside the app,
 * forwards to its page as the static link files do.
 */
export function alertPageView(pathname: string, search: string, baseUrl: string, mappings: readonly AlertMapping[]): AlertPageView {
  const alertname = parseAlertPath(pathname, baseUrl);
  if (alertname !== null) {
    const { path, mapping } = resolveAlert(alertname, mappings);
    if (mapping) return { kind: 'known', href: joinQuery(path, search, { alertname: mapping.alertname }) };
  }
  const ctx = parseAlertContext(search);
  const status = contextStatus(ctx);
  const params = contextQuery(ctx);
  const query = alertname === null ? params : joinQuery('', params, { alertname }).replace(/^\?/, '');
  const withQuery = (path: string) => (query ? `${path}?${query}` : path);
  const ordered: StatusCode[] = status === null ? [...statusCodes] : [status, ...statusCodes.filter((c) => c !== status)];
  return {
    kind: 'unknown',
    alertname,
    status,
    triageHref: withQuery('/docs/triage'),
    codes: ordered.map((code) => ({ code, href: withQuery(`/docs/codes/${code}`) })),
  };
}
