import { describe, expect, it } from 'vitest';
import { findAlert, joinQuery, parseAlertPath, resolveAlert, treePagePath, validateAlertMappings } from '../../src/lib/alertLinks';
import { alertMappings } from '../../src/data/alerts';
import { trees } from '../../src/data/trees';
import { publishedIds } from '../../src/data/runbookLedger';
import type { AlertMapping } from '../../src/lib/alertTypes';

describe('alert-name mapping', () => {
  it('is valid against the catalog and the trees', () => {
    expect(validateAlertMappings(alertMappings, new Set(publishedIds), trees)).toEqual([]);
    expect(alertMappings.length).toBeGreaterThanOrEqual(10);
  });

  it('matches names in any letter case', () => {
    const first = alertMappings[0] as AlertMapping;
    expect(findAlert(first.alertname.toUpperCase(), alertMappings)).toBe(first);
    expect(findAlert(first.alertname.toLowerCase(), alertMappings)).toBe(first);
  });

  it('sends an unknown alert to the triage start, never nowhere', () => {
    expect(resolveAlert('NoSuchAlertAnywhere', alertMappings)).toEqual({ path: '/docs/triage', mapping: null });
  });

  it('resolves runbook and tree targets to their pages', () => {
    const mappings: AlertMapping[] = [
      { alertname: 'A', target: { runbook: 'FM-502-KEEPALIVE-RACE' }, source: 's', note: 'n' },
      { alertname: 'B', target: { tree: '502' }, source: 's', note: 'n' },
      { alertname: 'C', target: { tree: 'start', path: ['503'] }, source: 's', note: 'n' },
    ];
    expect(resolveAlert('a', mappings).path).toBe('/docs/failure-modes/fm-502-keepalive-race');
    expect(resolveAlert('b', mappings).path).toBe('/docs/codes/502');
    expect(resolveAlert('c', mappings).path).toBe('/docs/triage?path=503');
    expect(treePagePath('504', ['x', 'y'])).toBe('/docs/codes/504?path=x.y');
  });

  it('reports broken mappings with the alert name', () => {
    const broken: AlertMapping[] = [
      { alertname: 'Dup', target: { runbook: 'FM-502-NOPE' }, source: 's', note: 'n' },
      { alertname: 'dup', target: { tree: '502', path: ['no-such-answer'] }, source: 's', note: 'n' },
      { alertname: 'Bad name', target: { tree: '599' as '502' }, source: 's', note: 'n' },
    ];
    const messages = validateAlertMappings(broken, new Set(publishedIds), trees).map((p) => `${p.alert}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Dup: runbook "FM-502-NOPE" does not exist'),
        expect.stringContaining('dup: the name is listed twice'),
        expect.stringContaining('dup: path ["no-such-answer"] is not a valid path'),
        expect.stringContaining('Bad name: alert names may hold'),
        expect.stringContaining('Bad name: tree "599" does not exist'),
      ]),
    );
  });
});

describe('alert paths and queries', () => {
  it.each([
    ['/alerts/High5xxRate', '/', 'High5xxRate'],
    ['/alerts/high5xxrate/', '/', 'high5xxrate'],
    ['/guide/alerts/KubePodCrashLooping', '/guide/', 'KubePodCrashLooping'],
  ])('reads %s', (path, base, name) => {
    expect(parseAlertPath(path, base)).toBe(name);
  });

  it.each(['/alerts/', '/alerts/a/b', '/alerts/%3Cscript%3E', '/alerts/%E0%A4%A', '/docs/alerts/x'])('ignores %s', (path) => {
    expect(parseAlertPath(path, '/')).toBeNull();
  });

  it('joins queries: the target keeps its own parameters, the alert context is kept, alertname added once', () => {
    expect(joinQuery('/docs/codes/502?path=a', '?service=api&path=zzz', { alertname: 'X' })).toBe(
      '/docs/codes/502?service=api&path=a&alertname=X',
    );
    expect(joinQuery('/docs/triage', '', {})).toBe('/docs/triage');
    expect(joinQuery('/docs/triage', '?alertname=Mine', { alertname: 'Other' })).toBe('/docs/triage?alertname=Mine');
  });
});
