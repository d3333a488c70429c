// Swizzled (wrapped) to mark, inside a filled command, the values that were inserted and the
// variables still to set. Outside a filled command it is the classic theme's token.
import React from 'react';
import Token from '@theme-original/CodeBlock/Line/Token';
import type { Props } from '@theme/CodeBlock/Line/Token';
import { sourceNames, useFillMarks } from '@site/src/components/FilledCommand/context';
import styles from '@site/src/components/FilledCommand/styles.module.css';

export default function TokenWrapper(props: Props): React.ReactNode {
  const marks = useFillMarks();
  const text = props.token.content;
  const value = marks?.values.get(text);
  if (value) {
    return (
      <mark className={styles.value} title={`${value.name}, from ${sourceNames[value.source]}`} data-variable={value.name}>
        <Token {...props} />
      </mark>
    );
  }
  if (marks?.unfilled.has(text)) {
    return (
      <span
        className={styles.unfilled}
        title={`${text.replace(/[${}]/g, '')} has no value: set it in “My environment” or in your shell`}
        data-unfilled=""
      >
        <Token {...props} />
      </span>
    );
  }
  return <Token {...props} />;
}
