import React, { useEffect, useRef } from 'react';
import type { DecisionRecord, Frame } from '@site/src/lib/simulator';
import styles from './styles.module.css';

interface Props {
  frames: readonly Frame[];
  decisions: readonly DecisionRecord[];
  /** Entries after this minute arrived with the latest move: they are marked new. */
  seenUpTo: number;
  /** Show the date beside the clock (runs of more than one day). */
  showDate: boolean;
}

interface Entry {
  key: string;
  minute: number;
  when: string;
  kind: string;
  track: string;
  text: string;
  mine: boolean;
}

/**
 * Everything the responders saw, and what the learner did, in time order. The newest entry is
 * kept in view (the box scrolls to the end) and entries that just arrived are marked "new".
 */
export default function EventLog({ frames, decisions, seenUpTo, showDate }: Props): React.ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const when = (f: { clock: string; date: string }) => (showDate ? `${f.date.slice(5)} ${f.clock}` : f.clock);
  const lastMinute = frames.at(-1)?.minute ?? 0;
  const entries: Entry[] = [
    ...frames.flatMap((f) =>
      f.events.map((e, i) => ({
        key: `${f.minute}-${i}`,
        minute: f.minute,
        when: when(f),
        kind: e.kind,
        track: e.track,
        text: e.text,
        mine: false,
      })),
    ),
    ...decisions
      .filter((d) => d.minute <= lastMinute)
      .map((d) => ({
        key: `d-${d.minute}-${d.action.id}`,
        minute: d.minute,
        when: when(d),
        kind: 'you',
        track: d.action.track,
        text: d.action.label,
        mine: true,
      })),
  ].sort((a, b) => a.minute - b.minute || Number(a.mine) - Number(b.mine));
  const count = entries.length;
  // After the browser has laid the page out: reading the height inside the render's commit made the
  // browser lay out the whole page there, lengthening the task that shows the simulator.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const el = box.current;
      if (el) el.scrollTop = el.scrollHeight;
    }, 0);
    return () => window.clearTimeout(timer);
  }, [count]);
  return (
    // Focusable so keyboard users can scroll the log.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={box} className={styles.log} role="log" aria-label="Alerts, logs, changes and your actions" data-testid="sim-log" tabIndex={0}>
      <ol>
        {entries.map((e) => {
          const fresh = e.minute > seenUpTo && !e.mine;
          return (
            <li key={e.key} className={`${styles[`k${e.kind}`] ?? ''} ${fresh ? styles.fresh : ''}`} data-new={fresh || undefined}>
              <time>{e.when}</time> <span className={styles.kind}>{e.mine ? 'you' : e.kind}</span>
              {e.track !== 'investigation' && <span className={styles.track}>{e.track}</span>}
              {fresh && <span className={styles.newBadge}>new</span>} {e.mine ? <strong>{e.text}</strong> : <code>{e.text}</code>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
