import React from 'react';
import type { Frame } from '@site/src/lib/simulator';
import { SPEEDS, type SimulatorRun, type Speed } from './useSimulatorRun';
import styles from './styles.module.css';

/** Clock, play, step, speed, restart and the scrubber. */
export default function Toolbar({
  sim,
  frame,
  showDate,
}: {
  sim: SimulatorRun;
  frame: Frame | undefined;
  showDate: boolean;
}): React.ReactElement {
  const stride = Math.max(1, Math.ceil(sim.last / 160));
  return (
    <>
      <div className={styles.toolbar}>
        <p className={styles.clock} aria-live="off">
          <span className="sr-only">Clock </span>
          <time>{frame?.clock ?? sim.run?.pending?.clock ?? '--:--'}</time> UTC
          {showDate && frame && <span className={styles.date}> {frame.date}</span>}
        </p>
        <button type="button" className="button button--primary button--sm" onClick={sim.togglePlay} disabled={sim.atEnd}>
          {sim.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={sim.step} disabled={sim.atEnd}>
          {stride === 1 ? 'Step 1 minute' : `Step ${stride} minutes`}
        </button>
        <label className={styles.speed}>
          Speed{' '}
          <select value={sim.speed} onChange={(e) => sim.setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--secondary button--sm" onClick={sim.restart}>
          Restart
        </button>
      </div>
      <label className={styles.scrub}>
        <span>
          Minute {frame?.minute ?? 0} of {sim.last}
        </span>
        <input
          type="range"
          min={0}
          max={Math.max(0, sim.last)}
          value={sim.cursor}
          aria-valuetext={frame ? `${frame.clock} UTC` : undefined}
          onChange={(e) => sim.seek(Number(e.target.value))}
        />
      </label>
    </>
  );
}
