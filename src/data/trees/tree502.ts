/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=502&path=our-proxy.closed-early...). Never rename or reuse a removed id or key; add a new
 * node or option with a new key instead. Each answer says what the reader observes, with vendor
 * wording in `help` and exact codes in `observe` (no code may fit two answers of one question).
 * Every runbook that lists 502 must stay reachable, at most 6 questions to any leaf (checked at
 * build).
 */
import type { DecisionTreeData } from '../../lib/treeTypes';
import { gcpStatusDetailsCheck } from './vendorChecks';

export const tree502: DecisionTreeData = {
  id: '502',
  title: 'Triage a 502 Bad Gateway',
  root: 'q-who-wrote-502',
  nodes: {
    'q-who-wrote-502': {
      kind: 'question',
      question: 'Which layer wrote the 502?',
      help: "Read the Server header and the body: a Cloudflare page with a Ray ID or 'X-Cache: Error from cloudfront' is the CDN; API Gateway answers {\"message\": \"Internal server error\"}; 'awselb/2.0', 'nginx', 'envoy' or an ingress page is a proxy or load balancer. A Google Cloud load balancer writes the reason into statusDetails in its request log.",
      check: "curl -sS -o /dev/null -D - $URL | grep -iE '^(HTTP/|server:|cf-ray:|x-cache:|x-amzn|via:)'",
      options: [
        {
          key: 'cdn-edge',
          label: 'The CDN (Cloudflare page with a Ray ID, CloudFront error)',
          next: 'q-origin-saw-request',
          observe: ['Ray ID', 'Error from cloudfront'],
        },
        {
          key: 'lambda-front',
          label: 'API Gateway, or an ALB in front of a Lambda function',
          help: "ALB error_reason LambdaUnhandled, LambdaInvalidResponse, LambdaThrottling; API Gateway 'Internal server error' or 'Execution failed due to configuration error'.",
          next: 'q-serverless-reason',
          observe: ['LambdaUnhandled', 'LambdaInvalidResponse', 'x-amzn-errortype'],
        },
        {
          key: 'managed-lb-reason',
          label: 'A cloud load balancer that logs its own reason (Google Cloud statusDetails)',
          next: 'q-lb-reason',
          observe: ['statusDetails'],
        },
        {
          key: 'our-proxy',
          label: 'Our proxy, ingress or load balancer (nginx, HAProxy, ALB, Envoy)',
          next: 'q-proxy-reason',
          observe: ['Server: nginx', 'Server: awselb/2.0', 'SH--', 'PH--', 'UPE'],
        },
      ],
    },
    'q-origin-saw-request': {
      kind: 'question',
      question: "Do the origin's logs show the failing requests arriving from the CDN?",
      help: "Search the origin's access log at the failing seconds, and test the origin directly from outside, bypassing the CDN. A plain 502 inside the CDN page was usually written by your origin.",
      check: 'curl -sv --resolve $HOST:443:$ORIGIN_IP https://$HOST/ -o /dev/null',
      options: [
        {
          key: 'origin-saw-nothing',
          label: 'No: nothing arrives, and a direct test cannot connect either',
          next: 'leaf-cdn-origin-unreachable',
          observe: ['direct test fails'],
        },
        {
          key: 'origin-answered-502',
          label: "Yes: the origin's own proxy answered 502",
          next: 'q-proxy-reason',
          observe: ['origin access log 502'],
        },
        {
          key: 'origin-healthy',
          label: "No, yet a direct test works; the CDN's status page reports an incident",
          next: 'leaf-provider-fault-cdn',
          observe: ['direct test works', 'CDN status page incident'],
        },
      ],
    },
    'q-serverless-reason': {
      kind: 'question',
      question: 'What does the function front door say went wrong?',
      help: "Read the ALB access log's error_reason, or the API Gateway execution log, for one failing request.",
      check: 'aws logs tail /aws/lambda/$FUNCTION --since 15m | grep -E "Task timed out|ERROR|Rate Exceeded" | tail -20',
      options: [
        {
          key: 'function-failed',
          label: 'The function threw, timed out, or returned the wrong shape',
          help: "ALB error_reason LambdaUnhandled or LambdaInvalidResponse; 'Task timed out' in the function's log; API Gateway 'Malformed Lambda proxy response'.",
          next: 'leaf-serverless-response',
          observe: ['LambdaUnhandled', 'LambdaInvalidResponse', 'Task timed out', 'Malformed Lambda proxy response'],
        },
        {
          key: 'throttled-or-integration',
          label: 'The function was throttled, or the gateway integration gave up',
          help: 'ALB error_reason LambdaThrottling; API Gateway integration timeout or throttling in the execution log.',
          next: 'leaf-api-gateway-integration',
          observe: ['LambdaThrottling', 'Rate Exceeded'],
        },
      ],
    },
    'q-lb-reason': {
      kind: 'question',
      question: 'What does statusDetails say for the failing requests?',
      help: "Group the load balancer's 5xx log entries by statusDetails. Google lists 502 and 503 for the same values, so the value, not the code, names the cause.",
      check: gcpStatusDetailsCheck,
      options: [
        {
          key: 'backend-timeout',
          label: 'The backend did not answer within the backend service timeout',
          next: 'leaf-lb-idle-timeout',
          observe: ['backend_timeout'],
        },
        {
          key: 'closed-before-data',
          label: 'The backend closed the connection before sending any data',
          help: 'Most often the backend closed an idle keep-alive connection that the load balancer was reusing.',
          next: 'leaf-keepalive-race',
          observe: ['backend_connection_closed_before_data_sent_to_client'],
        },
        {
          key: 'could-not-connect',
          label: 'The load balancer could not connect, or found no healthy backend',
          next: 'q-upstream-state',
          observe: ['failed_to_connect_to_backend', 'failed_to_pick_backend'],
        },
        {
          key: 'bad-response',
          label: 'The backend answered, but with headers too long, a corrupted body, or the wrong protocol',
          next: 'q-rejected-kind',
          observe: [
            'backend_response_headers_too_long',
            'backend_response_corrupted',
            'failed_to_negotiate_alpn',
            'ssl_certificate_chain_verification_failed',
          ],
        },
        {
          key: 'lb-internal',
          label: 'An error inside the load balancer itself, with backends healthy',
          next: 'leaf-provider-fault-cloud',
          observe: ['internal_error', 'retriable_error', 'config_not_found'],
        },
      ],
    },
    'q-proxy-reason': {
      kind: 'question',
      question: "What does the proxy's error log say for a failing request?",
      help: 'nginx and ingress-nginx write the reason into the error log; HAProxy writes a termination state (SH--, PH--) into each log line; Envoy writes a response flag (UPE). An ALB logs no reason (target_status_code -).',
      check: "tail -n 500 /var/log/nginx/error.log | grep -E 'upstream|SSL|resolved' | tail -20",
      options: [
        {
          key: 'refused',
          label: 'The connection was refused, or no server is left to try',
          help: "nginx 'connect() failed (111: Connection refused)' or 'no live upstreams'; HAProxy SC--; an ALB 502 after a TCP RST from the target.",
          next: 'q-upstream-state',
          observe: ['111: Connection refused', 'no live upstreams', 'SC--'],
        },
        {
          key: 'no-local-port',
          label: 'The proxy could not get a local port or connection slot',
          help: "nginx '(99: Cannot assign requested address) while connecting to upstream'; HAProxy RC-- or PC--.",
          next: 'leaf-port-exhaustion',
          observe: ['99: Cannot assign requested address', 'RC--', 'PC--'],
        },
        {
          key: 'closed-early',
          label: 'The upstream closed or reset the connection before the response headers',
          help: "nginx 'upstream prematurely closed connection' or 'recv() failed (104: Connection reset by peer)'; HAProxy SH--.",
          next: 'q-closed-pattern',
          observe: ['upstream prematurely closed connection', '104: Connection reset by peer', 'SH--'],
        },
        {
          key: 'rejected-response',
          label: 'The upstream answered, but the proxy rejected what it got',
          help: "nginx: an SSL error, 'upstream sent too big header', 'upstream sent invalid header', 'upstream sent more data than specified in \"Content-Length\" header'; HAProxy PH--; Envoy UPE.",
          next: 'q-rejected-kind',
          observe: ['upstream sent too big header', 'upstream sent invalid header', 'PH--', 'UPE', 'SSL_do_handshake() failed'],
        },
        {
          key: 'proxy-disk-full',
          label: 'The proxy cannot write its buffers or temp files: the disk is full',
          help: "nginx '(28: No space left on device)' while writing a temporary file or buffer.",
          next: 'leaf-disk-full',
          observe: ['28: No space left on device'],
        },
        {
          key: 'not-resolved',
          label: "The upstream's name does not resolve",
          help: "nginx 'could not be resolved' or 'host not found in upstream'.",
          next: 'leaf-upstream-dns-resolve',
          observe: ['could not be resolved', 'host not found in upstream'],
        },
        {
          key: 'no-reason-logged',
          label: "Don't know: the load balancer logs no reason, or I cannot read the proxy's log",
          help: "An ALB logs target_status_code '-' and no reason. The next question's check (the state of the upstream instances) finds the cause from the other side.",
          next: 'q-upstream-state',
          observe: ["target_status_code '-'", 'no error log access'],
        },
      ],
    },
    'q-upstream-state': {
      kind: 'question',
      question: 'What state are the upstream instances in?',
      help: 'List the pods or targets behind the address the proxy logs, with their IPs and restart counts, and compare the logged IP with the current ones.',
      check: 'kubectl get pods -n $NAMESPACE -l $SELECTOR -o wide',
      options: [
        {
          key: 'being-replaced',
          label: 'Being replaced by a rollout (Terminating, draining)',
          next: 'leaf-deploy-no-drain-refused',
          observe: ['Terminating', 'draining'],
        },
        {
          key: 'crash-looping',
          label: 'Restarting over and over (CrashLoopBackOff)',
          next: 'leaf-crash-loop',
          observe: ['CrashLoopBackOff'],
        },
        {
          key: 'failing-health-checks',
          label: 'Running, but every one fails its health check',
          next: 'leaf-no-healthy-upstream',
          observe: ['all targets unhealthy'],
        },
        {
          key: 'ip-not-current',
          label: 'The logged IP belongs to no current instance',
          next: 'leaf-upstream-dns-stale',
          observe: ['stale IP'],
        },
        {
          key: 'running-not-listening',
          label: 'Running and current, but nothing listens on that port',
          next: 'leaf-connection-refused',
          observe: ['port not listening'],
        },
        {
          key: 'node-gone',
          label: 'The logged IP was on a node that went away (NotReady, spot interruption, drained)',
          next: 'leaf-node-loss',
          observe: ['NotReady', 'spot interruption'],
        },
        {
          key: 'not-registered-yet',
          label: 'New pods are Ready, but the load balancer still lists old targets or has not registered the new ones',
          help: "ALB target health 'initial' or 'draining'; an ingress controller that has not reloaded its endpoints.",
          next: 'leaf-target-registration-lag',
          observe: ['target state initial', 'target state draining'],
        },
        {
          key: 'all-healthy-trickle',
          label: 'All running, current and healthy; only a low, random trickle of requests fails',
          help: "An ALB 502 with target_status_code '-' on requests the app never logged, with no restarts or deploys at the time.",
          next: 'leaf-keepalive-race',
          observe: ['all healthy, random trickle'],
        },
        {
          key: 'connect-hangs',
          label: 'Running and listening, but a connect from the proxy hangs until it times out',
          help: 'Google Cloud failed_to_connect_to_backend after a wait; an ALB 502 with ICMP host unreachable.',
          next: 'leaf-network-blackhole',
          observe: ['connect hangs', 'Host unreachable'],
        },
      ],
    },
    'q-closed-pattern': {
      kind: 'question',
      question: 'When do the early closes happen?',
      help: "Line up the failing requests with rollouts, restarts and OOM kills, with the app server's own log, and with the request durations in the proxy access log.",
      check: 'kubectl get pods -n $NAMESPACE -l $SELECTOR && kubectl get events -n $NAMESPACE --sort-by=.lastTimestamp | tail -30',
      options: [
        { key: 'during-deploys', label: 'In bursts during rollouts', next: 'leaf-deploy-no-drain-closed', observe: ['during rollouts'] },
        {
          key: 'after-long-wait',
          label: "After a long wait of about the same length; the app server logs 'WORKER TIMEOUT' or 'HARAKIRI'",
          next: 'leaf-worker-timeout-kill',
          observe: ['WORKER TIMEOUT', 'HARAKIRI', 'request_terminate_timeout'],
        },
        {
          key: 'with-oom-kills',
          label: "At the same seconds as OOM kills (exit 137) or 'too many open files'",
          next: 'leaf-resource-exhaustion',
          observe: ['exit code 137', 'Too many open files'],
        },
        {
          key: 'with-crashes',
          label: 'At the same seconds as worker crashes, panics or restarts',
          next: 'leaf-reset-before-headers',
          observe: ['worker crash', 'panic'],
        },
        {
          key: 'everywhere-after-push',
          label: 'In every region at the same minute, right after a config or data file was pushed',
          next: 'leaf-global-config-push',
          observe: ['all regions at once after a push'],
        },
        {
          key: 'websocket-only',
          label: 'Only on WebSocket upgrades or long-lived streams, often after a quiet minute',
          next: 'leaf-websocket-drops',
          observe: ['WebSocket', 'Upgrade'],
        },
        {
          key: 'random-trickle',
          label: 'A low, random trickle; nothing crashed and the app never logged them',
          next: 'leaf-keepalive-race',
          observe: ['random trickle'],
        },
      ],
    },
    'q-rejected-kind': {
      kind: 'question',
      question: 'Which error does the proxy log exactly?',
      help: "'wrong version number' is a TLS error in name only: it means one side does not speak TLS at all.",
      check: "tail -n 500 /var/log/nginx/error.log | grep -E 'SSL|certificate|wrong version|header|Content-Length' | tail -20",
      options: [
        {
          key: 'certificate',
          label: 'A certificate verify error, an expired certificate, or a failed handshake',
          next: 'leaf-upstream-tls',
          observe: ['certificate verify failed', 'ssl_certificate_chain_verification_failed'],
        },
        {
          key: 'wrong-protocol',
          label: "'wrong version number', 'no valid HTTP/1.0 header', or the app logs 'PRI * HTTP/2.0'",
          next: 'leaf-protocol-mismatch',
          observe: ['wrong version number', 'PRI * HTTP/2.0', 'failed_to_negotiate_alpn'],
        },
        {
          key: 'grpc-http2',
          label: 'A gRPC or HTTP/2 stream was refused or ended (GOAWAY, stream limit, grpc-status)',
          next: 'leaf-grpc-http2',
          observe: ['GOAWAY', 'max_concurrent_streams', 'grpc-status'],
        },
        {
          key: 'header-size',
          label: "'upstream sent too big header' or 'invalid header'",
          next: 'leaf-header-too-big',
          observe: ['upstream sent too big header', 'backend_response_headers_too_long'],
        },
        {
          key: 'broken-body',
          label: 'The body does not match its headers: Content-Length overrun, bad gzip, or a cut stream',
          next: 'leaf-broken-response-body',
          observe: ['more data than specified in "Content-Length" header', 'backend_response_corrupted'],
        },
      ],
    },
    'leaf-serverless-response': {
      kind: 'leaf',
      runbook: 'FM-502-SERVERLESS-RESPONSE',
      owner: 'app-team',
      note: 'The front door of a function answers 502 when the function throws, times out or returns the wrong shape.',
    },
    'leaf-api-gateway-integration': {
      kind: 'leaf',
      runbook: 'FM-504-API-GATEWAY-INTEGRATION',
      note: 'The function was throttled or the gateway integration gave up before it answered.',
    },
    'leaf-cdn-origin-unreachable': {
      kind: 'leaf',
      runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
      note: 'The CDN wrote the error and the origin never saw the requests, so the edge cannot connect to it.',
    },
    'leaf-provider-fault-cdn': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cdn-provider',
      note: "The origin is healthy and reachable; the CDN made the 502 itself. Collect Ray ids and times for the provider's support.",
    },
    'leaf-provider-fault-cloud': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cloud-provider',
      note: "The load balancer reports an error of its own while the backends are healthy: collect request ids and times for the provider's support.",
    },
    'leaf-lb-idle-timeout': {
      kind: 'leaf',
      runbook: 'FM-504-LB-IDLE-TIMEOUT',
      owner: 'platform-sre',
      note: "Google Cloud reports its backend service timeout as 502 or 503 with backend_timeout, not as 504: the load balancer's timeout is shorter than the request.",
    },
    'leaf-port-exhaustion': {
      kind: 'leaf',
      runbook: 'FM-502-PORT-EXHAUSTION',
      note: 'The proxy ran out of local ports or connection slots towards the upstream.',
    },
    'leaf-disk-full': {
      kind: 'leaf',
      runbook: 'FM-500-DISK-FULL',
      owner: 'platform-sre',
      note: "The proxy host's disk is full, so the proxy cannot buffer the upstream's response.",
    },
    'leaf-node-loss': {
      kind: 'leaf',
      runbook: 'FM-503-NODE-LOSS',
      note: 'The proxy still sends to pods on a node that is gone.',
    },
    'leaf-target-registration-lag': {
      kind: 'leaf',
      runbook: 'FM-503-TARGET-REGISTRATION-LAG',
      note: 'The load balancer sends to targets that are going or not yet registered while the rollout moves on.',
    },
    'leaf-network-blackhole': {
      kind: 'leaf',
      runbook: 'FM-504-NETWORK-BLACKHOLE',
      note: 'A connect that hangs instead of being refused means packets to the upstream are dropped on the way.',
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
      owner: 'platform-sre',
      note: 'The proxy connects to an address the upstream no longer uses: it resolved the name long ago.',
    },
    'leaf-upstream-dns-resolve': {
      kind: 'leaf',
      runbook: 'FM-502-UPSTREAM-DNS',
      owner: 'network-edge',
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
      owner: 'app-team',
      note: 'The upstream took the request and then died or closed the connection before answering.',
    },
    'leaf-global-config-push': {
      kind: 'leaf',
      runbook: 'FM-500-GLOBAL-CONFIG-PUSH',
      note: 'Failing everywhere at once right after a push points at the pushed file, not at any one region.',
    },
    'leaf-keepalive-race': {
      kind: 'leaf',
      runbook: 'FM-502-KEEPALIVE-RACE',
      owner: 'app-team',
      note: 'Random early closes on requests the app never saw are reused idle connections the app was closing.',
    },
    'leaf-websocket-drops': {
      kind: 'leaf',
      runbook: 'FM-502-WEBSOCKET-DROPS',
      note: 'Only upgraded or long-lived connections fail: a hop does not pass the upgrade, or closes idle connections.',
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
    'leaf-grpc-http2': {
      kind: 'leaf',
      runbook: 'FM-502-GRPC-HTTP2',
      note: 'Both sides speak HTTP/2, but streams are refused or ended, or one long connection pins the traffic.',
    },
    'leaf-header-too-big': {
      kind: 'leaf',
      runbook: 'FM-502-HEADER-TOO-BIG',
      note: "The upstream answered, but its response headers are too large or malformed for the proxy's buffers.",
    },
    'leaf-broken-response-body': {
      kind: 'leaf',
      runbook: 'FM-502-BROKEN-RESPONSE-BODY',
      note: 'The status and headers arrived, but the body broke: its length, encoding or stream does not match.',
    },
  },
};
