/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=503&path=upstream-connect-error.overflow...). Never rename or reuse a removed id or key;
 * add a new node or option with a new key instead. Every runbook whose primary code is 503 must stay
 * reachable, with 2-5 options per question and at most 6 questions to any leaf (checked at build).
 */
import type { DecisionTreeData } from '../../lib/treeTypes';

export const tree503: DecisionTreeData = {
  id: '503',
  title: 'Triage a 503 Service Unavailable',
  root: 'q-503-body',
  nodes: {
    'q-503-body': {
      kind: 'question',
      question: 'What does the 503 response say?',
      help: "Fetch one failing response with its headers. Envoy and Istio write short plain-text bodies; nginx, an ingress or a load balancer writes a bare '503 Service Temporarily Unavailable' page (an ALB adds Server: awselb/2.0); your service writes its own error format, often with a Retry-After header.",
      check: 'curl -sS -D - $URL | head -30',
      options: [
        {
          key: 'no-healthy-upstream',
          label: "'no healthy upstream', or 'No server is available to handle this request'",
          next: 'q-targets-state',
        },
        { key: 'upstream-connect-error', label: "'upstream connect error or disconnect/reset before headers'", next: 'q-reset-reason' },
        { key: 'plain-proxy-page', label: 'A bare 503 page from nginx, an ingress or a load balancer', next: 'q-proxy-503-log' },
        { key: 'own-error-or-maintenance', label: "Our service's own error body, or a maintenance page", next: 'q-app-refusal' },
      ],
    },
    'q-targets-state': {
      kind: 'question',
      question: 'How many ready endpoints or healthy targets does the service have?',
      help: 'List the ready addresses behind the Service (or the target health of the target group) and look at the pods: Ready, restart counts, and whether a rollout, node drain or scale-up is running.',
      check:
        'kubectl get endpointslices -n $NAMESPACE -l kubernetes.io/service-name=$SERVICE && kubectl get pods -n $NAMESPACE -l $SELECTOR',
      options: [
        { key: 'none-ready', label: 'None ready or registered (pods Running but not Ready, or none match)', next: 'leaf-empty-endpoints' },
        { key: 'all-failing-checks', label: "Registered, but every one fails the proxy's health check", next: 'leaf-no-healthy-upstream' },
        { key: 'crash-looping', label: 'Pods keep restarting (CrashLoopBackOff)', next: 'leaf-crash-loop' },
        { key: 'rollout-running', label: 'Fewer than usual, while a rollout or node drain runs', next: 'leaf-rollout-capacity' },
        { key: 'scaling-up', label: 'Zero or few, while the autoscaler adds instances', next: 'leaf-cold-start' },
      ],
    },
    'q-reset-reason': {
      kind: 'question',
      question: 'Which reset reason does the body or the sidecar access log give?',
      help: "The body ends with 'reset reason: ...'. The calling pod's sidecar access log shows the response flag after the status (UF, UC, UR, UO, URX).",
      check: "kubectl logs $CALLER_POD -n $NAMESPACE -c istio-proxy --since=15m | grep -E '\" 503 (UF|UC|UO|URX|UR)' | tail -20",
      options: [
        { key: 'connection-failure', label: "'connection failure' (flag UF)", next: 'q-transport-failure' },
        { key: 'connection-timeout', label: "'connection timeout'", next: 'leaf-network-blackhole' },
        { key: 'termination-or-reset', label: "'connection termination' or 'remote reset' (UC, UR)", next: 'q-termination-pattern' },
        { key: 'overflow', label: "'overflow' (UO), or the header x-envoy-overloaded: true", next: 'q-overflow-cause' },
        { key: 'no-reason', label: 'No reason shown, or no access to the sidecar log', next: 'leaf-mesh-upstream-reset' },
      ],
    },
    'q-transport-failure': {
      kind: 'question',
      question: "What does the 'transport failure reason' say?",
      help: "Envoy appends it to the body and the access log after a failed connect, for example 'delayed connect error: 111'.",
      check: "kubectl logs $CALLER_POD -n $NAMESPACE -c istio-proxy --since=15m | grep -F 'transport failure' | tail -5",
      options: [
        { key: 'refused-111', label: "'delayed connect error: 111' (connection refused)", next: 'leaf-connection-refused' },
        { key: 'tls-error', label: 'A TLS error (CERTIFICATE_VERIFY_FAILED, handshake failure)', next: 'leaf-upstream-tls' },
        { key: 'none-shown', label: 'Nothing, or something else', next: 'leaf-mesh-upstream-reset-uf' },
      ],
    },
    'q-termination-pattern': {
      kind: 'question',
      question: 'When do the terminations happen?',
      help: "Line up the failing calls with the upstream's restarts and rollouts, its own log, and the last config change to the port, protocol or mesh policy.",
      check: 'kubectl get pods -n $UPSTREAM_NS -l $SELECTOR && kubectl rollout history deploy/$SERVICE -n $UPSTREAM_NS',
      options: [
        { key: 'random-trickle', label: 'A low, random trickle; the upstream never logged them', next: 'leaf-keepalive-race' },
        {
          key: 'every-request',
          label: 'On every call to one service, since a port, protocol or mesh change',
          next: 'leaf-protocol-mismatch',
        },
        { key: 'with-crashes', label: 'At the same seconds as upstream crashes, restarts or OOM kills', next: 'leaf-reset-before-headers' },
        { key: 'during-rollouts', label: 'During rollouts of the upstream', next: 'leaf-mesh-upstream-reset-rollout' },
      ],
    },
    'q-overflow-cause': {
      kind: 'question',
      question: 'Why is the limit full?',
      help: 'Look at the error rate and latency of the service behind the breaker, and at the retry counters of the caller.',
      check:
        'kubectl exec $CALLER_POD -n $NAMESPACE -c istio-proxy -- curl -s localhost:15000/stats | grep "$SERVICE" | grep -E \'overflow|retry\'',
      options: [
        { key: 'dependency-failing', label: 'The service behind it shows errors or slow answers', next: 'leaf-circuit-open-mesh' },
        { key: 'retries-piling-up', label: 'Retries pile up (flag URX, retry counters climbing)', next: 'leaf-retry-storm' },
        { key: 'just-busy', label: 'Traffic is high and the service behind it is healthy', next: 'leaf-overload-shedding-mesh' },
      ],
    },
    'q-proxy-503-log': {
      kind: 'question',
      question: "What does the proxy's log say for a failing request?",
      help: "ingress-nginx names an empty Service or a rate limit in its log; an ALB's own 503 means its target groups have no registered targets. If the access log shows an upstream address and time, the upstream itself answered 503.",
      check:
        "kubectl logs -n ingress-nginx deploy/ingress-nginx-controller --since=15m | grep -E 'active Endpoint|limiting (requests|connections)'",
      options: [
        {
          key: 'no-active-endpoint',
          label: "'does not have any active Endpoint', or the ALB has no registered targets",
          next: 'q-targets-state',
        },
        { key: 'limiting', label: "'limiting requests' or 'limiting connections' by zone", next: 'leaf-rate-limit-miscoded' },
        { key: 'queue-full', label: 'Requests queued, then dropped (a full queue or concurrency limit)', next: 'q-load-pattern' },
        { key: 'maintenance-rule', label: 'A maintenance or fixed-response rule answered', next: 'leaf-planned-maintenance' },
        { key: 'upstream-answered', label: 'Nothing: the upstream app answered 503 itself', next: 'q-app-refusal' },
      ],
    },
    'q-app-refusal': {
      kind: 'question',
      question: "What does the service's 503 say, and does it carry Retry-After?",
      help: 'Read the error code, the Retry-After header and the log line of one failing response.',
      check: 'curl -sS -i $URL | head -20',
      options: [
        { key: 'maintenance', label: 'Maintenance, on every route of a host, region or tenant', next: 'leaf-planned-maintenance' },
        { key: 'breaker-open', label: "A circuit breaker is open ('CircuitBreaker ... is OPEN')", next: 'leaf-circuit-open' },
        {
          key: 'dependency-unavailable',
          label: 'A named dependency is unavailable, with Retry-After; other routes work',
          next: 'leaf-dependency-degraded',
        },
        { key: 'overloaded', label: 'Overloaded, queue full, or too many requests', next: 'q-load-pattern' },
      ],
    },
    'q-load-pattern': {
      kind: 'question',
      question: 'Who gets the 503s, and what is capacity doing?',
      help: 'Group the 503s by client key or IP, and compare ready replicas with the desired count, the autoscaler and any rollout in progress.',
      check: 'kubectl get deploy $DEPLOYMENT -n $NAMESPACE && kubectl get hpa -n $NAMESPACE',
      options: [
        { key: 'one-client', label: 'Mostly one client IP, API key or tenant', next: 'leaf-rate-limit-miscoded' },
        {
          key: 'everyone-at-peak',
          label: 'All clients, rising and falling with traffic; all instances busy',
          next: 'leaf-overload-shedding',
        },
        { key: 'after-idle-or-jump', label: 'After idle time or a sudden jump, while instances still start', next: 'leaf-cold-start' },
        { key: 'during-rollout', label: 'During a rollout or node drain', next: 'leaf-rollout-capacity' },
        { key: 'retries-multiplying', label: 'Retries multiply the traffic to a dependency', next: 'leaf-retry-storm' },
      ],
    },
    'leaf-empty-endpoints': {
      kind: 'leaf',
      runbook: 'FM-503-EMPTY-ENDPOINTS',
      note: 'Nothing is registered or ready behind the Service or target group, so the proxy has nowhere to send the request.',
    },
    'leaf-no-healthy-upstream': {
      kind: 'leaf',
      runbook: 'FM-503-NO-HEALTHY-UPSTREAM',
      note: 'The proxy knows its targets but has marked every one unhealthy.',
    },
    'leaf-crash-loop': {
      kind: 'leaf',
      runbook: 'FM-500-CRASH-LOOP',
      note: 'The pods never stay up long enough to become ready, so the proxy has no target.',
    },
    'leaf-rollout-capacity': {
      kind: 'leaf',
      runbook: 'FM-503-ROLLOUT-CAPACITY',
      note: 'The rollout or drain took more instances out of service than the rest can carry.',
    },
    'leaf-cold-start': {
      kind: 'leaf',
      runbook: 'FM-503-COLD-START',
      note: 'Requests arrive before enough warm instances exist.',
    },
    'leaf-network-blackhole': {
      kind: 'leaf',
      runbook: 'FM-504-NETWORK-BLACKHOLE',
      note: "In a mesh, a connect that never completes because packets are dropped shows as 503 'connection timeout'.",
    },
    'leaf-mesh-upstream-reset': {
      kind: 'leaf',
      runbook: 'FM-503-MESH-UPSTREAM-RESET',
      note: 'The sidecar wrote this 503 itself; the runbook shows how to read the flag and reset reason that name the cause.',
    },
    'leaf-mesh-upstream-reset-uf': {
      kind: 'leaf',
      runbook: 'FM-503-MESH-UPSTREAM-RESET',
      note: 'The sidecar could not connect and gives no transport reason; test the port from the upstream side as the runbook shows.',
    },
    'leaf-mesh-upstream-reset-rollout': {
      kind: 'leaf',
      runbook: 'FM-503-MESH-UPSTREAM-RESET',
      note: 'Upstream pods shutting down during a rollout close connections the sidecar still uses.',
    },
    'leaf-connection-refused': {
      kind: 'leaf',
      runbook: 'FM-502-CONNECTION-REFUSED',
      note: 'Nothing listens on the target port; behind nginx the same fault is a 502.',
    },
    'leaf-upstream-tls': {
      kind: 'leaf',
      runbook: 'FM-502-UPSTREAM-TLS',
      note: 'The TLS or mTLS handshake to the upstream fails; behind nginx the same fault is a 502.',
    },
    'leaf-keepalive-race': {
      kind: 'leaf',
      runbook: 'FM-502-KEEPALIVE-RACE',
      note: 'The upstream closes idle keep-alive connections sooner than Envoy expects.',
    },
    'leaf-protocol-mismatch': {
      kind: 'leaf',
      runbook: 'FM-502-PROTOCOL-MISMATCH',
      note: 'Every call fails since a change, so the sidecar and the upstream port no longer speak the same protocol.',
    },
    'leaf-reset-before-headers': {
      kind: 'leaf',
      runbook: 'FM-502-RESET-BEFORE-HEADERS',
      note: 'The upstream dies or closes the connection mid-request; Envoy reports as 503 what nginx reports as 502.',
    },
    'leaf-circuit-open-mesh': {
      kind: 'leaf',
      runbook: 'FM-503-CIRCUIT-OPEN',
      note: 'The circuit breaker in front of a failing service is full, so calls are refused at once.',
    },
    'leaf-circuit-open': {
      kind: 'leaf',
      runbook: 'FM-503-CIRCUIT-OPEN',
      note: 'The service refuses calls to a failing dependency at once because its breaker is open.',
    },
    'leaf-retry-storm': {
      kind: 'leaf',
      runbook: 'FM-504-RETRY-STORM',
      note: 'Retries multiply the traffic until the retry or overflow limits trip and answer 503.',
    },
    'leaf-overload-shedding-mesh': {
      kind: 'leaf',
      runbook: 'FM-503-OVERLOAD-SHEDDING',
      note: 'The limit is full because of real demand, not because the service behind it fails.',
    },
    'leaf-overload-shedding': {
      kind: 'leaf',
      runbook: 'FM-503-OVERLOAD-SHEDDING',
      note: 'Demand is above what the service can run at once, and the excess is rejected fast.',
    },
    'leaf-rate-limit-miscoded': {
      kind: 'leaf',
      runbook: 'FM-503-RATE-LIMIT-MISCODED',
      note: 'A per-client limit rejects these requests and answers 503 where 429 was meant.',
    },
    'leaf-planned-maintenance': {
      kind: 'leaf',
      runbook: 'FM-503-PLANNED-MAINTENANCE',
      note: 'A maintenance switch answers on purpose; check its window and scope.',
    },
    'leaf-dependency-degraded': {
      kind: 'leaf',
      runbook: 'FM-503-DEPENDENCY-DEGRADED',
      note: 'The service contains a dependency outage on purpose, so only the features that need it answer 503.',
    },
  },
};
