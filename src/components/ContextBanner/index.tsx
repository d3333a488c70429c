import React, { lazy, Suspense } from 'react';
import { contextFields, contextLabels, hasContext } from '@site/src/lib/alertContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useAlertContext } from '@site/src/hooks/useAlertContext';
import { usePageVariables } from '@site/src/components/FilledCommand/usePageVariables';
import EnvPanelFrame from '@site/src/components/EnvPanel/Shell';
import styles from './styles.module.css';

// The panel is only useful with JavaScript and only on pages with commands to fill: its form loads
// apart, and its closed frame (EnvPanel/Shell) holds its place from the first paint.
const EnvPanel = lazy(() => import('@site/src/components/EnvPanel'));
const formLoading = <p>The form is loading.</p>;

/**
 * "Opened from an alert": every field the link carried, as plain text, whether it came with this
 * page's address or was carried from the alert link opened earlier in this visit, with a button
 * to drop it. Values that did not pass the parser are named and ignored, never shown raw. On a
 * page whose commands take variables, the "My environment" panel follows.
 */
export default function ContextBanner(): React.ReactElement | null {
  const ctx = useAlertContext();
  const isBrowser = useIsBrowser();
  const variables = usePageVariables();
  const fillable = variables.some((v) => v.from !== 'shell');
  const fields = contextFields.filter((f) => ctx.values[f] !== undefined);
  return (
    <>
      {hasContext(ctx) && (
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
          <p className={styles.carry}>
            {ctx.origin === 'session'
              ? 'Carried from the alert link you opened earlier in this visit (this tab only).'
              : 'These values follow you to the other pages of the guide for this visit (this tab only).'}{' '}
            <button type="button" className={styles.drop} onClick={ctx.drop}>
              Drop the alert context
            </button>
          </p>
        </aside>
      )}
      {fillable && (
        <EnvPanelFrame>
          {isBrowser ? (
            <Suspense fallback={formLoading}>
              <EnvPanel />
            </Suspense>
          ) : (
            formLoading
          )}
        </EnvPanelFrame>
      )}
    </>
  );
}
