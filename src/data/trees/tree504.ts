/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=504&path=waiting-for-response.got-slower...). Never rename or reuse a removed id or key;
 * add a new node or option with a new key instead. Each answer says what the reader observes, with
 * vendor wording in `help` and exact codes in `observe` (no code may fit two answers of one
 * question). Every runbook that lists 504 must stay reachable, at most 6 questions to any leaf
 * (checked at build).
 */
import type { DecisionTreeData } from '../../lib/treeTypes';

export const tree504: DecisionTreeData = {
  id: '504',
  title: 'Triage a 504 Gateway Timeout',
  root: 'q-gave-up',
  nodes: {
    'q-gave-up': {
      kind: 'question',
      question: 'Which gateway gave up, and while doing what?',
      help: 'Read the error log of the hop that wrote the 504. A Google Cloud load balancer reports its backend timeout as 502 or 503 with statusDetails backend_timeout, not as 504: use the 502 or 503 tree for it.',
      check: "tail -n 500 /var/log/nginx/error.log | grep 'upstream timed out' | tail -20",
      options: [
        {
          key: 'cdn',
          label: 'The CDN gave up waiting for the origin',
          help: "Cloudflare 524, or a CloudFront 504 with 'X-Cache: Error from cloudfront'.",
          next: 'q-cdn-504',
          observe: ['524', 'Error from cloudfront'],
        },
        {
          key: 'while-connecting',
          label: 'Our proxy or load balancer timed out while connecting',
          help: "nginx 'upstream timed out (110: Connection timed out) while connecting to upstream'; an ALB 504 when the connection to the target was not established within 10 seconds.",
          next: 'leaf-network-blackhole',
          observe: ['while connecting to upstream'],
        },
        {
          key: 'no-source-ports',
          label: 'Connects time out because the proxy, node or NAT gateway ran out of source ports',
          help: "AWS NAT gateway ErrorPortAllocation; Azure SnatPortExhaustion; the kernel logs 'nf_conntrack: table full, dropping packet'.",
          next: 'leaf-port-exhaustion',
          observe: ['ErrorPortAllocation', 'SnatPortExhaustion', 'nf_conntrack: table full'],
        },
        {
          key: 'waiting-for-response',
          label: 'Our proxy or load balancer connected, then timed out waiting for the response',
          help: "nginx 'upstream timed out (110: Connection timed out) while reading response header from upstream'; HAProxy sH--; Envoy flag UT ('upstream request timeout'); an ALB 504 at its idle timeout.",
          next: 'q-latency-change',
          observe: ['while reading response header from upstream', 'sH--', 'UT', 'upstream request timeout'],
        },
        {
          key: 'waiting-for-body',
          label: 'The response headers arrived, then the body stalled short of its Content-Length',
          help: 'An ALB 504 when the target sent a Content-Length larger than the body it sent.',
          next: 'leaf-broken-response-body',
          observe: ['Content-Length larger than body'],
        },
        {
          key: 'api-gateway',
          label: "API Gateway's integration timed out before the backend answered",
          help: 'API Gateway answers {"message": "Endpoint request timed out"}.',
          next: 'leaf-api-gateway-integration',
          observe: ['Endpoint request timed out'],
        },
        {
          key: 'provider-incident',
          label: "A managed load balancer's own 504s while targets answer in time; its status page reports an incident",
          next: 'leaf-provider-fault-cloud',
          observe: ['HTTPCode_ELB_504_Count with fast targets', 'provider status page incident'],
        },
        {
          key: 'cannot-tell',
          label: "Don't know, or a raised timeout only made the 504s come later",
          help: "The runbook's first check tells a connect timeout from a read timeout.",
          next: 'leaf-connect-vs-read',
          observe: ['no timeout message'],
        },
      ],
    },
    'q-cdn-504': {
      kind: 'question',
      question: 'How fast does the origin answer when you call it directly, bypassing the CDN?',
      help: 'Time the same request against the origin from outside, with the site host name.',
      check: "curl -sS -o /dev/null -w '%{http_code} after %{time_total}s\\n' --resolve $HOST:443:$ORIGIN_IP https://$HOST$REQUEST_PATH",
      options: [
        {
          key: 'origin-slow',
          label: "Slowly: longer than the CDN's origin timeout",
          next: 'leaf-cdn-origin-timeout',
          observe: ['direct call slow'],
        },
        {
          key: 'origin-fast',
          label: "Quickly; the CDN's status page reports an incident",
          next: 'leaf-provider-fault-cdn',
          observe: ['direct call fast', 'CDN status page incident'],
        },
      ],
    },
    'q-latency-change': {
      kind: 'question',
      question: 'Did the failing requests get slower than they used to be?',
      help: "Compare the route's latency now with the same hour yesterday or last week. Requests that always took this long point at a timer that is too short; requests that became slow point at something that degraded.",
      options: [
        { key: 'always-this-slow', label: 'No: they always took about this long', next: 'q-which-timeout', observe: ['always slow'] },
        { key: 'got-slower', label: 'Yes: they used to be fast', next: 'q-where-time-goes', observe: ['got slower'] },
        {
          key: 'dont-know',
          label: "Don't know: I have no baseline for this route",
          next: 'q-latency-baseline',
          observe: ['no baseline'],
        },
      ],
    },
    'q-latency-baseline': {
      kind: 'question',
      question: "How does the route's p99 latency now compare with the same hour last week?",
      help: "Run the check in your metrics system (adapt the metric name), or compare request times in last week's access log with today's.",
      check:
        'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{route="$ROUTE"}[5m]))) / histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{route="$ROUTE"}[5m] offset 1w)))',
      options: [
        {
          key: 'p99-unchanged',
          label: 'About the same as last week (ratio near 1)',
          next: 'q-which-timeout',
          observe: ['p99 ratio near 1'],
        },
        { key: 'p99-rose', label: 'Clearly higher than last week', next: 'q-where-time-goes', observe: ['p99 ratio above 1'] },
      ],
    },
    'q-which-timeout': {
      kind: 'question',
      question: 'What do the requests that hit the timeout have in common?',
      help: "Match the 504 durations with each hop's timeout, outermost first, and check the app log: it often records the same request as finished after the 504 was sent.",
      check:
        'aws elbv2 describe-load-balancer-attributes --load-balancer-arn $LB_ARN --query "Attributes[?Key==\'idle_timeout.timeout_seconds\']"',
      options: [
        {
          key: 'heavy-job',
          label: 'Heavy jobs (export, report, bulk import) that grow with data size',
          next: 'leaf-long-sync-work',
          observe: ['heavy job'],
        },
        {
          key: 'lb-timeout',
          label: "Ordinary requests cut at exactly the load balancer's idle timeout (ALB: 60 s by default)",
          next: 'leaf-lb-idle-timeout',
          observe: ['cut at the load balancer timeout'],
        },
        {
          key: 'short-body',
          label: 'The app answered in time, but sent fewer bytes than its Content-Length (an ALB waits for the rest)',
          next: 'leaf-broken-response-body',
          observe: ['Content-Length larger than the body'],
        },
        {
          key: 'idle-websocket',
          label: 'WebSocket or streaming connections, cut after a quiet period',
          next: 'leaf-websocket-drops',
          observe: ['WebSocket idle'],
        },
        {
          key: 'layer-timeout-mismatch',
          label: "Cut at another hop's round-number timeout, often since a timeout or retry change",
          next: 'leaf-timeout-budgets',
          observe: ['cut at an inner hop timeout'],
        },
      ],
    },
    'q-where-time-goes': {
      kind: 'question',
      question: 'Where does one slow request spend its time?',
      help: 'Open one slow trace, or take a thread dump or event-loop profile on an affected pod; look at CPU throttling, GC pauses, ready replicas and any rollout at the same time.',
      check: 'kubectl top pods -n $NAMESPACE -l app=$APP && kubectl get deploy $DEPLOYMENT -n $NAMESPACE',
      options: [
        {
          key: 'dependency-call',
          label: 'In a call to a database or another service',
          next: 'q-dependency-state',
          observe: ['dependency span'],
        },
        {
          key: 'waiting-for-worker',
          label: 'Waiting for a free worker or thread; even health checks are slow, CPU is low',
          next: 'leaf-worker-starvation',
          observe: ['queued for a worker'],
        },
        {
          key: 'process-frozen',
          label: 'The process stalls: GC pauses or CPU throttling',
          next: 'q-stall-kind',
          observe: ['GC pause', 'nr_throttled'],
        },
        {
          key: 'scaling-up',
          label: 'Waiting for new instances (scale from zero, traffic jump)',
          next: 'leaf-cold-start',
          observe: ['scaling from zero'],
        },
        {
          key: 'grpc-pinned',
          label: 'gRPC calls queue on one busy pod: one long-lived HTTP/2 connection pins them there',
          next: 'leaf-grpc-http2',
          observe: ['one pod busy, others idle'],
        },
        {
          key: 'rollout-running',
          label: 'A rollout or node drain took too many instances away',
          next: 'leaf-rollout-capacity',
          observe: ['rollout in progress'],
        },
      ],
    },
    'q-stall-kind': {
      kind: 'question',
      question: 'Which kind of stall is it?',
      help: "GC logs show long pauses; the container's cpu.stat shows nr_throttled rising when the CPU limit throttles it.",
      check: 'kubectl exec -n $NAMESPACE $POD -- cat /sys/fs/cgroup/cpu.stat',
      options: [
        {
          key: 'gc-pauses',
          label: "Long garbage-collection pauses from the app's own heap use",
          next: 'leaf-gc-cpu-throttle',
          observe: ['GC pause'],
        },
        {
          key: 'cpu-throttled',
          label: 'CPU throttling under a CPU limit that is too low, or a busy node',
          next: 'leaf-gc-cpu-throttle-platform',
          observe: ['nr_throttled'],
        },
      ],
    },
    'q-dependency-state': {
      kind: 'question',
      question: 'What is the dependency doing?',
      help: "For a database, list the active sessions: long-running queries burn CPU or I/O, sessions with wait_event_type 'Lock' wait on each other. For a service, compare the requests it receives with the requests arriving at the edge.",
      check:
        'psql "$DATABASE_URL" -c "select pid, state, wait_event_type, now() - query_start as running_for, left(query, 60) from pg_stat_activity where state <> \'idle\' order by running_for desc limit 20"',
      options: [
        {
          key: 'busy-slow',
          label: "Another team's service or database is busy: slow queries or calls, high CPU or I/O",
          next: 'leaf-slow-dependency',
          observe: ['dependency busy'],
        },
        {
          key: 'our-query-changed',
          label: 'Our own query or call changed in a release (new query, missing index)',
          next: 'leaf-slow-dependency-ours',
          observe: ['new query plan'],
        },
        {
          key: 'managed-service',
          label: "A managed cloud database or queue is degraded; the provider's dashboard shows an event",
          next: 'leaf-slow-dependency-cloud',
          observe: ['provider health event'],
        },
        {
          key: 'third-party-slow',
          label: 'A third-party API answers slowly',
          next: 'leaf-slow-dependency-vendor',
          observe: ['third-party latency'],
        },
        {
          key: 'cache-miss-surge',
          label: 'The database behind a cache is flooded right after a cache flush, restart or recovery',
          next: 'leaf-cache-stampede',
          observe: ['cache miss surge'],
        },
        {
          key: 'waiting-on-locks',
          label: 'Quiet, but sessions wait on locks',
          next: 'leaf-lock-contention',
          observe: ["wait_event_type 'Lock'"],
        },
        {
          key: 'retries-multiply',
          label: "Receiving several times the edge's traffic, retries climbing",
          next: 'leaf-retry-storm',
          observe: ['retries multiply'],
        },
      ],
    },
    'leaf-cdn-origin-timeout': {
      kind: 'leaf',
      runbook: 'FM-504-CDN-ORIGIN-TIMEOUT',
      owner: 'app-team',
      note: 'The CDN reached the origin but gave up waiting for its answer; the origin is slow when called directly too.',
    },
    'leaf-provider-fault-cdn': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cdn-provider',
      note: "The origin answers quickly, yet the CDN times out: collect Ray ids and times for the provider's support.",
    },
    'leaf-provider-fault-cloud': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cloud-provider',
      note: "The load balancer times out while the targets answer in time: collect request ids and times for the provider's support.",
    },
    'leaf-api-gateway-integration': {
      kind: 'leaf',
      runbook: 'FM-504-API-GATEWAY-INTEGRATION',
      note: "The gateway's integration timeout is shorter than the backend's answer.",
    },
    'leaf-network-blackhole': {
      kind: 'leaf',
      runbook: 'FM-504-NETWORK-BLACKHOLE',
      note: 'A connect that times out, instead of being refused, means packets to the upstream are dropped on the way.',
    },
    'leaf-connect-vs-read': {
      kind: 'leaf',
      runbook: 'FM-504-CONNECT-VS-READ',
      note: 'First learn whether the proxy timed out connecting or reading; the runbook shows how.',
    },
    'leaf-long-sync-work': {
      kind: 'leaf',
      runbook: 'FM-504-LONG-SYNC-WORK',
      note: 'Work that always takes long runs inside the request and outlives a gateway timeout.',
    },
    'leaf-lb-idle-timeout': {
      kind: 'leaf',
      runbook: 'FM-504-LB-IDLE-TIMEOUT',
      owner: 'platform-sre',
      note: "The load balancer's timeout is shorter than legitimate requests.",
    },
    'leaf-timeout-budgets': {
      kind: 'leaf',
      runbook: 'FM-504-TIMEOUT-BUDGETS',
      note: 'An outer hop gives up before the layers inside it have finished their own timeouts and retries.',
    },
    'leaf-worker-starvation': {
      kind: 'leaf',
      runbook: 'FM-504-WORKER-STARVATION',
      note: 'Every worker is blocked, so new requests queue until the proxy gives up.',
    },
    'leaf-gc-cpu-throttle': {
      kind: 'leaf',
      runbook: 'FM-504-GC-CPU-THROTTLE',
      owner: 'app-team',
      note: 'The process is alive but frozen for long stretches by garbage collection.',
    },
    'leaf-gc-cpu-throttle-platform': {
      kind: 'leaf',
      runbook: 'FM-504-GC-CPU-THROTTLE',
      owner: 'platform-sre',
      note: 'The process is alive but throttled by its CPU limit for long stretches.',
    },
    'leaf-cold-start': {
      kind: 'leaf',
      runbook: 'FM-503-COLD-START',
      note: 'The first instance took longer to become ready than the gateway waits.',
    },
    'leaf-rollout-capacity': {
      kind: 'leaf',
      runbook: 'FM-503-ROLLOUT-CAPACITY',
      note: 'The instances left in service during the rollout queue more work than they can finish in time.',
    },
    'leaf-slow-dependency': {
      kind: 'leaf',
      runbook: 'FM-504-SLOW-DEPENDENCY',
      owner: 'upstream-owner',
      note: 'The handler waits on a slow query or call, and the proxy in front gives up first.',
    },
    'leaf-slow-dependency-ours': {
      kind: 'leaf',
      runbook: 'FM-504-SLOW-DEPENDENCY',
      owner: 'app-team',
      note: 'Our own new query or call is the slow part; the dependency is doing what it is asked.',
    },
    'leaf-slow-dependency-cloud': {
      kind: 'leaf',
      runbook: 'FM-504-SLOW-DEPENDENCY',
      owner: 'cloud-provider',
      note: 'A managed service is degraded in the region; the provider owns the fix.',
    },
    'leaf-slow-dependency-vendor': {
      kind: 'leaf',
      runbook: 'FM-504-SLOW-DEPENDENCY',
      owner: 'vendor',
      note: 'A third-party API is slow; the vendor owns the fix.',
    },
    'leaf-grpc-http2': {
      kind: 'leaf',
      runbook: 'FM-502-GRPC-HTTP2',
      note: 'HTTP/2 keeps one connection open, so a client sends every call to the pod it first connected to.',
    },
    'leaf-websocket-drops': {
      kind: 'leaf',
      runbook: 'FM-502-WEBSOCKET-DROPS',
      note: 'A hop closes upgraded connections that stay quiet longer than its idle timeout.',
    },
    'leaf-broken-response-body': {
      kind: 'leaf',
      runbook: 'FM-502-BROKEN-RESPONSE-BODY',
      owner: 'app-team',
      note: 'The target promised more body than it sent, so the load balancer waited until its timeout.',
    },
    'leaf-port-exhaustion': {
      kind: 'leaf',
      runbook: 'FM-502-PORT-EXHAUSTION',
      note: 'New connections cannot get a source port, so connects hang until the proxy gives up.',
    },
    'leaf-cache-stampede': {
      kind: 'leaf',
      runbook: 'FM-503-CACHE-STAMPEDE',
      note: 'Many requests miss the cache at once and rebuild the same entries against the database.',
    },
    'leaf-lock-contention': {
      kind: 'leaf',
      runbook: 'FM-504-LOCK-CONTENTION',
      note: 'The database is quiet but requests wait on locks held by another transaction.',
    },
    'leaf-retry-storm': {
      kind: 'leaf',
      runbook: 'FM-504-RETRY-STORM',
      note: 'Retries at several layers multiply the load on a struggling dependency.',
    },
  },
};
