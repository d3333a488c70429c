/**
 * Short links `/r/<id>`: recognising them in a path and resolving an id case-insensitively,
 * including retired ids that forward to their replacement. Used by the 404 page for spellings the
 * static routes do not cover.
 */
import { runbookPath } from './catalog';

const MAX_ID_LENGTH = 80;

/** The id asked for by a `/r/<id>` path (any case, optional trailing slash), or null. */
export function parseShortLinkPath(pathname: string, baseUrl = '/'): string | null {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length);
  const m = /^r\/([^/]+)\/?$/i.exec(rest);
  if (!m?.[1]) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  id = id.trim();
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  return id;
}

export interface ShortLinkResolution {
  /** The canonical id the link resolves to. */
  id: string;
  /** Site path of the runbook, without base URL. */
  path: string;
  /** The retired id that was asked for, when the link was forwarded. */
  retired?: string;
}

export function resolveShortLink(
  askedFor: string,
  ids: readonly string[],
  retired: Readonly<Record<string, string>>,
): ShortLinkResolution | null {
  const wanted = askedFor.toUpperCase();
  const live = ids.find((id) => id.toUpperCase() === wanted);
  if (live) return { id: live, path: runbookPath(live) };
  const oldId = Object.keys(retired).find((id) => id.toUpperCase() === wanted);
  const target = oldId === undefined ? undefined : retired[oldId];
  if (oldId !== undefined && target !== undefined && ids.includes(target)) {
    return { id: target, path: runbookPath(target), retired: oldId };
  }
  return null;
}

export interface ForwardingPage {
  /** What the link names: a runbook id or an alert name. */
  name: string;
  kind: 'runbook' | 'alert';
  /** Absolute site path of the destination (base URL included), possibly with its own query. */
  href: string;
  /** A sentence shown while forwarding (a retired id, or why an alert leads here). */
  note?: string;
}

/**
 * Runs while the page is parsed: forwards to the canonical link, keeping the query string (the
 * alert context) and the fragment. Identical on every forwarding page, so one CSP hash covers all.
 */
export const FORWARD_SCRIPT =
  "(function(){var l=document.querySelector('link[rel=canonical][data-forward]');if(!l)return;var h=l.getAttribute('href'),s=location.search;if(s){h+=(h.indexOf('?')<0?'?':'&')+s.slice(1);}location.replace(h+location.hash);})();";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The static page behind `/r/<id>` and `/alerts/<name>`, written after the build as a plain file
 * rather than an app route: it costs no JavaScript on other pages and no render at build time.
 * With JavaScript it forwards at once, keeping query and fragment; without, a meta refresh
 * forwards to the page itself, and a visible link does the same.
 */
export function forwardingPageHtml({ name, kind, href, note }: ForwardingPage): string {
  const what = kind === 'runbook' ? `runbook ${name}` : `the page for alert ${name}`;
  const h = escapeHtml(href);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(kind === 'runbook' ? `Runbook ${name}` : `Alert ${name}`)} | 5xx Field Guide</title>`,
    `<link rel="canonical" href="${h}" data-forward="1">`,
    `<script>${FORWARD_SCRIPT}</script>`,
    `<noscript><meta http-equiv="refresh" content="0; url=${h}"></noscript>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>Opening ${escapeHtml(what)}</h1>`,
    ...(note ? [`<p>${escapeHtml(note)}</p>`] : []),
    `<p><a href="${h}">Continue</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
