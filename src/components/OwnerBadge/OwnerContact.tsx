import React from 'react';
import Link from '@docusaurus/Link';
import { owners, type OwnerKey } from '@site/src/data/owners';
import { ownerContact } from '@site/src/lib/firstScreen';
import styles from './styles.module.css';

/**
 * How to reach an owner, from the registry's `escalation` link. While the registry still has the
 * default link, it says so and links to where an adopter sets it, instead of a link that pages no one.
 */
export default function OwnerContact({ owner }: { owner: OwnerKey }): React.ReactElement {
  const contact = ownerContact(owners[owner].escalation);
  if (contact.configured) {
    return (
      <Link className={styles.contact} to={contact.href} data-testid="owner-contact">
        {contact.label}
      </Link>
    );
  }
  return (
    <span className={styles.contact} data-testid="owner-contact">
      Contact not configured (<Link to={contact.setupHref}>set it</Link>)
    </span>
  );
}
