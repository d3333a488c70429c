/**
 * `/r/<id>` short links in the build: every runbook id, in lower and upper case, is a small
 * forwarding file whose canonical link, meta refresh and visible link all name that runbook's
 * page, whose inline script the CSP allows, and whose target page shows the id. The browser test
 * follows one of them for real (with and without JavaScript).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { buildDir, htmlFileFor, readBuildJson, readPageHtml, type RunbooksJson } from '../support/buildOutput';

const { runbooks } = readBuildJson<RunbooksJson>('runbooks.json');
const csp = /Content-Security-Policy: (.*)/.exec(readFileSync(path.join(buildDir, '_headers'), 'utf8'))?.[1] ?? '';

describe('runbooks.json', () => {
  it('lists every runbook with its id, title, codes, owner and URL', () => {
    expect(runbooks.length).toBeGreaterThanOrEqual(3);
    const ids = runbooks.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of runbooks) {
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.status.length).toBeGreaterThan(0);
      expect(r.owner.length).toBeGreaterThan(0);
      expect(r.url).toContain(`/docs/failure-modes/${r.id.toLowerCase()}`);
      expect(r.short_url).toContain(`/r/${r.id.toLowerCase()}`);
    }
  });
});

describe('every short link', () => {
  const cases = runbooks.flatMap((r) => [r.id.toLowerCase(), r.id].map((spelling) => [spelling, r.id] as const));

  it.each(cases)('/r/%s forwards to the page of %s', (spelling, id) => {
    const target = `/docs/failure-modes/${id.toLowerCase()}`;
    const html = readFileSync(htmlFileFor(`/r/${spelling}`), 'utf8');
    const $ = cheerio.load(html);
    expect($('link[rel="canonical"][data-forward]').attr('href')).toBe(target);
    expect($('noscript').text()).toContain(`url=${target}"`);
    expect($('main a').attr('href')).toBe(target);
    // One small file, not a page of the app.
    expect(html).not.toContain('/assets/js/');
    const script = $('script').first().text();
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const page = cheerio.load(readPageHtml(target));
    expect(page('[data-testid="runbook-meta"]').text()).toContain(id);
  });
});
