import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useHistory, useLocation } from '@docusaurus/router';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import { trees } from '@site/src/data/trees';
import { ownerKeys, owners } from '@site/src/data/owners';
import {
  decodePath,
  encodePath,
  incidentNote,
  preAnswer,
  treeOutline,
  walkPath,
  type OutlineItem,
  type WalkResult,
} from '@site/src/lib/decisionTree';
import { contextForNote, contextStatus } from '@site/src/lib/alertContext';
import { useAlertContext } from '@site/src/hooks/useAlertContext';
import { usePublicSiteUrl } from '@site/src/hooks/usePublicSiteUrl';
import { publicPageUrl } from '@site/src/lib/publicUrl';
import { firstScreenActions } from '@site/src/lib/firstScreen';
import { statusNames, type StatusCode } from '@site/src/lib/vocabulary';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import OwnerBadge from '@site/src/components/OwnerBadge';
import { ownerForBranch, ownersFor } from '@site/src/lib/ownerRules';
import { isOwnerKey } from '@site/src/lib/frontMatterView';
import OwnerContact from '@site/src/components/OwnerBadge/OwnerContact';
import styles from './styles.module.css';

const rows = new Map((catalog as CatalogRow[]).map((r) => [r.id, r]));

interface Props {
  /** Tree id: 'start', '500', '502', '503' or '504'. */
  tree: string;
}

