/**
 * Go error signatures: text that Go prints, each with the failure modes it points to.
 * This file holds one system (`system: 'go'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'go', name: 'Go', hop: 'application' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'go-context-deadline-exceeded',
    system: 'go',
    title: 'Go: context deadline exceeded',
    pattern: String.raw`\bcontext deadline exceeded\b`,
    examples: [
      'Get "http://inventory:8080/items": context deadline exceeded',
      'rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.4 },
    ],
    status: [500, 504],
    explain: 'A context deadline set by our code (or propagated from the caller) expired before the call finished.',
    source: { title: 'Go docs: context (DeadlineExceeded)', url: 'https://pkg.go.dev/context#pkg-variables' },
  },
  {
    id: 'go-client-timeout-awaiting-headers',
    system: 'go',
    title: 'Go net/http: Client.Timeout exceeded while awaiting headers',
    pattern: String.raw`Client\.Timeout exceeded while awaiting headers`,
    examples: [
      'Get "http://inventory:8080/items": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      'Post "https://api.partner.example/v1/rates": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [500],
    explain: 'http.Client.Timeout expired before the dependency sent response headers.',
    source: { title: 'Go source: net/http (client.go, transport.go)', url: 'https://pkg.go.dev/net/http' },
  },
  {
    id: 'go-timeout-awaiting-response-headers',
    system: 'go',
    title: 'Go net/http: timeout awaiting response headers',
    pattern: String.raw`net/http: timeout awaiting response headers`,
    examples: ['Get "http://inventory:8080/items": net/http: timeout awaiting response headers'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [500],
    explain: "Transport.ResponseHeaderTimeout expired while waiting for a dependency's headers.",
    source: { title: 'Go source: net/http (client.go, transport.go)', url: 'https://pkg.go.dev/net/http' },
  },
  {
    id: 'go-dial-connection-refused',
    system: 'go',
    title: 'Go: dial tcp ...: connect: connection refused',
    pattern: String.raw`dial tcp \S+: connect: connection refused`,
    examples: [
      'dial tcp 10.0.5.20:5432: connect: connection refused',
      'Get "http://inventory:8080/items": dial tcp 10.96.12.4:8080: connect: connection refused',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
    ],
    status: [500, 502],
    explain: 'A dependency refused the connection: nothing listens at that address and port.',
    source: { title: 'Go docs: net', url: 'https://pkg.go.dev/net' },
  },
  {
    id: 'go-dial-io-timeout',
    system: 'go',
    title: 'Go: dial tcp ...: i/o timeout',
    pattern: String.raw`dial tcp \S+: i/o timeout`,
    examples: [
      'dial tcp 10.0.5.20:5432: i/o timeout',
      'Get "https://api.partner.example/v1/rates": dial tcp 203.0.113.40:443: i/o timeout',
    ],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.7 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.4 },
    ],
    status: [500, 504],
    explain: 'The TCP connection to a dependency did not complete in time: dropped packets, a firewall or a host that is down.',
    source: { title: 'Go docs: net', url: 'https://pkg.go.dev/net' },
  },
  {
    id: 'go-connection-reset-by-peer',
    system: 'go',
    title: 'Go: read tcp ...: read: connection reset by peer',
    pattern: String.raw`read tcp \S+->\S+: read: connection reset by peer`,
    examples: ['read tcp 10.0.1.5:43210->10.0.3.7:8080: read: connection reset by peer'],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500, 502],
    explain: 'The dependency reset a connection we were reading from, often a reused idle connection.',
    source: { title: 'Go docs: net', url: 'https://pkg.go.dev/net' },
  },
  {
    id: 'go-lookup-no-such-host',
    system: 'go',
    title: 'Go: dial tcp: lookup ...: no such host',
    pattern: String.raw`lookup \S+(?: on \S+)?: no such host`,
    examples: [
      'dial tcp: lookup inventory.shop.svc.cluster.local on 10.96.0.10:53: no such host',
      'Get "https://api.partner.example/v1/rates": dial tcp: lookup api.partner.example: no such host',
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.7 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500, 502],
    explain: "The dependency's hostname does not resolve.",
    source: { title: 'Go docs: net', url: 'https://pkg.go.dev/net' },
  },
  {
    id: 'go-accept-too-many-open-files',
    system: 'go',
    title: 'Go net/http: Accept error: ... too many open files',
    pattern: String.raw`http: Accept error: .*too many open files`,
    examples: ['2026/11/22 09:14:18 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 5ms'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.95 }],
    status: [502, 503],
    explain: 'The server reached its file-descriptor limit and cannot accept new connections; it retries with backoff.',
    source: { title: 'Go source: net/http/server.go', url: 'https://github.com/golang/go/blob/master/src/net/http/server.go' },
  },
  {
    id: 'go-nil-pointer-dereference',
    system: 'go',
    title: 'Go: invalid memory address or nil pointer dereference',
    pattern: String.raw`invalid memory address or nil pointer dereference`,
    examples: [
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '2026/11/22 09:14:18 http: panic serving 10.0.1.5:51234: runtime error: invalid memory address or nil pointer dereference',
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.6 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.6 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
    ],
    status: [500, 502],
    explain: 'Code dereferenced a nil pointer; outside an HTTP handler the panic kills the process.',
    source: { title: 'Go docs: runtime (runtime errors)', url: 'https://pkg.go.dev/runtime#Error' },
  },
  {
    id: 'go-http-panic-serving',
    system: 'go',
    title: 'Go net/http: http: panic serving',
    pattern: String.raw`http: panic serving \S+:`,
    examples: ['2026/11/22 09:14:18 http: panic serving 10.0.1.5:51234: runtime error: index out of range [3] with length 3'],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.5 },
    ],
    status: [502],
    explain: 'A handler panicked; net/http logged it and closed the connection without a response, so the proxy in front answers 502.',
    source: { title: 'Go source: net/http/server.go', url: 'https://github.com/golang/go/blob/master/src/net/http/server.go' },
  },
  {
    id: 'go-runtime-out-of-memory',
    system: 'go',
    title: 'Go: fatal error: runtime: out of memory',
    pattern: String.raw`fatal error: runtime: out of memory`,
    examples: ['fatal error: runtime: out of memory'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [502, 503],
    explain: 'The Go runtime could not get memory from the OS and the process aborted.',
    source: { title: 'Go docs: runtime', url: 'https://pkg.go.dev/runtime' },
  },
  {
    id: 'go-concurrent-map-writes',
    system: 'go',
    title: 'Go: fatal error: concurrent map writes',
    pattern: String.raw`fatal error: concurrent map (?:writes|read and map write)`,
    examples: ['fatal error: concurrent map writes', 'fatal error: concurrent map read and map write'],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.6 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.5 },
    ],
    status: [502, 503],
    explain: 'A data race on a map crashed the whole process; it cannot be recovered and usually comes with a new code path.',
    source: { title: 'Go FAQ: Why are map operations not defined to be atomic?', url: 'https://go.dev/doc/faq#atomic_maps' },
  },
  {
    id: 'go-x509-certificate-expired',
    system: 'go',
    title: 'Go: x509: certificate has expired or is not yet valid',
    pattern: String.raw`x509: certificate has expired or is not yet valid`,
    examples: [
      'tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-11-22T09:14:18Z is after 2026-11-21T23:59:59Z',
    ],
    modes: [{ id: 'FM-502-UPSTREAM-TLS', weight: 0.9 }],
    status: [500, 502],
    explain: "A dependency's certificate is outside its validity period (or the local clock is wrong).",
    source: { title: 'Go docs: crypto/x509', url: 'https://pkg.go.dev/crypto/x509' },
  },
  {
    id: 'go-x509-unknown-authority',
    system: 'go',
    title: 'Go: x509: certificate signed by unknown authority',
    pattern: String.raw`x509: certificate signed by unknown authority`,
    examples: ['Get "https://payments.internal/charge": tls: failed to verify certificate: x509: certificate signed by unknown authority'],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.9 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [500, 502],
    explain:
      "The dependency's certificate chain does not lead to a CA in our trust store (missing internal CA bundle in the image or pod).",
    source: { title: 'Go docs: crypto/x509', url: 'https://pkg.go.dev/crypto/x509' },
  },
  {
    id: 'go-x509-hostname-mismatch',
    system: 'go',
    title: 'Go: x509: certificate is valid for X, not Y',
    pattern: String.raw`x509: certificate is valid for .+, not \S+`,
    examples: ['tls: failed to verify certificate: x509: certificate is valid for *.example.com, example.com, not payments.internal'],
    modes: [{ id: 'FM-502-UPSTREAM-TLS', weight: 0.9 }],
    status: [500, 502],
    explain: 'The certificate does not cover the hostname we connected to.',
    source: { title: 'Go docs: crypto/x509', url: 'https://pkg.go.dev/crypto/x509' },
  },
  {
    id: 'go-reverse-proxy-error',
    system: 'go',
    title: 'Go httputil.ReverseProxy: http: proxy error',
    pattern: String.raw`http: proxy error: `,
    examples: [
      '2026/11/22 09:14:18 http: proxy error: dial tcp 127.0.0.1:8080: connect: connection refused',
      '2026/11/22 09:14:19 http: proxy error: EOF',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.4 },
    ],
    status: [502],
    explain: 'A Go reverse proxy could not get a response from its backend and answered 502; the text after "proxy error:" is the cause.',
    source: { title: 'Go docs: net/http/httputil ReverseProxy', url: 'https://pkg.go.dev/net/http/httputil#ReverseProxy' },
  },
  {
    id: 'go-http2-goaway',
    system: 'go',
    title: 'Go: http2: server sent GOAWAY and closed the connection',
    pattern: String.raw`http2: server sent GOAWAY and closed the connection`,
    examples: [
      'Get "https://inventory:8443/items": http2: server sent GOAWAY and closed the connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=""',
    ],
    modes: [
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
    ],
    status: [500, 502],
    explain: 'The HTTP/2 server is shutting the connection down (restart, drain or max-requests) while requests were still using it.',
    source: { title: 'Go docs: golang.org/x/net/http2', url: 'https://pkg.go.dev/golang.org/x/net/http2' },
  },
  {
    id: 'grpc-unavailable',
    system: 'go',
    title: 'gRPC: rpc error: code = Unavailable',
    pattern: String.raw`rpc error: code = Unavailable desc =`,
    examples: [
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.5.12:9000: connect: connection refused"',
      'rpc error: code = Unavailable desc = upstream connect error or disconnect/reset before headers. reset reason: connection termination',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.4 },
      { id: 'FM-503-MESH-UPSTREAM-RESET', weight: 0.3 },
    ],
    status: [500, 503],
    explain:
      'A gRPC call could not reach a healthy server; the desc says whether the connection was refused, reset or rejected by a proxy.',
    source: { title: 'gRPC docs: Status codes', url: 'https://grpc.io/docs/guides/status-codes/' },
  },
  {
    id: 'grpc-deadline-exceeded',
    system: 'go',
    title: 'gRPC: rpc error: code = DeadlineExceeded',
    pattern: String.raw`rpc error: code = DeadlineExceeded`,
    examples: ['rpc error: code = DeadlineExceeded desc = context deadline exceeded'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.4 },
    ],
    status: [500, 504],
    explain: 'The gRPC deadline expired before the server answered.',
    source: { title: 'gRPC docs: Status codes', url: 'https://grpc.io/docs/guides/status-codes/' },
  },
  {
    id: 'go-context-canceled',
    system: 'go',
    title: 'Go: context canceled (the caller went away)',
    pattern: String.raw`\bcontext canceled\b`,
    examples: ['Get "http://inventory:8080/items": context canceled', '2026/11/22 09:14:18 http: proxy error: context canceled'],
    modes: [{ id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 }],
    status: [],
    explain:
      "The request's context was canceled, usually because the client or proxy in front gave up first; look for a shorter timeout upstream.",
    source: { title: 'Go docs: context (DeadlineExceeded)', url: 'https://pkg.go.dev/context#pkg-variables' },
  },
  {
    id: 'grpc-go-unexpected-http-status',
    system: 'go',
    title: 'gRPC: unexpected HTTP status code received from server',
    pattern: String.raw`unexpected HTTP status code received from server: \d{3}`,
    examples: [
      'rpc error: code = Unavailable desc = unexpected HTTP status code received from server: 502 (Bad Gateway)',
      'Message: unexpected HTTP status code received from server: 502 (Bad Gateway); transport: received unexpected content-type "text/html"',
    ],
    modes: [
      { id: 'FM-502-GRPC-HTTP2', weight: 0.85 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.5 },
    ],
    status: [502, 503, 504],
    explain:
      'A proxy or load balancer on the path answered the gRPC call with a plain HTTP status instead of the server answering; the client maps 502, 503 and 504 to UNAVAILABLE.',
    source: {
      title: 'gRPC: HTTP to gRPC Status Code Mapping',
      url: 'https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md',
    },
  },
];
