import React from 'react';
import Link from '@docusaurus/Link';
import { hopNames } from '@site/src/lib/decoders';
import type { LookupResult } from '@site/src/lib/signatureLookup';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import OwnerBadge from '@site/src/components/OwnerBadge';
import DecodedFields from './DecodedFields';
import styles from './styles.module.css';

/** What a confidence means, in words: the reader never has to interpret a bare number. */
export function confidenceWords(result: LookupResult): string {
  return result.confidence === 'strong'
    ? 'Strong match: a known message, flag or decoded field of your text points here.'
    : 'Weak match: nothing in your text is a known message; this is ranked from the status code and the words. Confirm with the decision tree.';
}

interface Props {
  result: LookupResult;
  row: CatalogRow | undefined;
  /** Show every piece of evidence (the overall list) or only this line's (the per-line list). */
  compact?: boolean;
}

/** One failure mode: title, confidence in words, hop and owner, and its own evidence. */
export default function ResultItem({ result, row, compact = false }: Props): React.ReactElement {
  const evidence = compact ? result.evidence.slice(0, 1) : result.evidence;
  return (
    <li className={styles.result} data-id={result.id} data-confidence={result.confidence}>
      <p className={styles.resultTitle}>
        {row ? <Link to={row.path}>{row.title}</Link> : result.id} <code>{result.id}</code>
      </p>
      <p className={styles.meta}>
        <span className={result.confidence === 'strong' ? styles.strong : styles.weak}>
          {result.confidence === 'strong' ? 'Strong' : 'Weak'}
        </span>{' '}
        <span className={styles.confidenceText}>{confidenceWords(result)}</span>{' '}
        <span className={styles.score}>(score {result.score.toFixed(2)} of 1)</span>
      </p>
      <p className={styles.meta}>
        Written by: <strong>{hopNames[result.hop]}</strong>. <OwnerBadge owner={result.owner} label="Fix" />
        {result.ownerBecause && <span> (because {result.ownerBecause})</span>}
        {result.hopOwner !== result.owner && (
          <>
            {' '}
            <OwnerBadge owner={result.hopOwner} label={`Runs the ${hopNames[result.hop].toLowerCase()}`} />
          </>
        )}
      </p>
      {!compact && result.occurrences > 1 && (
        <p className={styles.meta}>
          Seen on {result.occurrences} lines (first on line {result.lines[0]}).
        </p>
      )}
      <ul className={styles.hits}>
        {evidence.map((e, i) => (
          <li key={`${e.line}-${e.kind}-${i}`}>
            Line {e.line}, {e.kind === 'signature' ? 'known message' : e.kind === 'decoder' ? 'decoded field' : 'fallback'}:{' '}
            <strong>{e.label}</strong>
            {e.matched && (
              <>
                {' '}
                matched <code>{e.matched}</code>
              </>
            )}
            . {e.explain}{' '}
            {e.source && (
              <a href={e.source.url} rel="noopener noreferrer">
                Source<span className="sr-only">: {e.source.title}</span>
              </a>
            )}
            {!compact && e.fields && e.fields.length > 0 && (
              <DecodedFields fields={e.fields} summary={`Decoded fields of line ${e.line}`} />
            )}
          </li>
        ))}
      </ul>
      {result.confidence === 'weak' && result.treeCode !== null && (
        <p className={styles.meta}>
          <Link to={`/docs/triage?tree=${result.treeCode}`}>Answer the {result.treeCode} decision tree</Link> to confirm.
        </p>
      )}
    </li>
  );
}
