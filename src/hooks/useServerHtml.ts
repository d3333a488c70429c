import { useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * An element prop that tells React to leave the element's server-rendered content as it is. One
 * object for every render: React rewrites an element's content only when this prop changes identity.
 */
export const KEEP_SERVER_HTML = Object.freeze({ __html: '' });

// True in the production client, which hydrates the server's HTML (false in `npm start`, which renders from scratch).
const hydratesServerHtml = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

/**
 * Whether this component instance was first rendered while the page was hydrating, so that its
 * markup is already in the page, written by the server. Decided once per instance: an instance
 * created later (a client-side navigation, a block rendered again) has no server markup.
 *
 * A component that renders `dangerouslySetInnerHTML={KEEP_SERVER_HTML}` (and
 * `suppressHydrationWarning`) in that case keeps the server's markup without React hydrating it
 * element by element: React does not look inside an element whose HTML it was given, and does not
 * rewrite it while the prop keeps its identity. Only for markup that never changes in the browser.
 */
export function useServerHtml(): boolean {
  const isBrowser = useIsBrowser();
  const [fromServer] = useState(() => hydratesServerHtml && typeof window !== 'undefined' && !isBrowser);
  return fromServer;
}
