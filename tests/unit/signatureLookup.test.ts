/**
 * Signature lookup v2 over the real catalog: strong answers from signatures and decoders, weak
 * answers from the fallback ranker, the hop and owner of each, template grouping, and the floors
 * of the accuracy corpus (tests/corpus/log-lines.yaml).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lookup, type LookupData } from '../../src/lib/signatureLookup';
import { groupByTemplate, maskLine } from '../../src/lib/excerpt';
import { rankFallback, resemblesServerError, statusCodesIn } from '../../src/lib/ranker';
import { hopOwner, ownerForHop } from '../../src/lib/signatureHops';
import { share } from '../../src/lib/signatureAccuracy';
import { loadLookupData } from '../../scripts/lookupCatalog';
import { measureCorpus, readCorpus } from '../../scripts/corpusAccuracy';

let data: LookupData;
beforeAll(async () => {
  ({ data } = await loadLookupData(process.cwd()));
}, 60_000);

// https://github.com/kubernetes/ingress-nginx/issues/5734
const refused =
  '2020/06/17 15:42:54 [error] 37#37: *248 connect() failed (111: Connection refused) while connecting to upstream, client: 46.101.51.208, server: aqua.yasreeb.online, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8181/", host: "aqua.yasreeb.online"';
// https://github.com/unbit/uwsgi/issues/480
const harakiri = 'Dec 15 19:11:01 servername app: *** HARAKIRI ON WORKER 10 (pid: 97702, try: 1) ***';

describe('lookup', () => {
  it('answers a recognised line strongly, names the hop that wrote it and the owner at that hop', () => {
    const r = lookup(refused, data);
    const first = r.results[0];
    expect(first?.id).toBe('FM-502-CONNECTION-REFUSED');
    expect(first?.confidence).toBe('strong');
    expect(first?.score).toBeGreaterThan(0.5);
    expect(first?.hop).toBe('proxy-mesh');
    expect(first?.hopOwner).toBe('platform-sre');
    expect(first?.evidence.some((e) => e.matched.includes('Connection refused'))).toBe(true);
  });

  it('answers an unknown line with a status code weakly, says why and offers that code’s tree', () => {
    // The bare title issue 13 quotes as unanswered by v1.
    const r = lookup('Error 503: service temporarily unavailable', data);
    expect(r.results.length).toBeGreaterThan(0);
    for (const res of r.results) expect(res.confidence).toBe('weak');
    expect(r.results[0]?.treeCode).toBe(503);
    expect(r.results[0]?.reason).toMatch(/503/);
    expect(r.results[0]?.score).toBeLessThan(0.5);
  });

  it('gives the fix of a failure a proxy reports on its upstream to the upstream’s owner, and says who runs the proxy', () => {
    const first = lookup(refused, data).results[0];
    expect(first?.owner).toBe('app-team');
    expect(first?.ownerBecause).toBeNull();
    // https://github.com/brettwooldridge/HikariCP/issues/1905: the pool is the application's own.
    const pool = lookup('HikariPool-1 - Connection is not available, request timed out after 30002ms.', data).results[0];
    expect(pool?.id).toBe('FM-500-DB-POOL-EXHAUSTION');
    expect(pool?.hop).toBe('application');
    expect(pool?.owner).toBe('app-team');
  });

  it('reads an IIS 502.3 with error 0x80072ee2 as a timeout, not a refused connection', () => {
    // https://github.com/aspnet/IISIntegration/issues/211
    const top = lookup('HTTP Error 502.3 - Bad Gateway (Error Code 0x80072ee2)', data).results.slice(0, 3);
    expect(top[0]?.id).toBe('FM-504-LONG-SYNC-WORK');
    expect(top.some((r) => r.id === 'FM-502-CONNECTION-REFUSED')).toBe(false);
  });

  it('groups an excerpt by template, lists lines that matched nothing, and counts repeats once', () => {
    const text = [refused, refused.replace('*248', '*249').replace('15:42:54', '15:42:55'), harakiri, 'GET /healthz 200 OK in 3ms'].join(
      '\n',
    );
    const r = lookup(text, data);
    expect(r.templates.length).toBe(3);
    expect(r.matched.find((l) => l.text === refused)?.count).toBe(2);
    expect(r.unmatched.map((l) => l.text)).toEqual(['GET /healthz 200 OK in 3ms']);
    expect(r.results.map((x) => x.id)).toEqual(expect.arrayContaining(['FM-502-CONNECTION-REFUSED', 'FM-502-WORKER-TIMEOUT-KILL']));
    // Strong answers come before weak ones.
    const firstWeak = r.results.findIndex((x) => x.confidence === 'weak');
    if (firstWeak >= 0) expect(r.results.slice(firstWeak).every((x) => x.confidence === 'weak')).toBe(true);
  });

  it('gives nothing for text that resembles no server error', () => {
    expect(lookup('hello world, all good here', data).results).toEqual([]);
    expect(resemblesServerError('hello world')).toBe(false);
  });

  it('summarises 10,000 lines quickly (one match per template)', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      i % 3 === 0
        ? refused.replace('*248', `*${i}`)
        : `10.0.0.${i % 250} - - [07/May/2020:03:15:12 +0000] "GET /api/items/${i} HTTP/1.1" 200 512 "-" "curl/8.5.0"`,
    );
    const start = performance.now();
    const r = lookup(lines.join('\n'), data);
    const ms = performance.now() - start;
    expect(r.linesRead).toBe(10_000);
    expect(r.templates.length).toBeLessThan(5);
    expect(ms).toBeLessThan(3000);
  });
});

describe('fallback ranker, excerpt masking and hops', () => {
  it('reads 5xx codes but not ports, sizes or times', () => {
    expect(statusCodesIn('upstream: "http://127.0.0.1:502/" took 503ms size 5030 status=504')).toEqual([504]);
    expect(statusCodesIn('cluster.upstream_rq_502: 16')).toEqual([502]);
  });

  it('puts a right status first for a system the catalog does not name', () => {
    // https://github.com/dbfannin/ngx-logger/issues/329 (Apache mod_proxy's page)
    const weak = rankFallback(
      '<title>502 Proxy Error</title> The proxy server received an invalid response from an upstream server.',
      data.index,
    );
    expect(weak[0]?.id.startsWith('FM-502')).toBe(true);
  });

  it('lets the code a line carries outweigh shared words, and reads proxy vocabulary from other vendors', () => {
    // https://github.com/caddyserver/caddy/issues/1345: a 502 from Caddy with Go's "request canceled".
    const canceled = rankFallback('15/Jan/2017:23:13:43 +0700 [ERROR 502 /favicon.ico] net/http: request canceled', data.index, 502);
    for (const w of canceled.slice(0, 3)) expect(data.entries.get(w.id)?.status, w.id).toContain(502);
    expect(canceled.slice(0, 3).some((w) => w.id === 'FM-500-INTERNAL-TIMEOUT')).toBe(false);
    // https://github.com/insanity54/futureporn/issues/101: a body cut after the headers.
    const cut = rankFallback(
      'Jan 07 01:11:29 baba caddy[54358]: {"level":"error","ts":1673050289.454192,"logger":"http.handlers.reverse_proxy","msg":"aborting with incomplete response","error":"stream 100 canceled with error code 268"}',
      data.index,
    );
    expect(cut.slice(0, 3).map((w) => w.id)).toContain('FM-502-BROKEN-RESPONSE-BODY');
    // https://github.com/caddyserver/caddy/blob/master/modules/caddyhttp/reverseproxy/reverseproxy.go
    expect(rankFallback('no upstreams available', data.index)[0]?.id).toBe('FM-503-NO-HEALTHY-UPSTREAM');
    // A timeout wrapped in an exception is a timeout: https://github.com/spring-cloud/spring-cloud-netflix/issues/2820
    expect(rankFallback('com.netflix.zuul.exception.ZuulException: Read timed out', data.index)[0]?.id.startsWith('FM-504')).toBe(true);
  });

  it('masks variable parts of a line into a template', () => {
    expect(maskLine(refused)).toBe(
      '<ts> [error] <n>#<n>: *<n> connect() failed (<n>: Connection refused) while connecting to upstream, client: <ip>, server: aqua.yasreeb.online, request: "GET / HTTP/<n>", upstream: "http://<ip>/", host: "aqua.yasreeb.online"',
    );
    const groups = groupByTemplate(['a 1', 'a 2', '', 'b']);
    expect(groups.map((g) => [g.template, g.count, g.firstLine, g.lastLine])).toEqual([
      ['a <n>', 2, 1, 2],
      ['b', 1, 4, 4],
    ]);
  });

  it('maps hops to owners from the keys it is given, and lets a runbook’s condition win', () => {
    expect(hopOwner('cdn', ['app-team', 'cdn-provider'])).toBe('cdn-provider');
    expect(hopOwner('cdn', ['app-team', 'vendor'])).toBe('vendor');
    expect(ownerForHop('cdn', 'app-team', [{ when: 'the CDN edge wrote the 502', owner: 'cdn-provider' }])).toEqual({
      owner: 'cdn-provider',
      because: 'the CDN edge wrote the 502',
    });
    expect(ownerForHop('application', 'app-team', [{ when: 'the CDN edge wrote the 502', owner: 'cdn-provider' }]).owner).toBe('app-team');
    // A proxy reporting a refused upstream is not itself at fault: a condition naming the proxy
    // applies only when it says the proxy made the error.
    const wrongPort = { when: 'The Service, target group or proxy points at the wrong port or address', owner: 'platform-sre' };
    expect(ownerForHop('proxy-mesh', 'app-team', [wrongPort])).toEqual({ owner: 'app-team', because: null });
    const ownConfig = { when: "The proxy's own configuration makes the 500", owner: 'platform-sre' };
    expect(ownerForHop('proxy-mesh', 'app-team', [ownConfig]).owner).toBe('platform-sre');
  });
});

describe('accuracy corpus', () => {
  it('holds real lines, each with a source URL, status codes, failure modes and an owner', () => {
    const corpus = readCorpus(process.cwd());
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    // Each line once: a repeated line would count twice.
    expect(new Set(corpus.map((e) => e.line)).size).toBe(corpus.length);
    for (const entry of corpus) {
      expect(entry.source, entry.line).toMatch(/^https:\/\//);
      expect(entry.modes.length, entry.line).toBeGreaterThan(0);
      for (const id of entry.modes) expect(data.entries.has(id), `${id} in ${entry.source}`).toBe(true);
      expect(entry.status.length, entry.line).toBeGreaterThan(0);
      expect(entry.owner, entry.line).toMatch(/^[a-z-]+$/);
    }
  });

  it('meets the floors: top-3 >= 90%, top-1 >= 75%, a right status in the top 3 >= 95%, the right owner in the top 3 >= 85%, no answer <= 2% of lines with a 5xx signal', async () => {
    const { rows } = await measureCorpus(process.cwd());
    const all = rows[rows.length - 1];
    expect(all?.vendor).toBe('all');
    if (!all) return;
    expect(share(all.top3, all.lines)).toBeGreaterThanOrEqual(0.9);
    expect(share(all.top1, all.lines)).toBeGreaterThanOrEqual(0.75);
    expect(share(all.noAnswer, all.withSignal)).toBeLessThanOrEqual(0.02);
    // Issue 13's retry on unlisted lines aims at 57 of 60 (status) and 51 of 60 (owner).
    expect(share(all.statusTop3, all.lines)).toBeGreaterThanOrEqual(0.95);
    expect(share(all.ownerTop3, all.lines)).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
