import { useEffect, useRef, useState } from 'react';

/** Inputs up to this length go into the URL (`?q=`), so a link reproduces the result. */
export const MAX_URL_TEXT = 1500;
const MAX_TEXT = 3_000_000;

/**
 * The pasted text, read from `?q=` after hydration and written back (debounced, replaceState:
 * typing does not fill the history) while it is short enough for a URL. Longer text is left out
 * of the URL, and the URL says nothing rather than something stale.
 */
export function useQueryText(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const arrived = useRef(false);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) setText(q.slice(0, MAX_TEXT));
    arrived.current = true;
  }, []);
  useEffect(() => {
    if (!arrived.current) return undefined;
    // Docusaurus changes the address as soon as a link is clicked but keeps this page mounted until
    // the next one has loaded: never write the lookup's text into another page's address.
    const pathname = window.location.pathname;
    const timer = window.setTimeout(() => {
      if (window.location.pathname !== pathname) return;
      const url = new URL(window.location.href);
      if (text.trim() !== '' && text.length <= MAX_URL_TEXT) url.searchParams.set('q', text);
      else url.searchParams.delete('q');
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [text]);
  return [text, (t: string) => setText(t.slice(0, MAX_TEXT))];
}
