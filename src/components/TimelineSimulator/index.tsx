import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { scenarios } from '@site/src/data/scenarios';
import { owners } from '@site/src/data/owners';
import { decodeRun, encodeRun, runScenario, scoreRun, type Frame } from '@site/src/lib/simulator';
import { recordScenario } from '@site/src/lib/progressStore';
import { useProgress } from '@site/src/hooks/useProgress';
import { runbookPath } from '@site/src/lib/catalog';
import { statusCodes } from '@site/src/lib/vocabulary';
import Chart from './Chart';
import styles from './styles.module.css';

interface Props {
  /** Scenario id from src/data/scenarios. */
  scenario: string;
  /** Facilitator view: reveal the hidden state and the debrief on demand (team drills). */
  facilitator?: boolean;
}

const SPEEDS = [1, 2, 4] as const;
const pct = (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(query.matches);
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

function summaryAt(frame: Frame | undefined): string {
  if (!frame) return 'No data yet.';
  const errors = statusCodes.map((c) => `${c}: ${pct(frame.errors[c])}`).join(', ');
  return `At ${frame.clock}: ${frame.rpm} requests per minute; ${errors}; p99 ${frame.p99Ms} ms; saturation ${pct(frame.saturation)}.`;
}

/**
 * Replays an incident minute by minute and stops at decision points. The run (choices and the
 * minute shown) lives in the URL, so a reload or a shared link replays it exactly.
 */
export default function TimelineSimulator({ scenario: scenarioId, facilitator = false }: Props): React.ReactElement {
  const scenario = scenarios[scenarioId];
  const location = useLocation();
  const history = useHistory();
  const reducedMotion = usePrefersReducedMotion();
  const id = useId();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { update: updateProgress } = useProgress();
  const recorded = useRef('');
  const [revealState, setRevealState] = useState(false);
  const [revealDebrief, setRevealDebrief] = useState(false);

  const decoded = useMemo(
    () => (hydrated ? decodeRun(location.search, scenarioId) : { scenario: scenarioId, choices: [], step: null, rejected: false }),
    [hydrated, location.search, scenarioId],
  );
  const wrongScenario = decoded.scenario !== scenarioId;
  const choices = useMemo(() => (wrongScenario ? [] : decoded.choices), [wrongScenario, decoded.choices]);
  const run = useMemo(() => (scenario ? runScenario(scenario, choices) : null), [scenario, choices]);
  const validChoices = useMemo(() => (run?.invalidFrom === undefined ? choices : choices.slice(0, run.invalidFrom)), [run, choices]);
  const stale = hydrated && (decoded.rejected || wrongScenario || run?.invalidFrom !== undefined);
  const last = (run?.frames.length ?? 1) - 1;

  // The minute on screen. Playing moves it forward; the scrubber moves it anywhere seen so far.
  const [cursor, setCursor] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const syncedFrom = useRef<string>('');

  useEffect(() => {
    if (!hydrated || !run) return;
    const key = `${scenarioId}|${validChoices.join('.')}`;
    if (syncedFrom.current === key) return;
    const arriving = syncedFrom.current === '';
    syncedFrom.current = key;
    if (arriving && decoded.step !== null) {
      // A shared link or a reload: show the minute it names.
      setCursor(Math.min(decoded.step, last));
    } else if (arriving && validChoices.length > 0) {
      setCursor(last);
    } else if (reducedMotion) {
      // No animation: jump to the next decision point or the ending.
      setCursor(last);
    } else {
      setPlaying(true);
    }
  }, [hydrated, run, scenarioId, validChoices, decoded.step, last, reducedMotion]);

  useEffect(() => {
    if (!playing) return undefined;
    if (cursor >= last) {
      setPlaying(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setCursor((c) => Math.min(last, c + 1)), 700 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, cursor, last, speed]);

  const writeUrl = useCallback(
    (nextChoices: string[], step: number | null, push: boolean) => {
      const search = encodeRun(location.search, { scenario: scenarioId, choices: nextChoices, step }, scenarioId);
      const to = { search, hash: location.hash };
      if (push) history.push(to);
      else history.replace(to);
    },
    [history, location.search, location.hash, scenarioId],
  );

  const decisionRef = useRef<HTMLHeadingElement>(null);
  // Focus moves to a decision or the debrief only after the reader acted, never on arrival.
  const acted = useRef(false);
  const atEnd = cursor >= last;
  const pendingShown = atEnd && run?.pending;
  useEffect(() => {
    if (acted.current && (pendingShown || (atEnd && run?.ending))) decisionRef.current?.focus();
  }, [pendingShown, atEnd, run?.ending]);

  // A finished run counts in the learner's progress once (not in the facilitator's view).
  useEffect(() => {
    if (!scenario || !run?.ending || facilitator || cursor < last) return;
    const key = `${scenario.id}|${validChoices.join('.')}`;
    if (recorded.current === key) return;
    recorded.current = key;
    const s = scoreRun(scenario, run);
    updateProgress((p) => recordScenario(p, scenario.id, s.points, run.ending?.outcome === 'resolved', new Date().toISOString()));
  }, [scenario, run, facilitator, cursor, last, validChoices, updateProgress]);

  if (!scenario || !run) return <p>Unknown scenario “{scenarioId}”.</p>;

  const shown = run.frames.slice(0, cursor + 1);
  const frame = shown.at(-1);
  const events = shown.flatMap((f) => f.events.map((e) => ({ ...e, clock: f.clock, minute: f.minute })));
  const decisionsShown = run.decisions.filter((d) => d.minute <= (frame?.minute ?? 0));
  const lastDecision = decisionsShown.at(-1);
  const score = run.ending ? scoreRun(scenario, run) : null;
  const maxRpm = Math.max(...run.frames.map((f) => f.rpm), 1);
  const maxP99 = Math.max(...run.frames.map((f) => f.p99Ms), 1);
  const errorSeries = statusCodes.map((code) => ({
    label: String(code),
    className: styles[`s${code}`] ?? '',
    values: shown.map((f) => f.errors[code]),
  }));
  const choose = (actionId: string) => {
    acted.current = true;
    writeUrl([...validChoices, actionId], null, true);
  };

  return (
    <section className={styles.sim} aria-labelledby={`${id}-t`} data-testid={`simulator-${scenario.id}`}>
      <h2 id={`${id}-t`} className={styles.title}>
        {scenario.title}
      </h2>
      <div className="fg-needs-js">
        {stale && (
          <p className={styles.notice} role="status" data-testid="sim-notice">
            The link held choices this scenario does not have, so the run restarts from the last choice it could follow.
          </p>
        )}
        <div className={styles.toolbar}>
          <p className={styles.clock} aria-live="off">
            <span className="sr-only">Clock </span>
            <time>{frame?.clock ?? scenario.startClock}</time> UTC
          </p>
          <button
            type="button"
            className="button button--primary button--sm"
            onClick={() => {
              acted.current = true;
              if (playing) writeUrl(validChoices, cursor, false);
              setPlaying(!playing);
            }}
            disabled={atEnd}
          >
            {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              acted.current = true;
              setPlaying(false);
              const next = Math.min(last, cursor + 1);
              setCursor(next);
              writeUrl(validChoices, next, false);
            }}
            disabled={atEnd}
          >
            Step 1 minute
          </button>
          <label className={styles.speed}>
            Speed{' '}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              setPlaying(false);
              setCursor(0);
              syncedFrom.current = '';
              writeUrl([], null, true);
            }}
          >
            Restart
          </button>
        </div>
        <label className={styles.scrub}>
          <span>
            Minute {frame?.minute ?? 0} of {last}
          </span>
          <input
            type="range"
            min={0}
            max={Math.max(0, last)}
            value={cursor}
            aria-valuetext={frame ? `${frame.clock} UTC` : undefined}
            onChange={(e) => {
              acted.current = true;
              setPlaying(false);
              const next = Number(e.target.value);
              setCursor(next);
              writeUrl(validChoices, next, false);
            }}
          />
        </label>
        <div className={styles.charts}>
          <Chart
            title="Share of requests by status"
            max={Math.max(0.1, ...run.frames.flatMap((f) => statusCodes.map((c) => f.errors[c])))}
            unit={pct}
            frames={shown}
            series={errorSeries}
            minutes={last + 1}
            summary={summaryAt(frame)}
          />
          <Chart
            title="Requests per minute and p99"
            max={1}
            unit={(v) => (v === 0 ? '0' : 'max')}
            frames={shown}
            series={[
              { label: `rpm (max ${maxRpm})`, className: styles.sRpm ?? '', values: shown.map((f) => f.rpm / maxRpm) },
              { label: `p99 (max ${maxP99} ms)`, className: styles.sP99 ?? '', values: shown.map((f) => f.p99Ms / maxP99) },
            ]}
            minutes={last + 1}
            summary={frame ? `At ${frame.clock}: ${frame.rpm} requests per minute, p99 ${frame.p99Ms} ms.` : ''}
          />
          <Chart
            title={scenario.saturationLabel}
            max={1}
            unit={pct}
            frames={shown}
            series={[{ label: scenario.saturationLabel, className: styles.sSat ?? '', values: shown.map((f) => f.saturation) }]}
            minutes={last + 1}
            summary={frame ? `At ${frame.clock}: ${scenario.saturationLabel} ${pct(frame.saturation)}.` : ''}
          />
        </div>
        {facilitator && (
          <div className={styles.facilitator} data-testid="facilitator-panel">
            <p>
              <strong>Facilitator</strong>: the group sees the same screen; reveal what responders cannot see when it helps the discussion.
            </p>
            <p className={styles.toolbar}>
              <button
                type="button"
                className="button button--secondary button--sm"
                aria-pressed={revealState}
                onClick={() => setRevealState(!revealState)}
              >
                {revealState ? 'Hide the hidden state' : 'Reveal the hidden state'}
              </button>
              <button
                type="button"
                className="button button--secondary button--sm"
                aria-pressed={revealDebrief}
                onClick={() => setRevealDebrief(!revealDebrief)}
              >
                {revealDebrief ? 'Hide the debrief' : 'Reveal the debrief'}
              </button>
            </p>
            {revealState && frame && (
              <p data-testid="facilitator-state">
                Hidden state now: <strong>{scenario.states[frame.stateId]?.label ?? frame.stateId}</strong>. Best path from the start:{' '}
                {scenario.bestPath.map((a) => labelOf(scenario, a)).join(' → ')}.
              </p>
            )}
            {revealDebrief && (
              <div data-testid="facilitator-debrief">
                <p>{scenario.debrief.rootCause}</p>
                <ul>
                  {scenario.debrief.lessons.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {/* Focusable so keyboard users can scroll the log. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className={styles.log} role="log" aria-label="Alerts, logs and changes" data-testid="sim-log" tabIndex={0}>
          <ol>
            {events.map((e, i) => (
              <li key={`${e.minute}-${i}`} className={styles[`k${e.kind}`]}>
                <time>{e.clock}</time> <span className={styles.kind}>{e.kind}</span> <code>{e.text}</code>
              </li>
            ))}
            {decisionsShown.map((d) => (
              <li key={`d-${d.minute}-${d.action.id}`} className={styles.kdecision}>
                <time>{d.clock}</time> <span className={styles.kind}>you</span> {d.action.label}
              </li>
            ))}
          </ol>
        </div>
        {lastDecision && (
          <div className={styles.feedback} data-testid="sim-feedback">
            <p>
              <strong>
                {lastDecision.action.quality === 'best'
                  ? 'Good call.'
                  : lastDecision.action.quality === 'ok'
                    ? 'It works, at a cost.'
                    : 'That did not help.'}
              </strong>{' '}
              {lastDecision.action.feedback}{' '}
              {lastDecision.action.runbook && <Link to={runbookPath(lastDecision.action.runbook)}>Read {lastDecision.action.runbook}</Link>}
            </p>
          </div>
        )}
        {pendingShown && run.pending && (
          <div className={styles.decision} data-testid="sim-decision">
            <h3 ref={decisionRef} tabIndex={-1}>
              {run.pending.clock}: {run.pending.prompt}
            </h3>
            <ul className={styles.actions}>
              {run.pending.actions.map((a) => (
                <li key={a.id}>
                  <button type="button" className="button button--outline button--primary" onClick={() => choose(a.id)}>
                    {a.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {atEnd && run.ending && score && (
          <div className={styles.debrief} data-testid="sim-debrief">
            <h3 ref={decisionRef} tabIndex={-1}>
              {run.ending.outcome === 'resolved' ? 'Resolved' : 'Not resolved'} at {clockOf(run.frames, run.ending.minute)}
            </h3>
            <p>{run.ending.text}</p>
            <dl className={styles.score}>
              <dt>Score</dt>
              <dd data-testid="sim-points">{score.points} / 100</dd>
              <dt>Time to resolve</dt>
              <dd>{score.minutesToResolve === null ? 'not resolved' : `${score.minutesToResolve} minutes`}</dd>
              <dt>Error-minutes users suffered</dt>
              <dd>{score.errorMinutes}</dd>
              <dt>Wrong actions</dt>
              <dd>{score.wrongActions}</dd>
              <dt>Wrong escalations</dt>
              <dd>{score.wrongEscalations}</dd>
              <dt>Right owner engaged</dt>
              <dd>
                {score.rightOwnerEngaged
                  ? `yes (${scenario.rightOwners.map((o) => owners[o].name).join(', ')})`
                  : `no: this was for ${scenario.rightOwners.map((o) => owners[o].name).join(', ')}`}
              </dd>
              <dt>Evidence before changing production</dt>
              <dd>
                {score.evidenceBeforeAction.length} of {score.evidenceTotal}
              </dd>
            </dl>
            <h4>What really happened</h4>
            <p>{scenario.debrief.rootCause}</p>
            <h4>Your path and the best path</h4>
            <div className={styles.paths}>
              <ol aria-label="Your path">
                {run.decisions.map((d) => (
                  <li key={`${d.minute}-${d.action.id}`}>
                    {d.clock} {d.action.label} <em>({d.action.quality})</em>
                  </li>
                ))}
              </ol>
              <ol aria-label="Best path">
                {scenario.bestPath.map((actionId) => (
                  <li key={actionId}>{labelOf(scenario, actionId)}</li>
                ))}
              </ol>
            </div>
            <h4>Lessons</h4>
            <ul>
              {scenario.debrief.lessons.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
            <p>
              Read:{' '}
              {scenario.debrief.runbooks.map((r, i) => (
                <React.Fragment key={r}>
                  {i > 0 && ', '}
                  <Link to={runbookPath(r)}>{r}</Link>
                </React.Fragment>
              ))}
              . Practise the trees:{' '}
              {scenario.debrief.trees.map((t, i) => (
                <React.Fragment key={t}>
                  {i > 0 && ', '}
                  <Link to={t === 'start' ? '/docs/triage' : `/docs/codes/${t}`}>{t === 'start' ? 'triage' : t}</Link>
                </React.Fragment>
              ))}
              .
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

function clockOf(frames: readonly Frame[], minute: number): string {
  return frames.find((f) => f.minute === minute)?.clock ?? '';
}

function labelOf(scenario: (typeof scenarios)[string], actionId: string): string {
  for (const state of Object.values(scenario?.states ?? {})) {
    const action = state.decision?.actions.find((a) => a.id === actionId);
    if (action) return action.label;
  }
  return actionId;
}
