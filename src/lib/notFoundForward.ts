/**
 * What the 404 page does with the address it was asked for: `/alerts/<name>` always forwards
 * (known names to their page, unknown ones to triage, the context kept); `/r/<id>` forwards when
 * the id, in any letter case or retired, is known. Everything else stays a 404.
 */
import type { AlertMapping } from './alertTypes';
import { joinQuery, parseAlertPath, resolveAlert } from './alertLinks';
import { parseShortLinkPath, resolveShortLink } from './shortLinks';

export interface ForwardData {
  ids: readonly string[];
  retired: Readonly<Record<string, string>>;
  alerts: readonly AlertMapping[];
}

export interface AskedFor {
  pathname: string;
  search: string;
  hash: string;
}

/** The address (base URL included) to forward to, or null when the page is really missing. */
export function notFoundForward({ pathname, search, hash }: AskedFor, baseUrl: string, data: ForwardData): string | null {
  const base = baseUrl.replace(/\/$/, '');
  const alertname = parseAlertPath(pathname, baseUrl);
  if (alertname !== null) {
    const { path, mapping } = resolveAlert(alertname, data.alerts);
    // A known alert is named as its rule spells it, whatever the case of the link.
    return `${base}${joinQuery(path, search, { alertname: mapping?.alertname ?? alertname })}${hash}`;
  }
  const id = parseShortLinkPath(pathname, baseUrl);
  if (id === null) return null;
  const found = resolveShortLink(id, data.ids, data.retired);
  return found ? `${base}${found.path}${search}${hash}` : null;
}
