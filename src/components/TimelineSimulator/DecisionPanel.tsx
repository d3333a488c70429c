import React, { forwardRef, useId } from 'react';
import type { PendingDecision } from '@site/src/lib/simulator';
import styles from './styles.module.css';

interface Props {
  pending: PendingDecision;
  onChoose: (actionId: string) => void;
}

/** The clock has stopped: the prompt and the actions, in this run's shuffled order. */
const DecisionPanel = forwardRef<HTMLHeadingElement, Props>(function DecisionPanel({ pending, onChoose }, ref) {
  const id = useId();
  return (
    <div className={styles.decision} data-testid="sim-decision">
      <h3 ref={ref} tabIndex={-1}>
        {pending.clock}: {pending.prompt}
      </h3>
      <ul className={styles.actions}>
        {pending.actions.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="button button--outline button--primary"
              onClick={() => onChoose(a.id)}
              data-action={a.id}
              aria-describedby={a.parallel ? `${id}-${a.id}` : undefined}
            >
              {a.label}
            </button>
            {a.parallel && (
              <span id={`${id}-${a.id}`} className={styles.parallelNote}>
                Runs alongside the rest: the clock does not stop for it.
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});

export default DecisionPanel;
