/**
 * Envoy error signatures: text that Envoy prints, each with the failure modes it points to.
 * This file holds one system (`system: 'envoy'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'envoy', name: 'Envoy', hop: 'proxy-mesh' };

const flagsDoc = {
  title: 'Envoy docs: Access logging, RESPONSE_FLAGS',
  url: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage',
};
const detailsDoc = {
  title: 'Envoy docs: Response code details',
  url: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details',
};
const routerSource = {
  title: 'Envoy source: source/common/router/router.cc',
  url: 'https://github.com/envoyproxy/envoy/blob/main/source/common/router/router.cc',
};
const resetReasonSource = {
  title: 'Envoy source: source/common/http/utility.cc (resetReasonToString)',
  url: 'https://github.com/envoyproxy/envoy/blob/main/source/common/http/utility.cc',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'envoy-flag-uh',
    system: 'envoy',
    title: 'Envoy flag UH: no healthy upstream hosts',
    flags: ['UH'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 UH 0 19 0 - "-" "curl/8.5.0" "5e1f0a3c-2b6d-4c8e-9f1a-7d3b2c1e0f9a" "orders.shop.svc:8080" "-"',
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "okhttp/4.12.0" "7a2c9e10-44b1-4f0e-a3d2-18c6b5e7f901" "orders.shop.svc.cluster.local:8080" "-" outbound|8080||orders.shop.svc.cluster.local - 10.96.14.2:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.7 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The upstream cluster has no healthy host to send to: every endpoint failed health checks or was ejected, or the cluster has no endpoints at all.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-uf',
    system: 'envoy',
    title: 'Envoy flag UF: upstream connection failure',
    flags: ['UF'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 UF 0 91 3 - "-" "curl/8.5.0" "5e1f0a3c-2b6d-4c8e-9f1a-7d3b2c1e0f9a" "orders.shop.svc:8080" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 1 - "-" "okhttp/4.12.0" "7a2c9e10-44b1-4f0e-a3d2-18c6b5e7f901" "orders.shop.svc.cluster.local:8080" "10.0.3.7:8080" outbound|8080||orders.shop.svc.cluster.local - 10.96.14.2:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.7 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.4 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [503],
    explain:
      'Envoy could not open a connection to the chosen host: refused, timed out, or the TLS handshake failed (see the transport failure reason).',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-uf-urx',
    system: 'envoy',
    title: 'Envoy flags UF,URX: connection failures until the retry limit',
    flags: ['UF', 'URX'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api HTTP/1.1" 503 UF,URX 0 91 3 - "-" "curl/8.5.0" "abc" "api.example" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "POST /v1/pay HTTP/2" 503 URX,UF upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_111} - "delayed_connect_error:_111" 512 145 27 - "-" "grpc-go/1.64.0" "d41f0c2e-8b7a-4c55-9e1d-2a3b4c5d6e7f" "payments:9000" "10.0.5.12:9000" outbound|9000||payments.pay.svc.cluster.local - 10.96.3.40:9000 10.0.1.5:40122 - default',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.8 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
      { id: 'FM-504-RETRY-STORM', weight: 0.3 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.3 },
    ],
    status: [503],
    explain:
      'Every connection attempt failed and Envoy stopped after its retry or connect-attempt limit: the destination is not accepting connections at all.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-uo',
    system: 'envoy',
    title: 'Envoy flag UO: upstream overflow (circuit breaking)',
    flags: ['UO'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/search HTTP/1.1" 503 UO 0 81 0 - "-" "curl/8.5.0" "abc" "search.example" "-"',
      '[2026-11-22T09:14:18.442Z] "GET /api/search HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 0 - "-" "okhttp/4.12.0" "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" "search:8080" "-" outbound|8080||search.shop.svc.cluster.local - 10.96.9.11:8080 10.0.1.5:52211 - default',
    ],
    modes: [
      { id: 'FM-503-CIRCUIT-OPEN', weight: 0.8 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.6 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.4 },
    ],
    status: [503],
    explain:
      'A circuit-breaker threshold (max connections, pending requests, requests or retries) for the cluster is full, so Envoy rejects the request at once.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-nr',
    system: 'envoy',
    title: 'Envoy flag NR: no route configured',
    flags: ['NR'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/v3/orders HTTP/1.1" 404 NR 0 0 0 - "-" "curl/8.5.0" "abc" "shop.example.com" "-"',
      '[2026-11-22T09:14:18.442Z] "GET /api/v3/orders HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "-" "curl/8.5.0" "9f8e7d6c-5b4a-4321-8fed-cba987654321" "shop.example.com" "-" - - 10.0.2.4:8080 10.0.0.9:33012 - -',
    ],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.5 }],
    status: [],
    explain:
      'No route matched the request (or no filter chain matched the connection); Envoy answers 404, so this is routing configuration, not a 5xx.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-nc',
    system: 'envoy',
    title: 'Envoy flag NC: upstream cluster not found',
    flags: ['NC'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 NC cluster_not_found - "-" 0 0 0 - "-" "curl/8.5.0" "3b2a1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9" "orders:8080" "-" - - 10.96.14.2:8080 10.0.1.5:51234 - -',
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.6 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The matched route points at a cluster Envoy does not know, for example a VirtualService subset without a matching DestinationRule.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-urx',
    system: 'envoy',
    title: 'Envoy flag URX: upstream retry limit exceeded',
    flags: ['URX'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 URX 0 95 2031 2030 "-" "curl/8.5.0" "abc" "orders.shop.svc:8080" "10.0.3.9:8080"',
      '[2026-11-22T09:14:18.442Z] "GET /api/quote HTTP/1.1" 504 URX,UT upstream_per_try_timeout - "-" 0 24 3003 - "-" "okhttp/4.12.0" "0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f" "pricing:8080" "10.0.4.2:8080" outbound|8080||pricing.shop.svc.cluster.local 10.0.1.5:39818 10.96.7.3:8080 10.0.1.5:51990 - default',
    ],
    modes: [
      { id: 'FM-504-RETRY-STORM', weight: 0.6 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
    ],
    status: [503, 504],
    explain:
      'Envoy retried and gave up because the retry limit (or, for TCP, the maximum connect attempts) was reached; the other flags on the line say what failed each try.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-uc',
    system: 'envoy',
    title: 'Envoy flag UC: upstream connection termination',
    flags: ['UC'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 UC 0 95 11 - "-" "curl/8.5.0" "abc" "cart.shop.svc:8080" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "POST /api/cart HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 231 95 2 - "-" "okhttp/4.12.0" "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a" "cart:8080" "10.0.3.7:8080" outbound|8080||cart.shop.svc.cluster.local 10.0.1.5:40222 10.96.2.8:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.8 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.4 },
    ],
    status: [503],
    explain:
      'The upstream closed the connection before response headers: often a pooled keep-alive connection the app closed idle, or an app process that died.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-uc-urx',
    system: 'envoy',
    title: 'Envoy flags UC,URX: terminated connections until the retry limit',
    flags: ['UC', 'URX'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 UC,URX 0 95 14 - "-" "curl/8.5.0" "abc" "cart.shop.svc:8080" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 UC,URX upstream_reset_before_response_started{connection_termination} - "-" 0 95 9 - "-" "okhttp/4.12.0" "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a" "cart:8080" "10.0.3.8:8080" outbound|8080||cart.shop.svc.cluster.local 10.0.1.5:40222 10.96.2.8:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.8 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.4 },
      { id: 'FM-504-RETRY-STORM', weight: 0.3 },
    ],
    status: [503],
    explain:
      'Each attempt lost its connection before headers and the retries ran out, which points to the upstream process (crashing, restarting, closing connections) rather than an idle-connection race.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-ut',
    system: 'envoy',
    title: 'Envoy flag UT: upstream request timeout',
    flags: ['UT'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/reports HTTP/1.1" 504 UT 0 24 15001 - "-" "curl/8.5.0" "abc" "reports.shop.svc:8080" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "GET /api/reports HTTP/1.1" 504 UT response_timeout - "-" 0 24 15000 - "-" "okhttp/4.12.0" "2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9" "reports:8080" "10.0.3.7:8080" outbound|8080||reports.shop.svc.cluster.local 10.0.1.5:41010 10.96.5.5:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.7 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [504],
    explain:
      'The route timeout (or per-try timeout) expired before the upstream sent a response; Envoy answers 504 "upstream request timeout".',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-ut-urx',
    system: 'envoy',
    title: 'Envoy flags UT,URX: timeouts on every try until the retry limit',
    flags: ['UT', 'URX'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/quote HTTP/1.1" 504 UT,URX 0 24 9004 - "-" "curl/8.5.0" "abc" "pricing.shop.svc:8080" "10.0.4.2:8080"',
      '[2026-11-22T09:14:18.442Z] "GET /api/quote HTTP/1.1" 504 URX,UT upstream_per_try_timeout - "-" 0 24 3003 - "-" "okhttp/4.12.0" "0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f" "pricing:8080" "10.0.4.2:8080" outbound|8080||pricing.shop.svc.cluster.local 10.0.1.5:39818 10.96.7.3:8080 10.0.1.5:51990 - default',
    ],
    modes: [
      { id: 'FM-504-RETRY-STORM', weight: 0.8 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [504],
    explain: 'Each retry hit the per-try timeout and the retries were exhausted: retries are multiplying load on a slow dependency.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-ur',
    system: 'envoy',
    title: 'Envoy flag UR: upstream remote reset',
    flags: ['UR'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "POST /api/orders HTTP/2" 503 UR 1432 95 38 - "-" "grpc-java/1.63.0" "abc" "orders.shop.svc:9090" "10.0.3.7:9090"',
      '[2026-11-22T09:14:18.442Z] "POST /orders.v1.Orders/Create HTTP/2" 503 UR upstream_reset_before_response_started{remote_reset} - "-" 1432 95 38 - "-" "grpc-java/1.63.0" "8e7d6c5b-4a39-4281-b0c9-d8e7f6a5b4c3" "orders:9090" "10.0.3.7:9090" outbound|9090||orders.shop.svc.cluster.local 10.0.1.5:47001 10.96.14.2:9090 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.7 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [503],
    explain: 'The upstream reset the stream (HTTP/2 RST_STREAM) before sending headers.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-lr',
    system: 'envoy',
    title: 'Envoy flag LR: connection local reset',
    flags: ['LR'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 LR 0 83 1 - "-" "curl/8.5.0" "abc" "cart.shop.svc:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.8 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [503],
    explain:
      'Envoy itself reset the upstream stream (for example on a codec or protocol error, or during a drain), so no response arrived.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-dc',
    system: 'envoy',
    title: 'Envoy flag DC: downstream connection termination',
    flags: ['DC'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/reports HTTP/1.1" 0 DC 0 0 29998 - "-" "Mozilla/5.0" "abc" "reports.example.com" "10.0.3.7:8080"',
      '[2026-11-22T09:14:18.442Z] "POST /upload HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 1048576 0 30001 - "-" "python-requests/2.32.3" "4c3b2a19-0f8e-47d6-95c4-b3a291807f6e" "files:8080" "10.0.3.9:8080" inbound|8080|| 127.0.0.6:49877 10.0.3.9:8080 10.0.1.5:51234 - default',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.3 },
    ],
    status: [],
    explain:
      'The caller closed its connection before the response was complete; status 0 means nothing was sent. Look for a shorter timeout on the caller side.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-lh',
    system: 'envoy',
    title: 'Envoy flag LH: local service failed health check',
    flags: ['LH'],
    examples: ['[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 LH 0 19 0 - "-" "curl/8.5.0" "abc" "cart.shop.svc:8080" "-"'],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.6 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [503],
    explain: "The local service behind this Envoy failed Envoy's health check (or Envoy is draining), so the request is refused.",
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-upe',
    system: 'envoy',
    title: 'Envoy flag UPE: upstream protocol error',
    flags: ['UPE'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /account HTTP/1.1" 502 UPE upstream_reset_before_response_started{protocol_error} - "-" 0 87 4 - "-" "Mozilla/5.0" "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d" "web:8080" "10.0.3.7:8080" outbound|8080||web.shop.svc.cluster.local 10.0.1.5:43000 10.96.1.1:8080 10.0.1.5:51234 - default',
      '[2026-11-22T09:14:18.442Z] "GET /account HTTP/1.1" 502 UPE 0 87 4 - "-" "Mozilla/5.0" "abc" "web.shop.svc:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.7 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
    ],
    status: [502],
    explain:
      "The upstream's response broke HTTP rules (headers too large, invalid characters, wrong protocol), so Envoy could not parse it.",
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-umsdr',
    system: 'envoy',
    title: 'Envoy flag UMSDR: upstream max stream duration reached',
    flags: ['UMSDR'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/export HTTP/1.1" 504 UMSDR 0 24 60000 - "-" "curl/8.5.0" "abc" "export.shop.svc:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.7 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
    ],
    status: [504],
    explain: 'The upstream stream ran longer than the configured max_stream_duration and Envoy cut it off.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-dpe',
    system: 'envoy',
    title: 'Envoy flag DPE: downstream protocol error',
    flags: ['DPE'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "- - HTTP/1.1" 400 DPE http1.codec_error - "-" 0 11 0 - "-" "-" "-" "-" "-" - - 10.0.2.4:8080 10.0.0.9:33012 - -',
    ],
    modes: [{ id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 }],
    status: [],
    explain:
      'The caller sent HTTP that Envoy could not parse (often a load balancer speaking the wrong protocol to the listener); Envoy answers 400.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-rl',
    system: 'envoy',
    title: 'Envoy flag RL: rate limited locally',
    flags: ['RL'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "POST /v1/orders HTTP/1.1" 429 RL 0 18 0 - "-" "curl/8.5.0" "abc" "api.example.com" "-"',
      '[2026-11-22T09:14:18.442Z] "POST /v1/orders HTTP/1.1" 503 RL request_rate_limited - "-" 0 18 0 - "-" "okhttp/4.12.0" "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" "api.example.com" "-" - - 10.0.2.4:8443 203.0.113.9:51234 api.example.com -',
    ],
    modes: [
      { id: 'FM-503-RATE-LIMIT-MISCODED', weight: 0.7 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The HTTP rate limit filter rejected the request; Envoy answers 429 unless the status was remapped, and a 503 here is a miscoded limit.',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-df',
    system: 'envoy',
    title: 'Envoy flag DF: DNS resolution failed',
    flags: ['DF'],
    examples: ['[2026-11-22T09:14:18.442Z] "GET /v1/rates HTTP/1.1" 503 DF 0 91 5002 - "-" "curl/8.5.0" "abc" "rates.partner.example" "-"'],
    modes: [{ id: 'FM-502-UPSTREAM-DNS', weight: 0.9 }],
    status: [503],
    explain: 'Envoy could not resolve the upstream hostname (dynamic forward proxy or a DNS-based cluster).',
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-om',
    system: 'envoy',
    title: 'Envoy flag OM: overload manager terminated the request',
    flags: ['OM'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/cart HTTP/1.1" 503 OM overload - "-" 0 16 0 - "-" "curl/8.5.0" "abc" "cart.shop.svc:8080" "-"',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.8 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
    ],
    status: [503],
    explain: "Envoy's own overload manager is shedding load because the proxy is short of memory or connections.",
    source: flagsDoc,
  },
  {
    id: 'envoy-flag-si',
    system: 'envoy',
    title: 'Envoy flag SI: stream idle timeout',
    flags: ['SI'],
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/stream HTTP/1.1" 504 SI 0 24 300001 - "-" "curl/8.5.0" "abc" "events.shop.svc:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.5 },
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.5 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [504],
    explain: 'No bytes moved on the stream for longer than the stream idle timeout, so Envoy ended it.',
    source: flagsDoc,
  },
  {
    id: 'envoy-reset-connection-failure',
    system: 'envoy',
    title: 'Envoy: upstream connect error ... reset reason: connection failure',
    pattern: String.raw`upstream connect error or disconnect/reset before headers\. (?:retried and the latest )?reset reason: (?:remote |local )?connection failure|upstream_reset_before_response_started\{(?:remote_|local_)?connection_failure`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111',
      '[2026-11-22T09:14:18.442Z] "GET /api/orders HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 1 - "-" "okhttp/4.12.0" "7a2c9e10" "orders:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.9 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.6 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.3 },
    ],
    status: [503],
    explain:
      "Envoy's 503 body when it could not connect to the upstream; the transport failure reason, if present, says refused, timeout or TLS.",
    source: routerSource,
  },
  {
    id: 'envoy-delayed-connect-error-111',
    system: 'envoy',
    title: 'Envoy: transport failure reason: delayed connect error: 111',
    pattern: String.raw`delayed[ _]connect[ _]error:[ _]?111\b`,
    examples: [
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111',
      '[2026-11-22T09:14:18.442Z] "POST /v1/pay HTTP/2" 503 URX,UF upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_111} - "delayed_connect_error:_111" 512 145 27 - "-" "grpc-go/1.64.0" "d41f0c2e" "payments:9000" "10.0.5.12:9000"',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.9 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain: 'Errno 111 is ECONNREFUSED: the pod or host is reachable but nothing listens on the target port.',
    source: resetReasonSource,
  },
  {
    id: 'envoy-tls-certificate-verify-failed',
    system: 'envoy',
    title: 'Envoy: transport failure reason: TLS error ... CERTIFICATE_VERIFY_FAILED',
    pattern: String.raw`TLS[_ ]error:.{0,80}?CERTIFICATE_VERIFY_FAILED`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end',
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: TLS error: 268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.95 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.4 },
    ],
    status: [503],
    explain:
      "Envoy rejected the upstream's certificate: expired, wrong SAN, or issued by a CA it does not trust (in a mesh, often a root-of-trust change not yet picked up by pods).",
    source: routerSource,
  },
  {
    id: 'envoy-tls-wrong-version-number',
    system: 'envoy',
    title: 'Envoy: transport failure reason: TLS error ... WRONG_VERSION_NUMBER',
    pattern: String.raw`TLS[_ ]error:.{0,80}?WRONG_VERSION_NUMBER`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: TLS_error:|268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.8 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.5 },
    ],
    status: [503],
    explain:
      'Envoy spoke TLS to a port that answered in plain text (or the reverse), typically an mTLS or DestinationRule TLS-mode mismatch.',
    source: routerSource,
  },
  {
    id: 'envoy-reset-connection-termination',
    system: 'envoy',
    title: 'Envoy: reset reason: connection termination',
    pattern: String.raw`reset reason: connection termination|upstream_reset_before_response_started\{connection_termination\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: connection termination',
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: connection termination',
      '[2026-11-22T09:14:18.442Z] "POST /api/cart HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 231 95 2 - "-" "okhttp/4.12.0" "6d5c4b3a" "cart:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.9 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
    ],
    status: [503],
    explain:
      'The upstream connection was closed before response headers arrived (flag UC): an idle pooled connection closed by the app, or the app process going away.',
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-overflow',
    system: 'envoy',
    title: 'Envoy: reset reason: overflow',
    pattern: String.raw`reset reason: overflow|upstream_reset_before_response_started\{overflow\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: overflow',
      '[2026-11-22T09:14:18.442Z] "GET /api/search HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 0 - "-" "okhttp/4.12.0" "1c2d3e4f" "search:8080" "-"',
    ],
    modes: [
      { id: 'FM-503-CIRCUIT-OPEN', weight: 0.7 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.7 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
    ],
    status: [503],
    explain: 'A circuit-breaker limit of the cluster overflowed (flag UO); the response also carries x-envoy-overloaded: true.',
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-remote-reset',
    system: 'envoy',
    title: 'Envoy: reset reason: remote reset',
    pattern: String.raw`reset reason: remote reset|upstream_reset_before_response_started\{remote_reset\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: remote reset',
      '[2026-11-22T09:14:18.442Z] "POST /orders.v1.Orders/Create HTTP/2" 503 UR upstream_reset_before_response_started{remote_reset} - "-" 1432 95 38 - "-" "grpc-java/1.63.0" "8e7d6c5b" "orders:9090" "10.0.3.7:9090"',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.8 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [503],
    explain: 'The upstream sent a stream reset before any response headers (flag UR).',
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-remote-refused-stream',
    system: 'envoy',
    title: 'Envoy: reset reason: remote refused stream reset',
    pattern: String.raw`reset reason: remote refused stream reset|upstream_reset_before_response_started\{remote_refused_stream_reset\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote refused stream reset',
    ],
    modes: [
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [503],
    explain: 'The HTTP/2 upstream refused the stream (REFUSED_STREAM): it hit its concurrent-stream limit or is shutting down.',
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-connection-timeout',
    system: 'envoy',
    title: 'Envoy: reset reason: connection timeout',
    pattern: String.raw`reset reason: connection timeout|upstream_reset_before_response_started\{connection_timeout\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: connection timeout',
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: connection timeout',
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.8 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.6 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.5 },
    ],
    status: [503],
    explain:
      "The TCP connection to the upstream was not established within the cluster's connect_timeout: packets are being dropped or the host is overloaded.",
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-local-reset',
    system: 'envoy',
    title: 'Envoy: reset reason: local reset',
    pattern: String.raw`reset reason: local reset|upstream_reset_before_response_started\{local_reset\}`,
    examples: ['upstream connect error or disconnect/reset before headers. reset reason: local reset'],
    modes: [{ id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.8 }],
    status: [503],
    explain: 'Envoy reset the upstream stream itself (flag LR), for example after a codec error or while draining.',
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-protocol-error',
    system: 'envoy',
    title: 'Envoy: reset reason: protocol error / {protocol_error}',
    pattern: String.raw`reset reason: protocol error|upstream_reset_before_response_started\{protocol_error\}`,
    examples: [
      'upstream connect error or disconnect/reset before headers. reset reason: protocol error',
      '[2026-11-22T09:14:18.442Z] "GET /account HTTP/1.1" 502 UPE upstream_reset_before_response_started{protocol_error} - "-" 0 87 4 - "-" "Mozilla/5.0" "5a4b3c2d" "web:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.8 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.3 },
    ],
    status: [502, 503],
    explain: "The upstream's response violated the HTTP protocol (flag UPE): oversized or invalid headers, or the wrong HTTP version.",
    source: resetReasonSource,
  },
  {
    id: 'envoy-reset-after-response-started',
    system: 'envoy',
    title: 'Envoy: upstream_reset_after_response_started',
    pattern: String.raw`upstream_reset_after_response_started\{`,
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/export HTTP/1.1" 200 UR upstream_reset_after_response_started{remote_reset} - "-" 0 524288 4211 12 "-" "curl/8.5.0" "0a1b2c3d" "export:8080" "10.0.3.7:8080"',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.5 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.4 },
    ],
    status: [],
    explain: 'The upstream connection broke after headers were sent, so the client got a truncated body rather than an error status.',
    source: detailsDoc,
  },
  {
    id: 'envoy-no-healthy-upstream',
    system: 'envoy',
    title: 'Envoy: no healthy upstream',
    pattern: String.raw`\bno[ _]healthy[ _]upstream\b`,
    examples: [
      'no healthy upstream',
      '< HTTP/1.1 503 Service Unavailable < content-length: 19 < content-type: text/plain < server: envoy no healthy upstream',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.9 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.7 },
    ],
    status: [503],
    explain: "Envoy's 503 body (and detail no_healthy_upstream) when the cluster has no healthy endpoint to pick (flag UH).",
    source: routerSource,
  },
  {
    id: 'envoy-upstream-request-timeout',
    system: 'envoy',
    title: 'Envoy: upstream request timeout',
    pattern: String.raw`\bupstream request timeout\b|\bupstream_(?:response|per_try)_timeout\b`,
    examples: [
      'upstream request timeout',
      '[2026-11-22T09:14:18.442Z] "GET /api/quote HTTP/1.1" 504 URX,UT upstream_per_try_timeout - "-" 0 24 3003 - "-" "okhttp/4.12.0" "0f1e2d3c" "pricing:8080" "10.0.4.2:8080"',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.7 },
      { id: 'FM-504-RETRY-STORM', weight: 0.3 },
    ],
    status: [504],
    explain: "Envoy's 504 body when the route (or per-try) timeout expired before the upstream answered (flag UT).",
    source: routerSource,
  },
  {
    id: 'envoy-overloaded-body',
    system: 'envoy',
    title: 'Envoy: envoy overloaded',
    pattern: String.raw`\benvoy overloaded\b`,
    examples: ['envoy overloaded'],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.8 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
    ],
    status: [503],
    explain: "The body Envoy's overload manager sends when it stops accepting requests because the proxy itself is overloaded (flag OM).",
    source: {
      title: 'Envoy docs: Overload manager',
      url: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/operations/overload_manager/overload_manager',
    },
  },
  {
    id: 'envoy-x-envoy-overloaded-header',
    system: 'envoy',
    title: 'Envoy: x-envoy-overloaded: true',
    pattern: String.raw`x-envoy-overloaded:\s*true`,
    examples: ['< x-envoy-overloaded: true', 'x-envoy-overloaded: true'],
    modes: [
      { id: 'FM-503-CIRCUIT-OPEN', weight: 0.7 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.6 },
    ],
    status: [503],
    explain: 'Envoy adds this header when it rejected the request because a circuit breaker overflowed or it is shedding load.',
    source: {
      title: 'Envoy docs: Router filter (x-envoy-overloaded)',
      url: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter',
    },
  },
  {
    id: 'envoy-via-upstream-5xx',
    system: 'envoy',
    title: 'Envoy/Istio: 5xx with via_upstream (the application answered)',
    pattern: String.raw`" 50[0-4] - via_upstream `,
    examples: [
      '[2026-11-22T09:14:18.442Z] "GET /api/orders/42 HTTP/1.1" 500 - via_upstream - "-" 0 87 12 11 "-" "okhttp/4.12.0" "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e" "orders:8080" "10.0.3.7:8080" inbound|8080|| 127.0.0.6:40411 10.0.3.7:8080 10.0.1.5:51234 - default',
      '[2026-11-22T09:14:18.442Z] "GET /api/quote HTTP/1.1" 503 - via_upstream - "-" 0 57 4 3 "-" "okhttp/4.12.0" "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f" "pricing:8080" "10.0.4.2:8080" outbound|8080||pricing.shop.svc.cluster.local 10.0.1.5:39818 10.96.7.3:8080 10.0.1.5:51990 - default',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.3 },
    ],
    status: [500, 502, 503, 504],
    explain: 'No Envoy flag and detail via_upstream: the status came from the application itself, so debug the app, not the mesh.',
    source: detailsDoc,
  },
];
