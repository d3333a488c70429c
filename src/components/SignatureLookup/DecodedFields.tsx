import React from 'react';
import type { DecodedField } from '@site/src/lib/decoders';
import styles from './styles.module.css';

/** A decoded line's fields, coded values spelled out (e.g. each HAProxy termination character). */
export default function DecodedFields({ fields, summary }: { fields: readonly DecodedField[]; summary: string }): React.ReactElement {
  return (
    <details className={styles.fields}>
      <summary>{summary}</summary>
      <dl>
        {fields.map((f, i) => (
          <React.Fragment key={`${f.name}-${i}`}>
            <dt>{f.name}</dt>
            <dd>
              <code>{f.value === '' ? '(empty)' : f.value}</code>
              {f.meaning && <span>: {f.meaning}</span>}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </details>
  );
}
