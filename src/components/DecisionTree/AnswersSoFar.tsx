import React from 'react';
import type { AnsweredStep } from '@site/src/lib/decisionTree';
import styles from './styles.module.css';

/** The questions answered so far, each with a button to change its answer. */
export default function AnswersSoFar({
  steps,
  onChange,
}: {
  steps: AnsweredStep[];
  onChange: (index: number) => void;
}): React.ReactElement {
  return (
    <ol className={styles.path} aria-label="Your answers so far">
      {steps.map((s, i) => (
        <li key={`${s.treeId}-${s.nodeId}`}>
          <span>{s.question}</span> <strong>{s.answer}</strong>{' '}
          <button type="button" className={styles.linkButton} onClick={() => onChange(i)}>
            Change<span className="sr-only"> answer to “{s.question}”</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
