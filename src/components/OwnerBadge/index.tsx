import React from 'react';
import Link from '@docusaurus/Link';
import { ownerKeys, owners, type OwnerKey } from '@site/src/data/owners';
import { isOwnerKey } from '@site/src/lib/frontMatterView';
import styles from './styles.module.css';

interface Props {
  owner: OwnerKey | string;
  /** Prefix read by screen readers and shown in print, e.g. "Owner" or "Escalate to". */
  label?: string;
}

/** The owner of a fix, as a badge. Names come from src/data/owners.ts only. */
export default function OwnerBadge({ owner, label = 'Owner' }: Props): React.ReactElement {
  if (!isOwnerKey(owner, ownerKeys)) {
    // The build rejects unknown owners in runbooks; this guards hand-written MDX elsewhere.
    return <span className={styles.badge}>{label}: unknown owner</span>;
  }
  const o = owners[owner];
  return (
    <Link className={styles.badge} to={`/docs/adopt#owner-${o.key}`} data-owner={o.key} title={o.scope}>
      <span className={styles.label}>{label}:</span> {o.name}
    </Link>
  );
}
