import React from 'react';
import type { Scenario } from '@site/src/lib/scenarioSchema';
import StaticIsland from '@site/src/components/StaticIsland';
import Debrief from '@site/src/components/TimelineSimulator/Debrief';
import { runScenario, scoreRun } from '@site/src/lib/simulator';
import { owners } from '@site/src/data/owners';

const ownerName = (key: string) => (owners as Record<string, { name: string } | undefined>)[key]?.name ?? key;

/**
 * The build-time form of a scenario: the incident as a written timeline along the best path,
 * with every other option named, and the debrief. For readers without JavaScript, and for print.
 * Marked `fg-spoiler`, so the search index leaves the answers out.
 */
export default function ScenarioTimeline({ scenario }: { scenario: Scenario }): React.ReactElement {
  return (
    <StaticIsland className="fg-nojs-only fg-spoiler" data-testid="scenario-timeline">
      <WrittenTimeline scenario={scenario} />
    </StaticIsland>
  );
}

function WrittenTimeline({ scenario }: { scenario: Scenario }): React.ReactElement {
  const run = runScenario(scenario, scenario.bestPath);
  const score = scoreRun(scenario, run);
  const multiDay = run.frames[0]?.date !== run.frames.at(-1)?.date;
  const when = (f: { clock: string; date: string }) => (multiDay ? `${f.date} ${f.clock}` : f.clock);
  return (
    <>
      <h3>The incident, written out along the best path</h3>
      <ol>
        {run.frames.flatMap((f) => [
          ...f.events.map((e, i) => (
            <li key={`${f.minute}-e${i}`}>
              <strong>{when(f)}</strong> ({e.kind}
              {e.track !== 'investigation' ? `, ${e.track}` : ''}) <code>{e.text}</code>
            </li>
          )),
          ...run.decisions
            .filter((d) => d.minute === f.minute)
            .map((d) => {
              const others = scenario.states[d.stateId]?.decision?.actions.filter((a) => a.id !== d.action.id) ?? [];
              return (
                <li key={`${f.minute}-d-${d.action.id}`}>
                  <strong>{when(d)} decision:</strong> {d.prompt} <strong>Best: {d.action.label}.</strong> {d.action.feedback}
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
      <p>
        On the best path the incident is resolved in {score.minutesToResolve} minutes, with {score.errorMinutes} error-minutes. The owners
        to engage:{' '}
        {scenario.rightOwners.length > 0 ? scenario.rightOwners.map((o) => ownerName(o.owner)).join(', ') : 'none beyond your team'}.
      </p>
      <Debrief scenario={scenario} />
    </>
  );
}
