import ScrollRegion from '@site/src/components/ScrollRegion';
import React from 'react';
import Link from '@docusaurus/Link';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import { owners } from '@site/src/data/owners';
import { buildResponsibilityMatrix } from '@site/src/lib/responsibilityMatrix';
import { layerNames, layers, statusCodes } from '@site/src/lib/vocabulary';
import { runbookPath } from '@site/src/lib/catalog';

const matrix = buildResponsibilityMatrix(catalog);
const usedLayers = layers.filter((layer) => statusCodes.some((code) => matrix[code][layer].owners.length > 0));

/** Status code x layer -> owners of the fix, generated from every runbook's front matter. */
export default function ResponsibilityMatrix(): React.ReactElement {
  return (
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
  );
}
