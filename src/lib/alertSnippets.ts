/**
 * Ready-to-paste snippets that build links into the guide from alerting tools, each with the tool's
 * own escaping. Pure: the link-builder widget and the docs render them; unit tests evaluate them
 * the way each tool would and check the URL that comes out.
 */
import { contextFields, type ContextField } from './alertContext';

export const alertTools = [
  'prometheus',
  'alertmanager-slack',
  'alertmanager-pagerduty',
  'grafana',
  'pagerduty-events',
  'datadog',
  'opsgenie',
] as const;
export type AlertTool = (typeof alertTools)[number];

export const alertToolNames: Record<AlertTool, string> = {
  prometheus: 'Prometheus rule (runbook_url annotation)',
  'alertmanager-slack': 'Alertmanager: Slack button',
  'alertmanager-pagerduty': 'Alertmanager: PagerDuty links',
  grafana: 'Grafana alert rule',
  'pagerduty-events': 'PagerDuty Events API v2',
  datadog: 'Datadog monitor message',
  opsgenie: 'Opsgenie Alert API',
};

export type LinkTarget = { runbook: string } | { tree: 'start' | '500' | '502' | '503' | '504' } | { alert: string };

export interface LinkSpec {
  /** The guide's address with base URL and a trailing slash, e.g. https://runbooks.example.com/ */
  site: string;
  target: LinkTarget;
  /** Name of the alert the snippet is for (rules need one; it is also sent as context). */
  alertname: string;
  /**
   * Where each context field comes from: the name of a label (Prometheus, Grafana, Alertmanager),
   * a tag (Datadog) or, for tools that send a fixed payload, a literal value.
   */
  fields: Partial<Record<Exclude<ContextField, 'alertname'>, string>>;
}

/** Path of the target inside the site (no leading slash). */
export function targetPath(target: LinkTarget): string {
  if ('runbook' in target) return `r/${target.runbook.toLowerCase()}`;
  if ('alert' in target) return `alerts/${encodeURIComponent(target.alert)}`;
  return target.tree === 'start' ? 'docs/triage' : `docs/codes/${target.tree}`;
}

const safeLabel = (name: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);

/** The link with literal values, encoded as a browser would (for tools that send fixed payloads). */
export function literalUrl(spec: LinkSpec): string {
  const params = new URLSearchParams();
  if (!('alert' in spec.target)) params.set('alertname', spec.alertname);
  for (const f of contextFields) {
    if (f === 'alertname') continue;
    const v = spec.fields[f];
    if (v) params.set(f, v);
  }
  const q = params.toString();
  return `${spec.site}${targetPath(spec.target)}${q ? `?${q}` : ''}`;
}

/**
 * The link as a Go template (Prometheus, Grafana): each field reads a label and goes through Go's
 * `urlquery`, so spaces, `&` and `=` in label values cannot break the URL. `value` comes from
 * `$value`, formatted to four significant digits.
 */
export function goTemplateUrl(spec: LinkSpec): string {
  const parts: string[] = [];
  if (!('alert' in spec.target)) parts.push(`alertname=${encodeURIComponent(spec.alertname)}`);
  for (const f of contextFields) {
    if (f === 'alertname') continue;
    const label = spec.fields[f];
    if (!label) continue;
    if (f === 'value') parts.push(`value={{ printf "%.4g" $value | urlquery }}`);
    else if (safeLabel(label)) parts.push(`${f}={{ $labels.${label} | urlquery }}`);
    else parts.push(`${f}={{ index $labels "${label.replace(/["\\]/g, '')}" | urlquery }}`);
  }
  return `${spec.site}${targetPath(spec.target)}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

/**
 * The link in a Datadog message. Datadog's template variables have no URL-encoding function, so
 * only tag values are used: Datadog tags hold letters, digits and `_ - : . /` only, all of which
 * are safe in a query string.
 */
export function datadogUrl(spec: LinkSpec): string {
  const parts: string[] = [];
  if (!('alert' in spec.target)) parts.push(`alertname=${encodeURIComponent(spec.alertname)}`);
  for (const f of contextFields) {
    if (f === 'alertname' || f === 'value' || f === 'starts_at') continue;
    const tag = spec.fields[f];
    if (tag && /^[a-z][a-z0-9_.:/-]*$/i.test(tag)) parts.push(`${f}={{${tag}.name}}`);
  }
  return `${spec.site}${targetPath(spec.target)}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function buildSnippet(tool: AlertTool, spec: LinkSpec): string {
  switch (tool) {
    case 'prometheus':
      return [
        'groups:',
        '  - name: 5xx',
        '    rules:',
        `      - alert: ${spec.alertname}`,
        '        expr: <your expression>',
        '        for: 5m',
        '        annotations:',
        `          runbook_url: ${yamlString(goTemplateUrl(spec))}`,
        '',
      ].join('\n');
    case 'alertmanager-slack':
      return [
        'receivers:',
        '  - name: slack-oncall',
        '    slack_configs:',
        '      - channel: "#oncall"',
        '        actions:',
        '          - type: button',
        '            text: Open the runbook',
        "            url: '{{ (index .Alerts 0).Annotations.runbook_url }}'",
        '',
      ].join('\n');
    case 'alertmanager-pagerduty':
      return [
        'receivers:',
        '  - name: pagerduty-oncall',
        '    pagerduty_configs:',
        '      - routing_key: <your integration key>',
        '        links:',
        "          - href: '{{ (index .Alerts 0).Annotations.runbook_url }}'",
        '            text: Runbook',
        '',
      ].join('\n');
    case 'grafana':
      return [
        '# Grafana alert rule (file provisioning): annotations are Go templates, as in Prometheus.',
        'annotations:',
        `  runbook_url: ${yamlString(goTemplateUrl(spec))}`,
        '',
      ].join('\n');
    case 'pagerduty-events':
      return `${JSON.stringify(
        {
          routing_key: '<your integration key>',
          event_action: 'trigger',
          payload: { summary: `${spec.alertname}: 5xx errors`, source: spec.fields.service ?? 'service', severity: 'critical' },
          links: [{ href: literalUrl(spec), text: 'Runbook' }],
        },
        null,
        2,
      )}\n`;
    case 'datadog':
      return `{{#is_alert}}\n5xx errors on {{service.name}}. [Open the runbook](${datadogUrl(spec)})\n{{/is_alert}}\n`;
    case 'opsgenie':
      return `${JSON.stringify(
        {
          message: `${spec.alertname}: 5xx errors`,
          description: `Runbook: ${literalUrl(spec)}`,
          details: { runbook: literalUrl(spec) },
        },
        null,
        2,
      )}\n`;
  }
}
