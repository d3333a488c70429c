import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkRunbookUrl, runbookUrlsInRules, type SiteIndex } from '../../src/lib/alertLinkCheck';

const site: SiteIndex = {
  siteUrl: 'https://5xx-field-guide.example/',
  pageExists: (p) => ['docs/codes/502', 'docs/triage'].includes(p),
  runbookIds: ['FM-502-KEEPALIVE-RACE'],
  retiredIds: { 'FM-502-OLD': 'FM-502-KEEPALIVE-RACE' },
};

describe('checking one runbook_url', () => {
  it.each([
    ['https://5xx-field-guide.example/r/fm-502-keepalive-race?service={{ $labels.service | urlquery }}', 'ok'],
    ['https://5xx-field-guide.example/r/Fm-502-KeepAlive-Race/', 'ok'],
    ['https://5xx-field-guide.example/r/fm-502-old', 'ok'],
    ['https://5xx-field-guide.example/alerts/AnyNameAtAll?service=x', 'ok'],
    ['https://5xx-field-guide.example/docs/codes/502?status=502', 'ok'],
    ['https://5xx-field-guide.example/docs/triage/', 'ok'],
    ['https://5xx-field-guide.example/', 'ok'],
    ['https://5xx-field-guide.example/r/fm-502-nope', 'broken'],
    ['https://5xx-field-guide.example/docs/codes/599', 'broken'],
    ['https://5xx-field-guide.example/r/{{ $labels.runbook }}', 'broken'],
    ['not a url', 'broken'],
    ['https://elsewhere.example/runbooks/x', 'other-site'],
  ])('%s is %s', (url, status) => {
    expect(checkRunbookUrl(url, site).status).toBe(status);
  });

  it('understands a guide hosted under a path', () => {
    const sub = { ...site, siteUrl: 'https://example.com/guide/' };
    expect(checkRunbookUrl('https://example.com/guide/docs/codes/502', sub).status).toBe('ok');
    expect(checkRunbookUrl('https://example.com/docs/codes/502', sub).status).toBe('other-site');
  });
});

describe('reading rule files', () => {
  it('finds every runbook_url with its alert', () => {
    const doc = parseYaml(readFileSync(path.resolve(__dirname, '../fixtures/broken-alert-rules.yml'), 'utf8'));
    expect(runbookUrlsInRules(doc).map((l) => l.alert)).toEqual(['GoodOne', 'UnknownRunbook', 'MissingPage', 'TemplatedPath', 'OtherSite']);
  });

  it('tolerates files that are not rule files', () => {
    expect(runbookUrlsInRules(null)).toEqual([]);
    expect(runbookUrlsInRules({ groups: [{ rules: [{ record: 'x' }] }] })).toEqual([]);
  });
});
