import React from 'react';
import Link from '@docusaurus/Link';
import { signatures } from '@site/src/data/signatures';
import { runbookPath } from '@site/src/lib/catalog';
import { signatureSystems } from '@site/src/lib/signatureTypes';

/**
 * Every signature in the catalog, grouped by system, rendered at build time: the lookup's
 * no-JavaScript form (find a line with the browser's own search) and a reference for everyone.
 */
export default function SignatureCatalog(): React.ReactElement {
  return (
    <div data-testid="signature-catalog">
      {signatureSystems
        .map((system) => ({ system, items: signatures.filter((s) => s.system === system) }))
        .filter((group) => group.items.length > 0)
        .map(({ system, items }) => (
          <section key={system}>
            <h3>
              {system} ({items.length})
            </h3>
            <ul>
              {items.map((s) => (
                <li key={s.id}>
                  <strong>{s.title}</strong>: <code>{s.examples[0]}</code>. {s.explain} Points to:{' '}
                  {s.modes.map((m, i) => (
                    <React.Fragment key={m.id}>
                      {i > 0 && ', '}
                      <Link to={runbookPath(m.id)}>{m.id}</Link>
                    </React.Fragment>
                  ))}
                  .{' '}
                  <a href={s.source.url} rel="noopener noreferrer">
                    Source: {s.source.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
