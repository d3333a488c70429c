import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabel, reportProblemHref, type BuildInfo } from '../../src/lib/pageTrust';
import { defaultReviewEvery, overduePages, parseInterval, reviewEveryProblem, reviewStatus } from '../../src/lib/review';
import { readBuildInfo } from '../../plugins/runbook-catalog/buildInfo';

const build: BuildInfo = { version: '0.1.0', commit: '1a2b3c4', date: '2026-12-03' };
const page = 'https://guide.example/docs/triage';

describe('build label', () => {
  it('names version, commit and date, and leaves out a missing commit', () => {
    expect(buildLabel(build)).toBe('version 0.1.0, commit 1a2b3c4, built 2026-12-03');
    expect(buildLabel({ ...build, commit: null })).toBe('version 0.1.0, built 2026-12-03');
  });

  it('is read from package.json and git at build time, with a fallback outside a checkout', () => {
    const info = readBuildInfo(process.cwd(), new Date('2026-12-03T10:00:00Z'));
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.date).toBe('2026-12-03');
    expect(info.commit === null || /^[0-9a-f]{4,40}$/.test(info.commit)).toBe(true);
    const outside = mkdtempSync(path.join(tmpdir(), 'fg-no-git-'));
    writeFileSync(path.join(outside, 'package.json'), '{"version": "2.0.0"}');
    expect(readBuildInfo(outside, new Date('2026-12-03T10:00:00Z'))).toEqual({ version: '2.0.0', commit: null, date: '2026-12-03' });
  });
});

describe('report a problem link', () => {
  const params = (href: string) => new URL(href).searchParams;

  it('prefills the page, the build and a tree path, and never the alert context', () => {
    const href = reportProblemHref(
      'https://tracker.example/issues/new',
      page,
      build,
      '?tree=502&path=our-proxy.refused&alertname=High5xxRate&service=payments&env=prod',
    );
    expect(href.startsWith('https://tracker.example/issues/new?')).toBe(true);
    expect(params(href).get('title')).toBe('Problem with /docs/triage');
    const body = params(href).get('body') ?? '';
    expect(body).toContain(`Page: ${page}`);
    expect(body).toContain('Build: version 0.1.0, commit 1a2b3c4, built 2026-12-03');
    expect(body).toContain('Tree path: 502 > our-proxy > refused');
    expect(href).not.toMatch(/High5xxRate|payments|prod/);
  });

  it('drops a hostile path instead of copying it into the report', () => {
    const body = params(reportProblemHref('https://t.example/new', page, build, '?path=<script>.x')).get('body') ?? '';
    expect(body).not.toContain('<script>');
  });

  it('writes subject and %20 for a mailto: target, and keeps a target’s own query', () => {
    const mail = reportProblemHref('mailto:guide@example.com', page, build);
    expect(mail).toMatch(/^mailto:guide@example\.com\?subject=Problem%20with%20%2Fdocs%2Ftriage&body=/);
    expect(mail).not.toContain('+');
    expect(reportProblemHref('https://t.example/new?labels=guide', page, build)).toMatch(/^https:\/\/t\.example\/new\?labels=guide&title=/);
  });
});

describe('review intervals', () => {
  it('reads "6 months", "90 days", "1 year" and refuses anything else with a message', () => {
    expect(parseInterval('6 months')).toEqual({ count: 6, unit: 'month' });
    expect(parseInterval('90 days')).toEqual({ count: 90, unit: 'day' });
    expect(parseInterval('1 year')).toEqual({ count: 1, unit: 'year' });
    for (const bad of ['six months', '0 days', 'P6M', 6, '']) expect(parseInterval(bad)).toBeNull();
    expect(reviewEveryProblem('soon')).toMatch(/such as "6 months"/);
    expect(reviewEveryProblem(undefined)).toBeNull();
  });

  it('uses the kind’s default when a page sets none, and is overdue from the due date on', () => {
    expect(defaultReviewEvery.runbook).toBe('6 months');
    expect(reviewStatus('2026-11-22', undefined, 'runbook', '2027-05-21')).toEqual({ due: '2027-05-22', overdue: false });
    expect(reviewStatus('2026-11-22', undefined, 'runbook', '2027-05-22')).toEqual({ due: '2027-05-22', overdue: true });
    expect(reviewStatus('2026-11-22', undefined, 'reference', '2027-05-22').overdue).toBe(false);
    expect(reviewStatus('2026-11-22', '2 weeks', 'reference', '2026-12-06')).toEqual({ due: '2026-12-06', overdue: true });
  });

  it('lists overdue pages, most overdue first', () => {
    const list = overduePages(
      [
        { file: 'a.mdx', kind: 'runbook', lastReviewed: '2026-01-10' },
        { file: 'b.mdx', kind: 'reference', lastReviewed: '2026-11-22' },
        { file: 'c.mdx', kind: 'reference', lastReviewed: '2026-11-01', reviewEvery: '30 days' },
      ],
      '2026-12-03',
    );
    expect(list).toEqual([
      { file: 'a.mdx', kind: 'runbook', lastReviewed: '2026-01-10', due: '2026-07-10' },
      { file: 'c.mdx', kind: 'reference', lastReviewed: '2026-11-01', reviewEvery: '30 days', due: '2026-12-01' },
    ]);
  });
});
