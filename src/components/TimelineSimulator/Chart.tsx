import React from 'react';
import type { Frame } from '@site/src/lib/simulator';
import styles from './styles.module.css';

export interface Series {
  label: string;
  /** CSS class giving the line its colour and dash pattern (so it reads without colour too). */
  className: string;
  values: number[];
}

interface Props {
  title: string;
  /** Upper bound of the y axis. */
  max: number;
  unit: (v: number) => string;
  frames: readonly Frame[];
  series: readonly Series[];
  /** Total minutes of the run so far, for a stable x axis. */
  minutes: number;
  /** Text for screen readers: what the chart shows at the current minute. */
  summary: string;
}

const W = 320;
const H = 120;
const PAD_L = 40;
const PAD_B = 18;

/** A small SVG line chart drawn from the engine's frames. */
export default function Chart({ title, max, unit, frames, series, minutes, summary }: Props): React.ReactElement {
  const xSpan = Math.max(1, minutes - 1);
  const x = (i: number) => PAD_L + ((W - PAD_L - 6) * i) / xSpan;
  const y = (v: number) => 6 + (H - PAD_B - 6) * (1 - Math.min(1, v / (max || 1)));
  const titleId = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure className={styles.chart}>
      <figcaption id={titleId} className={styles.chartTitle}>
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-sum`} className={styles.chartSvg}>
        <line x1={PAD_L} x2={W - 6} y1={y(0)} y2={y(0)} className={styles.axis} />
        <line x1={PAD_L} x2={PAD_L} y1={6} y2={y(0)} className={styles.axis} />
        <text x={PAD_L - 4} y={12} textAnchor="end" className={styles.tick}>
          {unit(max)}
        </text>
        <text x={PAD_L - 4} y={y(0)} textAnchor="end" className={styles.tick}>
          {unit(0)}
        </text>
        {frames.length > 0 && (
          <>
            <text x={PAD_L} y={H - 3} className={styles.tick}>
              {frames[0]?.clock}
            </text>
            <text x={W - 6} y={H - 3} textAnchor="end" className={styles.tick}>
              {frames.at(-1)?.clock}
            </text>
          </>
        )}
        {series.map((s) =>
          s.values.length > 0 ? (
            <polyline
              key={s.label}
              className={`${styles.line} ${s.className}`}
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            />
          ) : null,
        )}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.label}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" className={`${styles.line} ${s.className}`} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <p id={`${titleId}-sum`} className="sr-only">
        {summary}
      </p>
    </figure>
  );
}
