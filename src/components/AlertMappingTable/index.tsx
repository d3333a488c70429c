import ScrollRegion from '@site/src/components/ScrollRegion';
import React from 'react';
import Link from '@docusaurus/Link';
import { alertMappings } from '@site/src/data/alerts';

/** The alert names the guide knows, where each leads, and where the alert comes from. */
export default function AlertMappingTable(): React.ReactElement {
  return (
    <ScrollRegion label="Known alert names">
      <table style={{ display: 'table', fontSize: '0.9rem' }} data-testid="alert-mappings">
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">Opens</th>
            <th scope="col">Source</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {alertMappings.map((m) => {
            const t = m.target;
            return (
              <tr key={m.alertname}>
                <td>
                  <Link to={`/alerts/${m.alertname}`} data-noBrokenLinkCheck>
                    <code>{m.alertname}</code>
                  </Link>
                </td>
                <td>
                  {'runbook' in t
                    ? t.runbook
                    : `${t.tree === 'start' ? 'triage' : `${t.tree} tree`}${t.path?.length ? ' (first answers given)' : ''}`}
                </td>
                <td>{m.source}</td>
                <td>{m.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="sr-only">{alertMappings.length} alert names; unknown names open the triage start.</p>
    </ScrollRegion>
  );
}
