import React, { useEffect } from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory, useLocation } from '@docusaurus/router';
import { joinQuery } from '@site/src/lib/alertLinks';

interface Props {
  /** What the link names: a runbook id or an alert name. */
  name: string;
  kind: 'runbook' | 'alert';
  /** Site path of the destination, without base URL, possibly with its own query. */
  target: string;
  /** A sentence shown while forwarding (e.g. a retired id, or why an alert leads here). */
  note?: string;
}

// Runs while the static HTML is parsed, before React loads, so the alert context in the query
// string and the fragment survive. Identical on every forwarding page (one CSP hash).
const forwardInline =
  "(function(){var l=document.querySelector('link[rel=canonical][data-forward]');if(!l)return;var h=l.getAttribute('href'),s=location.search;if(s){h+=(h.indexOf('?')<0?'?':'&')+s.slice(1);}location.replace(h+location.hash);})();";

/** The pages behind `/r/<id>` and `/alerts/<name>`: forward, keeping query string and fragment. */
export default function ShortLinkRedirect({ name, kind, target, note }: Props): React.ReactElement {
  const href = useBaseUrl(target);
  const history = useHistory();
  const location = useLocation();
  useEffect(() => {
    // Reached by client-side navigation (the inline script did not run): forward in the app.
    history.replace(`${joinQuery(href, location.search)}${location.hash}`);
  }, [history, href, location.search, location.hash]);
  const title = kind === 'runbook' ? `Runbook ${name}` : `Alert ${name}`;
  return (
    <Layout title={title} noFooter>
      <Head>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={href} data-forward="1" />
        <script>{forwardInline}</script>
        <noscript>{`<meta http-equiv="refresh" content="0; url=${href}">`}</noscript>
      </Head>
      <main className="container margin-vert--xl">
        <h1>Opening {kind === 'runbook' ? `runbook ${name}` : `the page for alert ${name}`}</h1>
        {note && <p>{note}</p>}
        <p>
          <Link to={target}>Continue</Link>
        </p>
      </main>
    </Layout>
  );
}
