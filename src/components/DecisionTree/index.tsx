import React, { useId, useMemo } from 'react';
import { treeOutline, type TreeSet } from '@site/src/lib/decisionTree';
import type { DecisionTreeData } from '@site/src/lib/treeSchema';
import { stepProgress, stepKey } from '@site/src/lib/treeWalk';
import { usePublicSiteUrl } from '@site/src/hooks/usePublicSiteUrl';
import AnswersSoFar from './AnswersSoFar';
import TreeLeaf from './TreeLeaf';
import StaticIsland from '@site/src/components/StaticIsland';
import TreeOutline from './TreeOutline';
import TreeQuestion from './TreeQuestion';
import { runbookTitle } from './catalogRows';
import { useTreeWalk } from './useTreeWalk';
import styles from './styles.module.css';

interface Props {
  /** Tree id: 'start', '500', '502', '503' or '504'. */
  tree: string;
  /**
   * The trees this one can lead to, itself included, imported by the page from src/data/trees: a
   * code page passes its own tree, the triage page all of them. The page's bundle then carries
   * only those (all five trees are about 27 KB compressed).
   */
  trees: readonly DecisionTreeData[];
}

/**
 * A triage tree: one question at a time, with the path so far in the URL (reload, back/forward
 * and shared links restore the step). Without JavaScript the same tree is a nested outline.
 */
export default function DecisionTree({ tree: treeId, trees: given }: Props): React.ReactElement {
  const trees = useMemo<TreeSet>(() => Object.fromEntries(given.map((t) => [t.id, t])), [given]);
  const tree = trees[treeId];
  const site = usePublicSiteUrl();
  const id = useId();
  const walk = useTreeWalk(trees, treeId, runbookTitle);
  const here = walk.walk;

  if (!tree || !here) {
    return <p className={styles.error}>Unknown decision tree “{treeId}”.</p>;
  }

  return (
    <section className={styles.tree} aria-labelledby={`${id}-title`} data-testid={`decision-tree-${treeId}`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {tree.title}
      </h2>
      <div className="fg-needs-js">
        {walk.stale && (
          <p className={styles.notice} role="status" data-testid="tree-notice">
            The link held answers this tree no longer has, so it starts again from the last step it could follow.
          </p>
        )}
        {walk.preAnswered && walk.status !== null && (
          <p className={styles.help} data-testid="tree-preanswered">
            The alert says {walk.status}, so the first question is answered for you.
          </p>
        )}
        <p className={styles.progress}>{stepProgress(here)}</p>
        {here.steps.length > 0 && <AnswersSoFar steps={here.steps} onChange={walk.changeAt} />}
        {here.node.kind === 'question' ? (
          <TreeQuestion node={here.node} idPrefix={id} onAnswer={walk.answer} headingRef={walk.headingRef} stepRef={walk.stepRef} />
        ) : (
          <TreeLeaf
            // A new conclusion starts with a fresh "copied" status.
            key={stepKey(here)}
            node={here.node}
            steps={here.steps}
            context={walk.context}
            site={site}
            headingRef={walk.headingRef}
            stepRef={walk.stepRef}
          />
        )}
        {here.steps.length > 0 && (
          <p>
            <button type="button" className="button button--sm button--secondary" onClick={walk.restart}>
              Start again
            </button>
          </p>
        )}
        <div aria-live="polite" className="sr-only">
          {walk.announce}
        </div>
      </div>
      <StaticIsland className="fg-nojs-only" data-testid="tree-outline">
        <p>Every question of this tree, with the answers and where they lead:</p>
        <TreeOutline item={treeOutline(tree)} trees={trees} />
      </StaticIsland>
    </section>
  );
}
