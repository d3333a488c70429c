import React, { useDeferredValue, useId, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import { lookup } from '@site/src/lib/signatureLookup';
import { useLookupData } from './useLookupData';
import { useQueryText, MAX_URL_TEXT } from './useQueryText';
import ResultItem from './ResultItem';
import DecodedFields from './DecodedFields';
import TemplateTable from './TemplateTable';
import styles from './styles.module.css';
import { withThousands } from '@site/src/lib/numberFormat';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Paste an error line or a log excerpt; every line gets a ranked, explained answer as you type.
 * Matching runs in the browser: the text never leaves it. Short text goes into the URL (`?q=`),
 * so a link reproduces the result.
 */
export default function SignatureLookup(): React.ReactElement {
  const [text, setText] = useQueryText();
  const deferred = useDeferredValue(text);
  const id = useId();
  // The data loads when there is something to match, or as soon as the reader reaches for the box.
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  const { loaded, failed } = useLookupData(wanted || text !== '');
  const report = useMemo(() => (loaded && deferred.trim() ? lookup(deferred, loaded.data) : null), [deferred, loaded]);
  const rows = loaded?.rows;
  const strong = report?.results.filter((r) => r.confidence === 'strong').length ?? 0;
  const ex = report?.extracted;

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
        aria-describedby={`${id}-privacy`}
        placeholder="e.g. upstream prematurely closed connection while reading response header from upstream"
        onChange={(e) => setText(e.target.value)}
        onFocus={want}
        onPointerEnter={want}
      />
      <p id={`${id}-privacy`} className={styles.privacy}>
        Matching happens in your browser; nothing you paste is sent anywhere. Text up to {withThousands(MAX_URL_TEXT)} characters is kept in
        the page address so that a link shows the same result.
      </p>
      {text && (
        <button type="button" className="button button--sm button--secondary" onClick={() => setText('')}>
          Clear
        </button>
      )}
      <div role="status" aria-live="polite" className={styles.summary}>
        {text.trim() && !loaded && !failed && 'Loading the signatures…'}
        {failed && 'The signatures could not be loaded: the connection may have dropped. Reload the page to try again.'}
        {report &&
          (report.results.length === 0
            ? 'Nothing here resembles a server error that the guide knows.'
            : `${plural(report.results.length, 'failure mode')} (${strong} strong, ${report.results.length - strong} weak) from ${plural(report.matched.length, 'line template')}; ${plural(report.unmatched.length, 'line template')} matched nothing.`)}
        {report?.truncated && ' Only the first part of a very long text was read.'}
      </div>
      {failed && (
        <p data-testid="lookup-load-failed">
          Meanwhile, search the <Link to="/docs/reference/error-signatures">error signature catalog</Link> with your browser&apos;s find, or{' '}
          <Link to="/docs/triage">triage by status code</Link>.
        </p>
      )}
      {report && report.results.length === 0 && (
        <div className={styles.none} data-testid="lookup-none">
          <p>
            No line holds a 5xx status code, a known message or the words servers use for failures (timeout, refused, reset, unavailable,
            upstream…). Paste the line that carries the error, or answer a few questions instead:
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
      {report && report.results.length > 0 && (
        <section aria-labelledby={`${id}-all`}>
          <h2 id={`${id}-all`} className={styles.heading}>
            Failure modes, best first ({report.results.length})
          </h2>
          <ol className={styles.results} data-testid="lookup-results">
            {report.results.map((r) => (
              <ResultItem key={r.id} result={r} row={rows?.get(r.id)} />
            ))}
          </ol>
        </section>
      )}
      {report && report.templates.length > 1 && (
        <section aria-labelledby={`${id}-tpl`}>
          <h2 id={`${id}-tpl`} className={styles.heading}>
            The excerpt by template
          </h2>
          <TemplateTable report={report} />
        </section>
      )}
      {report && (report.matched.length > 1 || report.unmatched.length > 0) && report.results.length > 0 && (
        <section aria-labelledby={`${id}-lines`} data-testid="lookup-lines">
          <h2 id={`${id}-lines`} className={styles.heading}>
            By line ({report.matched.length} matched, {report.unmatched.length} not)
          </h2>
          <ol className={styles.lines}>
            {report.matched.map((l) => (
              <li key={l.line} data-line={l.line}>
                <p className={styles.lineHead}>
                  Line {l.line}
                  {l.count > 1 && ` and ${plural(l.count - 1, 'more line')} like it`}: <code className={styles.lineText}>{l.text}</code>
                </p>
                {l.decoded.map((d, i) => (
                  <p key={i} className={styles.meta}>
                    Read as {d.formatName}: {d.summary}
                  </p>
                ))}
                {l.decoded[0] && <DecodedFields fields={l.decoded[0].fields} summary={`Decoded fields (${l.decoded[0].formatName})`} />}
                <ol className={styles.lineResults}>
                  {l.results.map((r) => (
                    <ResultItem key={r.id} result={r} row={rows?.get(r.id)} compact />
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {report.unmatched.length > 0 && (
            <>
              <h3 className={styles.subheading}>Lines that matched nothing ({report.unmatched.length})</h3>
              <ul className={styles.unmatched} data-testid="lookup-unmatched">
                {report.unmatched.map((l) => (
                  <li key={l.line}>
                    Line {l.line}
                    {l.count > 1 && ` (and ${plural(l.count - 1, 'more')})`}: <code className={styles.lineText}>{l.text}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
