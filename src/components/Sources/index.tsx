import React from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { formatReviewDate, readLastReviewed, readSources } from '@site/src/lib/frontMatterView';

/** The page's sources, from its front matter, with the review date. */
export default function Sources(): React.ReactElement {
  const { frontMatter } = useDoc();
  const fm = frontMatter as Record<string, unknown>;
  const sources = readSources(fm);
  const reviewed = readLastReviewed(fm);
  return (
    <>
      <ol data-testid="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ol>
      {reviewed && (
        <p>
          Facts on this page were last checked against these sources on <time dateTime={reviewed}>{formatReviewDate(reviewed)}</time>.
        </p>
      )}
    </>
  );
}
