import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { BuildInfo } from '@site/src/lib/pageTrust';

export interface PageTrust {
  build: BuildInfo;
  reportProblemUrl: string;
}

/** The build and report settings from docusaurus.config.ts customFields; throws when they are missing. */
export function usePageTrust(): PageTrust {
  const { customFields } = useDocusaurusContext().siteConfig;
  const build = customFields?.build as BuildInfo | undefined;
  const reportProblemUrl = customFields?.reportProblemUrl;
  if (!build || typeof build.version !== 'string' || typeof reportProblemUrl !== 'string') {
    throw new Error('customFields.build and customFields.reportProblemUrl are missing from docusaurus.config.ts');
  }
  return { build, reportProblemUrl };
}
