import React from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { ownerKeys, owners } from '@site/src/data/owners';

/** The owners registry as a page section, with one anchor per owner for the badges to link to. */
export default function OwnersRegistry(): React.ReactElement {
  const brokenLinks = useBrokenLinks();
  return (
    <div>
      {ownerKeys.map((key) => {
        const o = owners[key];
        const anchor = `owner-${key}`;
        brokenLinks.collectAnchor(anchor);
        return (
          <section key={key} id={anchor} aria-labelledby={`${anchor}-h`}>
            <h3 id={`${anchor}-h`}>
              {o.name} <code>{key}</code>
            </h3>
            <p>{o.scope}</p>
            <p>
              <strong>On-call may do alone:</strong>
            </p>
            <ul>
              {o.mayDo.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            <p>
              <strong>Needs this owner:</strong>
            </p>
            <ul>
              {o.mustEscalate.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            {o.handOver && (
              <>
                <p>
                  <strong>Send with the escalation:</strong>
                </p>
                <ul>
                  {o.handOver.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              Escalation: <Link to={o.escalation.href}>{o.escalation.label}</Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
