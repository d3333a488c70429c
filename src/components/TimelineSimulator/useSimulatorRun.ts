import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import { decodeRun, encodeRun, MAX_ORDER_SEED, runScenario, scoreRun, type RunResult, type RunScore } from '@site/src/lib/simulator';
import type { Scenario } from '@site/src/lib/scenarioSchema';
import { recordScenario } from '@site/src/lib/progressStore';
import { useProgress } from '@site/src/hooks/useProgress';

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

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

export interface SimulatorRun {
  run: RunResult | null;
  score: RunScore | null;
  /** The link held something this scenario cannot follow (the run restarts from what fits). */
  stale: boolean;
  cursor: number;
  /** Cursor before the latest move: entries after it are new to the reader. */
  seenUpTo: number;
  last: number;
  playing: boolean;
  speed: Speed;
  atEnd: boolean;
  /** True once the reader has acted on this page (focus moves only then, never on arrival). */
  acted: boolean;
  order: number | null;
  choose: (actionId: string) => void;
  togglePlay: () => void;
  step: () => void;
  seek: (minute: number) => void;
  setSpeed: (speed: Speed) => void;
  restart: () => void;
}

/**
 * A simulator run kept in the URL (`order`, `choices`, `step`), so a reload or a shared link
 * replays it exactly, with the same order of the actions. Read after hydration only.
 */
export function useSimulatorRun(scenario: Scenario | undefined, scenarioId: string, facilitator: boolean): SimulatorRun {
  // Deferred: the first render of the run (charts, log) happens in a background render that React
  // splits into short tasks, not in the same task as the rest of the page's post-hydration update.
  const isBrowser = useDeferredValue(useIsBrowser());
  const location = useLocation();
  const history = useHistory();
  const reducedMotion = usePrefersReducedMotion();
  const { update: updateProgress } = useProgress();
  const recorded = useRef('');

  const decoded = useMemo(
    () =>
      isBrowser ? decodeRun(location.search, scenarioId) : { scenario: scenarioId, choices: [], step: null, order: null, rejected: false },
    [isBrowser, location.search, scenarioId],
  );
  const wrongScenario = decoded.scenario !== scenarioId;
  const choices = useMemo(() => (wrongScenario ? [] : decoded.choices), [wrongScenario, decoded.choices]);
  const order = decoded.order;
  const run = useMemo(() => (scenario && order !== null ? runScenario(scenario, choices, order) : null), [scenario, choices, order]);
  const validChoices = useMemo(() => (run?.invalidFrom === undefined ? choices : choices.slice(0, run.invalidFrom)), [run, choices]);
  const stale = isBrowser && (decoded.rejected || wrongScenario || run?.invalidFrom !== undefined);
  const last = (run?.frames.length ?? 1) - 1;

  const [cursor, setCursor] = useState(0);
  const [seenUpTo, setSeenUpTo] = useState(-1);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [acted, setActed] = useState(false);
  const syncedFrom = useRef('');

  const writeUrl = useCallback(
    (next: { choices: string[]; step: number | null; order: number | null }, push: boolean) => {
      const search = encodeRun(location.search, { scenario: scenarioId, ...next }, scenarioId);
      const to = { search, hash: location.hash };
      if (push) history.push(to);
      else history.replace(to);
    },
    [history, location.search, location.hash, scenarioId],
  );

  // A new run gets its own order of actions; the seed goes into the URL so a shared link keeps it.
  useEffect(() => {
    if (!isBrowser || order !== null || !scenario) return;
    const seed = 1 + Math.floor(Math.random() * MAX_ORDER_SEED);
    // A transition: the router renders the whole page again for the new address, and React can
    // split that render into short tasks instead of one long one right after the page loads.
    startTransition(() => writeUrl({ choices: validChoices, step: decoded.step, order: seed }, false));
  }, [isBrowser, order, scenario, writeUrl, validChoices, decoded.step]);

  useEffect(() => {
    if (!run) return;
    const key = `${scenarioId}|${order ?? ''}|${validChoices.join('.')}`;
    if (syncedFrom.current === key) return;
    const arriving = syncedFrom.current === '';
    syncedFrom.current = key;
    setSeenUpTo(arriving ? -1 : cursor);
    if (arriving && decoded.step !== null) setCursor(Math.min(decoded.step, last));
    else if (arriving && validChoices.length > 0) setCursor(last);
    else if (reducedMotion) setCursor(last);
    else setPlaying(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the run changes, reading the cursor of that moment
  }, [run, scenarioId, order, validChoices, decoded.step, last, reducedMotion]);

  // Long runs (days) play in bigger steps so that a replay takes under two minutes at 1x.
  const stride = Math.max(1, Math.ceil(last / 160));
  useEffect(() => {
    if (!playing) return undefined;
    if (cursor >= last) {
      setPlaying(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setCursor((c) => Math.min(last, c + stride)), 700 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, cursor, last, speed, stride]);

  const score = useMemo(() => (scenario && run?.ending ? scoreRun(scenario, run) : null), [scenario, run]);

  // A finished run counts in the learner's progress once (not in the facilitator's view).
  useEffect(() => {
    if (!scenario || !run?.ending || !score || facilitator || cursor < last) return;
    const key = `${scenario.id}|${order ?? ''}|${validChoices.join('.')}`;
    if (recorded.current === key) return;
    recorded.current = key;
    updateProgress((p) => recordScenario(p, scenario.id, score.points, run.ending?.outcome === 'resolved', new Date().toISOString()));
  }, [scenario, run, score, facilitator, cursor, last, validChoices, order, updateProgress]);

  return {
    run,
    score,
    stale,
    cursor,
    seenUpTo,
    last,
    playing,
    speed,
    atEnd: cursor >= last,
    acted,
    order,
    choose: (actionId) => {
      setActed(true);
      setSeenUpTo(cursor);
      writeUrl({ choices: [...validChoices, actionId], step: null, order }, true);
    },
    togglePlay: () => {
      setActed(true);
      if (playing) writeUrl({ choices: validChoices, step: cursor, order }, false);
      setPlaying(!playing);
    },
    step: () => {
      setActed(true);
      setPlaying(false);
      setSeenUpTo(cursor);
      const next = Math.min(last, cursor + stride);
      setCursor(next);
      writeUrl({ choices: validChoices, step: next, order }, false);
    },
    seek: (minute) => {
      setActed(true);
      setPlaying(false);
      setCursor(minute);
      writeUrl({ choices: validChoices, step: minute, order }, false);
    },
    setSpeed,
    restart: () => {
      setPlaying(false);
      setCursor(0);
      setSeenUpTo(-1);
      syncedFrom.current = '';
      writeUrl({ choices: [], step: null, order: 1 + Math.floor(Math.random() * MAX_ORDER_SEED) }, true);
    },
  };
}
