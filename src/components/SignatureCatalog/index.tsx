import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { signatures, signatureSystems } from '@site/src/data/signatures';
import { runbookPath } from '@site/src/lib/catalog';

/**
 * Every signature in the catalog, grouped by system, rendered at build time: the lookup's
 * no-JavaScript form (find a line with the browser's own search) and a reference for everyone.
 *
 * Each group is a heading with an anchor followed by its list, side by side with the page's own
 * headings and not inside a wrapper: the search index cuts a page into sections at headings and
 * takes everything up to the next heading among the following siblings, so a wrapper would put
 * the whole catalog into the section above it a second time.
 */
export default function SignatureCatalog(): React.ReactElement {
  return (
    <>
      {signatureSystems
        .map((system) => ({ system: system.id, name: system.name, items: signatures.filter((s) => s.system === system.id) }))
        .filter((group) => group.items.length > 0)
        .map(({ system, name, items }) => (
          <React.Fragment key={system}>
            <Heading as="h3" id={`signatures-${system}`}>
              {`${name} (${items.length})`}
            </Heading>
            <ul data-testid={`signature-catalog-${system}`}>
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
          </React.Fragment>
        ))}
    </>
  );
}
