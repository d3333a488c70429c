import React from 'react';
import Link from '@docusaurus/Link';
import type { CatalogSummaryRow } from '@site/src/lib/catalogRow';
import { layerNames } from '@site/src/lib/vocabulary';
import ScrollRegion from '@site/src/components/ScrollRegion';
import OwnerBadge from '@site/src/components/OwnerBadge';
import styles from './styles.module.css';

/**
 * One table; on a phone the stylesheet turns each row into a card (title, then each column with its
 * name), so the owner is visible without sideways scrolling. No script, no second copy of the rows.
 */
export default function Table({ items }: { items: readonly CatalogSummaryRow[] }): React.ReactElement {
  return (
    <ScrollRegion className={styles.scroll} label="Failure modes">
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Failure mode</th>
            <th scope="col">Codes</th>
            <th scope="col">Born in</th>
            <th scope="col">Owner</th>
            <th scope="col">Severity</th>
            <th scope="col">Recovery</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id} data-id={row.id}>
              <td className={styles.titleCell}>
                <Link to={row.path}>{row.title}</Link>
                <br />
                <code className={styles.id}>{row.id}</code>
              </td>
              <td data-label="Codes">{row.status.join(', ')}</td>
              <td data-label="Born in">{layerNames[row.layer]}</td>
              <td data-label="Owner" className={styles.ownerCell}>
                <OwnerBadge owner={row.owner} label="Owner" />
              </td>
              <td data-label="Severity">{row.severity}</td>
              <td data-label="Recovery">{row.recovery_class}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
