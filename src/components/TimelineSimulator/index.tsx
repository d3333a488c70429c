import React, { useEffect, useId, useRef } from 'react';
import type { Scenario, Series } from '@site/src/lib/scenarioSchema';
import { useSimulatorRun } from './useSimulatorRun';
import Chart from './Chart';
import Debrief from './Debrief';
import DecisionPanel from './DecisionPanel';
import EventLog from './EventLog';
import FacilitatorPanel from './FacilitatorPanel';
import Feedback from './Feedback';
import Toolbar from './Toolbar';
import styles from './styles.module.css';

interface Props {
  /** The scenario (its page loads its own data: ScenarioPage). */
  scenario: Scenario;
  /** Facilitator view: reveal the hidden state and the debrief on demand (team drills). */
  facilitator?: boolean;
}

/**
 * Replays an incident minute by minute and stops at decision points. The run lives in the URL
 * (useSimulatorRun); this view only lays out its parts.
 */
export default function TimelineSimulator({ scenario, facilitator = false }: Props): React.ReactElement {
  const sim = useSimulatorRun(scenario, scenario.id, facilitator);
  const id = useId();
  const focusRef = useRef<HTMLHeadingElement>(null);
  const { run, atEnd, acted } = sim;
  const pendingShown = atEnd && run?.pending ? run.pending : null;
  const endingShown = atEnd && run?.ending ? run.ending : null;
  // Focus moves to a decision or the debrief only after the reader acted, never on arrival.
  useEffect(() => {
    if (acted && (pendingShown || endingShown)) focusRef.current?.focus();
  }, [acted, pendingShown, endingShown]);

  const frames = run?.frames ?? [];
  const shown = frames.slice(0, sim.cursor + 1);
  const frame = shown.at(-1);
  const showDate = (frames[0]?.date ?? '') !== (frames.at(-1)?.date ?? '');
  const charts = new Map<string, Series[]>();
  for (const s of scenario.series) charts.set(s.chart, [...(charts.get(s.chart) ?? []), s]);
  const decisionsShown = run?.decisions.filter((d) => d.minute <= (frame?.minute ?? -1)) ?? [];
  const lastDecision = decisionsShown.at(-1);

  return (
    <section className={styles.sim} aria-labelledby={`${id}-t`} data-testid={`simulator-${scenario.id}`}>
      <h2 id={`${id}-t`} className={styles.title}>
        {scenario.title}
      </h2>
      <p className={styles.role}>
        You play {scenario.perspective.role}
        {scenario.perspective.side === 'provider' ? ', at the provider whose service is failing' : ''}.
      </p>
      <div className="fg-needs-js">
        {sim.stale && (
          <p className={styles.notice} role="status" data-testid="sim-notice">
            The link held choices this scenario does not have, so the run restarts from the last choice it could follow.
          </p>
        )}
        <Toolbar sim={sim} frame={frame} showDate={showDate} />
        <div className={styles.charts}>
          {[...charts].map(([title, series]) => (
            <Chart key={title} title={title} series={series} frames={frames} shown={shown.length} />
          ))}
        </div>
        {facilitator && <FacilitatorPanel scenario={scenario} stateId={frame?.stateId} />}
        <EventLog frames={shown} decisions={decisionsShown} seenUpTo={sim.seenUpTo} showDate={showDate} />
        {lastDecision && <Feedback decision={lastDecision} />}
        {pendingShown && <DecisionPanel ref={focusRef} pending={pendingShown} onChoose={sim.choose} />}
        {endingShown && run && sim.score && <Debrief ref={focusRef} scenario={scenario} run={run} score={sim.score} />}
      </div>
    </section>
  );
}
