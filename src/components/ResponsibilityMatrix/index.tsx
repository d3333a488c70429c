import ScrollRegion from '@site/src/components/ScrollRegion';
import React from 'react';
import Link from '@docusaurus/Link';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import { owners } from '@site/src/data/owners';
import { buildResponsibilityMatrix } from '@site/src/lib/responsibilityMatrix';
import { layerNames, layers, statusCodes } from '@site/src/lib/vocabulary';
import { runbookPath } from '@site/src/lib/catalog';
import { ownersFor } from '@site/src/lib/ownerRules';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import { compareText } from '@site/src/lib/compare';

const rows = catalog as CatalogRow[];
const matrix = buildResponsibilityMatrix(rows);
const conditional = rows.filter((r) => ownersFor(r).rules.length > 0).sort((a, b) => compareText(a.id, b.id));
const usedLayers = layers.filter((layer) => statusCodes.some((code) => matrix[code][layer].owners.length > 0));

/** Status code x layer -> owners of the fix, generated from every runbook's front matter. */
export default function ResponsibilityMatrix(): React.ReactElement {
  return (
    <>
      <ScrollRegion label="Responsibility matrix">
        <table style={{ display: 'table', fontSize: '0.9rem' }} data-testid="responsibility-matrix">
          <thead>
            <tr>
              <th scope="col">Born in</th>
              {statusCodes.map((code) => (
                <th scope="col" key={code}>
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {usedLayers.map((layer) => (
              <tr key={layer}>
                <th scope="row">{layerNames[layer]}</th>
                {statusCodes.map((code) => {
                  const cell = matrix[code][layer];
                  return (
                    <td key={code}>
                      {cell.owners.length === 0
                        ? '–'
                        : cell.owners.map((o) => (
                            <div key={o.owner}>
                              <strong>{owners[o.owner].name}</strong>:{' '}
                              {o.ids.map((id, i) => (
                                <React.Fragment key={id}>
                                  {i > 0 && ', '}
                                  <Link to={runbookPath(id)}>{id.replace(/^FM-\d{3}-/, '')}</Link>
                                </React.Fragment>
                              ))}
                              {o.when.map((w, i) => (
                                <React.Fragment key={w.id}>
                                  {(i > 0 || o.ids.length > 0) && ', '}
                                  <a href={`#owners-${w.id.toLowerCase()}`}>{w.id.replace(/^FM-\d{3}-/, '')}</a> <small>(if…)</small>
                                </React.Fragment>
                              ))}
                            </div>
                          ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h2 id="owners-per-hop">Owners per hop</h2>
      <p>
        Where the owner depends on the hop at fault, the runbook lists each owner with the condition that selects it. An entry marked{' '}
        <small>(if…)</small> in the table is one of these; the first condition you observe applies, otherwise the default owner.
      </p>
      <dl data-testid="owners-per-hop">
        {conditional.map((r) => (
          <React.Fragment key={r.id}>
            <dt id={`owners-${r.id.toLowerCase()}`}>
              <Link to={r.path} style={{ textDecoration: 'underline' }}>
                {r.title}
              </Link>{' '}
              <code>{r.id}</code>, default: {owners[r.owner].name}
            </dt>
            <dd>
              <ul>
                {ownersFor(r).rules.map((rule) => (
                  <li key={rule.when}>
                    {rule.when}: <strong>{owners[rule.owner].name}</strong>
                  </li>
                ))}
              </ul>
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </>
  );
}
