import ScrollRegion from '@site/src/components/ScrollRegion';
import React from 'react';
import Link from '@docusaurus/Link';
import { scenarioSummaries as scenarioList } from '@site/src/components/TimelineSimulator/scenarioData';

/** Every scenario with difficulty, codes and expected duration, rendered at build time. */
export default function ScenarioList(): React.ReactElement {
  return (
    <ScrollRegion label="Scenarios">
      <table style={{ display: 'table' }} data-testid="scenario-list">
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Difficulty</th>
            <th scope="col">You play</th>
            <th scope="col">Codes</th>
            <th scope="col">Expected time</th>
          </tr>
        </thead>
        <tbody>
          {scenarioList.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/docs/training/simulator/${s.id}`}>{s.title}</Link>
                <br />
                <small>{s.summary}</small>
              </td>
              <td>{s.difficulty}</td>
              <td>{s.perspective.side === 'provider' ? 'the provider' : 'the customer'}</td>
              <td>{s.codes.length > 0 ? s.codes.join(', ') : 'not given (requests lost)'}</td>
              <td>{s.expectedMinutes} min</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
