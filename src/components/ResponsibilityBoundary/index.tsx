import React from 'react';
import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { ownerKeys, owners } from '@site/src/data/owners';
import { isOwnerKey, readRunbookFrontMatter } from '@site/src/lib/frontMatterView';
import { ownersFor } from '@site/src/lib/ownerRules';
import OwnerBadge from '@site/src/components/OwnerBadge';
import styles from './styles.module.css';

/**
 * Who owns the fix, what on-call may do alone, what needs escalation and the evidence to hand
 * over: generated from the runbook's front matter and the owners registry, never retyped.
 */
export default function ResponsibilityBoundary(): React.ReactElement | null {
  const { frontMatter } = useDoc();
  const meta = readRunbookFrontMatter(frontMatter as Record<string, unknown>, ownerKeys);
  if (!meta) return null;
  const owner = owners[meta.owner];
  const escalate = owners[meta.escalate_to];
  const mayDo = meta.on_call_may.length > 0 ? meta.on_call_may : owner.mayDo;
  // The build validated the keys; this only drops what a view cannot name.
  const rules = ownersFor(meta).rules.filter((r) => isOwnerKey(r.owner, ownerKeys));
  return (
    <div className={styles.boundary} data-testid="responsibility-boundary">
      <p className={styles.badges}>
        <OwnerBadge owner={meta.owner} label="Owns the fix" /> <OwnerBadge owner={meta.escalate_to} label="Escalate to" />
      </p>
      <p>{owner.scope}</p>
      {rules.length > 0 && (
        <section aria-labelledby="rb-owners" data-testid="conditional-owners">
          <h3 id="rb-owners" className={styles.h}>
            Owner by hop at fault
          </h3>
          <p>The first condition you observe decides the owner; when none is known yet, {owner.name} owns it.</p>
          <ul className={styles.owners}>
            {rules.map((rule) => (
              <li key={rule.when}>
                {rule.when}: <OwnerBadge owner={rule.owner} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {meta.escalate_when && (
        <p data-testid="escalate-when">
          <strong>Escalate to {escalate.name} when:</strong> {meta.escalate_when}
        </p>
      )}
      <div className={styles.columns}>
        <section aria-labelledby="rb-may">
          <h3 id="rb-may" className={styles.h}>
            On-call may do alone
          </h3>
          <ul>
            {mayDo.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="rb-escalate">
          <h3 id="rb-escalate" className={styles.h}>
            Needs {escalate.name}
          </h3>
          <ul>
            {escalate.mustEscalate.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>
            <Link to={escalate.escalation.href}>{escalate.escalation.label}</Link>
          </p>
        </section>
      </div>
      <h3 className={styles.h} id="rb-evidence">
        Evidence to hand over
      </h3>
      <ul className={styles.evidence}>
        {meta.evidence.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
