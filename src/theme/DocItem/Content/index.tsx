// Swizzled (ejected, small) to put the alert-context banner, and the runbook summary or the review
// date from front matter, and a quiet note when the page is overdue for review, under the title of
// every page. Otherwise identical to the classic theme's.
import React from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import RunbookMeta from '@site/src/components/RunbookMeta';
import ContextBanner from '@site/src/components/ContextBanner';
import { formatReviewDate, readLastReviewed, readRunbookFrontMatter } from '@site/src/lib/frontMatterView';
import { ownerKeys } from '@site/src/data/owners';
import ReviewDue from './ReviewDue';

export default function DocItemContent({ children }: Props): React.ReactElement {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const fm = frontMatter as Record<string, unknown>;
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const runbook = readRunbookFrontMatter(fm, ownerKeys);
  const reviewed = runbook ? null : readLastReviewed(fm);
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      <ContextBanner />
      {runbook && <RunbookMeta meta={runbook} />}
      {reviewed && (
        <p className="fg-reviewed">
          Last reviewed <time dateTime={reviewed}>{formatReviewDate(reviewed)}</time>
        </p>
      )}
      <ReviewDue frontMatter={fm} kind={runbook ? 'runbook' : 'reference'} />
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
