// Wrapped (not ejected) to add, under the copyright of every page and of the offline copy, which
// build the reader sees and a prefilled "report a problem with this page" link.
import React from 'react';
import Copyright from '@theme-original/Footer/Copyright';
import type { Props } from '@theme/Footer/Copyright';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePageTrust } from '@site/src/hooks/usePageTrust';
import { buildLabel, reportProblemHref } from '@site/src/lib/pageTrust';

export default function CopyrightWithBuild(props: Props): React.ReactElement {
  const { build, reportProblemUrl } = usePageTrust();
  const { siteConfig } = useDocusaurusContext();
  const { pathname, search } = useLocation();
  // The query (a tree's answers) only after hydration, so the server's and the first client render agree.
  const isBrowser = useIsBrowser();
  const pageUrl = `${siteConfig.url}${pathname}`;
  return (
    <>
      <Copyright {...props} />
      <p className="footer__copyright" data-testid="build-info">
        You are reading build {buildLabel(build)}.{' '}
        <a
          className="footer__link-item"
          href={reportProblemHref(reportProblemUrl, pageUrl, build, isBrowser ? search : '')}
          data-testid="report-problem"
        >
          Report a problem with this page
        </a>
      </p>
    </>
  );
}
