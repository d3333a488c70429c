/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=502&path=our-proxy.closed-early...). Never rename or reuse a removed id or key; add a new
 * node or option with a new key instead. Every runbook whose primary code is 502 must stay
 * reachable, with 2-5 options per question and at most 6 questions to any leaf (checked at build).
 */
import type { DecisionTreeData } from '../../lib/treeTypes';

export const tree502: DecisionTreeData = {
  id: '502',
  title: 'Triage a 502 Bad Gateway',
  root: 'q-who-wrote-502',
  nodes: {
    'q-who-wrote-502': {
      kind: 'question',
      question: 'Which layer wrote the 502?',
      help: "Read the Server header and the body: a Cloudflare page with a Ray ID or 'X-Cache: Error from cloudfront' is the CDN; API Gateway answers {\"message\": \"Internal server error\"}; 'awselb/2.0', 'nginx', 'envoy' or an ingress page is a proxy or load balancer you run.",
      check: "curl -sS -o /dev/null -D - $URL | grep -iE '^(HTTP/|server:|cf-ray:|x-cache:|x-amzn|via:)'",
      options: [
        { key: 'cdn-edge', label: 'The CDN (Cloudflare page with a Ray ID, CloudFront error)', next: 'q-origin-saw-request' },
        { key: 'lambda-front', label: 'API Gateway, or an ALB in front of a Lambda function', next: 'leaf-serverless-response' },
        { key: 'our-proxy', label: 'Our proxy, ingress or load balancer (nginx, HAProxy, ALB, Envoy)', next: 'q-proxy-reason' },
      ],
    },
    'q-origin-saw-request': {
      kind: 'question',
      question: "Do the origin's logs show the failing requests arriving from the CDN?",
      help: "Search the origin's access log at the failing seconds, and test the origin directly from outside, bypassing the CDN. A plain 502 inside the CDN page was usually written by your origin.",
      check: 'curl -sv --resolve $HOST:443:$ORIGIN_IP https://$HOST/ -o /dev/null',
      options: [
        { key: 'origin-saw-nothing', label: 'No: nothing arrives, or a direct test cannot connect', next: 'leaf-cdn-origin-unreachable' },
        { key: 'origin-answered-502', label: "Yes: the origin's own proxy answered 502", next: 'q-proxy-reason' },
      ],
    },
    'q-proxy-reason': {
      kind: 'question',
      question: "What does the proxy's error log say for a failing request?",
      help: "nginx and ingress-nginx write the reason into the error log. Envoy marks a 502 with the flag UPE (the response broke HTTP): choose the rejected response. An ALB logs no reason (target_status_code '-'): choose refused if the target was not listening or restarting, closed early if it took the request and then dropped it.",
      check: "tail -n 500 /var/log/nginx/error.log | grep -E 'upstream|SSL|resolved' | tail -20",
      options: [
        { key: 'refused', label: "connect() failed (111: Connection refused), or 'no live upstreams'", next: 'q-upstream-state' },
        {
          key: 'closed-early',
          label: "'upstream prematurely closed connection', or recv() failed (104: Connection reset by peer)",
          next: 'q-closed-pattern',
        },
        {
          key: 'rejected-response',
          label: "An SSL error, or 'upstream sent too big / invalid / no valid header'",
          next: 'q-rejected-kind',
        },
        { key: 'not-resolved', label: "'could not be resolved', or 'host not found in upstream'", next: 'leaf-upstream-dns-resolve' },
      ],
    },
    'q-upstream-state': {
      kind: 'question',
      question: 'What state are the upstream instances in?',
      help: 'List the pods or targets behind the address the proxy logs, with their IPs and restart counts, and compare the logged IP with the current ones.',
      check: 'kubectl get pods -n $NAMESPACE -l $SELECTOR -o wide',
      options: [
        { key: 'being-replaced', label: 'Being replaced by a rollout (Terminating, draining)', next: 'leaf-deploy-no-drain-refused' },
        { key: 'crash-looping', label: 'Restarting over and over (CrashLoopBackOff)', next: 'leaf-crash-loop' },
        { key: 'failing-health-checks', label: 'Running, but every one fails its health check', next: 'leaf-no-healthy-upstream' },
        { key: 'ip-not-current', label: 'The logged IP belongs to no current instance', next: 'leaf-upstream-dns-stale' },
        { key: 'running-not-listening', label: 'Running and current, but nothing listens on that port', next: 'leaf-connection-refused' },
      ],
    },
    'q-closed-pattern': {
      kind: 'question',
      question: 'When do the early closes happen?',
      help: "Line up the failing requests with rollouts, restarts and OOM kills, with the app server's own log, and with the request durations in the proxy access log.",
      check: 'kubectl get pods -n $NAMESPACE -l $SELECTOR && kubectl get events -n $NAMESPACE --sort-by=.lastTimestamp | tail -30',
      options: [
        { key: 'during-deploys', label: 'In bursts during rollouts', next: 'leaf-deploy-no-drain-closed' },
        {
          key: 'after-long-wait',
          label: "After a long wait of about the same length; the app server logs 'WORKER TIMEOUT' or 'HARAKIRI'",
          next: 'leaf-worker-timeout-kill',
        },
        {
          key: 'with-oom-kills',
          label: "At the same seconds as OOM kills (exit 137) or 'too many open files'",
          next: 'leaf-resource-exhaustion',
        },
        { key: 'with-crashes', label: 'At the same seconds as worker crashes, panics or restarts', next: 'leaf-reset-before-headers' },
        {
          key: 'random-trickle',
          label: 'A low, random trickle; nothing crashed and the app never logged them',
          next: 'leaf-keepalive-race',
        },
      ],
    },
    'q-rejected-kind': {
      kind: 'question',
      question: 'Which error does the proxy log exactly?',
      help: "'wrong version number' is a TLS error in name only: it means one side does not speak TLS at all.",
      check: "tail -n 500 /var/log/nginx/error.log | grep -E 'SSL|certificate|wrong version|header' | tail -20",
      options: [
        {
          key: 'certificate',
          label: 'A certificate verify error, an expired certificate, or a failed handshake',
          next: 'leaf-upstream-tls',
        },
        {
          key: 'wrong-protocol',
          label: "'wrong version number', 'no valid HTTP/1.0 header', or the app logs 'PRI * HTTP/2.0'",
          next: 'leaf-protocol-mismatch',
        },
        { key: 'header-size', label: "'upstream sent too big header' or 'invalid header'", next: 'leaf-header-too-big' },
      ],
    },
    'leaf-serverless-response': {
      kind: 'leaf',
      runbook: 'FM-502-SERVERLESS-RESPONSE',
      note: 'The front door of a function answers 502 when the function throws, times out or returns the wrong shape.',
    },
    'leaf-cdn-origin-unreachable': {
      kind: 'leaf',
      runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
      note: 'The CDN wrote the error and the origin never saw the requests, so the edge cannot connect to it.',
    },
    'leaf-deploy-no-drain-refused': {
      kind: 'leaf',
      runbook: 'FM-502-DEPLOY-NO-DRAIN',
      note: 'The proxy still sends requests to instances the rollout has already stopped.',
    },
    'leaf-deploy-no-drain-closed': {
      kind: 'leaf',
      runbook: 'FM-502-DEPLOY-NO-DRAIN',
      note: 'Connections close in bursts as the rollout stops instances that still have requests in flight.',
    },
    'leaf-crash-loop': {
      kind: 'leaf',
      runbook: 'FM-500-CRASH-LOOP',
      note: 'The upstream never stays up long enough to accept connections, so the proxy sees refusals.',
    },
    'leaf-no-healthy-upstream': {
      kind: 'leaf',
      runbook: 'FM-503-NO-HEALTHY-UPSTREAM',
      note: "Every target is marked failed; nginx reports that as 502 'no live upstreams' where other proxies say 503.",
    },
    'leaf-upstream-dns-stale': {
      kind: 'leaf',
      runbook: 'FM-502-UPSTREAM-DNS',
      note: 'The proxy connects to an address the upstream no longer uses: it resolved the name long ago.',
    },
    'leaf-upstream-dns-resolve': {
      kind: 'leaf',
      runbook: 'FM-502-UPSTREAM-DNS',
      note: "The proxy cannot resolve the upstream's name.",
    },
    'leaf-connection-refused': {
      kind: 'leaf',
      runbook: 'FM-502-CONNECTION-REFUSED',
      note: 'The address is right and the instance runs, but nothing accepts connections on that port.',
    },
    'leaf-worker-timeout-kill': {
      kind: 'leaf',
      runbook: 'FM-502-WORKER-TIMEOUT-KILL',
      note: "The app server's watchdog killed a slow worker mid-request, so the proxy lost the connection.",
    },
    'leaf-resource-exhaustion': {
      kind: 'leaf',
      runbook: 'FM-500-RESOURCE-EXHAUSTION',
      note: 'Connections drop when the kernel kills the process for memory, or it runs out of descriptors.',
    },
    'leaf-reset-before-headers': {
      kind: 'leaf',
      runbook: 'FM-502-RESET-BEFORE-HEADERS',
      note: 'The upstream took the request and then died or closed the connection before answering.',
    },
    'leaf-keepalive-race': {
      kind: 'leaf',
      runbook: 'FM-502-KEEPALIVE-RACE',
      note: 'Random early closes on requests the app never saw are reused idle connections the app was closing.',
    },
    'leaf-upstream-tls': {
      kind: 'leaf',
      runbook: 'FM-502-UPSTREAM-TLS',
      note: "Both sides speak TLS, but the proxy does not trust or accept the upstream's certificate.",
    },
    'leaf-protocol-mismatch': {
      kind: 'leaf',
      runbook: 'FM-502-PROTOCOL-MISMATCH',
      note: 'The proxy and the upstream port speak different protocols (HTTP vs HTTPS, HTTP/1.1 vs HTTP/2 or gRPC).',
    },
    'leaf-header-too-big': {
      kind: 'leaf',
      runbook: 'FM-502-HEADER-TOO-BIG',
      note: "The upstream answered, but its response headers are too large or malformed for the proxy's buffers.",
    },
  },
};
