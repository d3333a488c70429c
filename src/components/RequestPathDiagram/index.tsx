import ScrollRegion from '@site/src/components/ScrollRegion';
import React from 'react';
import Link from '@docusaurus/Link';
import { requestPath } from '@site/src/data/requestPath';
import { owners } from '@site/src/data/owners';
import { statusCodes } from '@site/src/lib/vocabulary';
import styles from './styles.module.css';

const HOP_W = 150;
const HOP_H = 64;
const GAP = 18;
const COLS = 4;

/**
 * The request path as an SVG drawn at build time from src/data/requestPath.ts, with the same facts
 * as a table underneath (the text alternative). No state, no effects: nothing to run in the browser.
 */
export default function RequestPathDiagram(): React.ReactElement {
  const rows = Math.ceil(requestPath.length / COLS);
  const width = COLS * HOP_W + (COLS - 1) * GAP;
  const height = rows * (HOP_H + 46) + 8;
  return (
    <figure className={styles.figure}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="rp-title rp-desc" className={styles.svg}>
        <title id="rp-title">Where each 5xx code is born</title>
        <desc id="rp-desc">
          The request path from client to dependencies, in reading order, with the codes each hop can emit itself. The table below gives the
          same facts.
        </desc>
        {requestPath.map((hop, i) => {
          const col = i % COLS;
          const row = Math.floor(i / COLS);
          const x = col * (HOP_W + GAP);
          const y = row * (HOP_H + 46) + 4;
          return (
            <g key={hop.layer} className={styles[`hop-${hop.layer}`]}>
              <rect x={x} y={y} width={HOP_W} height={HOP_H} rx={8} className={styles.box} />
              <text x={x + HOP_W / 2} y={y + 24} textAnchor="middle" className={styles.name}>
                {hop.name}
              </text>
              <text x={x + HOP_W / 2} y={y + 46} textAnchor="middle" className={styles.codes}>
                {hop.emits.length > 0 ? hop.emits.join(' · ') : 'passes errors on'}
              </text>
              <text x={x + HOP_W / 2} y={y + HOP_H + 18} textAnchor="middle" className={styles.owner}>
                {owners[hop.owner].name}
              </text>
              {col < COLS - 1 && i < requestPath.length - 1 && (
                <path d={`M${x + HOP_W + 3} ${y + HOP_H / 2} h${GAP - 8} l-4 -4 m4 4 l-4 4`} className={styles.arrow} />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Read left to right, top to bottom: a request travels from the client inwards. A hop that &quot;passes errors on&quot; never writes a
        5xx itself; the hop above it reports the failure.
      </figcaption>
      <ScrollRegion className={styles.scroll} label="Request path, as a table">
        <table>
          <caption className={styles.caption}>The request path, hop by hop</caption>
          <thead>
            <tr>
              <th scope="col">Hop</th>
              {statusCodes.map((c) => (
                <th scope="col" key={c}>
                  Emits {c}
                </th>
              ))}
              <th scope="col">How to tell it answered</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {requestPath.map((hop) => (
              <tr key={hop.layer}>
                <th scope="row">
                  {hop.name}
                  <br />
                  <small>{hop.examples}</small>
                </th>
                {statusCodes.map((c) => (
                  <td key={c}>{hop.emits.includes(c) ? 'yes' : 'no'}</td>
                ))}
                <td>{hop.tell}</td>
                <td>
                  <Link to={`/docs/adopt#owner-${hop.owner}`}>{owners[hop.owner].name}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
