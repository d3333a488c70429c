/** The order of search results (src/lib/searchRanking.ts), on hits shaped as the search plugin gives them. */
import { describe, expect, it } from 'vitest';
import { pageRank, plainTitle, rankSearchResults, TITLE_TYPE, type SearchHitLike } from '../../src/lib/searchRanking';

const HEADING = 1;
const CONTENT = 2;
const scenario = { i: 1, u: '/docs/training/simulator/keepalive-race', t: 'Sporadic 502s from a keep-alive race behind an ALB' };
const runbook = { i: 2, u: '/docs/failure-modes/fm-502-keepalive-race', t: 'Keep-alive race' };
const code = { i: 3, u: '/docs/codes/502', t: '502 Bad Gateway' };
const vendor = { i: 4, u: '/docs/vendors/aws-load-balancers', t: 'AWS load balancers' };

const title = (d: typeof runbook): SearchHitLike => ({ document: d, type: TITLE_TYPE, metadata: { x: 1 } });
const inside = (d: typeof runbook, type: number, anchor: string, i: number): SearchHitLike => ({
  document: { i, u: `${d.u}#${anchor}`, t: anchor },
  type,
  page: d,
  metadata: { x: 1 },
});

describe('search ranking', () => {
  it('ranks runbooks and code pages before reference, and training and contributor pages last', () => {
    const ranks = [
      '/docs/failure-modes/fm-502-keepalive-race',
      '/docs/codes/502',
      '/docs/triage',
      '/docs/vendors/aws-load-balancers',
      '/docs/architecture',
      '/docs/training/simulator/keepalive-race',
      '/docs/contributing/signature',
    ].map(pageRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(pageRank('/base/docs/failure-modes/fm-502-keepalive-race#lasting-fix')).toBe(0);
  });

  it('puts the runbook first when only a training scenario’s title matched (issue 13: "ALB 502")', () => {
    const results = [title(scenario), inside(vendor, HEADING, 'alb', 40), inside(runbook, CONTENT, 'what-you-see', 20)];
    rankSearchResults(results);
    expect(results.map((r) => r.document.u)).toEqual([runbook.u, `${runbook.u}#what-you-see`, vendor.u, `${vendor.u}#alb`, scenario.u]);
    // The added title hits open their page at the top and carry one empty match, so the plugin's views show the title whole.
    expect(results[0]).toMatchObject({ type: TITLE_TYPE, document: runbook, metadata: plainTitle });
    expect(results[0]?.page).toBeUndefined();
  });

  it('keeps a page’s own title hit and the plugin’s order within a kind', () => {
    const results = [inside(runbook, HEADING, 'lasting-fix', 21), title(code), title(runbook)];
    rankSearchResults(results);
    expect(results.map((r) => r.document.u)).toEqual([runbook.u, `${runbook.u}#lasting-fix`, code.u]);
    expect(results[0]?.metadata).toEqual({ x: 1 });
  });

  it('returns an empty list unchanged', () => {
    expect(rankSearchResults([])).toEqual([]);
  });
});
