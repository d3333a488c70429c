import React, { type RefObject } from 'react';
import type { QuestionNode } from '@site/src/lib/treeTypes';
import styles from './styles.module.css';

interface Props {
  node: QuestionNode;
  /** Prefix for the ids that tie each answer to its help text. */
  idPrefix: string;
  onAnswer: (optionKey: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  stepRef: RefObject<HTMLDivElement | null>;
}

/** The current question with its help, how to check, and one button per answer. */
export default function TreeQuestion({ node, idPrefix, onAnswer, headingRef, stepRef }: Props): React.ReactElement {
  return (
    <div className={styles.step} ref={stepRef}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.question}>
        {node.question}
      </h3>
      {node.help && <p className={styles.help}>{node.help}</p>}
      {node.check && (
        <p className={styles.help}>
          How to check: <code>{node.check}</code>
        </p>
      )}
      <ul className={styles.options}>
        {node.options.map((o) => (
          <li key={o.key}>
            <button
              type="button"
              className="button button--outline button--primary"
              onClick={() => onAnswer(o.key)}
              aria-describedby={o.help ? `${idPrefix}-help-${o.key}` : undefined}
            >
              {o.label}
            </button>
            {o.help && (
              <p id={`${idPrefix}-help-${o.key}`} className={styles.optionHelp}>
                {o.help}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
