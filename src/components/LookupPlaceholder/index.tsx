import React, { useEffect, useId, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

const MAX_LINE = 2000;

/**
 * Until the signature lookup exists: keeps the line pasted on the home page (read after
 * hydration, shown as plain text) and hands it to the local search. Works without JavaScript as
 * a plain form.
 */
export default function LookupPlaceholder(): React.ReactElement {
  const location = useLocation();
  const [text, setText] = useState('');
  const id = useId();
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('q');
    if (q) setText(q.slice(0, MAX_LINE));
  }, [location.search]);
  return (
    <form action={useBaseUrl('/search')} method="get">
      <label htmlFor={`${id}-q`}>
        <strong>Error line</strong>
      </label>
      <textarea
        id={`${id}-q`}
        name="q"
        rows={3}
        maxLength={MAX_LINE}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ display: 'block', width: '100%', fontFamily: 'var(--ifm-font-family-monospace)', margin: '0.25rem 0 0.5rem' }}
      />
      <button type="submit" className="button button--primary">
        Search the guide
      </button>
    </form>
  );
}
