import React from 'react';
import type { LookupReport } from '@site/src/lib/signatureLookup';
import styles from './styles.module.css';

/** An excerpt's lines grouped by template: count, first and last seen, and the best match. */
export default function TemplateTable({ report }: { report: LookupReport }): React.ReactElement {
  const best = new Map([...report.matched, ...report.unmatched].map((l) => [l.line, l.results[0]?.id ?? '']));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.templates} data-testid="lookup-templates">
        <caption>
          {report.linesRead} lines in {report.templates.length} templates (numbers, addresses, ids, times and durations masked)
        </caption>
        <thead>
          <tr>
            <th scope="col">Count</th>
            <th scope="col">Template</th>
            <th scope="col">First seen</th>
            <th scope="col">Last seen</th>
            <th scope="col">Best match</th>
          </tr>
        </thead>
        <tbody>
          {[...report.templates]
            .sort((a, b) => b.count - a.count || a.firstLine - b.firstLine)
            .map((t) => (
              <tr key={t.firstLine}>
                <td>{t.count}</td>
                <td>
                  <code>{t.template}</code>
                </td>
                <td>{t.firstSeen ?? `line ${t.firstLine}`}</td>
                <td>{t.lastSeen ?? `line ${t.lastLine}`}</td>
                <td>{best.get(t.firstLine) || 'nothing'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
