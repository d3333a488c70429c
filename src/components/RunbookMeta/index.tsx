import React from 'react';
import Link from '@docusaurus/Link';
import type { RunbookMeta as Meta } from '@site/src/lib/runbookTypes';
import { layerNames, recoveryClassNames, severityNames, statusNames } from '@site/src/lib/vocabulary';
import { formatReviewDate } from '@site/src/lib/frontMatterView';
import { runbookPath, shortLinkPath } from '@site/src/lib/catalog';
import OwnerBadge from '@site/src/components/OwnerBadge';
import styles from './styles.module.css';

/** The facts block at the top of every runbook, generated from its front matter. */
export default function RunbookMeta({ meta }: { meta: Meta }): React.ReactElement {
  return (
    <section className={styles.meta} aria-label="Runbook summary" data-testid="runbook-meta">
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
          <dt>Status</dt>
          <dd>
            {meta.status.map((code, i) => (
              <React.Fragment key={code}>
                {i > 0 && ', '}
                <Link to={`/docs/codes/${code}`}>
                  {code} {statusNames[code]}
                </Link>
              </React.Fragment>
            ))}
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
        <OwnerBadge owner={meta.owner} label="Owner" /> <OwnerBadge owner={meta.escalate_to} label="Escalate to" />
      </p>
      <p className={styles.first}>
        <strong>Do first:</strong> {meta.first_action}
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
