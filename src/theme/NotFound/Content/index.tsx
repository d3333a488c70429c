// Swizzled so that a missing page is never a dead end: it names what was asked for, forwards
// short links typed in any letter case, and offers triage by code and the site search.
import React, { useEffect, useId, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import type { Props } from '@theme/NotFound/Content';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import { retiredIds } from '@site/src/data/runbookLedger';
import { parseShortLinkPath, resolveShortLink } from '@site/src/lib/shortLinks';
import { joinQuery, parseAlertPath, resolveAlert } from '@site/src/lib/alertLinks';
import { alertMappings } from '@site/src/data/alerts';
import { statusCodes, statusNames } from '@site/src/lib/vocabulary';

const ids = catalog.map((row) => row.id);

export default function NotFoundContent({ className }: Props): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  const searchAction = useBaseUrl('/search');
  const formId = useId();
  // Read after hydration: the same 404.html answers every missing address.
  const [asked, setAsked] = useState<{ path: string; id: string | null } | null>(null);

  useEffect(() => {
    const base = siteConfig.baseUrl.replace(/\/$/, '');
    // An alert name, known or not, never ends here: known names open their page (in any letter
    // case), unknown ones the triage start, with the alert's context kept.
    const alertname = parseAlertPath(location.pathname, siteConfig.baseUrl);
    if (alertname !== null) {
      const { path } = resolveAlert(alertname, alertMappings);
      window.location.replace(`${base}${joinQuery(path, location.search, { alertname })}${location.hash}`);
      return;
    }
    const id = parseShortLinkPath(location.pathname, siteConfig.baseUrl);
    setAsked({ path: location.pathname, id });
    if (id !== null) {
      const found = resolveShortLink(id, ids, retiredIds);
      if (found) window.location.replace(`${base}${found.path}${location.search}${location.hash}`);
    }
  }, [location.pathname, location.search, location.hash, siteConfig.baseUrl]);

  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            {asked?.id ? 'Runbook not found' : 'Page not found'}
          </Heading>
          {asked?.id ? (
            <p data-testid="missing-id">
              No runbook has the id <code>{asked.id}</code>. It may be mistyped, or the link may come from another copy of this guide.
            </p>
          ) : (
            <p>
              Nothing lives at {asked ? <code data-testid="missing-path">{asked.path}</code> : 'this address'}. If a link brought you here,
              tell its owner it is broken.
            </p>
          )}
          <Heading as="h2">Triage by status code</Heading>
          <ul>
            {statusCodes.map((code) => (
              <li key={code}>
                <Link to={`/docs/codes/${code}`}>
                  {code} {statusNames[code]}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/docs/failure-modes">All failure modes</Link>
            </li>
          </ul>
          <Heading as="h2">Search the guide</Heading>
          <form action={searchAction} method="get" role="search">
            <label htmlFor={`${formId}-q`}>Words, an id or an error message</label>
            <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.25rem' }}>
              <input
                id={`${formId}-q`}
                name="q"
                type="search"
                defaultValue={asked?.id ?? ''}
                key={asked?.id ?? ''}
                maxLength={200}
                style={{ flex: '1 1 14rem', minHeight: '2.25rem', padding: '0.25rem 0.5rem' }}
              />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </form>
        </div>
      </div>
    </main>
  );
}
