import React from 'react';
import Link from '@docusaurus/Link';
import { scenarios } from '@site/src/data/scenarios';
import { owners } from '@site/src/data/owners';
import { runScenario, scoreRun } from '@site/src/lib/simulator';
import { runbookPath } from '@site/src/lib/catalog';

/**
 * The build-time form of a scenario: the incident as a written timeline along the best path,
 * with every wrong option named, and the debrief. For readers without JavaScript, and for print.
 */
export default function ScenarioTimeline({ scenario: scenarioId }: { scenario: string }): React.ReactElement {
  const scenario = scenarios[scenarioId];
  if (!scenario) return <p>Unknown scenario “{scenarioId}”.</p>;
  const run = runScenario(scenario, scenario.bestPath);
  const score = scoreRun(scenario, run);
  return (
    <div className="fg-nojs-only" data-testid="scenario-timeline">
      <h3>The incident, written out along the best path</h3>
      <ol>
        {run.frames.flatMap((f) => [
          ...f.events.map((e, i) => (
            <li key={`${f.minute}-e${i}`}>
              <strong>{f.clock}</strong> ({e.kind}) <code>{e.text}</code>
            </li>
          )),
          ...run.decisions
            .filter((d) => d.minute === f.minute)
            .map((d) => {
              const others = scenario.states[d.stateId]?.decision?.actions.filter((a) => a.id !== d.action.id) ?? [];
              return (
                <li key={`${f.minute}-d-${d.action.id}`}>
                  <strong>{d.clock} decision:</strong> {d.prompt} <strong>Best: {d.action.label}.</strong> {d.action.feedback}
                  {others.length > 0 && (
                    <ul>
                      {others.map((a) => (
                        <li key={a.id}>
                          Instead, “{a.label}” ({a.quality}): {a.feedback}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            }),
        ])}
        {run.ending && (
          <li>
            <strong>{run.frames.at(-1)?.clock}</strong> {run.ending.text}
          </li>
        )}
      </ol>
      <h3>Debrief</h3>
      <p>{scenario.debrief.rootCause}</p>
      <p>
        On the best path the incident is resolved in {score.minutesToResolve} minutes, with {score.errorMinutes} error-minutes. The right
        owner: {scenario.rightOwners.map((o) => owners[o].name).join(', ')}.
      </p>
      <ul>
        {scenario.debrief.lessons.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        Runbooks:{' '}
        {scenario.debrief.runbooks.map((r, i) => (
          <React.Fragment key={r}>
            {i > 0 && ', '}
            <Link to={runbookPath(r)}>{r}</Link>
          </React.Fragment>
        ))}
        .
      </p>
    </div>
  );
}
