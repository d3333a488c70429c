import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import { contextStatus } from '@site/src/lib/alertContext';
import { readTreeWalk, stepAnnouncement, stepKey, treeWalkSearch, type TreeWalkState } from '@site/src/lib/treeWalk';
import type { TreeSet } from '@site/src/lib/decisionTree';
import { useAlertContext } from '@site/src/hooks/useAlertContext';

export interface TreeWalk extends TreeWalkState {
  /** The alert's context (for the incident note) and its status code, if the link gave one. */
  context: ReturnType<typeof useAlertContext>;
  status: number | null;
  /** Choose an answer of the current question. */
  answer: (optionKey: string) => void;
  /** Go back to the question answered at `index` of the path so far. */
  changeAt: (index: number) => void;
  /** Back to the tree's first question. */
  restart: () => void;
  /** The step's heading (focused on each new step) and its box (scrolled to the top). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  stepRef: RefObject<HTMLDivElement | null>;
  /** What the polite live region says about the step just reached. */
  announce: string;
}

/**
 * The walk through a triage tree with the answers in the address: reload, back/forward and shared
 * links restore the step. The address is read after hydration, so the server render and the first
 * client render agree; each later step moves focus to its heading and is announced.
 */
export function useTreeWalk(trees: TreeSet, pageTree: string, runbookTitle: (id: string) => string | undefined): TreeWalk {
  const location = useLocation();
  const history = useHistory();
  const hydrated = useIsBrowser();
  const context = useAlertContext();
  const status = contextStatus(context);
  const state = useMemo(
    () => readTreeWalk(trees, pageTree, hydrated ? location.search : null, status),
    [trees, pageTree, hydrated, location.search, status],
  );
  const go = useCallback(
    (answers: string[]) => {
      history.push({ search: treeWalkSearch(location.search, state.tree, pageTree, answers, status), hash: location.hash });
    },
    [history, location.search, location.hash, state.tree, pageTree, status],
  );
  const answers = useMemo(() => state.walk?.steps.map((s) => s.optionKey) ?? [], [state.walk]);
  const { headingRef, stepRef, announce } = useStepFocus(state, hydrated, runbookTitle);
  return {
    ...state,
    context,
    status,
    answer: (optionKey) => go([...answers, optionKey]),
    changeAt: (index) => go(answers.slice(0, index)),
    restart: () => go([]),
    headingRef,
    stepRef,
    announce,
  };
}

/** Focus, scroll and announce each step after the first one the reader sees. */
function useStepFocus(state: TreeWalkState, hydrated: boolean, runbookTitle: (id: string) => string | undefined) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const [announce, setAnnounce] = useState('');
  const key = stepKey(state.walk);
  const firstStep = useRef(true);
  useEffect(() => {
    const walk = state.walk;
    if (!walk || !hydrated) return;
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    // Move focus to the new question or conclusion (not to its first option, which would look
    // chosen already), bring the step to the top of the screen, and announce it.
    headingRef.current?.focus({ preventScroll: true });
    stepRef.current?.scrollIntoView({ block: 'start' });
    setAnnounce(stepAnnouncement(walk, runbookTitle));
    // Runs when the step changes, not when the walk object is rebuilt for the same step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, hydrated]);
  return { headingRef, stepRef, announce };
}
