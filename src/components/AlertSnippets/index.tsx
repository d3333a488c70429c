import React from 'react';
import { usePublicSiteUrl } from '@site/src/hooks/usePublicSiteUrl';
import CodeBlock from '@theme/CodeBlock';
import { alertToolNames, alertTools, buildSnippet, type LinkSpec } from '@site/src/lib/alertSnippets';

/**
 * Every tool's snippet for one example, rendered at build time from the same builders the
 * link-builder uses (and the unit tests evaluate), so the docs cannot drift from tested code.
 */
export default function AlertSnippets(): React.ReactElement {
  const site = usePublicSiteUrl();
  const labelled: LinkSpec = {
    site,
    target: { tree: 'start' },
    alertname: 'High5xxRate',
    fields: { service: 'service', env: 'env', value: 'value' },
  };
  const literal: LinkSpec = { ...labelled, fields: { service: 'checkout-api', env: 'prod' } };
  return (
    <>
      {alertTools.map((tool) => (
        <section key={tool}>
          <h3>{alertToolNames[tool]}</h3>
          <CodeBlock language={tool === 'pagerduty-events' || tool === 'opsgenie' ? 'json' : tool === 'datadog' ? 'markdown' : 'yaml'}>
            {buildSnippet(tool, tool === 'pagerduty-events' || tool === 'opsgenie' ? literal : labelled)}
          </CodeBlock>
        </section>
      ))}
    </>
  );
}
