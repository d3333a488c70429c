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
