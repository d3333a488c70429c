import React, { useState, type RefObject } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { incidentNote, type AnsweredStep } from '@site/src/lib/decisionTree';
import type { LeafNode } from '@site/src/lib/treeTypes';
import { contextForNote, type AlertContext } from '@site/src/lib/alertContext';
import { publicPageUrl } from '@site/src/lib/publicUrl';
import { firstScreenActions } from '@site/src/lib/firstScreen';
import { statusNames, type StatusCode } from '@site/src/lib/vocabulary';
import OwnerBadge from '@site/src/components/OwnerBadge';
import OwnerContact from '@site/src/components/OwnerBadge/OwnerContact';
import { leafRunbook, type LeafView } from './leafRunbook';
import { rows as summaryRows, useFullRows } from './catalogRows';
import styles from './styles.module.css';

interface Props {
  node: LeafNode;
  steps: AnsweredStep[];
  context: AlertContext;
  /** The public address with a trailing slash (usePublicSiteUrl). */
  site: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  stepRef: RefObject<HTMLDivElement | null>;
}

/** The conclusion: the runbook, its owner for this branch, what to do first and what to collect. */
export default function TreeLeaf({ node, steps, context, site, headingRef, stepRef }: Props): React.ReactElement {
  const full = useFullRows();
  const leaf = full ? leafRunbook(full, node.runbook, site, node.owner) : null;
  const listed = summaryRows.get(node.runbook);
  return (
    <div className={styles.step} data-testid="tree-leaf" ref={stepRef}>
      <h3 ref={headingRef} tabIndex={-1} className={styles.question}>
        {listed ? <Link to={listed.path}>{listed.title}</Link> : node.runbook}
      </h3>
      {!full && <p role="status">Loading the owner, first actions and evidence for this failure mode.</p>}
      {leaf && (
        <>
          <LeafFirstScreen leaf={leaf} />
          {node.note && <p>{node.note}</p>}
          <LeafHandover leaf={leaf} />
          <LeafActions leaf={leaf} node={node} steps={steps} context={context} site={site} />
        </>
      )}
    </div>
  );
}

/** First screen on a phone: owner and contact, codes, then the actions. */
function LeafFirstScreen({ leaf }: { leaf: LeafView }): React.ReactElement {
  return (
    <>
      <p className={styles.leafOwner} data-testid="leaf-owner">
        <OwnerBadge owner={leaf.branch.owner} label={leaf.branch.fromBranch ? 'Owner for this branch' : 'Owner'} />{' '}
        <OwnerContact owner={leaf.branch.owner} />
      </p>
      {leaf.branch.when && <p data-testid="leaf-owner-when">Owner chosen because: {leaf.branch.when}</p>}
      {leaf.leaf.otherOwners.length > 0 && (
        <div data-testid="leaf-other-owners">
          <p className={styles.evidenceTitle}>Owner by hop at fault</p>
          <ul>
            {leaf.leaf.otherOwners.map((o) => (
              <li key={o.when}>
                {o.when}: {o.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className={styles.leafCodes}>
        Status{' '}
        {leaf.row.status.map((code: StatusCode, i) => (
          <React.Fragment key={code}>
            {i > 0 && ', '}
            {code} {statusNames[code]}
          </React.Fragment>
        ))}
      </p>
      <div className={styles.doFirst} data-testid="leaf-do-first">
        <p className={styles.doFirstTitle}>Do first</p>
        <ol>
          {firstScreenActions(leaf.row.do_first ?? [], leaf.row.first_action).map((a) => (
            <li key={a.action}>
              {a.action}
              {a.when && <span className={styles.when}> {a.when}</span>}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}

/** The id, whom to escalate to, and the evidence to hand over. */
function LeafHandover({ leaf }: { leaf: LeafView }): React.ReactElement {
  return (
    <>
      <p>
        <code>{leaf.row.id}</code> <OwnerBadge owner={leaf.row.escalate_to} label="Escalate to" />
      </p>
      <p className={styles.evidenceTitle}>Evidence to collect</p>
      <ul>
        {leaf.row.evidence.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </>
  );
}

/** Open the runbook, or copy the incident note (path, runbook, owner, evidence, alert context). */
function LeafActions({ leaf, node, steps, context, site }: { leaf: LeafView } & Omit<Props, 'headingRef' | 'stepRef'>) {
  const { siteConfig } = useDocusaurusContext();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copyNote = async () => {
    const note = incidentNote({
      steps,
      runbook: leaf.leaf,
      note: node.note,
      context: contextForNote(context),
      triageUrl: publicPageUrl(site, window.location.href, siteConfig.baseUrl),
    });
    try {
      await navigator.clipboard.writeText(note);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <p className={styles.actions}>
        <Link className="button button--primary" to={leaf.row.path}>
          Open the runbook
        </Link>
        <button type="button" className="button button--secondary" onClick={() => void copyNote()}>
          Copy incident note
        </button>
      </p>
      <p role="status" className={styles.copied}>
        {copied === 'done'
          ? 'Incident note copied.'
          : copied === 'failed'
            ? 'Copying is blocked here: select the runbook link instead.'
            : ''}
      </p>
    </>
  );
}
