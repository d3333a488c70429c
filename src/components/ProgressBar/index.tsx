import React, { useId } from 'react';
import styles from './styles.module.css';

/**
 * A labelled progress bar. Drawn with two boxes rather than the native element, whose colours
 * browsers do not let a page set reliably: the fill and the track keep at least 3:1 against each
 * other and the page in both schemes (WCAG 1.4.11). `detail` says what the percentage counts.
 */
export default function ProgressBar({ label, value, detail }: { label: string; value: number; detail?: string }): React.ReactElement {
  const id = useId();
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className={styles.wrap}>
      <div className={styles.head}>
        <span id={`${id}-label`}>{label}</span>
        <span>{pct}%</span>
      </div>
      <div
        className={styles.track}
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-describedby={detail ? `${id}-detail` : undefined}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
        data-testid="progress-track"
      >
        <div className={styles.fill} style={{ width: `${pct}%` }} data-testid="progress-fill" />
      </div>
      {detail && (
        <p id={`${id}-detail`} className={styles.detail}>
          {detail}
        </p>
      )}
    </div>
  );
}
