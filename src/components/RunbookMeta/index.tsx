import React, { useEffect } from 'react';
import Link from '@docusaurus/Link';
import type { RunbookMeta as Meta } from '@site/src/lib/runbookTypes';
import { layerNames, recoveryClassNames, severityNames, statusNames } from '@site/src/lib/vocabulary';
import { formatReviewDate } from '@site/src/lib/frontMatterView';
import { firstScreenActions, readDoFirst } from '@site/src/lib/firstScreen';
import { runbookPath, shortLinkPath } from '@site/src/lib/catalog';
import OwnerBadge from '@site/src/components/OwnerBadge';
import OwnerContact from '@site/src/components/OwnerBadge/OwnerContact';
import styles from './styles.module.css';

/**
 * Paper has no disclosure triangles: open every collapsed section of the page before printing and
 * close the ones that were closed afterwards. (The print stylesheet also shows their content, for
 * browsers that print without running this.)
 */
function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = Array.from(document.querySelectorAll<HTMLDetailsElement>('article details:not([open])'));
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/**
 * The facts block at the top of every runbook, generated from its front matter. What a reader on
 * call needs first (codes, owner and how to reach them, the actions to take) comes first, so it
 * fits a phone's first screen; the metadata grid follows.
 */
export default function RunbookMeta({ meta }: { meta: Meta }): React.ReactElement {
  useOpenDetailsForPrint();
  const actions = firstScreenActions(readDoFirst(meta.do_first), meta.first_action);
  return (
    <section className={styles.meta} aria-label="Runbook summary" data-testid="runbook-meta">
      <div className={styles.first}>
        <p className={styles.codes} data-testid="runbook-codes">
          <span className="sr-only">Status codes: </span>
          {meta.status.map((code, i) => (
            <React.Fragment key={code}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <Link to={`/docs/codes/${code}`}>
                {code} {statusNames[code]}
              </Link>
            </React.Fragment>
          ))}
        </p>
        <p className={styles.owner} data-testid="runbook-owner">
          <OwnerBadge owner={meta.owner} label="Owner" /> <OwnerContact owner={meta.owner} />
        </p>
        <div className={styles.doFirst} data-testid="runbook-do-first">
          <p className={styles.doFirstTitle}>Do first</p>
          <ol>
            {actions.map((a) => (
              <li key={a.action}>
                {a.action}
                {a.when && <span className={styles.when}> {a.when}</span>}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Id</dt>
          <dd>
            <code>{meta.id}</code>{' '}
            <Link to={shortLinkPath(meta.id)} data-noBrokenLinkCheck>
              short link
            </Link>
          </dd>
        </div>
        <div>
          <dt>Born in</dt>
          <dd>{layerNames[meta.layer]}</dd>
        </div>
        <div>
          <dt>Severity</dt>
          <dd>{severityNames[meta.severity]}</dd>
        </div>
        <div>
          <dt>Recovery class</dt>
          <dd>
            <Link to="/docs/reference/recovery-classes">{recoveryClassNames[meta.recovery_class]}</Link>
          </dd>
        </div>
        <div>
          <dt>Recovery time</dt>
          <dd>{meta.est_recovery}</dd>
        </div>
        <div>
          <dt>Last reviewed</dt>
          <dd>
            <time dateTime={meta.last_reviewed}>{formatReviewDate(meta.last_reviewed)}</time>
          </dd>
        </div>
      </dl>
      <p className={styles.owners}>
        <OwnerBadge owner={meta.escalate_to} label="Escalate to" />
      </p>
      <details className={styles.signals}>
        <summary>Signals that point here ({meta.signals.length})</summary>
        <ul>
          {meta.signals.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
      {meta.related.length > 0 && (
        <p className={styles.related}>
          Related:{' '}
          {meta.related.map((id, i) => (
            <React.Fragment key={id}>
              {i > 0 && ', '}
              <Link to={runbookPath(id)}>{id}</Link>
            </React.Fragment>
          ))}
        </p>
      )}
    </section>
  );
}
