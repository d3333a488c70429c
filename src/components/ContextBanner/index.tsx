import React from 'react';
import { contextFields, contextLabels, hasContext } from '@site/src/lib/alertContext';
import { useAlertContext } from '@site/src/hooks/useAlertContext';
import styles from './styles.module.css';

/**
 * "Opened from an alert": the alert context from the link, as plain text. Values that did not
 * pass the parser are named and ignored, never shown raw.
 */
export default function ContextBanner(): React.ReactElement | null {
  const ctx = useAlertContext();
  if (!hasContext(ctx)) return null;
  const fields = contextFields.filter((f) => ctx.values[f] !== undefined);
  return (
    <aside className={styles.banner} aria-label="Alert context" data-testid="context-banner">
      <p className={styles.title}>Opened from an alert</p>
      {fields.length > 0 && (
        <dl className={styles.values}>
          {fields.map((f) => (
            <div key={f}>
              <dt>{contextLabels[f]}</dt>
              <dd>{ctx.values[f]}</dd>
            </div>
          ))}
        </dl>
      )}
      {ctx.problems.length > 0 && (
        <ul className={styles.problems} data-testid="context-problems">
          {ctx.problems.map((p) => (
            <li key={p.field}>
              Ignored {contextLabels[p.field].toLowerCase()} “{p.received}”: {p.message}.
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
