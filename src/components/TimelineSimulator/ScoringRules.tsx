import React from 'react';
import { scoringRules } from '@site/src/lib/simulator';

/** The simulator's scoring rules, from the engine's one list (the engine scores with the same numbers). */
export default function ScoringRules(): React.ReactElement {
  return (
    <ul data-testid="scoring-rules-list">
      {scoringRules.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}
