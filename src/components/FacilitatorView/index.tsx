import React, { useEffect, useId, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { scenarioList, scenarios } from '@site/src/components/TimelineSimulator/allScenarios';
import TimelineSimulator from '@site/src/components/TimelineSimulator';

/** A team drill: pick a scenario, play it on a shared screen, reveal hidden state and debrief on demand. */
export default function FacilitatorView(): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const id = useId();
  const first = scenarioList[0]?.id ?? '';
  const [scenario, setScenario] = useState(first);
  useEffect(() => {
    const wanted = new URLSearchParams(location.search).get('scenario');
    setScenario(wanted && scenarios[wanted] ? wanted : first);
  }, [location.search, first]);
  return (
    <div className="fg-needs-js" data-testid="facilitator-view">
      <label htmlFor={`${id}-s`} style={{ fontWeight: 600, display: 'block' }}>
        Scenario for the drill
      </label>
      <select
        id={`${id}-s`}
        value={scenario}
        style={{ minHeight: '2.25rem', marginBottom: '1rem', maxWidth: '100%' }}
        onChange={(e) => history.push({ search: `?scenario=${encodeURIComponent(e.target.value)}` })}
      >
        {scenarioList.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} ({s.difficulty}, {s.codes.join('/')})
          </option>
        ))}
      </select>
      {scenarios[scenario] && <TimelineSimulator key={scenario} scenario={scenarios[scenario]} facilitator />}
    </div>
  );
}
