import React from 'react';
import Link from '@docusaurus/Link';
import type { DecisionRecord } from '@site/src/lib/simulator';
import { runbookPath } from '@site/src/lib/catalog';
import styles from './styles.module.css';

const verdicts = { best: 'Good call.', ok: 'It works, at a cost.', wrong: 'That did not help.' } as const;

/** What the learner's latest action did and why. */
export default function Feedback({ decision }: { decision: DecisionRecord }): React.ReactElement {
  const { action } = decision;
  return (
    <div className={styles.feedback} data-testid="sim-feedback">
      <p>
        <strong>{verdicts[action.quality]}</strong> {action.feedback}{' '}
        {action.runbook && <Link to={runbookPath(action.runbook)}>Read {action.runbook}</Link>}
      </p>
    </div>
  );
}
