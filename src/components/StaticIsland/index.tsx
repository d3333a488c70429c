import React, { type HTMLAttributes } from 'react';
import { KEEP_SERVER_HTML, useServerHtml } from '@site/src/hooks/useServerHtml';

/**
 * Markup that never changes in the browser, such as a widget's build-time form (a tree's outline, a
 * written timeline), which readers with JavaScript see only on paper. On the page the reader
 * opened, React keeps the server's HTML as it is instead of hydrating it element by element: the
 * outline of a tree is about 500 elements that would otherwise cost main-thread time at load for
 * nothing. A page reached by a client-side navigation has no server HTML, so there the children
 * render as usual.
 */
export default function StaticIsland({ children, ...attributes }: HTMLAttributes<HTMLDivElement>): React.ReactElement {
  if (useServerHtml()) return <div {...attributes} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
  return <div {...attributes}>{children}</div>;
}
