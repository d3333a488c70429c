import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { contextQuery, hasContext, parseAlertContext, type AlertContext } from '@site/src/lib/alertContext';

/** Session storage key: the alert context follows the reader for the rest of the visit (this tab). */
export const CONTEXT_SESSION_KEY = '5xx-field-guide:alert-context';

const EMPTY: AlertContext = { values: {}, problems: [] };

// Other components in the page learn of a drop at once (session storage fires no event in the same tab).
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function readSession(): string {
  try {
    return window.sessionStorage.getItem(CONTEXT_SESSION_KEY) ?? '';
  } catch {
    return ''; // Storage disabled: the context lasts as long as the address carries it.
  }
}
function writeSession(query: string | null): void {
  try {
    if (query) window.sessionStorage.setItem(CONTEXT_SESSION_KEY, query);
    else window.sessionStorage.removeItem(CONTEXT_SESSION_KEY);
  } catch {
    // Nothing to do.
  }
  listeners.forEach((l) => l());
}

export interface CarriedAlertContext extends AlertContext {
  /** `link`: from this page's address; `session`: carried from the alert link opened earlier in this visit. */
  origin: 'link' | 'session' | null;
  /** Forget the carried context for the rest of the visit. */
  drop: () => void;
}

/**
 * Alert context from the address, or carried from an earlier page of this visit, read after
 * hydration (the static HTML never depends on it). A link with context replaces what was carried;
 * the stored query is parsed again on every page, so it is validated like a fresh link.
 */
export function useAlertContext(): CarriedAlertContext {
  const location = useLocation();
  // False on the server and in the first client render, so both render the same markup.
  const hydrated = useIsBrowser();
  const stored = useSyncExternalStore(
    subscribe,
    () => (hydrated ? readSession() : ''),
    () => '',
  );
  const fromLink = useMemo(() => (hydrated ? parseAlertContext(location.search) : EMPTY), [hydrated, location.search]);
  useEffect(() => {
    if (!hydrated || !hasContext(fromLink)) return;
    const query = contextQuery(fromLink);
    if (query && query !== readSession()) writeSession(query);
  }, [hydrated, fromLink]);
  const drop = useCallback(() => writeSession(null), []);
  return useMemo(() => {
    if (!hydrated) return { ...EMPTY, origin: null, drop };
    if (hasContext(fromLink)) return { ...fromLink, origin: 'link', drop };
    if (stored) {
      const carried = parseAlertContext(stored);
      if (hasContext(carried)) return { ...carried, origin: 'session', drop };
    }
    return { ...EMPTY, origin: null, drop };
  }, [hydrated, fromLink, stored, drop]);
}
