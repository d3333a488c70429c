import React from 'react';
import ScenarioTimeline from '@site/src/components/ScenarioTimeline';
import TimelineSimulator from './index';
import { scenarios } from './scenarioData';
import ScoringRules from './ScoringRules';

/**
 * Everything on a scenario's page below its front matter: the simulator, how it is scored (from
 * the engine's one list of rules), and the written timeline for readers without JavaScript.
 */
export default function ScenarioPage({ scenario: scenarioId }: { scenario: string }): React.ReactElement {
  const scenario = scenarios[scenarioId];
  if (!scenario) return <p>Unknown scenario “{scenarioId}”.</p>;
  return (
    <>
      <p>
        {scenario.summary} Starts {scenario.start.slice(0, 10)} at {scenario.start.slice(11, 16)} UTC; about {scenario.expectedMinutes}{' '}
        minutes to play.
        {scenario.source && (
          <>
            {' '}
            Built from a public postmortem, with its times: <a href={scenario.source.url}>{scenario.source.title}</a> (
            {scenario.source.publisher}).{scenario.source.note && <> {scenario.source.note}</>}
          </>
        )}
      </p>
      {scenario.moreSources.length > 0 && (
        <ul>
          {scenario.moreSources.map((s) => (
            <li key={s.url}>
              Also: <a href={s.url}>{s.title}</a> ({s.publisher}).{s.note && <> {s.note}</>}
            </li>
          ))}
        </ul>
      )}
      <TimelineSimulator scenario={scenarioId} />
      <details data-testid="scoring-rules">
        <summary>How a run is scored</summary>
        <ScoringRules />
      </details>
      <ScenarioTimeline scenario={scenarioId} />
    </>
  );
}
