/**
 * Signatures for the failure modes added in issue 14 (provider faults, global pushes, broken
 * bodies, 499s, datastore failover, disk full, port exhaustion, node loss, registration lag,
 * gRPC/HTTP/2, API gateway integration, WebSockets).
 *
 * How to add a signature: copy an entry, give it a new unique `id`, paste 1-3 real lines (copied
 * from the vendor's documentation, source code or a public postmortem, never from memory) into
 * `examples`, write a `pattern` that matches all of them, and put the page where the line is
 * printed or documented in `source`. Point `modes` at runbook ids from src/data/runbookLedger.ts.
 */
import type { ErrorSignature } from '../../lib/signatureTypes';

export const newFailureModeSignatures: readonly ErrorSignature[] = [
  {
    id: 'rust-thread-panicked-unwrap-err',
    system: 'generic',
    title: 'Rust: thread panicked: called Result::unwrap() on an Err value',
    pattern: String.raw`thread \S+ panicked.*called .?Result::unwrap\(\).? on an .?Err.? value`,
    examples: ['thread fl2_worker_thread panicked: called Result::unwrap() on an Err value'],
    modes: [
      { id: 'FM-500-GLOBAL-CONFIG-PUSH', weight: 0.6 },
      { id: 'FM-502-PROVIDER-FAULT', weight: 0.4 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
    ],
    status: [500, 502, 503],
    explain:
      'A Rust worker met an error it did not handle and crashed; in Cloudflare’s November 2025 outage this came from loading an oversized feature file pushed to every machine.',
    source: { title: 'Cloudflare, Cloudflare outage on November 18, 2025', url: 'https://blog.cloudflare.com/18-november-2025-outage/' },
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
    id: 'curl-transfer-closed-bytes-remaining',
    system: 'generic',
    title: 'curl: (18) transfer closed with N bytes remaining to read',
    pattern: String.raw`transfer closed with (?:\d+ bytes remaining to read|outstanding read data remaining)`,
    examples: [
      'curl: (18) transfer closed with 95 bytes remaining to read',
      'curl: (18) transfer closed with outstanding read data remaining',
    ],
    modes: [
      { id: 'FM-502-BROKEN-RESPONSE-BODY', weight: 0.8 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.3 },
    ],
    status: [502],
    explain:
      'The connection closed before the whole body arrived: fewer bytes than Content-Length, or a chunked body without its final chunk.',
    source: { title: 'curl source: lib/transfer.c and lib/http_chunks.c', url: 'https://github.com/curl/curl/blob/master/lib/transfer.c' },
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
    id: 'postgres-read-only-transaction',
    system: 'postgresql',
    title: 'PostgreSQL: cannot execute ... in a read-only transaction (25006)',
    pattern: String.raw`cannot execute \w+(?: \w+)? in a read-only transaction`,
    examples: [
      'ERROR: cannot execute INSERT in a read-only transaction (SQLSTATE 25006)',
      'ERROR:  cannot execute CREATE DATABASE in a read-only transaction',
    ],
    modes: [{ id: 'FM-503-DATASTORE-FAILOVER', weight: 0.85 }],
    status: [500, 503],
    explain:
      'A write reached a server that only accepts reads: after a failover the app still holds connections to the old primary, now a standby, or it was pointed at a replica.',
    source: {
      title: 'PostgreSQL source: src/backend/tcop/utility.c',
      url: 'https://github.com/postgres/postgres/blob/master/src/backend/tcop/utility.c',
    },
  },
  {
    id: 'mysql-read-only-option-1290',
    system: 'mysql',
    title: 'MySQL: ERROR 1290 running with the --read-only option',
    pattern: String.raw`running with the --(?:super-)?read-only option so it cannot execute this statement`,
    examples: ['ERROR 1290 (HY000): The MySQL server is running with the --read-only option so it cannot execute this statement'],
    modes: [{ id: 'FM-503-DATASTORE-FAILOVER', weight: 0.85 }],
    status: [500, 503],
    explain: 'A write reached a MySQL server in read-only mode, typically a replica or a former primary after a failover.',
    source: {
      title: 'MySQL Server Error Message Reference (ER_OPTION_PREVENTS_STATEMENT)',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
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
    id: 'k8s-ephemeral-storage-limit-exceeded',
    system: 'kubernetes',
    title: 'Kubernetes: exceeded its local ephemeral storage limit',
    pattern: String.raw`exceeded its local ephemeral storage limit|ephemeral local storage usage exceeds the total limit of containers`,
    examples: [
      'Container worker exceeded its local ephemeral storage limit "10Gi". ',
      'Container wordpress exceeded its local ephemeral storage limit "2048Mi". ',
    ],
    modes: [
      { id: 'FM-500-DISK-FULL', weight: 0.9 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.2 },
    ],
    status: [503, 502],
    explain:
      'The kubelet evicted the pod because a container wrote more to its writable layer, logs or emptyDir than its ephemeral-storage limit allows.',
    source: {
      title: 'Kubernetes source: pkg/kubelet/eviction/eviction_manager.go',
      url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/eviction/eviction_manager.go',
    },
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
    id: 'kernel-nf-conntrack-table-full',
    system: 'generic',
    title: 'Linux kernel: nf_conntrack: table full, dropping packet',
    pattern: String.raw`nf_conntrack: table full, dropping packet`,
    examples: [
      'Jul 8 09:51:16 centos6 kernel: nf_conntrack: table full, dropping packet.',
      'Jul 8 10:03:53 centos8 kernel: nf_conntrack: nf_conntrack: table full, dropping packet',
    ],
    modes: [
      { id: 'FM-502-PORT-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.4 },
    ],
    status: [502, 504],
    explain:
      "The host's connection-tracking table is at nf_conntrack_max, so the kernel drops packets of new connections; connects time out or fail while old connections work.",
    source: {
      title: 'Linux source: net/netfilter/nf_conntrack_core.c',
      url: 'https://github.com/torvalds/linux/blob/master/net/netfilter/nf_conntrack_core.c',
    },
  },
  {
    id: 'k8s-node-status-not-ready',
    system: 'kubernetes',
    title: 'Kubernetes event: Node ... status is now: NodeNotReady',
    pattern: String.raw`Node \S+ status is now: NodeNotReady`,
    examples: [
      '41m                 Normal    NodeNotReady              Node/ip-10-0-2-138.ec2.internal   Node ip-10-0-2-138.ec2.internal status is now: NodeNotReady',
      '  Normal   NodeNotReady         22s   kubelet         Node abm-user-w2 status is now: NodeNotReady',
    ],
    modes: [
      { id: 'FM-503-NODE-LOSS', weight: 0.85 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.2 },
    ],
    status: [503, 502],
    explain:
      'A node stopped reporting healthy; its pods drop out of service endpoints, and unless they tolerate the taint longer they are evicted after the default 300 seconds.',
    source: {
      title: 'Kubernetes docs: Taints and tolerations (taint-based evictions)',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions',
    },
  },
  {
    id: 'ingress-nginx-admission-webhook-failed',
    system: 'kubernetes',
    title: 'ingress-nginx: failed calling webhook "validate.nginx.ingress.kubernetes.io"',
    pattern: String.raw`failed calling webhook "validate\.nginx\.ingress\.kubernetes\.io"`,
    examples: [
      'Error from server (InternalError): error when creating "ingress.yaml": Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.96.246.94:443: connect: connection refused',
      'Error: UPGRADE FAILED: failed to create resource: Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.111.138.0:443: connect: connection refused',
    ],
    modes: [
      { id: 'FM-503-TARGET-REGISTRATION-LAG', weight: 0.7 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The ingress controller’s admission webhook could not be reached, so the Ingress change was rejected and the proxy still routes by the old rules.',
    source: {
      title: 'Kubernetes docs: Dynamic admission control',
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/',
    },
  },
  {
    id: 'aws-target-registration-in-progress',
    system: 'aws-alb',
    title: 'AWS target health: Elb.RegistrationInProgress / Elb.InitialHealthChecking',
    pattern: String.raw`\bElb\.(?:RegistrationInProgress|InitialHealthChecking)\b`,
    examples: ['Elb.RegistrationInProgress', 'Elb.InitialHealthChecking'],
    modes: [
      { id: 'FM-503-TARGET-REGISTRATION-LAG', weight: 0.85 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.3 },
    ],
    status: [503, 502],
    explain:
      'The target is still being registered or has not yet passed its first health checks, so the load balancer does not send it traffic; during a rollout this is the gap a readiness gate closes.',
    source: {
      title: 'AWS docs: Health checks for Application Load Balancer target groups',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
    },
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
  {
    id: 'aws-apigw-lambda-throttled-429',
    system: 'aws-api-gateway',
    title: 'API Gateway: Lambda invocation failed with status: 429 / Rate Exceeded',
    pattern: String.raw`Lambda invocation failed with status: 429|Execution failed due to configuration error: Rate Exceeded`,
    examples: [
      '(394365dc-1b10-411f-9668-70521cec1205) Lambda invocation failed with status: 429. Lambda request id: dcb2ab89-2d03-4b77-98cd-18d14fd2b850',
      '(394365dc-1b10-411f-9668-70521cec1205) Execution failed due to configuration error: Rate Exceeded.',
    ],
    modes: [
      { id: 'FM-504-API-GATEWAY-INTEGRATION', weight: 0.9 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.2 },
    ],
    status: [500],
    explain:
      'Lambda throttled the invocation because the function or the account ran out of concurrency, and API Gateway answered the client with 500.',
    source: {
      title: 'AWS re:Post: troubleshoot API Gateway Lambda integration errors',
      url: 'https://repost.aws/knowledge-center/api-gateway-lambda-integration-errors',
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
