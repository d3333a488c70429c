import React, { useId } from 'react';
import type { Frame } from '@site/src/lib/simulator';
import type { Series } from '@site/src/lib/scenarioSchema';
import { axisMax, formatValue } from '@site/src/lib/simulatorAxis';
import styles from './styles.module.css';

interface Props {
  title: string;
  /** The series drawn on this chart (same unit). */
  series: readonly Series[];
  /** Every frame of the run so far (fixes the axes), and how many of them are on screen. */
  frames: readonly Frame[];
  shown: number;
}

const W = 320;
const H = 120;
const PAD_L = 46;
const PAD_B = 18;
/** Line styles by position within a chart: colour and dash pattern differ, so they read without colour. */
const LINE_CLASSES = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'] as const;
const MAX_POINTS = 400;

/** A small SVG line chart of some series; gaps (monitoring down) break the line. */
export default function Chart({ title, series, frames, shown }: Props): React.ReactElement {
  const id = useId();
  const unit = series[0]?.unit ?? 'count';
  const max = axisMax(
    frames.flatMap((f) => series.map((s) => f.values[s.id] ?? null)),
    unit,
  );
  const xSpan = Math.max(1, frames.length - 1);
  const x = (i: number) => PAD_L + ((W - PAD_L - 6) * i) / xSpan;
  const y = (v: number) => 6 + (H - PAD_B - 6) * (1 - Math.min(1, v / max));
  const visible = frames.slice(0, shown);
  const stride = Math.max(1, Math.ceil(visible.length / MAX_POINTS));
  const now = visible.at(-1);
  const segments = (s: Series): string[] => {
    const out: string[] = [];
    let current: string[] = [];
    visible.forEach((f, i) => {
      if (i % stride !== 0 && i !== visible.length - 1) return;
      const v = f.values[s.id];
      if (v === null || v === undefined) {
        if (current.length > 0) out.push(current.join(' '));
        current = [];
      } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (current.length > 0) out.push(current.join(' '));
    return out;
  };
  const gapNow = now ? series.some((s) => now.values[s.id] === null) : false;
  const summary = now
    ? `At ${now.clock} UTC: ${series.map((s) => `${s.label} ${now.values[s.id] === null ? 'no data (monitoring down)' : formatValue(now.values[s.id] ?? 0, unit)}`).join('; ')}.`
    : 'No data yet.';
  return (
    <figure className={styles.chart}>
      <figcaption id={`${id}-t`} className={styles.chartTitle}>
        {title}
        {gapNow && <span className={styles.gapNote}> (no data now)</span>}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-s`} className={styles.chartSvg}>
        <line x1={PAD_L} x2={W - 6} y1={y(0)} y2={y(0)} className={styles.axis} />
        <line x1={PAD_L} x2={PAD_L} y1={6} y2={y(0)} className={styles.axis} />
        <line x1={PAD_L} x2={W - 6} y1={y(max / 2)} y2={y(max / 2)} className={styles.grid} />
        <text x={PAD_L - 4} y={12} textAnchor="end" className={styles.tick}>
          {formatValue(max, unit)}
        </text>
        <text x={PAD_L - 4} y={y(max / 2) + 3} textAnchor="end" className={styles.tick}>
          {formatValue(max / 2, unit)}
        </text>
        <text x={PAD_L - 4} y={y(0)} textAnchor="end" className={styles.tick}>
          {formatValue(0, unit)}
        </text>
        {frames.length > 0 && (
          <>
            <text x={PAD_L} y={H - 3} className={styles.tick}>
              {frames[0]?.clock}
            </text>
            <text x={W - 6} y={H - 3} textAnchor="end" className={styles.tick}>
              {frames.at(-1)?.date !== frames[0]?.date ? `${frames.at(-1)?.date.slice(5)} ` : ''}
              {frames.at(-1)?.clock}
            </text>
          </>
        )}
        {series.map((s, i) =>
          segments(s).map((points, j) => (
            <polyline
              key={`${s.id}-${j}`}
              className={`${styles.line} ${styles[LINE_CLASSES[i % LINE_CLASSES.length] ?? 'c0']}`}
              points={points}
            />
          )),
        )}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.id}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" className={`${styles.line} ${styles[LINE_CLASSES[i % LINE_CLASSES.length] ?? 'c0']}`} />
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-s`} className="sr-only">
        {summary}
      </p>
    </figure>
  );
}
