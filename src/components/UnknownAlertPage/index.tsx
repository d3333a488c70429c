import React, { useEffect, useState } from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { alertMappings } from '@site/src/data/alerts';
import { alertPageView, type UnknownAlertView } from '@site/src/lib/unknownAlert';
import { statusNames } from '@site/src/lib/vocabulary';

/** What the page shows before scripts run (and without them): no name, every code, no context. */
const STATIC_VIEW = alertPageView('/alerts/', '', '/', []) as UnknownAlertView;

/**
 * `/alerts/<name>` for a name the alert mapping does not know (route added by plugins/unknown-alert;
 * the server answers every unknown `/alerts/*` with this page and status 200). Known names have
 * their own forwarding files; reached inside the app, they forward from here too.
 */
export default function UnknownAlertPage(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const location = useLocation();
  const base = useBaseUrl('/');
  const [view, setView] = useState<UnknownAlertView>(STATIC_VIEW);

  // Read after hydration: the same static page answers every unknown name.
  useEffect(() => {
    const next = alertPageView(location.pathname, location.search, siteConfig.baseUrl, alertMappings);
    if (next.kind === 'known') window.location.replace(`${base.replace(/\/$/, '')}${next.href}${location.hash}`);
    else setView(next);
  }, [location.pathname, location.search, location.hash, siteConfig.baseUrl, base]);

  const title = view.alertname ? `Unknown alert: ${view.alertname}` : 'An alert this guide does not know';
  return (
    <Layout title={title} description="This alert name is not mapped to a page of the guide. Triage by status code instead.">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg" data-testid="unknown-alert">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <Heading as="h1">
              {view.alertname ? (
                <>
                  Unknown alert: <code data-testid="unknown-alert-name">{view.alertname}</code>
                </>
              ) : (
                'An alert this guide does not know'
              )}
            </Heading>
            <p>
              {view.alertname ? (
                <>
                  No page of this guide is mapped to the alert <strong>{view.alertname}</strong>.
                </>
              ) : (
                <>The alert named in this link is not mapped to a page of this guide.</>
              )}{' '}
              Nothing is wrong with the link: triage from the status code instead.
            </p>
            <Heading as="h2">Triage</Heading>
            <ul>
              <li>
                <Link to={view.triageHref} data-testid="unknown-alert-triage">
                  {view.status ? `Start triage for the ${view.status} this alert reports` : 'Start triage (which code do you see?)'}
                </Link>
              </li>
              {view.codes.map(({ code, href }) => (
                <li key={code}>
                  <Link to={href}>
                    {code} {statusNames[code]}
                  </Link>
                  {code === view.status && ' (the code in the alert)'}
                </li>
              ))}
              <li>
                <Link to="/docs/failure-modes">All failure modes</Link>
              </li>
            </ul>
            <Heading as="h2">Map this alert to a page</Heading>
            <p>
              Alert names are mapped to runbooks and trees in <code>src/data/alerts.ts</code> of the guide&apos;s source; the build checks
              every entry. <Link to="/docs/alerts/integration#known-alert-names">Known alert names and how to add yours</Link>.
            </p>
          </div>
        </div>
      </main>
    </Layout>
  );
}