function Outline({ item }: { item: OutlineItem }): React.ReactElement {
  if (item.kind === 'goto') {
    const target = trees[item.tree as keyof typeof trees];
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
            {o.help && <> ({o.help})</>}: <Outline item={o.child} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Everything the leaf shows and the incident note needs, from the runbook catalog. `site` is the
 * public address with a trailing slash (see usePublicSiteUrl), never the placeholder host.
 */
function leafRunbook(id: string, site: string, leafOwner?: string) {
  const row = rows.get(id);
  if (!row) return null;
  // The owner for this branch: the leaf's owner when it names one of the runbook's owners.
  const branch = ownerForBranch(row, leafOwner);
  const name = (key: string) => (isOwnerKey(key, ownerKeys) ? owners[key].name : key);
  const others = ownersFor(row)
    .rules.filter((r) => !(branch.fromBranch && r.owner === branch.owner))
    .map((r) => ({ when: r.when, name: name(r.owner) }));
  return {
    row,
    branch,
    leaf: {
      id: row.id,
      title: row.title,
      status: row.status,
      owner: branch.owner,
      ownerName: name(branch.owner),
      ...(branch.when === undefined ? {} : { ownerWhen: branch.when }),
      otherOwners: branch.fromBranch ? [] : others,
      escalateToName: owners[row.escalate_to].name,
      ...(row.escalate_when === undefined ? {} : { escalateWhen: row.escalate_when }),
      first_action: row.first_action,
      evidence: row.evidence,
      url: `${site}${row.path.replace(/^\//, '')}`,
    },
  };
}

/**
 * A triage tree: one question at a time, with the path so far in the URL (reload, back/forward
 * and shared links restore the step). Without JavaScript the same tree is a nested outline.
 */
export default function DecisionTree({ tree: treeId }: Props): React.ReactElement {
  const tree = trees[treeId as keyof typeof trees];
  const location = useLocation();
  const history = useHistory();
  const { siteConfig } = useDocusaurusContext();
  const site = usePublicSiteUrl();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const [announce, setAnnounce] = useState('');
  const id = useId();

  // The URL is read after hydration so that the server render and the first client render agree.
  useEffect(() => setHydrated(true), []);
  const context = useAlertContext();
  const status = contextStatus(context);
  const decoded = useMemo(() => {
    const d = hydrated ? decodePath(location.search, treeId) : { tree: treeId, answers: [], rejected: false };
    // The alert may already answer the first question (its status code).
    const pre =
      hydrated && !new URLSearchParams(location.search).has('path')
        ? preAnswer(trees, d.tree, d.answers, status)
        : { answers: d.answers, preAnswered: false };
    return { ...d, answers: pre.answers, preAnswered: pre.preAnswered };
  }, [hydrated, location.search, treeId, status]);
  const walk: WalkResult | null = useMemo(
    () => walkPath(trees, decoded.tree, decoded.answers) ?? walkPath(trees, treeId, []),
    [decoded.tree, decoded.answers, treeId],
  );
  const stale = hydrated && (decoded.rejected || walk?.invalidFrom !== undefined || walkPath(trees, decoded.tree, []) === null);

  const go = useCallback(
    (answers: string[]) => {
      setCopied('idle');
      let search = encodePath(location.search, { tree: decoded.tree, answers }, treeId);
      // An empty `path=` keeps the alert's status from answering the first question again.
      if (answers.length === 0 && status !== null) search = `${search ? `${search}&` : '?'}path=`;
      history.push({ search, hash: location.hash });
    },
    [history, location.search, location.hash, decoded.tree, treeId, status],
  );

  const stepKey = walk ? `${walk.treeId}:${walk.nodeId}` : '';
  const firstRender = useRef(true);
  useEffect(() => {
    if (!walk || !hydrated) return;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Move focus to the new question or conclusion (not to its first option, which would look
    // chosen already), bring the step to the top of the screen, and announce it.
    headingRef.current?.focus({ preventScroll: true });
    stepRef.current?.scrollIntoView({ block: 'start' });
    setAnnounce(
      walk.node.kind === 'question'
        ? `Step ${walk.steps.length + 1}: ${walk.node.question}`
        : `Conclusion: ${rows.get(walk.node.runbook)?.title ?? ''}`,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepKey, hydrated]);

  if (!tree || !walk) {
    return <p className={styles.error}>Unknown decision tree “{treeId}”.</p>;
  }

  const answers = walk.steps.map((s) => s.optionKey);
  const leaf = walk.node.kind === 'leaf' ? leafRunbook(walk.node.runbook, site, walk.node.owner) : null;

  const copyNote = async () => {
    if (!leaf || walk.node.kind !== 'leaf') return;
    const note = incidentNote({
      steps: walk.steps,
      runbook: leaf.leaf,
      note: walk.node.note,
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
    <section className={styles.tree} aria-labelledby={`${id}-title`} data-testid={`decision-tree-${treeId}`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {tree.title}
      </h2>
      <div className="fg-needs-js">
        {stale && (
          <p className={styles.notice} role="status" data-testid="tree-notice">
            The link held answers this tree no longer has, so it starts again from the last step it could follow.
          </p>
        )}
        {decoded.preAnswered && status !== null && (
          <p className={styles.help} data-testid="tree-preanswered">
            The alert says {status}, so the first question is answered for you.
          </p>
        )}
        <p className={styles.progress}>
          {walk.node.kind === 'question'
            ? `Step ${walk.steps.length + 1}`
            : `Concluded after ${walk.steps.length} answer${walk.steps.length === 1 ? '' : 's'}`}
        </p>
        {walk.steps.length > 0 && (
          <ol className={styles.path} aria-label="Your answers so far">
            {walk.steps.map((s, i) => (
              <li key={`${s.treeId}-${s.nodeId}`}>
                <span>{s.question}</span> <strong>{s.answer}</strong>{' '}
                <button type="button" className={styles.linkButton} onClick={() => go(answers.slice(0, i))}>
                  Change<span className="sr-only"> answer to “{s.question}”</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {walk.node.kind === 'question' ? (
          <div className={styles.step} ref={stepRef}>
            <h3 ref={headingRef} tabIndex={-1} className={styles.question}>
              {walk.node.question}
            </h3>
            {walk.node.help && <p className={styles.help}>{walk.node.help}</p>}
            {walk.node.check && (
              <p className={styles.help}>
                How to check: <code>{walk.node.check}</code>
              </p>
            )}
            <ul className={styles.options}>
              {walk.node.options.map((o) => (
                <li key={o.key}>
                  <button
                    type="button"
                    className="button button--outline button--primary"
                    onClick={() => go([...answers, o.key])}
                    aria-describedby={o.help ? `${id}-help-${o.key}` : undefined}
                  >
                    {o.label}
                  </button>
                  {o.help && (
                    <p id={`${id}-help-${o.key}`} className={styles.optionHelp}>
                      {o.help}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className={styles.step} data-testid="tree-leaf" ref={stepRef}>
            <h3 ref={headingRef} tabIndex={-1} className={styles.question}>
              {leaf ? <Link to={leaf.row.path}>{leaf.row.title}</Link> : walk.node.runbook}
            </h3>
            {leaf && (
              <>
                {/* First screen on a phone: owner and contact, codes, then the actions. */}
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
                {walk.node.note && <p>{walk.node.note}</p>}
                <p>
                  <code>{leaf.row.id}</code> <OwnerBadge owner={leaf.row.escalate_to} label="Escalate to" />
                </p>
                <p className={styles.evidenceTitle}>Evidence to collect</p>
                <ul>
                  {leaf.row.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
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
            )}
          </div>
        )}
        {walk.steps.length > 0 && (
          <p>
            <button type="button" className="button button--sm button--secondary" onClick={() => go([])}>
              Start again
            </button>
          </p>
        )}
        <div aria-live="polite" className="sr-only">
          {announce}
        </div>
      </div>
      <div className="fg-nojs-only" data-testid="tree-outline">
        <p>Every question of this tree, with the answers and where they lead:</p>
        <Outline item={treeOutline(tree)} />
      </div>
    </section>
  );
}
