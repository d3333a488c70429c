/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=504&path=waiting-for-response.got-slower...). Never rename or reuse a removed id or key;
 * add a new node or option with a new key instead. Every runbook whose primary code is 504 must stay
 * reachable, with 2-5 options per question and at most 6 questions to any leaf (checked at build).
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
      help: "The CDN writes Cloudflare 524 or a CloudFront 504 ('X-Cache: Error from cloudfront'). nginx says 'upstream timed out ... while connecting to upstream' or '... while reading response header from upstream'. Envoy's flag UT is a response timeout. An ALB 504 after about 10 s is its connect timeout; one at its idle timeout (60 s by default) means the target was slow.",
      check: "tail -n 500 /var/log/nginx/error.log | grep 'upstream timed out' | tail -20",
      options: [
        { key: 'cdn', label: 'The CDN: Cloudflare 524, or CloudFront 504', next: 'leaf-cdn-origin-timeout' },
        { key: 'while-connecting', label: 'Our proxy or load balancer, while connecting', next: 'leaf-network-blackhole' },
        { key: 'waiting-for-response', label: 'Our proxy or load balancer, while waiting for the response', next: 'q-latency-change' },
        { key: 'cannot-tell', label: "Can't tell, or a raised timeout only made the 504s come later", next: 'leaf-connect-vs-read' },
      ],
    },
    'q-latency-change': {
      kind: 'question',
      question: 'Did the failing requests get slower than they used to be?',
      help: "Compare the route's latency now with the same hour yesterday or last week. Requests that always took this long point at a timer that is too short; requests that became slow point at something that degraded.",
      options: [
        { key: 'always-this-slow', label: 'No: they always took about this long', next: 'q-which-timeout' },
        { key: 'got-slower', label: 'Yes: they used to be fast', next: 'q-where-time-goes' },
      ],
    },
    'q-which-timeout': {
      kind: 'question',
      question: 'What do the requests that hit the timeout have in common?',
      help: "Match the 504 durations with each hop's timeout, outermost first, and check the app log: it often records the same request as finished after the 504 was sent.",
      check:
        'aws elbv2 describe-load-balancer-attributes --load-balancer-arn $LB_ARN --query "Attributes[?Key==\'idle_timeout.timeout_seconds\']"',
      options: [
        { key: 'heavy-job', label: 'Heavy jobs (export, report, bulk import) that grow with data size', next: 'leaf-long-sync-work' },
        {
          key: 'lb-timeout',
          label: "Ordinary requests cut at exactly the load balancer's timeout (ALB 60 s, GCP 30 s)",
          next: 'leaf-lb-idle-timeout',
        },
        {
          key: 'layer-timeout-mismatch',
          label: "Cut at another hop's round-number timeout, often since a timeout or retry change",
          next: 'leaf-timeout-budgets',
        },
      ],
    },
    'q-where-time-goes': {
      kind: 'question',
      question: 'Where does one slow request spend its time?',
      help: 'Open one slow trace, or take a thread dump or event-loop profile on an affected pod; look at CPU throttling, GC pauses, ready replicas and any rollout at the same time.',
      check: 'kubectl top pods -n $NAMESPACE -l app=$APP && kubectl get deploy $DEPLOYMENT -n $NAMESPACE',
      options: [
        { key: 'dependency-call', label: 'In a call to a database or another service', next: 'q-dependency-state' },
        {
          key: 'waiting-for-worker',
          label: 'Waiting for a free worker or thread; even health checks are slow, CPU is low',
          next: 'leaf-worker-starvation',
        },
        { key: 'process-frozen', label: 'The process stalls: GC pauses or CPU throttling', next: 'leaf-gc-cpu-throttle' },
        { key: 'scaling-up', label: 'Waiting for new instances (scale from zero, traffic jump)', next: 'leaf-cold-start' },
        { key: 'rollout-running', label: 'A rollout or node drain took too many instances away', next: 'leaf-rollout-capacity' },
      ],
    },
    'q-dependency-state': {
      kind: 'question',
      question: 'What is the dependency doing?',
      help: "For a database, list the active sessions: long-running queries burn CPU or I/O, sessions with wait_event_type 'Lock' wait on each other. For a service, compare the requests it receives with the requests arriving at the edge.",
      check:
        'psql "$DATABASE_URL" -c "select pid, state, wait_event_type, now() - query_start as running_for, left(query, 60) from pg_stat_activity where state <> \'idle\' order by running_for desc limit 20"',
      options: [
        { key: 'busy-slow', label: 'Busy: slow queries or calls, high CPU or I/O', next: 'leaf-slow-dependency' },
        { key: 'waiting-on-locks', label: 'Quiet, but sessions wait on locks', next: 'leaf-lock-contention' },
        { key: 'retries-multiply', label: "Receiving several times the edge's traffic, retries climbing", next: 'leaf-retry-storm' },
      ],
    },
    'leaf-cdn-origin-timeout': {
      kind: 'leaf',
      runbook: 'FM-504-CDN-ORIGIN-TIMEOUT',
      note: 'The CDN reached the origin but gave up waiting for its answer; time the origin directly.',
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
      note: 'The process is alive but frozen for long stretches.',
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
      note: 'The handler waits on a slow query or call, and the proxy in front gives up first.',
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
