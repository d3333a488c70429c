import React from 'react';
import Link from '@docusaurus/Link';
import { ownerKeys, owners } from '@site/src/data/owners';
import type { OutlineItem, TreeSet } from '@site/src/lib/decisionTree';
import { ownerForBranch } from '@site/src/lib/ownerRules';
import { isOwnerKey } from '@site/src/lib/frontMatterView';
import { rows } from './catalogRows';
import styles from './styles.module.css';

/** The whole tree as a nested list: what readers without JavaScript (and print) get. */
export default function TreeOutline({ item, trees }: { item: OutlineItem; trees: TreeSet }): React.ReactElement {
  if (item.kind === 'goto') {
    const target = item.tree === undefined ? undefined : trees[item.tree];
    return <span>Continue with the {target ? target.title : item.tree}.</span>;
  }
  if (item.kind === 'leaf') {
    const row = item.runbook ? rows.get(item.runbook) : undefined;
    const branch = row ? ownerForBranch(row, item.owner) : undefined;
    return (
      <span>
        <strong>Failure mode:</strong> {row ? <Link to={row.path}>{row.title}</Link> : item.runbook}
        {branch && isOwnerKey(branch.owner, ownerKeys) && ` (owner: ${owners[branch.owner].name})`}
        {item.text && <> {item.text}</>}
      </span>
    );
  }
  return (
    <>
      <span className={styles.outlineQuestion}>{item.text}</span>
      {item.check && (
        <>
          {' '}
          <code>{item.check}</code>
        </>
      )}
      <ul>
        {item.options.map((o) => (
          <li key={o.key}>
            <em>{o.label}</em>
            {o.help && <> ({o.help})</>}: <TreeOutline item={o.child} trees={trees} />
          </li>
        ))}
      </ul>
    </>
  );
}
