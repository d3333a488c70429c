import React, { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { compileSignatures, matchText, type CompiledSignature } from '@site/src/lib/signatureMatcher';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import OwnerBadge from '@site/src/components/OwnerBadge';
import styles from './styles.module.css';

interface Loaded {
  compiled: CompiledSignature[];
  rows: Map<string, CatalogRow>;
}
let loadedOnce: Promise<Loaded> | null = null;

/**
 * The signatures arrive as their own file after the page is shown, so the page itself costs
 * little more than a text page; once loaded they stay compiled for the session.
 */
function loadSignatures(): Promise<Loaded> {
  loadedOnce ??= Promise.all([
    import('@generated/runbook-catalog/default/signatures.json'),
    import('@generated/runbook-catalog/default/catalog.json'),
  ]).then(([signatures, catalog]) => ({
    compiled: compileSignatures(signatures.default),
    rows: new Map(catalog.default.map((r) => [r.id, r])),
  }));
  loadedOnce.catch(() => {
    loadedOnce = null;
  });
  return loadedOnce;
}
const MAX_TEXT = 200_000;
const SHOWN = 8;

/**
 * Paste an error line or a log excerpt; failure modes are ranked as you type. Matching runs in the
 * browser: the text never leaves it. A line handed over in `?q=` (the home page's paste box) is
 * read after hydration and shown as plain text.
 */
export default function SignatureLookup(): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  // The signatures load when there is something to match, or as soon as the reader reaches for
  // the box (focus or pointer), so the page itself stays light.
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  const needed = wanted || text !== '';
  useEffect(() => {
    if (!needed || loaded) return undefined;
    let current = true;
    loadSignatures().then(
      (l) => current && setLoaded(l),
      () => current && setLoadFailed(true),
    );
    return () => {
      current = false;
    };
  }, [needed, loaded]);

  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q');
    if (q) setText(q.slice(0, MAX_TEXT));
    // Only on arrival: typing must not rewrite history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const result = useMemo(() => (loaded && deferred.trim() ? matchText(deferred, loaded.compiled) : null), [deferred, loaded]);
  const ex = result?.extracted;

  return (
    <div className={`${styles.lookup} fg-needs-js`}>
      <label htmlFor={`${id}-text`} className={styles.label}>
        Error line or log excerpt
      </label>
      <textarea
        id={`${id}-text`}
        className={styles.text}
        rows={6}
        spellCheck={false}
        value={text}
        maxLength={MAX_TEXT}
        placeholder="e.g. upstream prematurely closed connection while reading response header from upstream"
        onChange={(e) => setText(e.target.value)}
        onFocus={want}
        onPointerEnter={want}
      />
      <p className={styles.privacy}>Matching happens in your browser; nothing you paste is sent anywhere.</p>
      {text && (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => {
            setText('');
            if (location.search) history.replace({ search: '' });
          }}
        >
          Clear
        </button>
      )}
      <div role="status" aria-live="polite" className={styles.summary}>
        {text.trim() && !loaded && !loadFailed && 'Loading the signatures…'}
        {loadFailed && 'The signatures could not be loaded: the connection may have dropped. Reload the page to try again.'}
        {result &&
          (result.modes.length === 0
            ? 'No known signature matched.'
            : `${result.modes.length} failure mode${result.modes.length === 1 ? '' : 's'} match, best first.`)}
        {result?.truncated && ' Only the first part of a very long text was read.'}
      </div>
      {loadFailed && (
        <p data-testid="lookup-load-failed">
          Meanwhile, search the <Link to="/docs/reference/error-signatures">error signature catalog</Link> with your browser&apos;s find, or{' '}
          <Link to="/docs/triage">triage by status code</Link>.
        </p>
      )}
      {result && result.modes.length === 0 && (
        <div className={styles.none} data-testid="lookup-none">
          <p>
            Nothing in the catalog matches this text. Try a single line with the most specific part (the proxy&apos;s message, a response
            flag, an error code), or answer a few questions instead:
          </p>
          <p>
            <Link className="button button--primary" to="/docs/triage">
              Triage by status code
            </Link>
          </p>
        </div>
      )}
      {ex && (ex.statusCodes.length > 0 || ex.envoyFlags.length > 0 || ex.requestIds.length > 0 || ex.rayIds.length > 0) && (
        <dl className={styles.extracted} data-testid="lookup-extracted">
          {ex.statusCodes.length > 0 && (
            <>
              <dt>Status codes</dt>
              <dd>{ex.statusCodes.join(', ')}</dd>
            </>
          )}
          {ex.envoyFlags.length > 0 && (
            <>
              <dt>Envoy flags</dt>
              <dd>{ex.envoyFlags.join(', ')}</dd>
            </>
          )}
          {ex.requestIds.length > 0 && (
            <>
              <dt>Request ids</dt>
              <dd>{ex.requestIds.join(', ')}</dd>
            </>
          )}
          {ex.rayIds.length > 0 && (
            <>
              <dt>Cloudflare Ray ids</dt>
              <dd>{ex.rayIds.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      {result && result.modes.length > 0 && (
        <ol className={styles.results} data-testid="lookup-results">
          {result.modes.slice(0, SHOWN).map((mode) => {
            const row = loaded?.rows.get(mode.id);
            return (
              <li key={mode.id} className={styles.result} data-id={mode.id}>
                <p className={styles.resultTitle}>
                  {row ? <Link to={row.path}>{row.title}</Link> : mode.id} <code>{mode.id}</code>
                </p>
                <p>
                  {row && <OwnerBadge owner={row.owner} label="Owner" />}{' '}
                  <span className={styles.score}>score {mode.score.toFixed(2)}</span>
                </p>
                <ul className={styles.hits}>
                  {mode.hits.slice(0, 3).map((hit) => (
                    <li key={hit.signatureId}>
                      <strong>{hit.title}</strong>, line {hit.line}
                      {hit.occurrences > 1 && ` (${hit.occurrences} times)`}: <code>{hit.matched}</code>. {hit.explain}{' '}
                      <a href={hit.source.url} rel="noopener noreferrer">
                        Source
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
