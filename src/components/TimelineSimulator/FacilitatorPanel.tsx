import React, { useState } from 'react';
import { actionLabel } from '@site/src/lib/simulator';
import type { Scenario } from '@site/src/lib/scenarioSchema';
import Debrief from './Debrief';
import styles from './styles.module.css';

/** Team drills: reveal the hidden state and the debrief when the discussion needs it. */
export default function FacilitatorPanel({ scenario, stateId }: { scenario: Scenario; stateId: string | undefined }): React.ReactElement {
  const [revealState, setRevealState] = useState(false);
  const [revealDebrief, setRevealDebrief] = useState(false);
  return (
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
      {revealState && stateId && (
        <p data-testid="facilitator-state" className="fg-spoiler">
          Hidden state now: <strong>{scenario.states[stateId]?.label ?? stateId}</strong>. Best path from the start:{' '}
          {scenario.bestPath.map((a) => actionLabel(scenario, a)).join(' → ')}.
        </p>
      )}
      {revealDebrief && (
        <div data-testid="facilitator-debrief">
          <Debrief scenario={scenario} headingLevel={4} />
        </div>
      )}
    </div>
  );
}
