import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { formatReviewDate, readLastReviewed } from '@site/src/lib/frontMatterView';
import { reviewStatus, type ReviewKind } from '@site/src/lib/review';
import { usePageTrust } from '@site/src/hooks/usePageTrust';
import styles from './styles.module.css';

/**
 * A quiet note on a page past its review date (front matter `last_reviewed` + `review_every`, or
 * the kind's default). Rendered at build time against the build date, so readers without
 * JavaScript see it too; after hydration, against today, so an old copy still says it is old.
 */
export default function ReviewDue({
  frontMatter,
  kind,
}: {
  frontMatter: Record<string, unknown>;
  kind: ReviewKind;
}): React.ReactElement | null {
  const { build } = usePageTrust();
  const isBrowser = useIsBrowser();
  const lastReviewed = readLastReviewed(frontMatter);
  if (!lastReviewed) return null;
  const today = isBrowser ? new Date().toISOString().slice(0, 10) : build.date;
  const { due, overdue } = reviewStatus(lastReviewed, frontMatter.review_every, kind, today);
  if (!overdue) return null;
  return (
    <p className={styles.overdue} data-testid="review-overdue">
      This page was due for review on <time dateTime={due}>{formatReviewDate(due)}</time>. Its steps may still be right; check vendor
      numbers against the sources below, and report what has changed (link at the foot of the page).
    </p>
  );
}
