import React from 'react';
import { trainingModules } from '@site/src/data/training';
import { scenarioSummaries as scenarioList } from '@site/src/components/TimelineSimulator/scenarioData';
import { moduleProgress, pathProgress } from '@site/src/lib/progressStore';
import { useProgress } from '@site/src/hooks/useProgress';
import { formatReviewDate } from '@site/src/lib/frontMatterView';

/** What the learner did and scored, from the progress in this browser; printable. */
export default function CompletionSummary(): React.ReactElement {
  const { progress, loaded } = useProgress();
  const path = pathProgress(trainingModules, progress);
  if (!loaded)
    return <p className="fg-nojs-only">Your summary is built from the progress saved in your browser, which needs JavaScript.</p>;
  const played = scenarioList.filter((s) => progress.scenarios[s.id]);
  return (
    <div data-testid="completion-summary">
      <p>
        <strong>
          {path.done} of {path.total} modules done
        </strong>{' '}
        ({Math.round(path.fraction * 100)}% of the path), {played.length} of {scenarioList.length} incidents played.
      </p>
      <table style={{ display: 'table' }}>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Done</th>
            <th scope="col">Knowledge check</th>
          </tr>
        </thead>
        <tbody>
          {trainingModules.map((m) => {
            const mp = moduleProgress(m, progress);
            const at = progress.modules[m.id]?.at;
            return (
              <tr key={m.id}>
                <th scope="row">{m.title}</th>
                <td>{mp.done ? `yes${at ? `, ${formatReviewDate(at.slice(0, 10))}` : ''}` : 'not yet'}</td>
                <td>
                  {mp.correct} right of {mp.questions} ({mp.answered} answered)
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Incidents</h2>
      {played.length === 0 ? (
        <p>No incident played yet.</p>
      ) : (
        <table style={{ display: 'table' }}>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Best score</th>
              <th scope="col">Last run</th>
              <th scope="col">Runs</th>
            </tr>
          </thead>
          <tbody>
            {played.map((s) => {
              const r = progress.scenarios[s.id];
              return (
                <tr key={s.id}>
                  <th scope="row">{s.title}</th>
                  <td>{r?.best} / 100</td>
                  <td>
                    {r?.points} / 100, {r?.resolved ? 'resolved' : 'not resolved'}
                  </td>
                  <td>{r?.runs}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="fg-needs-js">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this summary
        </button>
      </p>
    </div>
  );
}
