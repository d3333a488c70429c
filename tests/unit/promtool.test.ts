/**
 * The example rule file, checked by Prometheus's own promtool (Debian package `prometheus`;
 * `.ci/run` installs it): the rules load, and the unit tests render each firing alert's
 * runbook_url from sample series. Then the guide's link check holds the rendered and the
 * templated URLs to the runbooks' variables.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkRunbookUrl, missingFields, runbookUrlsInRules, type SiteIndex } from '../../src/lib/alertLinkCheck';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';
import { contextFields } from '../../src/lib/alertContext';
import { publishedIds, retiredIds } from '../../src/data/runbookLedger';

function promtool(...args: string[]): string {
  try {
    return execFileSync('promtool', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error('promtool is not installed: install Debian\'s "prometheus" package (apt-get install -y prometheus), as .ci/run does');
    }
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const RULES = 'examples/prometheus/5xx-alerts.yml';
const TESTS = 'examples/prometheus/5xx-alerts.test.yml';

describe('examples/prometheus with promtool', () => {
  it('promtool check rules accepts the example rules', () => {
    expect(promtool('check', 'rules', RULES)).toMatch(/SUCCESS/);
  });
  it('promtool test rules renders every tested runbook_url as expected', () => {
    expect(promtool('test', 'rules', TESTS)).toMatch(/SUCCESS/);
  });
});

describe('runbook links pass the labels the runbook commands take', async () => {
  const { entries } = await loadRunbooks(process.cwd());
  const site: SiteIndex = {
    siteUrl: 'https://5xx-field-guide.example/',
    pageExists: () => true,
    runbookIds: publishedIds.filter((id) => retiredIds[id] === undefined),
    retiredIds,
    runbookFields: Object.fromEntries(
      entries.map((e) => [e.meta.id, e.meta.variables.map((v) => v.from).filter((f) => (contextFields as readonly string[]).includes(f))]),
    ),
  };

  it('every rule of the example passes the check', () => {
    const links = runbookUrlsInRules(parseYaml(readFileSync(RULES, 'utf8')));
    expect(links.length).toBeGreaterThan(3);
    for (const { alert, url } of links) expect(checkRunbookUrl(url, site), alert).toMatchObject({ status: 'ok' });
  });

  it('every rendered URL in the promtool tests passes too', () => {
    const doc = parseYaml(readFileSync(TESTS, 'utf8')) as {
      tests: { alert_rule_test: { exp_alerts: { exp_annotations: { runbook_url: string } }[] }[] }[];
    };
    const urls = doc.tests.flatMap((t) => t.alert_rule_test.flatMap((a) => a.exp_alerts.map((x) => x.exp_annotations.runbook_url)));
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(checkRunbookUrl(url, site).status).toBe('ok');
  });

  it('reports a rule whose runbook_url omits a label the runbook needs, with the fix', () => {
    const result = checkRunbookUrl('https://5xx-field-guide.example/r/fm-500-crash-loop?service={{ $labels.service | urlquery }}', site);
    expect(result.status).toBe('broken');
    expect(result.missing?.labels).toEqual(['namespace', 'pod']);
    expect(result.message).toContain('namespace={{ $labels.namespace | urlquery }}');
  });

  it('lists fields readers usually set themselves as a note only', () => {
    expect(missingFields('https://x/r/a?namespace=x', ['namespace', 'target_group'])).toEqual({ labels: [], other: ['target_group'] });
  });
});
