/**
 * How to add a module or a question: append it with a new kebab-case id; option keys must be unique
 * within their question, question ids within their module. Ids and keys are stable because learners'
 * progress records store them: reword text freely, but never rename an id or key, and never reuse
 * the id of a removed module, question or option. Types and rules: src/lib/trainingTypes.ts.
 */
import type { TrainingModule } from '../../lib/trainingTypes';

export const trainingModules: readonly TrainingModule[] = [
  {
    id: 'where-errors-are-born',
    title: 'Where errors are born',
    summary:
      'Every 5xx is written by one hop on the request path, and that hop is rarely the one that broke. Learn to name the hop that answered before you touch anything.',
    goals: [
      'Say which of 500, 502, 503 and 504 RFC 9110 gives to gateways and proxies, and which any server may send',
      'Follow a request from the client through the CDN, load balancer, proxy and application to its dependencies',
      'Tell from the body, the headers and the logs which hop wrote a response',
      'Explain why network faults and dependency failures always reach the visitor through another hop',
    ],
    read: [
      { title: 'Where each code is born', path: '/docs/reference/where-codes-are-born' },
      { title: 'Triage by status code', path: '/docs/triage' },
      { title: '500 Internal Server Error', path: '/docs/codes/500' },
      { title: '502 Bad Gateway', path: '/docs/codes/502' },
      { title: 'Runbook: CDN cannot reach the origin', path: '/docs/failure-modes/fm-502-cdn-origin-unreachable' },
    ],
    practice: [
      { kind: 'tree', tree: 'start', label: 'Walk the starting triage tree from a status code to the layer that answered' },
      { kind: 'scenario', scenario: 'cdn-origin-unreachable', label: 'Simulator: the CDN answers for an origin it cannot reach' },
    ],
    quiz: [
      {
        id: 'gateway-codes',
        kind: 'multiple-choice',
        prompt: 'RFC 9110 defines two of the four codes as answers from a server acting as a gateway or proxy. Which two?',
        options: [
          {
            key: 'codes-500-503',
            text: '500 and 503',
            correct: false,
            explanation:
              'These are the two that any server may send, including the application itself: a 500 for an unexpected failure, a 503 for a deliberate, temporary refusal.',
          },
          {
            key: 'codes-502-504',
            text: '502 and 504',
            correct: true,
            explanation:
              'Right. A 502 reports an unusable answer from the server behind the gateway and a 504 reports no answer in time, so both only make sense from a hop that forwards requests.',
          },
          {
            key: 'codes-503-504',
            text: '503 and 504',
            correct: false,
            explanation:
              'Only half right. 504 is a gateway code, but 503 is not tied to a gateway: an application in maintenance or shedding load sends it too.',
          },
          {
            key: 'codes-500-502',
            text: '500 and 502',
            correct: false,
            explanation:
              'Only half right. 502 is a gateway code, but 500 is the catch-all that any server, most often the application, sends when it hits something it did not expect.',
          },
        ],
      },
      {
        id: 'first-triage-question',
        kind: 'multiple-choice',
        prompt: 'What is the first question to answer in any 5xx triage on this site?',
        options: [
          {
            key: 'which-hop-answered',
            text: 'Which hop on the request path wrote this response?',
            correct: true,
            explanation:
              'Right. Once you know which hop answered, you know whose logs to read and which hop to look at next, one step further in.',
          },
          {
            key: 'who-deployed',
            text: 'Which team deployed most recently?',
            correct: false,
            explanation:
              'Change history matters later, when you line errors up with deploys, but it does not tell you where the response came from. Starting there sends you to the wrong logs half the time.',
          },
          {
            key: 'how-many-users',
            text: 'How many users are affected?',
            correct: false,
            explanation:
              'Impact sets the severity of the incident, and your incident process measures it, but it says nothing about which layer produced the error.',
          },
          {
            key: 'retry-or-not',
            text: 'Should clients retry this request?',
            correct: false,
            explanation:
              'Retry advice depends on the code and the method, and is a question for clients. It does not help you find the layer that failed.',
          },
        ],
      },
      {
        id: 'dropped-packets',
        kind: 'multiple-choice',
        prompt:
          'A firewall between a proxy and the application starts silently dropping packets. What does the visitor most likely receive, and from whom?',
        options: [
          {
            key: 'firewall-503',
            text: 'A 503 written by the firewall',
            correct: false,
            explanation:
              'A firewall that drops packets sends nothing at all, least of all an HTTP response. Its faults always surface through the next hop up.',
          },
          {
            key: 'app-500',
            text: 'A 500 written by the application',
            correct: false,
            explanation:
              'The application never receives the request, so it cannot answer it. Its logs will show nothing for these requests.',
          },
          {
            key: 'client-error',
            text: 'A 5xx invented by the browser',
            correct: false,
            explanation: 'Clients show what they received; they never make up a 5xx. They may retry one, though, and add load.',
          },
          {
            key: 'proxy-504',
            text: 'A 504 written by the proxy, once its timer runs out',
            correct: true,
            explanation:
              'Right. The network never answers by itself. The hop above it waits for a reply that never comes and reports the silence as a timeout.',
          },
        ],
      },
      {
        id: 'dependency-voice',
        kind: 'multiple-choice',
        prompt: 'A database behind the application becomes very slow. How does that reach the visitor?',
        options: [
          {
            key: 'db-writes-5xx',
            text: 'The database sends its own 5xx response to the visitor',
            correct: false,
            explanation:
              'A database does not speak HTTP to your visitors. Only the application can turn its errors or its slowness into a status code.',
          },
          {
            key: 'always-502',
            text: 'Always as a 502, because the database is behind a gateway',
            correct: false,
            explanation:
              'There is no single code for a slow dependency. A late translation gives 500, deliberate degradation 503, and a proxy that gives up waiting 504.',
          },
          {
            key: 'through-the-app',
            text: 'Through the application: a 500 if it translates the failure late, a 503 if it degrades on purpose, a 504 from a proxy if it just waits',
            correct: true,
            explanation:
              'Right. Dependencies have no voice of their own on the request path; what the visitor sees depends on how the application handles the slowness and which timer fires first.',
          },
          {
            key: 'invisible',
            text: 'It does not reach the visitor; only internal dashboards see it',
            correct: false,
            explanation:
              'Slow dependencies are one of the most common causes of visible 500s and 504s; the application passes the trouble on in one form or another.',
          },
        ],
      },
      {
        id: 'app-error-body',
        kind: 'next-step',
        prompt: 'A failing API call returns this body quickly. What do you do next?',
        context:
          'HTTP/1.1 500 Internal Server Error, Content-Type: application/problem+json, X-Request-Id: req_3c81e0, body: {"status":500,"code":"INTERNAL_ERROR","request_id":"req_3c81e0"}',
        options: [
          {
            key: 'read-proxy-log',
            text: 'Read the proxy error log for an upstream failure',
            correct: false,
            explanation:
              'A proxy that fails to reach the upstream writes its own short page, not your JSON error body. Here the proxy only passed the application answer along.',
          },
          {
            key: 'read-app-trace',
            text: 'Search the application log for req_3c81e0 and read its stack trace',
            correct: true,
            explanation:
              'Right. Your own error format with your request id means the application answered, so the application log holds the exception that explains it.',
          },
          {
            key: 'page-network',
            text: 'Open a network incident for dropped connections',
            correct: false,
            explanation:
              'The request reached the application and it answered, so the network path worked. Network faults show up as 502 or 504 from a proxy.',
          },
          {
            key: 'check-cdn',
            text: 'Check the CDN analytics for edge errors',
            correct: false,
            explanation: 'An edge error would come on a branded page with its own request id. This body came from your service.',
          },
        ],
      },
      {
        id: 'branded-522',
        kind: 'next-step',
        prompt: 'Login and checkout fail for visitors; cached pages still load. What do you do next?',
        context:
          'Visitor screenshot: Cloudflare page "Error 522 Connection timed out", Ray ID 8f01b2c3d4e5a697. Origin dashboards: CPU 5%, no errors in the nginx logs, load balancer health checks green.',
        options: [
          {
            key: 'check-origin-arrivals',
            text: 'Check whether requests from Cloudflare reach the origin at all, then test the origin directly, bypassing Cloudflare',
            correct: true,
            explanation:
              'Right. A 522 is Cloudflare reporting that it could not connect. Quiet origin logs suggest the requests never arrive, and a direct test separates a dead server from a blocked path such as a firewall rule.',
          },
          {
            key: 'restart-origin',
            text: 'Restart the origin web servers',
            correct: false,
            explanation:
              'The origin is idle and healthy by every measure you have. Restarting it changes nothing if the connections are blocked before they reach it.',
          },
          {
            key: 'ticket-cloudflare',
            text: 'Open a support case with Cloudflare straight away',
            correct: false,
            explanation:
              'The 52x codes describe trouble on the origin side or the path to it. Contact the provider only once a direct test proves the origin is reachable and the edge still fails.',
          },
          {
            key: 'purge-cache',
            text: 'Purge the Cloudflare cache so visitors get fresh pages',
            correct: false,
            explanation:
              'The cache is what still serves visitors. Purging it sends every request to an origin the edge cannot reach, so more pages fail.',
          },
        ],
      },
    ],
  },
  {
    id: 'the-four-codes',
    title: 'The four codes',
    summary: 'What 500, 502, 503 and 504 each claim, who usually sends them, and how to tell neighbours apart by timing, logs and headers.',
    goals: [
      'State what each of the four codes means and what it does not tell you',
      'Choose the right code for your own service: 4xx for bad input, 503 for a known temporary state, 500 only for the unexpected',
      'Tell 502 from 504 and 503 from 504 by how long the failing request took',
      'Explain what a client may safely retry after each code, and why a 504 leaves the outcome unknown',
    ],
    read: [
      { title: '500 Internal Server Error', path: '/docs/codes/500' },
      { title: '502 Bad Gateway', path: '/docs/codes/502' },
      { title: '503 Service Unavailable', path: '/docs/codes/503' },
      { title: '504 Gateway Timeout', path: '/docs/codes/504' },
      { title: '500 vs 504', path: '/docs/compare/500-vs-504' },
      { title: '502 vs 504', path: '/docs/compare/502-vs-504' },
      { title: '503 vs 504', path: '/docs/compare/503-vs-504' },
    ],
    practice: [{ kind: 'scenario', scenario: 'timeout-budgets', label: 'Simulator: reports fail with 504 at exactly 60 seconds' }],
    quiz: [
      {
        id: 'what-500-says',
        kind: 'multiple-choice',
        prompt: 'What does a 500 tell you on its own?',
        options: [
          {
            key: 'server-down',
            text: 'The server is down',
            correct: false,
            explanation:
              'Something answered, so a server was up enough to respond. A server that is fully down tends to show up as a refused connection, a 502 or a 503.',
          },
          {
            key: 'bad-client-input',
            text: 'The client sent invalid data',
            correct: false,
            explanation: 'Invalid input deserves a 4xx. A 500 triggered by client input is a server bug in its own right.',
          },
          {
            key: 'gateway-bad-answer',
            text: 'A proxy got an unusable answer from the server behind it',
            correct: false,
            explanation: 'That is what a 502 claims. A 500 makes no claim about a gateway role.',
          },
          {
            key: 'server-side-unexpected',
            text: 'The server side failed in a way nobody planned for, and no more precise 5xx applied',
            correct: true,
            explanation:
              'Right. A 500 is a wrapper: it says the failure is on the server side, not which component failed or whether a retry will help.',
          },
        ],
      },
      {
        id: 'what-503-says',
        kind: 'multiple-choice',
        prompt: 'Which statement about 503 matches the guide?',
        options: [
          {
            key: 'per-client-quota',
            text: 'It is the right answer when one client exceeds its quota',
            correct: false,
            explanation: 'A per-client limit should answer 429. A 503 tells every client that the whole service is unavailable.',
          },
          {
            key: 'alb-all-unhealthy',
            text: 'An AWS ALB sends it whenever all targets fail their health checks',
            correct: false,
            explanation:
              'An ALB fails open when every target is unhealthy and keeps routing to them. Its own 503 means the target groups have no registered targets.',
          },
          {
            key: 'deliberate-temporary',
            text: 'It is a deliberate, temporary refusal, usually made before any work started, and may carry Retry-After',
            correct: true,
            explanation:
              'Right. Someone decided not to serve right now: a balancer with nothing to route to, a proxy protecting an upstream, or an application in maintenance or shedding load.',
          },
          {
            key: 'work-may-finish',
            text: 'It warns that the work may still complete after the error',
            correct: false,
            explanation:
              'That is the warning that comes with a 504. Most 503s are produced before the request reaches any code that does work.',
          },
        ],
      },
      {
        id: 'refused-vs-dropped',
        kind: 'multiple-choice',
        prompt:
          'Behind nginx, one upstream has a closed port and another sits behind a firewall that silently drops SYN packets. What do the clients of each see?',
        options: [
          {
            key: 'refused-504-dropped-502',
            text: 'A 504 for the closed port; a 502 for the dropped packets',
            correct: false,
            explanation:
              'The other way round. A refusal is an immediate, explicit answer, which is 502 material; silence is what ends in a timeout.',
          },
          {
            key: 'refused-502-dropped-504',
            text: 'A fast 502 for the closed port; a 504 after the connect timeout for the dropped packets',
            correct: true,
            explanation:
              'Right. A closed port answers with a reset at once, which nginx reports as a 502. Dropped packets get no answer, so nginx waits until its connect timer fires and reports a 504.',
          },
          {
            key: 'both-503',
            text: 'A 503 for both, because nothing healthy is available',
            correct: false,
            explanation:
              'nginx reports connection failures as 502 and timeouts as 504. Envoy would label a refused connection 503 with the flag UF, but this question is about nginx.',
          },
          {
            key: 'both-500',
            text: 'A 500 for both, because the upstream failed',
            correct: false,
            explanation:
              'Neither request reached application code, so nothing wrote a 500. The proxy reports what happened to its connection.',
          },
        ],
      },
      {
        id: 'known-outage-code',
        kind: 'next-step',
        prompt:
          'Your service already detects that its database is unreachable, yet clients get a generic 500. The team asks how the handler should answer while the database is known to be down. What do you recommend?',
        context: 'psycopg2.OperationalError: connection to server at "orders-db" (10.0.3.7), port 5432 failed: Connection refused',
        options: [
          {
            key: 'answer-503-retry-after',
            text: 'Answer 503 with the service error format, and a Retry-After header when the wait can be estimated',
            correct: true,
            explanation:
              'Right. The service knows the condition and expects it to pass, which is exactly what 503 says; Retry-After lets clients back off sensibly.',
          },
          {
            key: 'keep-500',
            text: 'Keep the 500, since the failure is on the server side',
            correct: false,
            explanation: 'A 500 hides what the service knows. Clients cannot tell a known, temporary outage from a bug.',
          },
          {
            key: 'answer-200-empty',
            text: 'Answer 200 with an empty list so the error alert stays quiet',
            correct: false,
            explanation:
              'Turning a failure into a success with an empty body hides it from monitoring and from clients, who may act on data that is simply missing.',
          },
          {
            key: 'answer-429',
            text: 'Answer 429 so clients slow down',
            correct: false,
            explanation:
              'A 429 tells one client it is sending too much. The database outage affects everyone and is not caused by any client.',
          },
        ],
      },
      {
        id: 'fails-at-sixty',
        kind: 'next-step',
        prompt: 'Failing report requests all end the same way. What do you do next?',
        context:
          'Access log of the outer proxy: status 504, durations 60.0 s to 60.1 s on every failure. The application call to report-service has a 30 s timeout. Nobody remembers setting a 60 s timeout anywhere.',
        options: [
          {
            key: 'raise-app-timeout',
            text: 'Raise the application call timeout to 90 seconds',
            correct: false,
            explanation:
              'The outer hop still gives up at 60 seconds, so the application error handling never runs. Inner timers must be shorter than outer ones, not longer.',
          },
          {
            key: 'retry-writes',
            text: 'Make the client retry the request at once after each 504',
            correct: false,
            explanation: 'After a 504 the upstream may still be working, so an immediate retry doubles the load and can repeat a write.',
          },
          {
            key: 'read-stack-traces',
            text: 'Look for the stack trace of a 500 in the application log',
            correct: false,
            explanation:
              'These are 504s written by a gateway after a wait. The application may even log the same requests as successful after the client was answered.',
          },
          {
            key: 'find-60s-hop',
            text: 'Find the hop whose timeout is 60 seconds by listing every timeout on the path, outermost first',
            correct: true,
            explanation:
              'Right. Failures that pile up at one exact value name the hop that gave up. A common 60 second default, such as nginx proxy_read_timeout, is a likely candidate, and the application with its 30 s budget is not the one giving up.',
          },
        ],
      },
      {
        id: 'post-after-504',
        kind: 'multiple-choice',
        prompt: 'A mobile app gets a 504 on the POST that places an order. What should it assume?',
        options: [
          {
            key: 'not-created',
            text: 'The order was certainly not created, so resend it',
            correct: false,
            explanation: 'Nothing in a 504 says the work stopped. That assumption is how duplicate orders and double charges happen.',
          },
          {
            key: 'tight-loop',
            text: 'Retry in a tight loop until it succeeds',
            correct: false,
            explanation: 'A 504 usually means something is already slow. Tight retries add load to it and can repeat the write many times.',
          },
          {
            key: 'outcome-unknown',
            text: 'The order may still have been created; check, or resend only with an idempotency key',
            correct: true,
            explanation:
              'Right. A 504 only says a gateway stopped waiting. The upstream may finish the write afterwards, so a blind resend can create a second order.',
          },
          {
            key: 'cached-error',
            text: 'The 504 will be cached and replayed, so waiting is pointless',
            correct: false,
            explanation:
              '504 is not heuristically cacheable. Caches may serve a stale copy marked stale-if-error instead of the error, but do not keep the 504 itself without explicit freshness.',
          },
        ],
      },
    ],
  },
  {
    id: 'reading-lb-and-proxy-logs',
    title: 'Reading load balancer and proxy logs',
    summary:
      'The status code is a summary; the proxy or load balancer log says what really happened. Learn the lines and fields that name the cause in nginx, Envoy, AWS ALB, HAProxy and Cloudflare.',
    goals: [
      'Read the phase of an nginx upstream error from the words after "while"',
      'Translate Envoy response flags such as UH, UF, UC, UO and UT into a likely runbook',
      'Split balancer-made from target-made ALB errors with elb_status_code and target_status_code',
      'Decode the first two letters of an HAProxy termination state and the Cloudflare 52x codes',
      'Paste an unfamiliar line into the signature lookup and check which part matched',
    ],
    read: [
      { title: 'nginx', path: '/docs/vendors/nginx' },
      { title: 'Envoy / Istio', path: '/docs/vendors/envoy-istio' },
      { title: 'AWS ALB / ELB', path: '/docs/vendors/aws-load-balancers' },
      { title: 'HAProxy', path: '/docs/vendors/haproxy' },
      { title: 'Cloudflare', path: '/docs/vendors/cloudflare' },
      { title: 'Error signature lookup', path: '/docs/lookup' },
      { title: '502 vs 503', path: '/docs/compare/502-vs-503' },
    ],
    practice: [
      { kind: 'scenario', scenario: 'keepalive-race', label: 'Simulator: read ALB access logs to explain a trickle of 502s' },
      { kind: 'scenario', scenario: 'retry-storm', label: 'Simulator: Envoy flags UT, UO and URX during a retry storm' },
    ],
    quiz: [
      {
        id: 'nginx-refused',
        kind: 'next-step',
        prompt: 'Clients get 502 within milliseconds. nginx logs this line for every failure. What do you do next?',
        context:
          '2026/11/24 10:02:11 [error] 31#31: *55102 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.4.9, server: api.example.com, request: "GET /v1/cart HTTP/1.1", upstream: "http://10.42.3.17:8080/v1/cart", host: "api.example.com"',
        options: [
          {
            key: 'raise-read-timeout',
            text: 'Raise proxy_read_timeout so the upstream has more time',
            correct: false,
            explanation:
              'The connection was refused before any reading started. A longer read timeout does nothing for refused or reset connections.',
          },
          {
            key: 'check-upstream-state',
            text: 'Check the instance at 10.42.3.17:8080: is it running, restarting, being replaced, or listening on another port?',
            correct: true,
            explanation:
              'Right. A refusal means nothing listens at that address and port. The state of the upstream tells you whether it is a crash, a rollout, a stale address or a wrong port.',
          },
          {
            key: 'page-network-drops',
            text: 'Page the network team about dropped packets',
            correct: false,
            explanation:
              'Dropped packets make nginx wait and log "upstream timed out ... while connecting". A refusal is an explicit answer from the target host.',
          },
          {
            key: 'app-stack-trace',
            text: 'Read the application stack trace for this request',
            correct: false,
            explanation:
              'The request never reached the application, so there is no stack trace for it. Look at whether the process is listening at all.',
          },
        ],
      },
      {
        id: 'nginx-connect-phase',
        kind: 'multiple-choice',
        prompt: 'nginx logs "upstream timed out (110: Connection timed out) while connecting to upstream". What does the phase tell you?',
        options: [
          {
            key: 'connect-never-completed',
            text: 'The TCP connection never completed: dropped packets, a firewall, or a listener too busy to accept',
            correct: true,
            explanation:
              'Right. "While connecting" places the failure before any request was sent, which points at the network path or an overloaded listener, and the client sees 504.',
          },
          {
            key: 'upstream-slow',
            text: 'The upstream accepted the request but answered too slowly',
            correct: false,
            explanation: 'That case ends "while reading response header from upstream". Here the connection itself was never established.',
          },
          {
            key: 'headers-too-big',
            text: 'The upstream sent response headers that do not fit the buffer',
            correct: false,
            explanation: 'nginx reports that as "upstream sent too big header" and answers 502, not as a timeout.',
          },
          {
            key: 'client-left',
            text: 'The client closed the connection before nginx answered',
            correct: false,
            explanation: 'A client that leaves shows up as status 499 in the access log, not as an upstream timeout in the error log.',
          },
        ],
      },
      {
        id: 'alb-dash-target',
        kind: 'next-step',
        prompt:
          'A few 502s per hour, more at night, on a service whose targets run at 25% CPU. The ALB access log has lines like this. What do you do next?',
        context:
          'https 2026-11-24T03:41:07.512330Z app/shop-alb/3f9c1e2d7a6b5c4d 203.0.113.50:51544 10.0.21.8:8080 0.001 -1 -1 502 - 932 272 "POST https://shop.example.com:443/api/orders HTTP/1.1" "shop-ios/7.4.1" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-api/6d0ecf831eec9f09 "Root=1-6742a1f3-5c2e1d0b9a8f7e6d5c4b3a29"',
        options: [
          {
            key: 'debug-app-502',
            text: 'Find out why the application answers 502 on POST /api/orders',
            correct: false,
            explanation: 'The dash in target_status_code means the target sent no response at all. The application did not write this 502.',
          },
          {
            key: 'raise-alb-idle',
            text: 'Raise the ALB idle timeout so connections get more time',
            correct: false,
            explanation:
              'If the target closes idle connections first, a longer ALB idle timeout widens the gap and makes the race more frequent.',
          },
          {
            key: 'aws-case',
            text: 'Open a case with AWS: the load balancer is producing errors',
            correct: false,
            explanation:
              'The ALB behaves as documented when a target closes a connection under an outstanding request. The fix is a setting on your side.',
          },
          {
            key: 'trace-then-idle-timeouts',
            text: 'Search the application log for the trace ids of a few failures, then compare the target keep-alive timeout with the ALB idle timeout',
            correct: true,
            explanation:
              'Right. elb_status_code 502 with target_status_code "-" and a target time of -1 means the ALB made the 502 without a response from the target. If the app never saw the requests, a keep-alive timeout shorter than the ALB idle timeout is the classic cause.',
          },
        ],
      },
      {
        id: 'envoy-503-convention',
        kind: 'multiple-choice',
        prompt: 'A pod crashes mid-request. Behind plain nginx, clients would see 502. Inside an Istio mesh they see 503. Why?',
        options: [
          {
            key: 'maintenance-state',
            text: 'The mesh marks the pod as under maintenance, which is a deliberate 503',
            correct: false,
            explanation:
              'Nothing deliberate happened; the sidecar simply lost its connection. The flag, not a maintenance state, explains the 503.',
          },
          {
            key: 'app-answered-503',
            text: 'The application answered 503 itself before it crashed',
            correct: false,
            explanation:
              'If the application had answered, the Envoy flag would be "-". A crash leaves the sidecar with a broken connection, which Envoy reports with a flag.',
          },
          {
            key: 'envoy-flags-503',
            text: 'Envoy reports refused, terminated and reset upstream connections as 503 and records the reason in a response flag such as UF, UC or UR',
            correct: true,
            explanation:
              'Right. Same failure, different convention. In a mesh, read the response flag and the reset reason rather than the status code alone.',
          },
          {
            key: 'timeout-503',
            text: 'Envoy turns every upstream timeout into 503',
            correct: false,
            explanation:
              'An Envoy upstream request timeout carries the flag UT and a 504. Connection failures and resets are what become 503.',
          },
        ],
      },
      {
        id: 'haproxy-sh',
        kind: 'next-step',
        prompt: 'Search requests fail with 504. HAProxy logs lines like this one. What do you do next?',
        context:
          'Nov 24 10:15:42 lb1 haproxy[2211]: 198.51.100.7:53122 [24/Nov/2026:10:15:12.301] fe_https~ be_api/api2 0/0/1/-1/30002 504 194 - - sH-- 412/398/57/19/0 0/0 "GET /v1/search?q=boots HTTP/1.1"',
        options: [
          {
            key: 'raise-timeout-server',
            text: 'Raise timeout server so the 504s stop',
            correct: false,
            explanation:
              'A longer timeout makes the 504s disappear while users wait even longer. The slowness stays and usually gets worse under load.',
          },
          {
            key: 'look-at-server-load',
            text: 'Look at what the servers behind be_api are waiting on: workers, database queries, dependencies',
            correct: true,
            explanation:
              'Right. sH means the server-side timeout fired before the server returned headers, usually because the server or its database is saturated. The lasting fix is in the application.',
          },
          {
            key: 'client-abort',
            text: 'Treat it as clients giving up; nothing to fix on the server',
            correct: false,
            explanation: 'Client aborts start with C or c. A lower-case s names the server-side timeout.',
          },
          {
            key: 'connection-refused',
            text: 'Check which server refused the TCP connection',
            correct: false,
            explanation:
              'A refused connection shows as SC, with C for the connect phase. Here the connection worked (1 ms) and the wait was for response headers.',
          },
        ],
      },
      {
        id: 'cloudflare-524',
        kind: 'next-step',
        prompt: 'An admin export fails for staff. What do you do next?',
        context:
          'Cloudflare page: "Error 524 A timeout occurred", Ray ID 8e4f1c2ab9d07e31. The origin nginx access log shows the same export requests arriving and finishing with 200 after 140 to 180 seconds.',
        options: [
          {
            key: 'fix-slow-origin',
            text: 'Treat it as an origin too slow for the CDN: protect the origin and plan to move the export to an asynchronous job with a status URL',
            correct: true,
            explanation:
              'Right. A 524 means the connection worked but no answer came before the read timeout. The origin logs confirm the request arrived and finished too late, so the fix is at the origin.',
          },
          {
            key: 'check-allow-list',
            text: 'Compare the origin firewall with Cloudflare published IP ranges',
            correct: false,
            explanation: 'Blocked ranges cause 521 or 522, where the connection fails. Here requests reach the origin and complete.',
          },
          {
            key: 'ticket-cloudflare',
            text: 'Open a support case with Cloudflare about the 524s',
            correct: false,
            explanation:
              'Cloudflare is enforcing a documented timeout. Both the error and the origin logs point at an origin that answers too slowly.',
          },
          {
            key: 'change-ssl-mode',
            text: 'Switch the SSL mode to Flexible',
            correct: false,
            explanation:
              'SSL modes relate to 525 and 526, handshake and certificate failures. Weakening validation would not speed up the export and would weaken security.',
          },
        ],
      },
    ],
  },
  {
    id: 'triage-practice',
    title: 'Triage practice',
    summary:
      'The decision trees turn what you can see into a runbook in a few questions. Walk each one and learn why it asks what it asks.',
    goals: [
      'Walk the tree for each code from the first question to a runbook',
      'Explain why the 500 tree asks for the first error and the 504 tree asks whether requests got slower',
      'Recognise the patterns that lead straight to a runbook: a slow 502, a 500 the app never logged, a full breaker',
      'Find a status code that a custom error page hides',
    ],
    read: [
      { title: 'Triage by status code', path: '/docs/triage' },
      { title: 'All failure modes', path: '/docs/failure-modes' },
      { title: '500 vs 502', path: '/docs/compare/500-vs-502' },
      { title: '500 vs 503', path: '/docs/compare/500-vs-503' },
    ],
    practice: [
      { kind: 'tree', tree: '500', label: 'Triage tree for 500: from the first error to the change that caused it' },
      { kind: 'tree', tree: '502', label: "Triage tree for 502: from the proxy's reason to the upstream's state" },
      { kind: 'tree', tree: '503', label: 'Triage tree for 503: from the response body to endpoints, flags and limits' },
      { kind: 'tree', tree: '504', label: 'Triage tree for 504: which gateway gave up, and why the request was slow' },
    ],
    quiz: [
      {
        id: 'slow-bad-gateway',
        kind: 'next-step',
        prompt: 'A 502 arrives only after a long wait, and the app server log has this line at the same second. What do you do next?',
        context: 'curl: 502 after 30.04s. gunicorn: [2026-11-24 10:12:41 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:118)',
        options: [
          {
            key: 'raise-proxy-timeout',
            text: 'Raise the nginx proxy_read_timeout',
            correct: false,
            explanation:
              'nginx did not give up; the app server killed the worker first. A longer proxy timeout leaves that kill in place and the 502s with it.',
          },
          {
            key: 'page-edge',
            text: 'Page the network or edge team, because the proxy is failing',
            correct: false,
            explanation: 'The proxy that shows the 502 is reporting a worker that died under it. Nothing on the network path is at fault.',
          },
          {
            key: 'keepalive-fix',
            text: 'Raise the app keep-alive timeout above the proxy idle timeout',
            correct: false,
            explanation:
              'A keep-alive race gives a low, random trickle of fast failures that the app never logged. A long wait plus a worker timeout line is a different failure.',
          },
          {
            key: 'find-slow-route',
            text: 'Find the slow route the killed workers were serving, and roll back if a release made it slow',
            correct: true,
            explanation:
              'Right. The app server killed its own slow worker, so the proxy saw a dead connection and answered 502 after the wait. The slow code path is the cause.',
          },
        ],
      },
      {
        id: 'app-never-logged-500',
        kind: 'next-step',
        prompt: 'Some form submissions fail with 500. What do you do next?',
        context:
          'ALB access log: elb_status_code 500, target_status_code "-". No line for these request ids in the application log, which serves other requests normally. CloudWatch: HTTPCode_ELB_5XX_Count rising, HTTPCode_Target_5XX_Count flat.',
        options: [
          {
            key: 'rollback-app',
            text: 'Roll back the latest application release',
            correct: false,
            explanation:
              'The application never received the failing requests, so its code cannot be what failed them. A rollback costs time and proves nothing.',
          },
          {
            key: 'read-app-trace',
            text: 'Read the stack trace of the failing requests',
            correct: false,
            explanation: 'There is none: the target status is "-" and the application log has no trace of these request ids.',
          },
          {
            key: 'find-waf-rule',
            text: 'Find the WAF or security log entry and the rule id for one failing request, and hand them to the rule owner',
            correct: true,
            explanation:
              'Right. The application is up and never saw these requests, so something in front of it answered 500. A security rule is the most common culprit, and its owner decides on any change.',
          },
          {
            key: 'scale-out',
            text: 'Scale out the application',
            correct: false,
            explanation:
              'Nothing points at capacity: target errors are flat and other requests succeed. More instances would receive nothing new.',
          },
        ],
      },
      {
        id: 'overflow-retries',
        kind: 'next-step',
        prompt: 'Callers of the pricing service get 503 from their sidecars. What do you do next?',
        context:
          'Body: upstream connect error or disconnect/reset before headers. reset reason: overflow. Header: x-envoy-overloaded: true. Sidecar access log: many 503 UO and URX lines; upstream_rq_retry climbing on every caller.',
        options: [
          {
            key: 'scale-pricing',
            text: 'Page the pricing owner to add capacity',
            correct: false,
            explanation:
              'The extra load comes from the callers. Until retries are cut, new capacity fills up with retried requests, and the pricing team cannot stop them alone.',
          },
          {
            key: 'compare-rates-cut-retries',
            text: 'Compare requests per second at the edge with those at pricing, and cut retries if they multiply the traffic',
            correct: true,
            explanation:
              'Right. Overflow with retries piling up points at a retry storm. If pricing receives several times the edge traffic, retries are the load, and cutting them comes before any scaling.',
          },
          {
            key: 'raise-breaker-limits',
            text: 'Raise the circuit-breaker limits so fewer requests overflow',
            correct: false,
            explanation:
              'The breaker is protecting a struggling service. Letting more requests through feeds the storm instead of calming it.',
          },
          {
            key: 'restart-sidecars',
            text: 'Restart the sidecars of the callers',
            correct: false,
            explanation:
              'The sidecars report the overflow correctly. Restarting them drops in-flight requests and leaves every retry policy unchanged.',
          },
        ],
      },
      {
        id: 'always-slow-export',
        kind: 'next-step',
        prompt:
          'An annual export route fails with 504. Its requests have always taken 70 to 90 seconds, and the data keeps growing. Where does the 504 tree lead, and what is the better fix?',
        context:
          '2026/11/24 11:20:03 [error] 24#24: *70211 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.9.2, server: api.example.com, request: "GET /v1/exports/annual HTTP/1.1", upstream: "http://10.42.2.8:8080/v1/exports/annual"',
        options: [
          {
            key: 'long-sync-work',
            text: 'To long synchronous work: accept the export as a job, answer 202 with a status URL, and let the client poll',
            correct: true,
            explanation:
              'Right. The proxy gave up while waiting for the response, and these requests did not get slower; they always outlast the timer. Work that grows with data size belongs off the request.',
          },
          {
            key: 'slow-dependency',
            text: 'To a slow dependency: find the query that got slower',
            correct: false,
            explanation: 'The tree goes there only when requests used to be fast. These exports have always been this slow.',
          },
          {
            key: 'network-blackhole',
            text: 'To a network black hole: look for dropped packets',
            correct: false,
            explanation:
              'The line says the timeout struck while reading the response header, so the connection was made. Dropped packets show up while connecting.',
          },
          {
            key: 'raise-everything',
            text: 'Raise every timeout on the path to 300 seconds',
            correct: false,
            explanation:
              'Long timeouts hold workers and connections for the whole wait, and the next growth in data breaks the route again.',
          },
        ],
      },
      {
        id: 'hidden-code',
        kind: 'multiple-choice',
        prompt: 'Users see a custom "Something went wrong" page that shows no status code. Where do you find the code?',
        options: [
          {
            key: 'assume-500',
            text: 'Assume it is a 500, since custom pages are the application',
            correct: false,
            explanation:
              'A custom page can wrap any of the codes, and a CDN can restyle its own errors too. Guessing sends you to the wrong tree.',
          },
          {
            key: 'status-page',
            text: "On the CDN provider's public status page",
            correct: false,
            explanation: 'A provider status page reports the provider incidents, not the status code of your request.',
          },
          {
            key: 'ask-visitors',
            text: 'Ask visitors to read it from their browser address bar',
            correct: false,
            explanation:
              'The status code is not in the address. Visitors can help with the time, URL and any reference id, but your own logs hold the code.',
          },
          {
            key: 'first-proxy-access-log',
            text: 'In the access log of the first proxy or load balancer you run, by request path and time or by request id',
            correct: true,
            explanation:
              'Right. A custom page can hide the code, but the first hop you operate records the status it sent for every request.',
          },
        ],
      },
      {
        id: 'first-error-not-last',
        kind: 'multiple-choice',
        prompt: 'In the 500 tree, which error of a failing request should you read first?',
        options: [
          {
            key: 'last-error',
            text: 'The last one, because it is what the framework answered with',
            correct: false,
            explanation: 'The last error can be a handler that threw while formatting the response, which hides the original failure.',
          },
          {
            key: 'longest-trace',
            text: 'The one with the longest stack trace',
            correct: false,
            explanation: 'Length says nothing about cause. Order does: the first error is where things went wrong.',
          },
          {
            key: 'first-error',
            text: 'The first one: the earliest traceback, or the deepest "Caused by"',
            correct: true,
            explanation:
              'Right. Later errors are often the error handler, serializer or logger failing while reporting the first one; the first error names the real fault.',
          },
          {
            key: 'proxy-error',
            text: "The proxy's error log line for the request",
            correct: false,
            explanation:
              'For a 500 the application usually answered, and the proxy only logged a normal upstream response. The cause is in the application log.',
          },
        ],
      },
    ],
  },
  {
    id: 'incidents-in-the-simulator',
    title: 'Incidents in the simulator',
    summary:
      'Play incidents minute by minute: gather evidence, choose an action, and watch tempting wrong fixes play out. The debrief compares your path with the best one.',
    goals: [
      'Gather the evidence a scenario expects before changing production',
      'Pick the narrowest action that removes the failing path, instead of restarts that only quiet it',
      'Recognise wrong fixes that look reasonable: restarts, scale-outs, bigger pools and longer timeouts',
      'Hand the incident to the right owner at the right moment',
    ],
    read: [
      { title: 'Incident simulator', path: '/docs/training/simulator' },
      { title: 'Runbook: Legacy data shape after a change', path: '/docs/failure-modes/fm-500-legacy-data-shape' },
      { title: 'Runbook: Empty endpoints / no targets', path: '/docs/failure-modes/fm-503-empty-endpoints' },
      { title: 'Runbook: Crash loop at start-up', path: '/docs/failure-modes/fm-500-crash-loop' },
      { title: 'Runbook: Config or secret drift', path: '/docs/failure-modes/fm-500-config-drift' },
      { title: 'Runbook: DB pool exhaustion or deadlock', path: '/docs/failure-modes/fm-500-db-pool-exhaustion' },
      { title: 'Runbook: Slow query or slow dependency', path: '/docs/failure-modes/fm-504-slow-dependency' },
    ],
    practice: [
      { kind: 'scenario', scenario: 'canary-flag-legacy-data', label: 'A canary flag meets legacy data (500, intro)' },
      { kind: 'scenario', scenario: 'readiness-probe-mistake', label: 'A readiness probe that asks the wrong question (503, intro)' },
      { kind: 'scenario', scenario: 'config-crash-loop', label: 'A renamed secret key sends one region into a crash loop (503 and 502)' },
      { kind: 'scenario', scenario: 'db-pool-slow-query', label: 'A slow query drains the connection pool (500 and 504, advanced)' },
    ],
    quiz: [
      {
        id: 'score-evidence',
        kind: 'multiple-choice',
        prompt: 'In the simulator, which of these costs points even when the fix you choose is right?',
        options: [
          {
            key: 'any-escalation',
            text: 'Escalating at all, even to the right owner',
            correct: false,
            explanation: 'Only escalations to the wrong owner cost points. Paging the right owner is often part of the best path.',
          },
          {
            key: 'acting-before-evidence',
            text: 'Changing production before gathering the evidence the scenario expects',
            correct: true,
            explanation:
              'Right. Each piece of evidence you skipped before a production change costs points, because a lucky fix teaches nothing and an unlucky one makes things worse.',
          },
          {
            key: 'sharing-link',
            text: 'Sharing the run with a colleague through its address',
            correct: false,
            explanation: 'Runs live in the address precisely so they can be reloaded and replayed by others; sharing costs nothing.',
          },
          {
            key: 'nothing-if-unresolved',
            text: 'Nothing, as long as the incident stays unresolved',
            correct: false,
            explanation: 'An incident left unresolved is the largest single penalty in the score.',
          },
        ],
      },
      {
        id: 'canary-cohort',
        kind: 'next-step',
        prompt:
          'Failures share one exception fingerprint, one route and one tenant cohort, starting two minutes after a release and a flag went live for that cohort. What do you do next?',
        context:
          "level=error requestId=req_52ac1d route=POST /v1/profile TypeError: Cannot read properties of null (reading 'locale') at mapProfileResponse (/app/dist/profile.js:281:19)",
        options: [
          {
            key: 'flag-off-cohort',
            text: 'Turn off the new flag for the failing cohort',
            correct: true,
            explanation:
              'Right. The flag is the narrowest switch that removes the failing code path for the records that lack the field, without undoing the release for everyone else.',
          },
          {
            key: 'restart-pods',
            text: 'Restart the API pods',
            correct: false,
            explanation: 'Restarts change process state, not the code path. The same cohort reaches the same line again within minutes.',
          },
          {
            key: 'catch-return-200',
            text: 'Catch the exception and answer 200 with an empty profile',
            correct: false,
            explanation: 'Masking the error quiets the alert and turns the outage into silent data loss that nobody is alerted on.',
          },
          {
            key: 'page-platform',
            text: 'Page Platform / SRE',
            correct: false,
            explanation:
              'The platform delivered the request to the application as it should. This is an application code path meeting old data.',
          },
        ],
      },
      {
        id: 'readiness-404',
        kind: 'next-step',
        prompt:
          'Right after a chart release, the ingress answers 503 to every request. The EndpointSlices list every pod with ready=false, and each pod shows this event. What do you do next?',
        context: 'Warning  Unhealthy  12s (x19 over 3m)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 404',
        options: [
          {
            key: 'restart-pods',
            text: 'Restart the pods',
            correct: false,
            explanation: 'New pods come from the same template with the same probe, and fail readiness the same way.',
          },
          {
            key: 'remove-probe',
            text: 'Remove the readiness probe so the endpoints fill up',
            correct: false,
            explanation:
              'Traffic would then reach pods regardless of whether they can serve, and clean 503s can turn into 502s and 504s later. Fix the probe instead.',
          },
          {
            key: 'recreate-service',
            text: 'Delete and recreate the Service',
            correct: false,
            explanation:
              'The selector already finds the right pods; they are only unready. A new Service selects the same pods and changes its address under every caller.',
          },
          {
            key: 'rollback-chart',
            text: 'Roll back the chart release that changed the probe',
            correct: true,
            explanation:
              'Right. The probe asks a path the application does not serve, so no pod ever becomes ready. Reverting the release restores a probe the pods can pass.',
          },
        ],
      },
      {
        id: 'crash-exit-one',
        kind: 'next-step',
        prompt:
          'Pods crash-loop in eu-west-1 only; us-east-1 runs the same image without restarts. A secrets change went out in eu-west-1 just before. What do you do next?',
        context:
          'Last State: Terminated, Reason: Error, Exit Code: 1. Previous log: {"level":"fatal","msg":"invalid configuration: required key BILLING_API_TOKEN missing in /etc/app/secrets"}',
        options: [
          {
            key: 'rollback-image',
            text: 'Roll back to the previous image',
            correct: false,
            explanation:
              'The same image runs cleanly in the other region, and the crashes began with a secrets change. The old image needs the same key and fails the same way.',
          },
          {
            key: 'relax-liveness',
            text: 'Raise the liveness probe timeout and initial delay',
            correct: false,
            explanation:
              'The probe is not killing anything: the process exits by itself seconds after start. The change rolls every pod again and hides real hangs later.',
          },
          {
            key: 'restore-secret',
            text: 'Compare the secret key names in both regions, then restore the previous secret version through the secrets pipeline with its owner',
            correct: true,
            explanation:
              'Right. Exit code 1 with a fatal configuration message means the app stops itself because a setting is missing. The image is fine elsewhere, so the config change is what to revert.',
          },
          {
            key: 'scale-up',
            text: 'Double the replica count',
            correct: false,
            explanation:
              'Every new pod reads the same secret and exits the same way. More copies of a process that cannot start add no capacity.',
          },
        ],
      },
      {
        id: 'pool-drained',
        kind: 'next-step',
        prompt:
          'Every pod of orders-api logs pool timeouts, and pg_stat_activity shows almost every session running the same email search for up to 70 seconds, waiting on disk reads. A bulk import grew the table 20-fold this morning. What do you do next?',
        context:
          'HikariPool-1 - Connection is not available, request timed out after 30000ms. (8 pods, pool size 20 each, database max_connections 200)',
        options: [
          {
            key: 'bigger-pool',
            text: 'Raise the pool size from 20 to 40',
            correct: false,
            explanation:
              'Eight pods at 40 connections would ask for 320 against a limit of 200, and each extra connection only runs another copy of the slow scan.',
          },
          {
            key: 'page-db-owner',
            text: 'Page the database owner with the query, its run time and the import timeline, and turn off the feature that sends the search',
            correct: true,
            explanation:
              'Right. One slow query holds every pooled connection. Stopping new searches relieves the pools, and the database owner decides on cancelling sessions and adding the index.',
          },
          {
            key: 'longer-timeouts',
            text: 'Raise the pool wait and the proxy read timeout',
            correct: false,
            explanation:
              'Longer waits do not make the query faster. Requests hold threads and connections longer, pile up, and fail later in greater numbers.',
          },
          {
            key: 'restart-pods',
            text: 'Restart the orders-api pods',
            correct: false,
            explanation: 'Fresh pools look healthy for a minute, then the same searches hit the same table and the pools fill again.',
          },
        ],
      },
    ],
  },
  {
    id: 'responsibility-and-escalation',
    title: 'Responsibility and escalation',
    summary:
      'Know who owns the lasting fix, what on-call may do alone, and what evidence to hand over when you escalate. Includes the vendor-defect case and what to tell visitors.',
    goals: [
      'Name the owner of a failure mode and what on-call may do alone inside that boundary',
      'Place a failure in its recovery class, A to D, and say who must act for each',
      'Hand over evidence an owner or vendor can act on at once, without exposing secrets',
      'Handle a defect in a vendor product: contain it, escalate it, and make no promise the vendor has not made',
      'Point visitors to what they can safely do, especially after a payment or a form submission',
    ],
    read: [
      { title: 'Severity and recovery classes', path: '/docs/reference/recovery-classes' },
      { title: 'Responsibility matrix', path: '/docs/reference/responsibility-matrix' },
      { title: 'Adopting the guide (owners registry)', path: '/docs/adopt' },
      { title: 'Runbook: Vendor product defect', path: '/docs/failure-modes/fm-500-vendor-defect' },
      { title: 'Runbook: Dependency down, degraded 503', path: '/docs/failure-modes/fm-503-dependency-degraded' },
      { title: 'Got an error page? What a visitor can do', path: '/docs/visitors' },
    ],
    practice: [
      {
        kind: 'scenario',
        scenario: 'third-party-outage',
        label: 'Simulator: the payment provider stops answering; degrade on purpose and escalate to the vendor',
      },
    ],
    quiz: [
      {
        id: 'class-b',
        kind: 'multiple-choice',
        prompt:
          'Which recovery class fits a routine runbook action that on-call may take alone, such as a rollback, turning off a flag or draining a bad instance?',
        options: [
          {
            key: 'class-a-self-healing',
            text: 'A, self-healing',
            correct: false,
            explanation: 'In class A nobody has to act: the system recovers by itself and on-call only confirms and records it.',
          },
          {
            key: 'class-c-owner-change',
            text: 'C, change by owner',
            correct: false,
            explanation:
              'Class C needs a configuration or infrastructure change that an owning team makes or approves, such as a timeout, a firewall rule or a certificate. On-call pages that team.',
          },
          {
            key: 'class-d-exploratory',
            text: 'D, exploratory',
            correct: false,
            explanation:
              'Class D means the cause is unknown or the fix is a code or product change that ships in a release. Operations can only contain it.',
          },
          {
            key: 'class-b-operational',
            text: 'B, operational',
            correct: true,
            explanation:
              'Right. Class B recoveries are the runbook actions on-call is trusted to take without asking, usually done in minutes.',
          },
        ],
      },
      {
        id: 'vendor-defect-next',
        kind: 'next-step',
        prompt:
          'A vendor billing product was upgraded last night. Since then one invoice action fails with 500 for the same input every time, and infrastructure looks normal. What do you do next?',
        context:
          'ERROR [http-nio-8443-exec-4] c.acmeerp.billing.InvoiceRenderer - Unhandled exception rendering invoice INV-20931 java.lang.IllegalStateException: tax line without jurisdiction at com.acmeerp.billing.InvoiceRenderer.render(InvoiceRenderer.java:412) (AcmeERP 11.4.2)',
        options: [
          {
            key: 'patch-in-place',
            text: 'Patch the vendor code in production to skip the failing tax line',
            correct: false,
            explanation:
              'Local patches are lost at the next upgrade and can void support for the installation. Use a supported workaround instead.',
          },
          {
            key: 'page-platform-app',
            text: 'Page the platform and application teams to fix it',
            correct: false,
            explanation:
              'Neither team can change vendor code. Paging them costs their time and does not move the fix, which only a vendor release brings.',
          },
          {
            key: 'reproduce-and-open-case',
            text: 'Capture one reproducible failing request with time zone, stack trace and product version, open a vendor case, and contain by avoiding the action or rolling back if the vendor supports it',
            correct: true,
            explanation:
              'Right. The failing frames are in the vendor code and the fix is a vendor release. A clean reproduction is your strongest lever, and containment limits the damage meanwhile.',
          },
          {
            key: 'restart-and-close',
            text: 'Restart the product and close the incident once errors pause',
            correct: false,
            explanation: 'The same input fails again after every restart. A pause in errors is not a recovery.',
          },
        ],
      },
      {
        id: 'class-d-promise',
        kind: 'multiple-choice',
        prompt: 'A failure mode has recovery class D. What can you tell the affected teams about recovery time?',
        options: [
          {
            key: 'minutes',
            text: 'Minutes, once on-call runs the runbook action',
            correct: false,
            explanation: 'That describes class B. In class D no runbook action ends the problem.',
          },
          {
            key: 'not-predictable',
            text: 'That it is not predictable and depends on the owning team or vendor release; you promise no time they have not given',
            correct: true,
            explanation:
              'Right. Operations can contain a class D problem but not end it, so any recovery time must come from whoever ships the fix.',
          },
          {
            key: 'after-approval',
            text: 'Within the hour, once the owning team approves a config change',
            correct: false,
            explanation: 'That describes class C, where a known configuration change fixes it. Class D needs a code or product change.',
          },
          {
            key: 'self-heals',
            text: 'It will recover on its own; just watch it',
            correct: false,
            explanation: 'That is class A. A class D problem stays until a release fixes it.',
          },
        ],
      },
      {
        id: 'shared-timeout',
        kind: 'next-step',
        prompt:
          'You are on call for an application. Checkout fails with 504 at the mesh, and you believe the mesh route timeout, shared by many services, is too short. What do you do next?',
        context:
          'Sidecar access log: "POST /v1/checkout HTTP/1.1" 504 UT, duration 15001 ms. The checkout call to payments allows 20 s and retries twice.',
        options: [
          {
            key: 'escalate-with-chain',
            text: 'Write down the timeout chain with the 504 durations and a traced request id, and bring it to Platform / SRE, who decide on shared timeouts',
            correct: true,
            explanation:
              'Right. Changing shared proxy or mesh timeouts needs the platform owner. Your evidence lets them act, and on your side you may lower retries so the inner calls fit the budget.',
          },
          {
            key: 'raise-shared-yourself',
            text: 'Raise the shared mesh timeout to 60 seconds yourself',
            correct: false,
            explanation:
              'A shared timeout affects every service behind it; changing it is the platform owner decision. A longer timeout may also just hold more connections while something is slow.',
          },
          {
            key: 'page-payments',
            text: 'Page the payments team because their call is too slow',
            correct: false,
            explanation:
              'The inner budget (20 s and two retries) does not fit the outer one (15 s). That is a design mismatch between layers, not an incident in payments.',
          },
          {
            key: 'restart-sidecars',
            text: 'Restart the sidecars of the checkout pods',
            correct: false,
            explanation: 'The sidecar enforces its configured timeout correctly. A restart changes nothing in the configuration.',
          },
        ],
      },
      {
        id: 'config-evidence',
        kind: 'next-step',
        prompt:
          'A secret changed in one region and the service fails there with 500. You escalate to the team that owns the secret store. What do you hand over?',
        context: 'java.lang.IllegalStateException: property payments.gateway.url is not set (region eu-west-1 only)',
        options: [
          {
            key: 'paste-values',
            text: 'The full secret values from both regions, so they can compare them quickly',
            correct: false,
            explanation: 'Never copy secret values into an incident. Names and hashes prove the difference just as well.',
          },
          {
            key: 'vague-report',
            text: 'A short note: 500 errors in eu-west-1 since this morning',
            correct: false,
            explanation: 'Every missing detail costs a round trip. The owner needs the evidence to act, not just the symptom.',
          },
          {
            key: 'heap-dumps',
            text: 'Heap dumps of every failing pod',
            correct: false,
            explanation:
              'Heap dumps are large, may contain secrets and personal data, and say nothing about which setting is missing. The stack trace already names it.',
          },
          {
            key: 'names-and-hashes',
            text: 'Image digests in both regions, the diff of setting names and value hashes, the change history and one failing request id with its stack trace',
            correct: true,
            explanation:
              'Right. This shows that the code is identical and a setting differs, without putting secret values in a ticket or a chat channel.',
          },
        ],
      },
      {
        id: 'visitor-after-pay',
        kind: 'next-step',
        prompt: 'A customer writes to support. What should support tell them first?',
        context: 'Customer: "I pressed Pay and got a page saying 502 Bad Gateway. Should I just press Pay again?"',
        options: [
          {
            key: 'reload-until-works',
            text: 'To reload the page until it works',
            correct: false,
            explanation:
              'Repeated reloads can resend the payment, and many visitors reloading at once slow a struggling site down further.',
          },
          {
            key: 'contact-cloudflare',
            text: 'To contact the CDN provider named on the error page',
            correct: false,
            explanation:
              'Providers such as Cloudflare help site owners, not visitors, and ask visitors to report problems to the site. The report belongs with us.',
          },
          {
            key: 'check-before-repeat',
            text: 'Not to press Pay again yet: check for a confirmation email, the order history or the bank app, and send the time with time zone, the URL and any reference id',
            correct: true,
            explanation:
              'Right. The first attempt may have gone through despite the error. Checking first avoids a double charge, and the details let engineers find the exact request.',
          },
          {
            key: 'clear-everything',
            text: 'To clear all browser data and pay again at once',
            correct: false,
            explanation: 'A 5xx is almost never caused by the visitor, and paying again before checking risks a second charge.',
          },
        ],
      },
    ],
  },
];
