import React, { useEffect } from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory, useLocation } from '@docusaurus/router';

interface Props {
  /** The id as the link spelled it. */
  id: string;
  /** Site path of the runbook, without base URL. */
  target: string;
  /** Set when the id is retired and forwards to its replacement. */
  retiredTo?: string;
}

// Runs while the static HTML is parsed, before React loads, so the alert context in the query
// string and the fragment survive. Identical on every short-link page (one CSP hash).
const forwardInline =
  "(function(){var l=document.querySelector('link[rel=canonical][data-short]');if(l){location.replace(l.getAttribute('href')+location.search+location.hash);}})();";

/** The page behind `/r/<id>`: forwards to the runbook, keeping query string and fragment. */
export default function ShortLinkRedirect({ id, target, retiredTo }: Props): React.ReactElement {
  const href = useBaseUrl(target);
  const history = useHistory();
  const location = useLocation();
  useEffect(() => {
    // Reached by client-side navigation (the inline script did not run): forward in the app.
    history.replace({ pathname: href, search: location.search, hash: location.hash });
  }, [history, href, location.search, location.hash]);
  return (
    <Layout title={`Runbook ${id}`} noFooter>
      <Head>
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={href} data-short="1" />
        <script>{forwardInline}</script>
        <noscript>{`<meta http-equiv="refresh" content="0; url=${href}">`}</noscript>
      </Head>
      <main className="container margin-vert--xl">
        <h1>Opening runbook {id}</h1>
        {retiredTo && (
          <p>
            {id} was retired; its links now open {retiredTo}.
          </p>
        )}
        <p>
          <Link to={target}>Continue to the runbook</Link>
        </p>
      </main>
    </Layout>
  );
}
