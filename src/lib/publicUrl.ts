/**
 * The address the guide writes into text meant for elsewhere (incident notes, copied alert links,
 * alert-rule snippets). A link pasted into an incident channel must open, so it never points at
 * the placeholder host the configuration ships with.
 *
 * Rule: the configured SITE_URL when it is set for real (an organisation's canonical address);
 * else the origin the reader is on (the copy that is really serving these pages); else, only
 * while rendering at build time or from a page opened from disk, the configured value.
 */

/** The host `docusaurus.config.ts` uses when SITE_URL is not set. */
export const PLACEHOLDER_HOST = '5xx-field-guide.example';

function parseHttpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** True when the URL is an http(s) address on a host other than the placeholder (or its subdomains). */
export function isRealSiteUrl(value: string | null | undefined): boolean {
  const url = parseHttpUrl(value);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return host !== PLACEHOLDER_HOST && !host.endsWith(`.${PLACEHOLDER_HOST}`);
}

const withSlashes = (baseUrl: string) => `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export interface PublicSiteInput {
  /** `siteConfig.url` (from SITE_URL, or the placeholder). */
  configuredUrl: string;
  /** `siteConfig.baseUrl`, e.g. `/` or `/guide/`. */
  baseUrl: string;
  /** `window.location.href` in the browser; null while rendering at build time. */
  readerUrl: string | null;
}

/** The guide's public address with base URL and a trailing slash, e.g. `https://runbooks.acme.io/guide/`. */
export function publicSiteUrl({ configuredUrl, baseUrl, readerUrl }: PublicSiteInput): string {
  const base = withSlashes(baseUrl);
  if (isRealSiteUrl(configuredUrl)) return `${new URL(configuredUrl).origin}${base}`;
  const reader = parseHttpUrl(readerUrl);
  if (reader) return `${reader.origin}${base}`;
  return `${configuredUrl.replace(/\/+$/, '')}${base}`;
}

/**
 * The reader's current page (path under the base URL, query and fragment) on the public address,
 * so a "triage path" link in a note opens the same step wherever the note is pasted.
 */
export function publicPageUrl(site: string, readerUrl: string, baseUrl: string): string {
  const reader = new URL(readerUrl);
  const base = withSlashes(baseUrl);
  const path = reader.pathname.startsWith(base) ? reader.pathname.slice(base.length) : reader.pathname.replace(/^\/+/, '');
  return `${site}${path}${reader.search}${reader.hash}`;
}

export interface PlaceholderHit {
  file: string;
  /** The link as written, e.g. `https://5xx-field-guide.example/docs/...`. */
  link: string;
}

/**
 * Every link to the placeholder host in some built files, for the check that a build made for a
 * real SITE_URL writes none (a hard-coded address, or a widget that ignored the configuration).
 */
export function findPlaceholderLinks(files: readonly { file: string; text: string }[]): PlaceholderHit[] {
  const pattern = /(?:https?:)?\/\/(?:[a-z0-9-]+\.)*5xx-field-guide\.example(?![a-z0-9-]|\.[a-z0-9])[^\s"'<>)\]`\\]*/gi;
  return files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => ({ file, link: m[0] })));
}
