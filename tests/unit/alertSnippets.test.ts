/**
 * Each snippet is evaluated the way its tool would evaluate it, and the URL that comes out is
 * checked: it opens the right page and carries the alert context intact.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { alertTools, buildSnippet, datadogUrl, goTemplateUrl, literalUrl, targetPath, type LinkSpec } from '../../src/lib/alertSnippets';
import { parseAlertContext } from '../../src/lib/alertContext';

/** Go's url.QueryEscape, which text/template's `urlquery` uses: space becomes `+`. */
function goQueryEscape(s: string): string {
  return Array.from(new TextEncoder().encode(s))
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Evaluate the two template forms the snippets use, as Prometheus and Grafana would. */
function evalGoTemplate(template: string, labels: Record<string, string>, value: number): string {
  return template
    .replace(/\{\{ \$labels\.([A-Za-z_][A-Za-z0-9_]*) \| urlquery \}\}/g, (_, name: string) => goQueryEscape(labels[name] ?? ''))
    .replace(/\{\{ index \$labels "([^"]+)" \| urlquery \}\}/g, (_, name: string) => goQueryEscape(labels[name] ?? ''))
    .replace(/\{\{ printf "%\.4g" \$value \| urlquery \}\}/g, () => goQueryEscape(String(Number(value.toPrecision(4)))));
}

const spec: LinkSpec = {
  site: 'https://runbooks.example.com/',
  target: { runbook: 'FM-502-KEEPALIVE-RACE' },
  alertname: 'High502Rate',
  fields: { service: 'service', env: 'env', route: 'route', request_id: 'request_id', value: 'value', status: 'status' },
};
const labels = { service: 'checkout api & co', env: 'prod', route: 'POST /v1/orders?x=1', request_id: 'req_18f8ab', status: '502' };

describe('link targets', () => {
  it('uses the short link for a runbook, the code page for a tree, the alert route for an alert', () => {
    expect(targetPath({ runbook: 'FM-502-KEEPALIVE-RACE' })).toBe('r/fm-502-keepalive-race');
    expect(targetPath({ tree: 'start' })).toBe('docs/triage');
    expect(targetPath({ tree: '504' })).toBe('docs/codes/504');
    expect(targetPath({ alert: 'KubePodCrashLooping' })).toBe('alerts/KubePodCrashLooping');
  });
});

describe('Prometheus and Grafana (Go templates with urlquery)', () => {
  it('produce a URL whose context survives spaces, & and ? in label values', () => {
    const url = new URL(evalGoTemplate(goTemplateUrl(spec), labels, 0.07342));
    expect(url.origin + url.pathname).toBe('https://runbooks.example.com/r/fm-502-keepalive-race');
    const ctx = parseAlertContext(url.search);
    expect(ctx.problems).toEqual([]);
    expect(ctx.values).toEqual({
      alertname: 'High502Rate',
      status: '502',
      service: 'checkout api & co',
      env: 'prod',
      route: 'POST /v1/orders?x=1',
      value: '0.07342',
      request_id: 'req_18f8ab',
    });
  });

  it('reads label names that are not Go identifiers with index', () => {
    const s: LinkSpec = { ...spec, fields: { service: 'app.kubernetes.io/name' } };
    const url = new URL(evalGoTemplate(goTemplateUrl(s), { 'app.kubernetes.io/name': 'cart' }, 0));
    expect(parseAlertContext(url.search).values.service).toBe('cart');
  });

  it('the Prometheus rule and the Grafana annotation are valid YAML holding that URL', () => {
    const rule = parseYaml(buildSnippet('prometheus', spec)) as {
      groups: { rules: { alert: string; annotations: { runbook_url: string } }[] }[];
    };
    const r = rule.groups[0]?.rules[0];
    expect(r?.alert).toBe('High502Rate');
    expect(r?.annotations.runbook_url).toBe(goTemplateUrl(spec));
    const grafana = parseYaml(buildSnippet('grafana', spec)) as { annotations: { runbook_url: string } };
    expect(grafana.annotations.runbook_url).toBe(goTemplateUrl(spec));
  });
});

describe('Alertmanager', () => {
  it.each(['alertmanager-slack', 'alertmanager-pagerduty'] as const)('%s passes the rule annotation through unchanged', (tool) => {
    const config = parseYaml(buildSnippet(tool, spec)) as { receivers: Record<string, unknown>[] };
    const text = JSON.stringify(config);
    expect(text).toContain('{{ (index .Alerts 0).Annotations.runbook_url }}');
  });
});

describe('tools that send a fixed payload', () => {
  const fixed: LinkSpec = { ...spec, fields: { service: 'checkout api & co', env: 'prod' } };

  it('PagerDuty Events v2 carries the encoded URL in links', () => {
    const body = JSON.parse(buildSnippet('pagerduty-events', fixed)) as { links: { href: string }[]; event_action: string };
    expect(body.event_action).toBe('trigger');
    const url = new URL(body.links[0]?.href ?? '');
    expect(parseAlertContext(url.search).values).toEqual({ alertname: 'High502Rate', service: 'checkout api & co', env: 'prod' });
  });

  it('Opsgenie carries it in details and description', () => {
    const body = JSON.parse(buildSnippet('opsgenie', fixed)) as { details: { runbook: string }; description: string };
    expect(body.details.runbook).toBe(literalUrl(fixed));
    expect(body.description).toContain(literalUrl(fixed));
  });
});

describe('Datadog', () => {
  it('uses tag variables only, which Datadog fills with URL-safe tag values', () => {
    const s: LinkSpec = { ...spec, fields: { service: 'service', env: 'env', value: 'value' } };
    const template = datadogUrl(s);
    expect(template).toBe(
      'https://runbooks.example.com/r/fm-502-keepalive-race?alertname=High502Rate&service={{service.name}}&env={{env.name}}',
    );
    // Tag values: letters, digits, _ - : . / only.
    const filled = template.replace('{{service.name}}', 'checkout-api').replace('{{env.name}}', 'prod:eu/1');
    expect(parseAlertContext(new URL(filled).search).values).toEqual({
      alertname: 'High502Rate',
      service: 'checkout-api',
      env: 'prod:eu/1',
    });
    expect(buildSnippet('datadog', s)).toContain(`[Open the runbook](${template})`);
  });
});

it('every tool has a snippet', () => {
  for (const tool of alertTools) expect(buildSnippet(tool, spec).length).toBeGreaterThan(20);
});
