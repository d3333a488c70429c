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
import { parseShortLinkPath } from '@site/src/lib/shortLinks';
import { statusCodes, statusNames } from '@site/src/lib/vocabulary';

export default function NotFoundContent({ className }: Props): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  const searchAction = useBaseUrl('/search');
  const formId = useId();
  // Read after hydration: the same 404.html answers every missing address.
  const [asked, setAsked] = useState<{ path: string; id: string | null; forwarding: boolean } | null>(null);

  useEffect(() => {
    const asked = { pathname: location.pathname, search: location.search, hash: location.hash };
    const id = parseShortLinkPath(asked.pathname, siteConfig.baseUrl);
    const base = siteConfig.baseUrl.endsWith('/') ? siteConfig.baseUrl : `${siteConfig.baseUrl}/`;
    // An alert link, known or not, never ends here (known names open their page in any letter
    // case, unknown ones the triage start, with the alert's context kept).
    const isAlert = asked.pathname.toLowerCase().startsWith(`${base}alerts/`);
    const mayForward = isAlert || id !== null;
    setAsked({ path: asked.pathname, id: isAlert ? null : id, forwarding: mayForward });
    if (!mayForward) return undefined;
    let current = true;
    void import('./forwardData').then(({ notFoundForward, forwardData }) => {
      if (!current) return;
      const target = notFoundForward(asked, siteConfig.baseUrl, forwardData);
      if (target !== null) window.location.replace(target);
      else setAsked({ path: asked.pathname, id: isAlert ? null : id, forwarding: false });
    });
    return () => {
      current = false;
    };
  }, [location.pathname, location.search, location.hash, siteConfig.baseUrl]);

  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            {asked?.forwarding ? 'Opening…' : asked?.id ? 'Runbook not found' : 'Page not found'}
          </Heading>
          {asked?.forwarding ? (
            <p>
              Looking up <code>{asked.path}</code>…
            </p>
          ) : asked?.id ? (
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
