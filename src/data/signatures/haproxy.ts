/**
 * HAProxy error signatures: text that HAProxy prints, each with the failure modes it points to.
 * This file holds one system (`system: 'haproxy'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'haproxy', name: 'HAProxy', hop: 'proxy-mesh' };

const stateDoc = {
  title: 'HAProxy configuration manual: 8.5 Session state at disconnection',
  url: 'https://docs.haproxy.org/3.0/configuration.html#8.5',
};
const errorPages = {
  title: 'HAProxy source: src/http.c (default error messages)',
  url: 'https://github.com/haproxy/haproxy/blob/master/src/http.c',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'haproxy-state-sh-server-timeout',
    system: 'haproxy',
    title: 'HAProxy sH--: server timeout before response headers',
    pattern: String.raw`\s504 \d+ \S+ \S+ sH[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:13:48.442] fe_https~ be_app/web2 0/0/1/-1/30001 504 194 - - sH-- 412/398/35/12/0 0/0 "GET /api/report HTTP/1.1"',
      'Nov 22 09:15:02 lb1 haproxy[2211]: 10.0.1.5:40022 [22/Nov/2026:09:14:02.101] fe_http be_api/api3 0/0/0/-1/60000 504 194 - - sH-- 120/118/40/14/0 0/0 "POST /v1/export HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.8 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.6 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [504],
    explain:
      '`timeout server` expired while HAProxy waited for the response headers; the manual calls it the most common anomaly, usually a saturated server or database.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-sh-server-aborted',
    system: 'haproxy',
    title: 'HAProxy SH--: server aborted before sending full headers',
    pattern: String.raw`\s502 \d+ \S+ \S+ SH[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:17.120] fe_https~ be_app/web1 0/0/0/-1/1204 502 209 - - SH-- 415/401/36/11/0 0/0 "POST /api/checkout HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.8 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.6 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The server closed or reset the connection before sending complete headers: it crashed, its worker was killed, or it closed a reused idle connection.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-sc-connect-failed',
    system: 'haproxy',
    title: 'HAProxy SC-- / sC--: connection to the server refused or timed out',
    pattern: String.raw`\s50[34] \d+ \S+ \S+ SC[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:15.002] fe_https~ be_app/web3 0/0/-1/-1/3002 503 217 - - SC-- 410/397/35/0/3 0/0 "GET /api/cart HTTP/1.1"',
      'Nov 22 09:14:25 lb1 haproxy[2211]: 203.0.113.9:51240 [22/Nov/2026:09:14:05.000] fe_https~ be_app/web3 0/0/-1/-1/20004 503 217 - - sC-- 410/397/35/0/3 0/0 "GET /api/cart HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.5 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.4 },
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The connection to the server never completed: SC means it was refused (RST or ICMP), sC means `timeout connect` expired. A Tt close to your connect timeout times the retries points to sC.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-sq-queue-timeout',
    system: 'haproxy',
    title: 'HAProxy sQ--: request expired in the queue',
    pattern: String.raw`\s503 \d+ \S+ \S+ sQ[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:13:48.442] fe_https~ be_app/<NOSRV> 0/30001/-1/-1/30001 503 217 - - sQ-- 980/960/200/0/0 0/412 "GET /api/search HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.8 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.6 },
    ],
    status: [503],
    explain:
      'Every server was at its maxconn, the request waited in the queue longer than `timeout queue`, and HAProxy gave up with a 503.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-ph-blocked-response',
    system: 'haproxy',
    title: 'HAProxy PH--: proxy blocked an invalid server response',
    pattern: String.raw`\s502 \d+ \S+ \S+ PH[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:18.101] fe_https~ be_app/web1 0/0/0/12/13 502 209 - - PH-- 410/397/35/11/0 0/0 "GET /account HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.8 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain:
      "HAProxy refused the server's response as invalid, incomplete or dangerous (for example a header with forbidden characters or headers over tune.bufsize).",
    source: stateDoc,
  },
  {
    id: 'haproxy-state-pt-tarpit',
    system: 'haproxy',
    title: 'HAProxy PT--: request tarpitted, then answered 500',
    pattern: String.raw`\s500 \d+ \S+ \S+ PT[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 198.51.100.23:51234 [22/Nov/2026:09:14:13.002] fe_https~ fe_https/<NOSRV> -1/-1/-1/-1/5001 500 187 - - PT-- 410/397/0/0/0 0/0 "POST /wp-login.php HTTP/1.1"',
    ],
    modes: [{ id: 'FM-500-WAF-RULE', weight: 0.9 }],
    status: [500],
    explain:
      'An `http-request tarpit` rule held the request for `timeout tarpit` and then answered 500: a security rule, not an application error.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-pc-rc-resource',
    system: 'haproxy',
    title: 'HAProxy PC-- / RC--: proxy out of sockets or resources while connecting',
    pattern: String.raw`\s-?\d+ \d+ \S+ \S+ [PR]C[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:18.101] fe_https~ be_app/web1 0/0/-1/-1/0 503 217 - - PC-- 40000/39990/20000/5000/0 0/0 "GET / HTTP/1.1"',
      'Nov 22 09:14:19 lb1 haproxy[2211]: 203.0.113.9:51235 [22/Nov/2026:09:14:19.101] fe_https~ be_app/web2 0/0/-1/-1/0 503 217 - - RC-- 40000/39990/20000/5000/0 0/0 "GET / HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.8 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.4 },
    ],
    status: [503],
    explain:
      'HAProxy itself hit its socket limit (PC) or ran out of memory, sockets or source ports (RC) when opening the server connection.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-sd-server-data-phase',
    system: 'haproxy',
    title: 'HAProxy SD-- / sD--: server side ended during the data phase',
    pattern: String.raw`\s-?\d+ \d+ \S+ \S+ SD[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:13:58.442] fe_https~ be_app/web2 0/0/1/35/20001 200 524288 - - SD-- 410/397/35/11/0 0/0 "GET /export.csv HTTP/1.1"',
      'Nov 22 09:15:18 lb1 haproxy[2211]: 203.0.113.9:51290 [22/Nov/2026:09:14:18.442] fe_https~ be_app/web2 0/0/1/35/60001 200 81920 - - sD-- 410/397/35/11/0 0/0 "GET /events HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.4 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.4 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.3 },
    ],
    status: [],
    explain:
      'Headers were already sent: SD means the server connection died with an error mid-body, sD means the server sent nothing for `timeout server` (often a shorter timeout on a device in between).',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-cd-client-data-phase',
    system: 'haproxy',
    title: 'HAProxy CD-- / cD--: client aborted or timed out during the data phase',
    pattern: String.raw`\s-?\d+ \d+ \S+ \S+ CD[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:12.442] fe_https~ be_app/web2 0/0/1/35/5999 200 65536 - - CD-- 410/397/35/11/0 0/0 "GET /media/video.mp4 HTTP/1.1"',
      'Nov 22 09:15:18 lb1 haproxy[2211]: 198.51.100.7:51290 [22/Nov/2026:09:14:18.442] fe_https~ be_app/web2 0/0/1/35/60001 200 131072 - - cD-- 410/397/35/11/0 0/0 "GET /download.iso HTTP/1.1"',
    ],
    modes: [{ id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.3 }],
    status: [],
    explain:
      'The client closed the connection (CD) or stopped reading for `timeout client` (cD) while data was flowing; client side, not a server fault.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-ch-client-gave-up',
    system: 'haproxy',
    title: 'HAProxy CH--: client gave up waiting for the response headers',
    pattern: String.raw`\s-?\d+ \d+ \S+ \S+ CH[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:04.442] fe_https~ be_app/web2 0/0/1/-1/14002 -1 0 - - CH-- 410/397/35/11/0 0/0 "GET /api/report HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [],
    explain:
      'The client closed the connection while HAProxy was still waiting for the server to answer: the server is slower than the caller is willing to wait.',
    source: stateDoc,
  },
  {
    id: 'haproxy-state-cq-client-gave-up-queued',
    system: 'haproxy',
    title: 'HAProxy CQ--: client gave up while queued',
    pattern: String.raw`\s-?\d+ \d+ \S+ \S+ CQ[-A-Z]{2}\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:06.442] fe_https~ be_app/web1 0/12003/-1/-1/12003 -1 0 - - CQ-- 980/960/200/50/0 0/87 "GET /api/search HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.4 },
    ],
    status: [],
    explain: 'The client left while its request was still queued for a saturated server (all connections at maxconn).',
    source: stateDoc,
  },
  {
    id: 'haproxy-nosrv',
    system: 'haproxy',
    title: 'HAProxy <NOSRV>: no server was picked',
    pattern: String.raw`/<NOSRV>\s`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: 203.0.113.9:51234 [22/Nov/2026:09:14:18.442] fe_https~ be_app/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 410/397/0/0/0 0/0 "GET /api/cart HTTP/1.1"',
      'Nov 22 09:14:19 lb1 haproxy[2211]: 10.0.1.5:40022 [22/Nov/2026:09:14:19.001] fe_http be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 12/12/0/0/0 0/0 "POST /v1/orders HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.5 },
    ],
    status: [503],
    explain:
      'HAProxy never selected a server: every server in the backend is down (or none is configured), or the request was rejected before routing.',
    source: stateDoc,
  },
  {
    id: 'haproxy-503-no-server-available-page',
    system: 'haproxy',
    title: 'HAProxy 503 page: No server is available to handle this request.',
    pattern: String.raw`No server is available to handle this request`,
    examples: [
      'No server is available to handle this request.',
      '<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.5 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.3 },
    ],
    status: [503],
    explain: "HAProxy's default 503 page: no usable server in the backend, or the queue timed out.",
    source: errorPages,
  },
  {
    id: 'haproxy-502-invalid-response-page',
    system: 'haproxy',
    title: 'HAProxy 502 page: The server returned an invalid or incomplete response.',
    pattern: String.raw`The server returned an invalid or incomplete response`,
    examples: [
      'The server returned an invalid or incomplete response.',
      '<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.6 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [502],
    explain: "HAProxy's default 502 page: the server closed early or sent a response HAProxy rejected (see SH-- or PH-- in the log).",
    source: errorPages,
  },
  {
    id: 'haproxy-504-no-response-page',
    system: 'haproxy',
    title: "HAProxy 504 page: The server didn't respond in time.",
    pattern: String.raw`The server didn't respond in time`,
    examples: [
      "The server didn't respond in time.",
      "<html><body><h1>504 Gateway Time-out</h1>The server didn't respond in time.</body></html>",
    ],
    modes: [
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.7 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.4 },
    ],
    status: [504],
    explain: "HAProxy's default 504 page: `timeout server` expired before the response (sH-- in the log).",
    source: errorPages,
  },
  {
    id: 'haproxy-server-down-l4-refused',
    system: 'haproxy',
    title: 'HAProxy: Server is DOWN, reason: Layer4 connection problem',
    pattern: String.raw`Server \S+ is DOWN, reason: Layer4 connection problem`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: Server be_app/web1 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
      '[WARNING]  (2211) : Server be_app/web3 is DOWN, reason: Layer4 connection problem, info: "Connection refused at initial connection step of tcp-check", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.8 },
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.6 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain: "The health check could not connect to the server's port (refused), so HAProxy took the server out of rotation.",
    source: {
      title: 'HAProxy source: src/check.c (check status descriptions)',
      url: 'https://github.com/haproxy/haproxy/blob/master/src/check.c',
    },
  },
  {
    id: 'haproxy-server-down-timeout',
    system: 'haproxy',
    title: 'HAProxy: Server is DOWN, reason: Layer4 timeout / Layer7 timeout',
    pattern: String.raw`Server \S+ is DOWN, reason: Layer[47] timeout`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: Server be_app/web2 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 1 active and 0 backup servers left. 3 sessions active, 0 requeued, 0 remaining in queue.',
      '[WARNING] 325/091418 (6) : Server be_redis/r2 is DOWN, reason: Layer7 timeout, info: " at step 5 of tcp-check (expect string \'role:master\')", check duration: 1000ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.7 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.5 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.4 },
    ],
    status: [503],
    explain: 'The health check got no answer in time: the server is frozen or saturated, or packets to it are dropped.',
    source: {
      title: 'HAProxy source: src/check.c (check status descriptions)',
      url: 'https://github.com/haproxy/haproxy/blob/master/src/check.c',
    },
  },
  {
    id: 'haproxy-server-down-l7-wrong-status',
    system: 'haproxy',
    title: 'HAProxy: Server is DOWN, reason: Layer7 wrong status',
    pattern: String.raw`Server \S+ is DOWN, reason: Layer7 wrong status`,
    examples: [
      'Nov 22 09:14:18 lb1 haproxy[2211]: Server be_api/srv2 is DOWN, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: 3ms. 0 active and 0 backup servers left. 2 sessions active, 0 requeued, 0 remaining in queue.',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.8 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [503],
    explain:
      'The server answered the HTTP health check with a failing status; if its health endpoint checks a dependency, a dependency blip takes every server out.',
    source: {
      title: 'HAProxy source: src/check.c (check status descriptions)',
      url: 'https://github.com/haproxy/haproxy/blob/master/src/check.c',
    },
  },
  {
    id: 'haproxy-backend-no-server-available',
    system: 'haproxy',
    title: 'HAProxy: backend has no server available!',
    pattern: String.raw`backend '?[^\s']+'? has no server available`,
    examples: [
      "[ALERT]    (2211) : backend 'be_app' has no server available!",
      'Nov 22 09:14:18 lb1 haproxy[2211]: backend be_app has no server available!',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.4 },
    ],
    status: [503],
    explain: 'The last server of the backend went down; from now on every request to it is answered 503 with <NOSRV>.',
    source: {
      title: 'HAProxy source: src/backend.c (set_backend_down)',
      url: 'https://github.com/haproxy/haproxy/blob/master/src/backend.c',
    },
  },
];
