import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { publicSiteUrl } from '@site/src/lib/publicUrl';

/**
 * The guide's public address (base URL, trailing slash) for links written into text for elsewhere:
 * the configured SITE_URL when set for real, else the origin the reader is on. The build-time
 * render and the first client render use the configured value, so hydration matches.
 */
export function usePublicSiteUrl(): string {
  const { siteConfig } = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  return publicSiteUrl({
    configuredUrl: siteConfig.url,
    baseUrl: siteConfig.baseUrl,
    readerUrl: isBrowser ? window.location.href : null,
  });
}
