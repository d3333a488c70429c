import React, { useId, useMemo, useState } from 'react';
import { usePublicSiteUrl } from '@site/src/hooks/usePublicSiteUrl';
import catalog from '@generated/runbook-catalog/default/catalog.json';
import {
  alertToolNames,
  alertTools,
  buildSnippet,
  goTemplateUrl,
  literalUrl,
  type AlertTool,
  type LinkSpec,
  type LinkTarget,
} from '@site/src/lib/alertSnippets';
import type { CatalogRow } from '@site/src/lib/catalogRow';
import styles from './styles.module.css';

const rows = catalog as CatalogRow[];
const fieldNames = ['service', 'env', 'cluster', 'region', 'route', 'status', 'value'] as const;
const literalTools: readonly AlertTool[] = ['pagerduty-events', 'opsgenie'];

/**
 * Build an alert link and the snippet for a tool. Label tools (Prometheus, Grafana) get a template
 * that reads each field from a label; payload tools (PagerDuty Events, Opsgenie) get literal values.
 */
export default function LinkBuilder(): React.ReactElement {
  const id = useId();
  const site = usePublicSiteUrl();
  const [targetKey, setTargetKey] = useState('tree:start');
  const [alertname, setAlertname] = useState('High5xxRate');
  const [tool, setTool] = useState<AlertTool>('prometheus');
  const [fields, setFields] = useState<Record<(typeof fieldNames)[number], string>>({
    service: 'service',
    env: 'env',
    cluster: '',
    region: '',
    route: '',
    status: '',
    value: 'value',
  });
  const [copied, setCopied] = useState('');

  const spec: LinkSpec = useMemo(() => {
    const [kind, value = ''] = targetKey.split(':', 2) as [string, string];
    const target: LinkTarget =
      kind === 'runbook' ? { runbook: value } : kind === 'alert' ? { alert: alertname } : { tree: value as 'start' };
    const used = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')) as LinkSpec['fields'];
    return { site, target, alertname: alertname.replace(/[^A-Za-z0-9_:.-]/g, '') || 'Alert', fields: used };
  }, [targetKey, alertname, fields, site]);

  const isLiteral = literalTools.includes(tool);
  const url = isLiteral ? literalUrl(spec) : goTemplateUrl(spec);
  const snippet = buildSnippet(tool, spec);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied('Copying is blocked here: select the text instead.');
    }
  };

  return (
    <div className={`${styles.builder} fg-needs-js`} data-testid="link-builder">
      <div className={styles.grid}>
        <label>
          Link to
          <select value={targetKey} onChange={(e) => setTargetKey(e.target.value)}>
            <optgroup label="Decision trees">
              <option value="tree:start">Triage start</option>
              {(['500', '502', '503', '504'] as const).map((c) => (
                <option key={c} value={`tree:${c}`}>
                  {c} tree
                </option>
              ))}
            </optgroup>
            <optgroup label="The alert's own page">
              <option value="alert:">/alerts/ + alert name</option>
            </optgroup>
            <optgroup label="Runbooks">
              {rows.map((r) => (
                <option key={r.id} value={`runbook:${r.id}`}>
                  {r.id}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          Alert name
          <input value={alertname} maxLength={100} onChange={(e) => setAlertname(e.target.value)} />
        </label>
        <label>
          Tool
          <select value={tool} onChange={(e) => setTool(e.target.value as AlertTool)}>
            {alertTools.map((t) => (
              <option key={t} value={t}>
                {alertToolNames[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className={styles.fields}>
        <legend>{isLiteral ? 'Context values to send' : 'Label (or tag) each field comes from; leave empty to leave it out'}</legend>
        {fieldNames.map((f) => (
          <label key={f} htmlFor={`${id}-${f}`}>
            {f}
            <input id={`${id}-${f}`} value={fields[f]} maxLength={100} onChange={(e) => setFields({ ...fields, [f]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <p className={styles.label}>Link</p>
      <pre className={styles.out} data-testid="link-builder-url">
        <code>{url}</code>
      </pre>
      <button type="button" className="button button--secondary button--sm" onClick={() => void copy('Link', url)}>
        Copy link
      </button>
      <p className={styles.label}>{alertToolNames[tool]}</p>
      <pre className={styles.out} data-testid="link-builder-snippet">
        <code>{snippet}</code>
      </pre>
      <button type="button" className="button button--primary button--sm" onClick={() => void copy('Snippet', snippet)}>
        Copy snippet
      </button>
      <p role="status" className={styles.status}>
        {copied}
      </p>
    </div>
  );
}
