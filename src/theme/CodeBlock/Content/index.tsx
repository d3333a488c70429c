// Swizzled (wrapped): on the page as loaded, a code block keeps the lines the server highlighted.
// The classic theme highlights every block again while the page hydrates (Prism runs on the code,
// and React walks every line and token) to produce the same markup the server already sent: on a
// runbook that was about a quarter of a second of main thread at Lighthouse's 4x CPU slowdown.
// The block's buttons still work: copy reads the code from the block's metadata, word wrap changes
// the `<code>` element's style directly. A block rendered later (a client-side navigation, a
// command filled with the reader's values, a reader in dark mode, whose blocks the theme renders
// again in the dark code theme) is highlighted as usual, and so is a block whose code changes once
// the page runs.
import React, { useState } from 'react';
import Content from '@theme-original/CodeBlock/Content';
import type { Props } from '@theme/CodeBlock/Content';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { KEEP_SERVER_HTML, useServerHtml } from '@site/src/hooks/useServerHtml';

export default function ContentWrapper(props: Props): React.ReactNode {
  const fromServer = useServerHtml();
  const { metadata, wordWrap } = useCodeBlockContext();
  // The code the server highlighted. A block whose code changes in the browser (a snippet that
  // takes the reader's own address once the page runs) is highlighted again from then on.
  const [serverCode] = useState(metadata.code);
  if (fromServer && metadata.code === serverCode)
    return <pre ref={wordWrap.codeBlockRef} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />;
  return <Content {...props} />;
}
