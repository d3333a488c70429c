/**
 * nginx error signatures: text that nginx prints, each with the failure modes it points to.
 * This file holds one system (`system: 'nginx'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'nginx', name: 'nginx', hop: 'proxy-mesh' };

const upstreamModule = {
  title: 'nginx source: src/http/ngx_http_upstream.c',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_upstream.c',
};
const proxyModule = {
  title: 'nginx source: src/http/modules/ngx_http_proxy_module.c',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_proxy_module.c',
};
const upstreamDocs = { title: 'nginx docs: ngx_http_upstream_module', url: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html' };
const proxyDocs = { title: 'nginx docs: ngx_http_proxy_module', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'nginx-connect-refused',
    system: 'nginx',
    title: 'nginx: connect() failed (111: Connection refused) while connecting to upstream',
    pattern: String.raw`connect\(\) failed \(111: Connection refused\) while connecting to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:19 [error] 7#7: *1021 connect() failed (111: Connection refused) while connecting to upstream, client: 192.168.49.1, server: _, request: "POST /login HTTP/1.1", upstream: "http://127.0.0.1:3000/login", host: "app.local"',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.9 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.5 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.5 },
    ],
    status: [502],
    explain: 'nginx reached the upstream host but nothing was listening on that port, so the TCP connection was refused.',
    source: upstreamModule,
  },
  {
    id: 'nginx-connect-no-route',
    system: 'nginx',
    title: 'nginx: connect() failed (113: No route to host) while connecting to upstream',
    pattern: String.raw`connect\(\) failed \(113: (?:No route to host|Host is unreachable)\) while connecting to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 24#24: *9921 connect() failed (113: No route to host) while connecting to upstream, client: 10.0.1.5, server: api.example.com, request: "GET /v1/items HTTP/1.1", upstream: "http://10.244.2.17:8080/v1/items", host: "api.example.com"',
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.7 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.4 },
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.3 },
    ],
    status: [502],
    explain:
      'The network reported the upstream address unreachable: a firewall rejects it, or nginx still uses the address of a host or pod that is gone.',
    source: upstreamModule,
  },
  {
    id: 'nginx-upstream-timed-out-connecting',
    system: 'nginx',
    title: 'nginx: upstream timed out while connecting to upstream',
    pattern: String.raw`upstream timed out \(110: (?:Connection|Operation) timed out\) while connecting to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48301 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.8 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.7 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.3 },
    ],
    status: [504],
    explain:
      'The TCP handshake to the upstream never completed within proxy_connect_timeout: packets were dropped, or the listener is too overloaded to accept.',
    source: proxyDocs,
  },
  {
    id: 'nginx-upstream-timed-out-reading-header',
    system: 'nginx',
    title: 'nginx: upstream timed out while reading response header from upstream',
    pattern: String.raw`upstream timed out \(110: (?:Connection|Operation) timed out\) while reading response header from upstream`,
    examples: [
      '2026/11/22 09:15:02 [error] 31#31: *48399 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/reports/2026 HTTP/1.1", upstream: "http://10.0.3.7:8080/api/reports/2026", host: "shop.example.com"',
      '2026/11/22 09:15:04 [error] 45#45: *7782 upstream timed out (110: Operation timed out) while reading response header from upstream, client: 10.42.0.1, server: api.example.com, request: "POST /graphql HTTP/1.1", upstream: "http://10.42.1.9:4000/graphql", host: "api.example.com"',
    ],
    modes: [
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.8 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.6 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.5 },
    ],
    status: [504],
    explain: 'nginx connected and sent the request, but the upstream sent no response header within proxy_read_timeout.',
    source: proxyDocs,
  },
  {
    id: 'nginx-upstream-timed-out-sending-request',
    system: 'nginx',
    title: 'nginx: upstream timed out while sending request to upstream',
    pattern: String.raw`upstream timed out \(110: (?:Connection|Operation) timed out\) while sending request to upstream`,
    examples: [
      '2026/11/22 09:15:30 [error] 31#31: *48420 upstream timed out (110: Connection timed out) while sending request to upstream, client: 10.0.1.5, server: files.example.com, request: "PUT /upload/video.mp4 HTTP/1.1", upstream: "http://10.0.3.9:8080/upload/video.mp4", host: "files.example.com"',
    ],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.5 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.5 },
      { id: 'FM-504-CONNECT-VS-READ', weight: 0.3 },
    ],
    status: [504],
    explain:
      'The upstream stopped reading the request body for longer than proxy_send_timeout: it is stalled or the path drops large packets.',
    source: proxyDocs,
  },
  {
    id: 'nginx-upstream-timed-out-reading-body',
    system: 'nginx',
    title: 'nginx: upstream timed out while reading upstream (response body)',
    pattern: String.raw`upstream timed out \(110: (?:Connection|Operation) timed out\) while reading upstream`,
    examples: [
      '2026/11/22 09:16:11 [error] 31#31: *48502 upstream timed out (110: Connection timed out) while reading upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /export.csv HTTP/1.1", upstream: "http://10.0.3.7:8080/export.csv", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.5 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.4 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [],
    explain:
      'Headers had already been sent; the body then stalled longer than proxy_read_timeout, so the client gets a truncated response rather than a 5xx.',
    source: proxyDocs,
  },
  {
    id: 'nginx-upstream-prematurely-closed-header',
    system: 'nginx',
    title: 'nginx: upstream prematurely closed connection while reading response header',
    pattern: String.raw`upstream prematurely closed connection while reading response header from upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream prematurely closed connection while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "POST /api/checkout HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/api/checkout", host: "shop.example.com"',
      '2026/11/22 09:14:21 [error] 12#12: *3318 upstream prematurely closed connection while reading response header from upstream, client: 172.17.0.1, server: localhost, request: "GET /health HTTP/1.1", upstream: "http://172.17.0.3:8000/health", host: "localhost:8080"',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.8 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.7 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The upstream closed the connection before sending a status line: its worker died or was killed, or it closed an idle keep-alive connection nginx had just reused.',
    source: upstreamModule,
  },
  {
    id: 'nginx-upstream-prematurely-closed-body',
    system: 'nginx',
    title: 'nginx: upstream prematurely closed connection while reading upstream (body)',
    pattern: String.raw`upstream prematurely closed connection while reading upstream`,
    examples: [
      '2026/11/22 09:18:40 [error] 31#31: *48777 upstream prematurely closed connection while reading upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /export.csv HTTP/1.1", upstream: "http://10.0.3.7:8080/export.csv", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.6 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.5 },
    ],
    status: [],
    explain: 'The upstream died or was killed after it had started sending the body, so the client receives a truncated response.',
    source: upstreamModule,
  },
  {
    id: 'nginx-recv-reset-reading-header',
    system: 'nginx',
    title: 'nginx: recv() failed (104: Connection reset by peer) while reading response header',
    pattern: String.raw`recv\(\) failed \(104: Connection reset by peer\) while reading response header from upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.8 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.7 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [502],
    explain:
      'The upstream answered the request with a TCP reset instead of a response, typically on a reused idle connection or from a dying process.',
    source: upstreamModule,
  },
  {
    id: 'nginx-reset-reading-body',
    system: 'nginx',
    title: 'nginx: recv()/readv() failed (104: Connection reset by peer) while reading upstream',
    pattern: String.raw`(?:recv|readv)\(\) failed \(104: Connection reset by peer\) while reading upstream`,
    examples: [
      '2026/11/22 09:18:40 [error] 31#31: *48790 readv() failed (104: Connection reset by peer) while reading upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /media/big.zip HTTP/1.1", upstream: "http://10.0.3.7:8080/media/big.zip", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.5 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
    ],
    status: [],
    explain:
      'The upstream reset the connection in the middle of the response body; the status was already sent, so the client sees a cut-off download.',
    source: upstreamModule,
  },
  {
    id: 'nginx-send-failed-to-upstream',
    system: 'nginx',
    title: 'nginx: writev()/send() failed (32: Broken pipe) while sending request to upstream',
    pattern: String.raw`(?:writev|send|sendfile)\(\) failed \((?:32: Broken pipe|104: Connection reset by peer)\) while sending request to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 writev() failed (32: Broken pipe) while sending request to upstream, client: 10.0.1.5, server: shop.example.com, request: "POST /api/upload HTTP/1.1", upstream: "http://10.0.3.7:8080/api/upload", host: "shop.example.com"',
      '2026/11/22 09:14:20 [error] 31#31: *48217 send() failed (104: Connection reset by peer) while sending request to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.7 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
    ],
    status: [502],
    explain:
      'The upstream side of the connection was already closed when nginx wrote the request to it, usually an idle keep-alive connection the upstream had just timed out.',
    source: upstreamModule,
  },
  {
    id: 'nginx-client-gone-while-sending',
    system: 'nginx',
    title: 'nginx: writev() failed (32: Broken pipe) while sending to client',
    pattern: String.raw`failed \((?:32: Broken pipe|104: Connection reset by peer)\) while sending to client`,
    examples: [
      '2026/11/22 09:20:03 [info] 31#31: *49002 writev() failed (32: Broken pipe) while sending to client, client: 203.0.113.9, server: shop.example.com, request: "GET /export.csv HTTP/1.1", upstream: "http://10.0.3.7:8080/export.csv", host: "shop.example.com"',
    ],
    modes: [{ id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.3 }],
    status: [],
    explain:
      'The client (or a load balancer in front) closed its connection before nginx finished sending; on its own this is client-side noise, not an upstream fault.',
    source: upstreamModule,
  },
  {
    id: 'nginx-upstream-sent-too-big-header',
    system: 'nginx',
    title: 'nginx: upstream sent too big header while reading response header',
    pattern: String.raw`upstream sent too big header while reading response header from upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream sent too big header while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /account HTTP/1.1", upstream: "http://10.0.3.7:8080/account", host: "shop.example.com", referrer: "https://shop.example.com/login"',
    ],
    modes: [{ id: 'FM-502-HEADER-TOO-BIG', weight: 0.95 }],
    status: [502],
    explain: "The upstream's response headers (often many or large Set-Cookie headers) do not fit into proxy_buffer_size.",
    source: proxyModule,
  },
  {
    id: 'nginx-upstream-sent-invalid-header',
    system: 'nginx',
    title: 'nginx: upstream sent invalid header',
    pattern: String.raw`upstream sent invalid header`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream sent invalid header while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.8 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain:
      'A response header line from the upstream breaks HTTP syntax (forbidden characters, bad folding, a missing colon), so nginx rejects the response.',
    source: proxyModule,
  },
  {
    id: 'nginx-upstream-sent-no-valid-http-header',
    system: 'nginx',
    title: 'nginx: upstream sent no valid HTTP/1.0 header',
    pattern: String.raw`upstream sent no valid HTTP/1\.0 header`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream sent no valid HTTP/1.0 header while reading response header from upstream, client: 10.0.1.5, server: grpc.example.com, request: "GET /status HTTP/1.1", upstream: "http://10.0.3.7:50051/status", host: "grpc.example.com"',
    ],
    modes: [{ id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.9 }],
    status: [502],
    explain:
      'The bytes that came back are not an HTTP/1.x status line: nginx is talking plain HTTP to a TLS, HTTP/2-only, gRPC or non-HTTP port.',
    source: proxyModule,
  },
  {
    id: 'nginx-upstream-sent-invalid-chunked',
    system: 'nginx',
    title: 'nginx: upstream sent invalid chunked response',
    pattern: String.raw`upstream sent invalid chunked response`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream sent invalid chunked response while reading upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/feed HTTP/1.1", upstream: "http://10.0.3.7:8080/api/feed", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.3 },
    ],
    status: [502],
    explain: 'The upstream framed its body with broken chunked transfer-encoding, so nginx cannot relay it.',
    source: proxyModule,
  },
  {
    id: 'nginx-unsupported-fastcgi-protocol-version',
    system: 'nginx',
    title: 'nginx: upstream sent unsupported FastCGI protocol version',
    pattern: String.raw`upstream sent unsupported FastCGI protocol version: \d+`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream sent unsupported FastCGI protocol version: 72 while reading response header from upstream, client: 10.0.1.5, server: blog.example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://127.0.0.1:8080", host: "blog.example.com"',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.9 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [502],
    explain:
      'fastcgi_pass points at a server that answers in plain HTTP (version 72 is the letter "H" of "HTTP/1.1") instead of a PHP-FPM FastCGI port.',
    source: {
      title: 'nginx source: src/http/modules/ngx_http_fastcgi_module.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_fastcgi_module.c',
    },
  },
  {
    id: 'nginx-no-live-upstreams',
    system: 'nginx',
    title: 'nginx: no live upstreams while connecting to upstream',
    pattern: String.raw`no live upstreams while connecting to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 no live upstreams while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://backend/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.8 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.3 },
    ],
    status: [502],
    explain:
      'Every server in the upstream block is marked failed (max_fails within fail_timeout), so nginx answers 502 without trying a connection.',
    source: upstreamDocs,
  },
  {
    id: 'nginx-upstream-server-temporarily-disabled',
    system: 'nginx',
    title: 'nginx: upstream server temporarily disabled',
    pattern: String.raw`upstream server temporarily disabled while`,
    examples: [
      '2026/11/22 09:14:18 [warn] 31#31: *48213 upstream server temporarily disabled while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.6 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.3 },
    ],
    status: [502, 504],
    explain:
      'A failed attempt pushed this server over max_fails, so nginx stops sending to it for fail_timeout; if all servers get here, "no live upstreams" follows.',
    source: upstreamDocs,
  },
  {
    id: 'nginx-could-not-be-resolved',
    system: 'nginx',
    title: 'nginx: upstream name could not be resolved (Host not found / Server failure)',
    pattern: String.raw`could not be resolved \(\d+: (?:Host not found|Server failure|Format error|Unimplemented|Operation refused)\)`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 orders.shop.svc.cluster.local could not be resolved (3: Host not found), client: 10.0.1.5, server: shop.example.com, request: "GET /api/orders HTTP/1.1", host: "shop.example.com"',
      '2026/11/22 09:14:19 [error] 31#31: *48214 api.internal.example could not be resolved (2: Server failure), client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", host: "shop.example.com"',
    ],
    modes: [{ id: 'FM-502-UPSTREAM-DNS', weight: 0.95 }],
    status: [502],
    explain:
      "nginx's runtime resolver got a negative or failed DNS answer for the upstream name (proxy_pass with a variable, or resolve on a server).",
    source: { title: 'nginx source: src/core/ngx_resolver.c', url: 'https://github.com/nginx/nginx/blob/master/src/core/ngx_resolver.c' },
  },
  {
    id: 'nginx-resolver-timed-out',
    system: 'nginx',
    title: 'nginx: could not be resolved (110: Operation timed out)',
    pattern: String.raw`could not be resolved \(110: Operation timed out\)`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 orders.shop.svc.cluster.local could not be resolved (110: Operation timed out), client: 10.0.1.5, server: shop.example.com, request: "GET /api/orders HTTP/1.1", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.8 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.3 },
    ],
    status: [502],
    explain: 'The DNS server configured in `resolver` did not answer within resolver_timeout.',
    source: { title: 'nginx source: src/core/ngx_resolver.c', url: 'https://github.com/nginx/nginx/blob/master/src/core/ngx_resolver.c' },
  },
  {
    id: 'nginx-no-resolver-defined',
    system: 'nginx',
    title: 'nginx: no resolver defined to resolve',
    pattern: String.raw`no resolver defined to resolve`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 no resolver defined to resolve orders.shop.svc.cluster.local, client: 10.0.1.5, server: shop.example.com, request: "GET /api/orders HTTP/1.1", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [502],
    explain: 'proxy_pass uses a variable, so the name must be resolved at request time, but no `resolver` directive is configured.',
    source: {
      title: 'nginx docs: ngx_http_core_module (resolver)',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#resolver',
    },
  },
  {
    id: 'nginx-host-not-found-in-upstream',
    system: 'nginx',
    title: 'nginx: [emerg] host not found in upstream',
    pattern: String.raw`host not found in upstream "[^"]+"`,
    examples: [
      '2026/11/22 09:14:18 [emerg] 1#1: host not found in upstream "backend:8080" in /etc/nginx/conf.d/default.conf:12',
      'nginx: [emerg] host not found in upstream "api.internal" in /etc/nginx/nginx.conf:41',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [502],
    explain:
      'A name in an upstream or proxy_pass could not be resolved when the configuration was loaded, so nginx refuses to start or reload.',
    source: upstreamDocs,
  },
  {
    id: 'nginx-ssl-wrong-version-number-upstream',
    system: 'nginx',
    title: 'nginx: SSL_do_handshake() failed (wrong version number) while SSL handshaking to upstream',
    pattern: String.raw`SSL_do_handshake\(\) failed .*?wrong version number.*?while SSL handshaking to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "https://10.0.3.7:8080/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:19 [error] 9#9: *311 SSL_do_handshake() failed (SSL: error:1408F10B:SSL routines:ssl3_get_record:wrong version number) while SSL handshaking to upstream, client: 10.0.1.5, server: _, request: "GET / HTTP/1.1", upstream: "https://10.0.3.8:80/", host: "app.example.com"',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.9 },
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.4 },
    ],
    status: [502],
    explain: 'nginx started TLS (proxy_pass https://) but the upstream port answers in plain HTTP.',
    source: {
      title: 'nginx source: src/event/ngx_event_openssl.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_openssl.c',
    },
  },
  {
    id: 'nginx-ssl-handshake-failed-upstream',
    system: 'nginx',
    title: 'nginx: SSL_do_handshake() failed while SSL handshaking to upstream',
    pattern: String.raw`SSL_do_handshake\(\) failed .*while SSL handshaking to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::sslv3 alert handshake failure:SSL alert number 40) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "https://10.0.3.7:443/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:20 [error] 31#31: *48219 SSL_do_handshake() failed (SSL: error:0A00042E:SSL routines::tlsv1 alert protocol version:SSL alert number 70) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "https://10.0.3.7:443/", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.9 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The TLS handshake with the upstream failed: no shared protocol version or cipher, missing SNI (proxy_ssl_server_name), or a client certificate problem.',
    source: {
      title: 'nginx source: src/event/ngx_event_openssl.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_openssl.c',
    },
  },
  {
    id: 'nginx-peer-closed-ssl-handshake-upstream',
    system: 'nginx',
    title: 'nginx: peer closed connection in SSL handshake while SSL handshaking to upstream',
    pattern: String.raw`peer closed connection in SSL handshake.*while SSL handshaking to upstream`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 peer closed connection in SSL handshake (104: Connection reset by peer) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "https://10.0.3.7:443/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:19 [error] 31#31: *48214 peer closed connection in SSL handshake while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "https://10.0.3.7:443/", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.7 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The upstream hung up during the TLS handshake, often because it expects SNI, a different protocol version, or is not a TLS port.',
    source: {
      title: 'nginx source: src/event/ngx_event_openssl.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_openssl.c',
    },
  },
  {
    id: 'nginx-upstream-ssl-certificate-verify-error',
    system: 'nginx',
    title: 'nginx: upstream SSL certificate verify error',
    pattern: String.raw`upstream SSL certificate verify error: \(\d+:[^)]*\)`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "https://10.0.3.7:443/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:19 [error] 31#31: *48214 upstream SSL certificate verify error: (20:unable to get local issuer certificate) while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "https://10.0.3.7:443/", host: "shop.example.com"',
    ],
    modes: [{ id: 'FM-502-UPSTREAM-TLS', weight: 0.95 }],
    status: [502],
    explain:
      "With proxy_ssl_verify on, the upstream's certificate failed verification: expired, self-signed, or signed by a CA nginx does not trust.",
    source: proxyDocs,
  },
  {
    id: 'nginx-upstream-ssl-certificate-does-not-match',
    system: 'nginx',
    title: 'nginx: upstream SSL certificate does not match',
    pattern: String.raw`upstream SSL certificate does not match "[^"]*"`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 upstream SSL certificate does not match "orders.internal" while SSL handshaking to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/orders HTTP/1.1", upstream: "https://10.0.3.7:443/api/orders", host: "shop.example.com"',
    ],
    modes: [{ id: 'FM-502-UPSTREAM-TLS', weight: 0.95 }],
    status: [502],
    explain:
      "The upstream's certificate is valid but does not name the host nginx verifies (proxy_ssl_name), so the handshake is rejected.",
    source: proxyDocs,
  },
  {
    id: 'nginx-unix-socket-missing',
    system: 'nginx',
    title: 'nginx: connect() to unix:... failed (2: No such file or directory)',
    pattern: String.raw`connect\(\) to unix:\S+ failed \(2: No such file or directory\)`,
    examples: [
      '2026/11/22 09:14:18 [crit] 31#31: *48213 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 10.0.1.5, server: blog.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
      '2026/11/22 09:14:19 [crit] 31#31: *48214 connect() to unix:/run/gunicorn.sock failed (2: No such file or directory) while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.7 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.5 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The Unix socket nginx proxies to does not exist: the app server (PHP-FPM, gunicorn) is not running, or listens on a different path.',
    source: upstreamModule,
  },
  {
    id: 'nginx-unix-socket-permission-denied',
    system: 'nginx',
    title: 'nginx: connect() to unix:... failed (13: Permission denied)',
    pattern: String.raw`connect\(\) to unix:\S+ failed \(13: Permission denied\)`,
    examples: [
      '2026/11/22 09:14:18 [crit] 31#31: *48213 connect() to unix:/run/php/php8.2-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 10.0.1.5, server: blog.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [502],
    explain: "The nginx worker user may not open the app server's socket (listen.owner / listen.mode, or an SELinux policy).",
    source: upstreamModule,
  },
  {
    id: 'nginx-unix-socket-eagain',
    system: 'nginx',
    title: 'nginx: connect() to unix:... failed (11: Resource temporarily unavailable)',
    pattern: String.raw`connect\(\) to unix:\S+ failed \(11: Resource temporarily unavailable\)`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 connect() to unix:/run/php/php8.2-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 10.0.1.5, server: blog.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
    ],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.8 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.6 },
    ],
    status: [502],
    explain: "The app server's listen backlog on the socket is full: every worker is busy and the queue overflowed.",
    source: upstreamModule,
  },
  {
    id: 'nginx-unix-socket-refused',
    system: 'nginx',
    title: 'nginx: connect() to unix:... failed (111: Connection refused)',
    pattern: String.raw`connect\(\) to unix:\S+ failed \(111: Connection refused\)`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 connect() to unix:/run/gunicorn.sock failed (111: Connection refused) while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/api/cart", host: "shop.example.com"',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.8 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.5 },
    ],
    status: [502],
    explain: 'The socket file exists but no process is accepting on it: the app server died and left a stale socket.',
    source: upstreamModule,
  },
  {
    id: 'nginx-limiting-requests',
    system: 'nginx',
    title: 'nginx: limiting requests, excess: ... by zone',
    pattern: String.raw`limiting requests, excess: [\d.]+ by zone "[^"]+"`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 limiting requests, excess: 12.480 by zone "api", client: 203.0.113.9, server: api.example.com, request: "POST /v1/orders HTTP/1.1", host: "api.example.com"',
      '2026/11/22 09:14:19 [error] 31#31: *48215 limiting requests, excess: 5.120 by zone "one", client: 203.0.113.9, server: api.example.com, request: "GET /v1/items HTTP/1.1", host: "api.example.com"',
    ],
    modes: [
      { id: 'FM-503-RATE-LIMIT-MISCODED', weight: 0.9 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.3 },
    ],
    status: [503],
    explain: 'limit_req rejected the request; nginx answers 503 unless limit_req_status is set (429 is the right code).',
    source: { title: 'nginx docs: ngx_http_limit_req_module', url: 'https://nginx.org/en/docs/http/ngx_http_limit_req_module.html' },
  },
  {
    id: 'nginx-limiting-connections',
    system: 'nginx',
    title: 'nginx: limiting connections by zone',
    pattern: String.raw`limiting connections by zone "[^"]+"`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 limiting connections by zone "perip", client: 203.0.113.9, server: files.example.com, request: "GET /download/iso HTTP/1.1", host: "files.example.com"',
    ],
    modes: [
      { id: 'FM-503-RATE-LIMIT-MISCODED', weight: 0.9 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.3 },
    ],
    status: [503],
    explain: 'limit_conn rejected the connection; nginx answers 503 unless limit_conn_status is set.',
    source: { title: 'nginx docs: ngx_http_limit_conn_module', url: 'https://nginx.org/en/docs/http/ngx_http_limit_conn_module.html' },
  },
  {
    id: 'nginx-worker-connections-not-enough',
    system: 'nginx',
    title: 'nginx: worker_connections are not enough',
    pattern: String.raw`\d+ worker_connections are not enough`,
    examples: [
      '2026/11/22 09:14:18 [alert] 31#31: 1024 worker_connections are not enough while connecting to upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.3.7:8080/api/cart", host: "shop.example.com"',
      '2026/11/22 09:14:18 [alert] 32#32: 768 worker_connections are not enough',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.7 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
    ],
    status: [500, 502],
    explain:
      'An nginx worker has no free connection slot left (client plus upstream connections), so new requests or upstream connections fail.',
    source: {
      title: 'nginx docs: core module (worker_connections)',
      url: 'https://nginx.org/en/docs/ngx_core_module.html#worker_connections',
    },
  },
  {
    id: 'nginx-accept-too-many-open-files',
    system: 'nginx',
    title: 'nginx: accept4() failed (24: Too many open files)',
    pattern: String.raw`accept4?\(\) failed \(24: Too many open files\)`,
    examples: [
      '2026/11/22 09:14:18 [crit] 31#31: accept4() failed (24: Too many open files)',
      '2026/11/22 09:14:19 [crit] 12#12: accept() failed (24: Too many open files)',
    ],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.8 }],
    status: [502],
    explain:
      'The nginx worker hit its open-file limit (worker_rlimit_nofile / ulimit -n), so it cannot accept clients or open upstream sockets.',
    source: {
      title: 'nginx docs: core module (worker_rlimit_nofile)',
      url: 'https://nginx.org/en/docs/ngx_core_module.html#worker_rlimit_nofile',
    },
  },
  {
    id: 'nginx-error-page-502',
    system: 'nginx',
    title: 'nginx default error page: 502 Bad Gateway',
    pattern: String.raw`502 Bad Gateway.{0,80}<center>nginx`,
    examples: [
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>',
      '<center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.18.0 (Ubuntu)</center>',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.3 },
    ],
    status: [502],
    explain: 'nginx generated this 502 itself; the matching error-log line names the exact cause.',
    source: upstreamDocs,
  },
  {
    id: 'nginx-error-page-504',
    system: 'nginx',
    title: 'nginx default error page: 504 Gateway Time-out',
    pattern: String.raw`504 Gateway Time-out.{0,80}<center>nginx`,
    examples: [
      '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx/1.25.3</center></body></html>',
    ],
    modes: [
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.6 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.3 },
    ],
    status: [504],
    explain: 'nginx gave up waiting for the upstream (connect, send or read timeout); the error log says which phase timed out.',
    source: proxyDocs,
  },
  {
    id: 'nginx-error-page-503',
    system: 'nginx',
    title: 'nginx default error page: 503 Service Temporarily Unavailable',
    pattern: String.raw`503 Service Temporarily Unavailable.{0,80}<center>nginx`,
    examples: [
      '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>',
    ],
    modes: [
      { id: 'FM-503-RATE-LIMIT-MISCODED', weight: 0.6 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.5 },
      { id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.4 },
    ],
    status: [503],
    explain:
      'nginx answered 503 itself: a limit_req/limit_conn rejection, a `return 503` maintenance rule, or (ingress-nginx) a Service with no endpoints.',
    source: {
      title: 'nginx docs: ngx_http_limit_req_module (limit_req_status)',
      url: 'https://nginx.org/en/docs/http/ngx_http_limit_req_module.html#limit_req_status',
    },
  },
  {
    id: 'nginx-access-log-499',
    system: 'nginx',
    title: 'nginx access log: status 499 (client closed request)',
    pattern: String.raw`HTTP/[\d.]+" 499 \d+`,
    examples: [
      '203.0.113.9 - - [22/Nov/2026:09:14:18 +0000] "GET /api/reports/2026 HTTP/1.1" 499 0 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
      '10.0.1.5 - - [22/Nov/2026:09:14:19 +0000] "POST /graphql HTTP/2.0" 499 0 "https://app.example.com/" "okhttp/4.12.0" rt=29.998 uct="0.001" urt="29.997"',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.6 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.3 },
    ],
    status: [],
    explain:
      'The client gave up and closed the connection before nginx answered; a cluster of 499s at one duration means a caller timeout shorter than the request.',
    source: { title: 'nginx docs: ngx_http_log_module', url: 'https://nginx.org/en/docs/http/ngx_http_log_module.html' },
  },
  {
    id: 'nginx-upstream-sent-more-than-content-length',
    system: 'nginx',
    title: 'nginx: upstream sent more data than specified in "Content-Length" header',
    pattern: String.raw`upstream sent more data than specified in "Content-Length" header`,
    examples: ['upstream sent more data than specified in "Content-Length" header while reading upstream'],
    modes: [{ id: 'FM-502-BROKEN-RESPONSE-BODY', weight: 0.9 }],
    status: [502],
    explain:
      'The upstream sent a longer body than its Content-Length header promised; nginx keeps only the promised bytes and will not reuse that connection, a sign that the app or a filter set the wrong length.',
    source: {
      title: 'nginx source: src/http/modules/ngx_http_proxy_module.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_proxy_module.c',
    },
  },
  {
    id: 'nginx-auth-request-unexpected-status',
    system: 'nginx',
    title: 'nginx: auth request unexpected status',
    pattern: String.raw`auth request unexpected status: \d{3}`,
    examples: [
      '2021/01/05 19:22:13 [error] 24204#24204: *1115589 auth request unexpected status: 502 while sending to client, client: 192.168.64.1, server: arch.homework, request: "GET /api/user/4bbf1ff6-8925-4768-80bd-141b83f3bb51 HTTP/1.1", host: "arch.homework"',
    ],
    modes: [
      { id: 'FM-500-PROXY-GENERATED', weight: 0.95 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.3 },
    ],
    status: [500],
    explain:
      'The auth subrequest returned something other than 2xx, 401 or 403 (the number after the colon), so nginx answered the client with 500 without forwarding the request.',
    source: {
      title: 'nginx source: src/http/modules/ngx_http_auth_request_module.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_auth_request_module.c',
    },
  },
  {
    id: 'nginx-rewrite-or-internal-redirection-cycle',
    system: 'nginx',
    title: 'nginx: rewrite or internal redirection cycle',
    pattern: String.raw`rewrite or internal redirection cycle`,
    examples: [
      'rewrite or internal redirection cycle while internally redirecting to "/index.html", client: 192.168.0.228, server: , request: "GET /favicon.ico HTTP/1.1"',
    ],
    modes: [
      { id: 'FM-500-PROXY-GENERATED', weight: 0.95 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [500],
    explain:
      'A rewrite or try_files fallback sent the request round in a loop (often to a missing /index.html), and nginx gave up with a 500 of its own.',
    source: {
      title: 'nginx source: src/http/ngx_http_core_module.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_core_module.c',
    },
  },
  {
    id: 'nginx-client-prematurely-closed-upstream-closed-too',
    system: 'nginx',
    title: 'nginx: client prematurely closed connection, so upstream connection is closed too',
    pattern: String.raw`client prematurely closed connection, so upstream connection is closed too`,
    examples: [
      '2018/06/29 01:33:05 [info] 38#38: *114 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 127.0.0.1, server: , request: "GET /en_US/taxons/category/gear HTTP/1.0", upstream: "fastcgi://127.0.0.1:9000", host: "35.193.153.87"',
      '2017/06/14 09:42:12 [info] 70237#0: *5527 kevent() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 127.0.0.1, server: admin.afd56.local, request: "GET /card/recharge-order/add HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "127.0.0.1:8085"',
    ],
    modes: [
      { id: 'FM-500-CLIENT-CLOSED-REQUEST', weight: 0.9 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.4 },
    ],
    status: [],
    explain:
      'The client hung up while nginx was still waiting on the upstream; nginx logs the request as 499 and closes the upstream connection too. Logged at info level only.',
    source: {
      title: 'nginx source: src/http/ngx_http_upstream.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_upstream.c',
    },
  },
  {
    id: 'nginx-no-space-left-on-device',
    system: 'nginx',
    title: 'nginx: failed (28: No space left on device)',
    pattern: String.raw`failed \(28: No space left on device\)`,
    examples: [
      '2014/05/30 14:31:30 [crit] 11046#0: *81985 writev() "/usr/local/webserver/nginx/fastcgi_temp/9/66/0000010669" failed (28: No space left on device) while reading upstream, client: 192.168.25.32, server: , request: "POST /api/countries HTTP/1.1", upstream: "fastcgi://unix:/tmp/php-cgi.sock:", host: "192.168.3.200:8086"',
      '[crit] 983#983: *623 pwrite() "/var/lib/nginx/body/0000000001" failed (28: No space left on device)',
      '2021/04/21 09:24:04 [alert] 7#7: *168 write() to "/var/log/nginx/access.log" failed (28: No space left on device) while logging request, client: 120.204.196.129, server: localhost, request: "GET / HTTP/1.1", host: "47.98.103.73"',
    ],
    modes: [
      { id: 'FM-500-DISK-FULL', weight: 0.95 },
      { id: 'FM-502-BROKEN-RESPONSE-BODY', weight: 0.3 },
    ],
    status: [500, 502],
    explain:
      'nginx could not write a temp file (request body or buffered response) or a log line because the file system is full; uploads fail with 500 and buffered responses can be cut short.',
    source: { title: 'nginx source: src/os/unix/ngx_files.c', url: 'https://github.com/nginx/nginx/blob/master/src/os/unix/ngx_files.c' },
  },
  {
    id: 'nginx-cannot-assign-requested-address',
    system: 'nginx',
    title: 'nginx: connect() failed (99: Cannot assign requested address) while connecting to upstream',
    pattern: String.raw`failed \(99: Cannot assign requested address\) while connecting to upstream`,
    examples: [
      '2016/03/18 09:08:37 [crit] 1888#1888: *13 connect() to 10.2.2.77:8081 failed (99: Cannot assign requested address) while connecting to upstream, client: 10.2.2.42, server: , request: "GET / HTTP/1.1", upstream: "http://10.2.2.77:8081/", host: "10.2.2.77"',
      '2018/07/19 08:03:23 [crit] 2872#0: *338613 connect() to 127.0.0.1:8080 failed (99: Cannot assign requested address) while connecting to upstream, client: 13.125.61.131, server: , request: "GET /availablePoint/1 HTTP/1.1", upstream: "http://127.0.0.1:8080/availablePoint/1"',
    ],
    modes: [{ id: 'FM-502-PORT-EXHAUSTION', weight: 0.95 }],
    status: [502],
    explain:
      'nginx found no free local port for a new connection to the upstream, usually because thousands of closed connections sit in TIME-WAIT; reuse connections with upstream keepalive.',
    source: {
      title: 'nginx source: src/event/ngx_event_connect.c',
      url: 'https://github.com/nginx/nginx/blob/master/src/event/ngx_event_connect.c',
    },
  },
  {
    id: 'nginx-proxying-upgraded-connection',
    system: 'nginx',
    title: 'nginx: ... while proxying upgraded connection (WebSocket)',
    pattern: String.raw`(?:upstream timed out \(110: (?:Connection|Operation) timed out\)|recv\(\) failed \(104: Connection reset by peer\)) while proxying upgraded connection`,
    examples: [
      '2026/09/24 18:03:10 [error] 31#31: *88213 upstream timed out (110: Connection timed out) while proxying upgraded connection, client: 10.2.0.14, server: market.example, request: "GET /ws/support?ticket=... HTTP/1.1", upstream: "http://10.4.1.23:8000/ws/support?ticket=..."',
      'recv() failed (104: Connection reset by peer) while proxying upgraded connection',
    ],
    modes: [
      { id: 'FM-502-WEBSOCKET-DROPS', weight: 0.9 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [],
    explain:
      'A WebSocket (upgraded) connection through nginx ended: a timeout means it was quiet longer than proxy_read_timeout (60 seconds by default); a reset means the other side, often a pod being replaced, closed it.',
    source: { title: 'nginx docs: WebSocket proxying', url: 'https://nginx.org/en/docs/http/websocket.html' },
  },
];
