/**
 * Scenario: a third-party payment API starts timing out. Checkout waits the full 10-second client
 * timeout and the unhandled exception becomes a generic 500 (late translation). Once the team
 * turns on the payments degraded mode, the breaker opens and checkout answers a fast 503 with
 * Retry-After on that feature only, while the vendor fixes its API.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

/** Checkout confirms wait 10 s for PayRelay and end in a 500. */
const timingOut = { rpm: 8000, errors: { 500: 0.12 }, p99Ms: 10100, saturation: 0.64 } as const;
/** Breaker open: payment answers a fast 503 with Retry-After; the rest of the service is fine. */
const degraded = { rpm: 7600, errors: { 500: 0.003, 503: 0.1 }, p99Ms: 450, saturation: 0.22 } as const;

const readTimedOut =
  '2026-11-25T13:23:41.512Z ERROR 1 --- [nio-8080-exec-37] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://api.payrelay.example/v2/charges": Read timed out] with root cause';

const readTimedOutShort =
  'ERROR 1 --- [nio-8080-exec-21] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://api.payrelay.example/v2/charges": Read timed out] with root cause';

const checkVendorStatus = {
  id: 'check-vendor-status',
  label: "Check PayRelay's status page and compare it with your outbound error graph",
  costMinutes: 2,
  next: 'vendor-confirmed',
  quality: 'best',
  gathers: 'vendor-status',
  runbook: 'FM-503-DEPENDENCY-DEGRADED',
  feedback:
    "PayRelay reports elevated latency and timeouts on its Charges API since 13:18 UTC, and your timeouts started at 13:19 and follow it minute by minute. The fault is on the vendor's side; your job is to contain it and get the vendor moving.",
} as const;

const enableDegradedMode = {
  id: 'enable-degraded-mode',
  label: 'Turn on payments_degraded: open the PayRelay breaker and answer 503 with Retry-After',
  costMinutes: 2,
  next: 'degraded',
  quality: 'best',
  mitigates: true,
  escalatesTo: 'app-team',
  runbook: 'FM-503-DEPENDENCY-DEGRADED',
  feedback:
    'Checkout now fails fast with a truthful 503, Retry-After: 120 and the code payment_provider_unavailable, instead of a 500 after 10 seconds. Threads are freed, cart and search stay green, and PayRelay gets less load while it recovers.',
} as const;

const restartCheckout = {
  id: 'restart-checkout',
  label: 'Restart the checkout pods',
  costMinutes: 4,
  next: 'still-failing',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
  feedback:
    'New pods connect to the same vendor and time out the same way. The late-translation runbook says not to restart your service for a dependency failure.',
} as const;

const raiseClientTimeout = {
  id: 'raise-client-timeout',
  label: 'Raise the PayRelay client read timeout from 10 s to 30 s',
  costMinutes: 5,
  next: 'timeout-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
  feedback:
    'A longer wait holds each checkout thread three times as long for a vendor that is not answering: fewer 500s for a few minutes, then the thread pool fills. The runbook names this wrong fix.',
} as const;

const waitForVendor = {
  id: 'wait-for-vendor',
  label: 'It is the vendor: wait for PayRelay to fix it',
  costMinutes: 30,
  next: 'waited-end',
  quality: 'wrong',
  runbook: 'FM-503-DEPENDENCY-DEGRADED',
  feedback:
    "The fix is indeed the vendor's, but your side was never contained: every checkout kept waiting 10 s for a generic 500, and nobody told customers or opened a case.",
} as const;

export const thirdPartyOutage: Scenario = {
  id: 'third-party-outage',
  title: 'The payment provider stops answering',
  summary:
    "A payment provider's API starts timing out. Checkout answers generic 500s after 10 seconds, until the team turns the failure into a fast 503 with Retry-After on payment only.",
  difficulty: 'intro',
  codes: [500, 503],
  expectedMinutes: 10,
  startClock: '13:21',
  seed: 20261125,
  saturationLabel: 'checkout threads busy',
  initial: 'checkout-500s',
  evidence: [
    { id: 'trace', label: 'Failing traces: which span eats the time, and the root cause of the 500s' },
    { id: 'vendor-status', label: "The vendor's status page and its timeline next to yours" },
  ],
  rightOwners: ['vendor', 'app-team'],
  bestPath: ['open-failing-trace', 'check-vendor-status', 'open-vendor-case', 'enable-degraded-mode', 'post-customer-update'],
  states: {
    'checkout-500s': {
      label: 'Checkout failing',
      metrics: timingOut,
      events: [
        { at: 0, kind: 'note', text: 'Deploys today: cart-web 2026.11.25-1 at 13:05 (copy changes on the basket page)' },
        { at: 1, kind: 'alert', text: 'High5xxRatio checkout: 12% of requests answered 500 for 3 minutes' },
        { at: 2, kind: 'log', text: readTimedOut },
        {
          at: 3,
          kind: 'log',
          text: '{"timestamp":"2026-11-25T13:24:12.884+00:00","status":500,"error":"Internal Server Error","path":"/api/checkout/confirm"}',
        },
      ],
      decision: {
        after: 4,
        prompt: 'Checkout confirmations fail with 500; cart and search look normal. A cart release went out at 13:05. What first?',
        actions: [
          {
            id: 'open-failing-trace',
            label: 'Open two failing traces and group the errors by root cause',
            costMinutes: 2,
            next: 'dependency-named',
            quality: 'best',
            gathers: 'trace',
            runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
            feedback:
              'One span, POST api.payrelay.example/v2/charges, takes the whole 10-second client timeout and ends in Read timed out. The 500 is the framework default for a dependency error nobody translated, as the late-translation runbook describes.',
          },
          {
            id: 'rollback-cart-release',
            label: 'Roll back cart-web 2026.11.25-1',
            costMinutes: 12,
            next: 'still-failing',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-500-DEPLOY-REGRESSION',
            feedback:
              'The cart release touched no payment code and the 500s began 14 minutes after it, so the rollback changes nothing. A deploy regression starts at the deploy with one fingerprint; this is a dependency timeout.',
          },
          restartCheckout,
          raiseClientTimeout,
        ],
      },
    },
    'dependency-named': {
      label: 'Dependency named',
      metrics: timingOut,
      events: [
        { at: 0, kind: 'log', text: 'Caused by: java.net.SocketTimeoutException: Read timed out' },
        {
          at: 0,
          kind: 'note',
          text: 'Root cause of 100% of the 500s: PayRelay /v2/charges Read timed out. Outbound calls to PayRelay: 410/min, 71% time out at 10 s.',
        },
      ],
      decision: {
        after: 1,
        prompt: 'Every 500 ends in a PayRelay timeout. What next?',
        actions: [checkVendorStatus, enableDegradedMode, raiseClientTimeout, restartCheckout],
      },
    },
    'vendor-confirmed': {
      label: 'Vendor incident confirmed',
      metrics: timingOut,
      events: [
        {
          at: 0,
          kind: 'dependency',
          text: 'status.payrelay.example, 13:18 UTC, Investigating: we are seeing elevated latency and timeouts on the Charges API for EU merchants.',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The vendor has an incident on its status page. What do you do?',
        actions: [
          {
            id: 'open-vendor-case',
            label: 'Open a PayRelay support case with request ids, UTC times and your merchant id',
            costMinutes: 3,
            next: 'case-open',
            quality: 'best',
            escalatesTo: 'vendor',
            runbook: 'FM-503-DEPENDENCY-DEGRADED',
            feedback:
              'Your evidence (request ids, UTC times, 71% timeouts on /v2/charges) lets the vendor tie your traffic to their incident and tells you if you are hit differently. The fix is theirs, as the runbook boundary says.',
          },
          enableDegradedMode,
          restartCheckout,
        ],
      },
    },
    'case-open': {
      label: 'Vendor case open',
      metrics: timingOut,
      events: [
        { at: 1, kind: 'page', text: 'PayRelay support: case 48213 acknowledged; EU Charges API incident, next update in 30 minutes' },
      ],
      decision: {
        after: 2,
        prompt: 'The vendor is on it, but its fix will take a while. Meanwhile every checkout still waits 10 s for a 500. What now?',
        actions: [enableDegradedMode, raiseClientTimeout, waitForVendor],
      },
    },
    degraded: {
      label: 'Degraded on purpose',
      metrics: degraded,
      events: [
        {
          at: 0,
          kind: 'config',
          text: "Flag payments_degraded=true (app-team): CircuitBreaker 'payrelay' slow-call threshold 2 s; refused calls answer 503 with Retry-After: 120",
        },
        { at: 0, kind: 'log', text: "CircuitBreaker 'payrelay' changed state from CLOSED to OPEN" },
        {
          at: 1,
          kind: 'log',
          text: "2026-11-25T13:39:02.208Z  WARN 1 --- [nio-8080-exec-12] c.e.checkout.PaymentsClient : io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'payrelay' is OPEN and does not permit further calls",
        },
        {
          at: 1,
          kind: 'log',
          text: 'HTTP/1.1 503 Service Unavailable | Retry-After: 120 | {"error":"payment_provider_unavailable","requestId":"c0f3a9e1"}',
        },
      ],
      decision: {
        after: 2,
        prompt: "Checkout degrades cleanly: customers see 'payment temporarily unavailable', everything else works. What now?",
        actions: [
          {
            id: 'post-customer-update',
            label: 'Post a status-page note and brief support: card payments paused, baskets kept, retry in a few minutes',
            costMinutes: 3,
            next: 'waiting-on-vendor',
            quality: 'best',
            runbook: 'FM-503-DEPENDENCY-DEGRADED',
            feedback:
              'Customers and support now know that payments are paused, baskets are safe and when to retry, so people stop resubmitting. The 503 with Retry-After tells machines the same thing.',
          },
          {
            id: 'force-breaker-closed',
            label: 'Force the breaker closed so orders can go through',
            costMinutes: 1,
            next: 'breaker-forced',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-503-CIRCUIT-OPEN',
            feedback:
              "A breaker forced closed sends full load to a vendor that is still timing out: checkouts wait 10 s for a 500 again, and the extra load can slow the vendor's recovery, as the breaker runbook warns.",
          },
        ],
      },
    },
    'waiting-on-vendor': {
      label: 'Waiting on the vendor',
      metrics: degraded,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'Status page: "Card payments are temporarily unavailable. Your basket is saved; please try again in a few minutes."',
        },
        {
          at: 8,
          kind: 'dependency',
          text: 'status.payrelay.example, 13:51 UTC, Monitoring: a fix has been implemented for EU Charges API latency.',
        },
        { at: 9, kind: 'log', text: "CircuitBreaker 'payrelay' changed state from OPEN to HALF_OPEN" },
      ],
      then: { after: 10, next: 'recovering' },
    },
    recovering: {
      label: 'Recovering',
      metrics: { rpm: 8100, errors: { 503: 0.01 }, p99Ms: 1100, saturation: 0.35 },
      events: [
        { at: 0, kind: 'log', text: "CircuitBreaker 'payrelay' changed state from HALF_OPEN to CLOSED" },
        { at: 1, kind: 'config', text: 'Flag payments_degraded=false (app-team)' },
        { at: 2, kind: 'note', text: 'PayRelay /v2/charges p99 620 ms, 0 timeouts; checkout confirmations back to normal' },
      ],
      then: { after: 5, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 8000, errors: {}, p99Ms: 380, saturation: 0.3 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'PayRelay fixed its API, the breaker closed by itself and payments are back. The app team adds the translation at the client boundary, so a vendor timeout becomes a 503 or 504 without anyone flipping a flag.',
      },
    },
    'still-failing': {
      label: 'Still failing',
      metrics: timingOut,
      events: [
        { at: 0, kind: 'note', text: 'Same Read timed out on POST /v2/charges; 500 rate unchanged' },
        { at: 0, kind: 'log', text: readTimedOutShort },
      ],
      decision: {
        after: 1,
        prompt: 'Nothing changed. What now?',
        actions: [
          {
            id: 'open-failing-trace-late',
            label: 'Open failing traces and group the errors by root cause',
            costMinutes: 2,
            next: 'dependency-named',
            quality: 'ok',
            gathers: 'trace',
            runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
            feedback:
              'Better late than never: every failing trace ends in the same PayRelay timeout, so the 500 is the last link of a dependency failure, not a bug in checkout.',
          },
          checkVendorStatus,
          waitForVendor,
        ],
      },
    },
    'timeout-raised': {
      label: 'Client timeout at 30 s',
      metrics: { rpm: 7900, errors: { 500: 0.04 }, p99Ms: 30000, saturation: 0.93 },
      events: [
        { at: 0, kind: 'config', text: 'payrelay.read-timeout 10s -> 30s' },
        { at: 2, kind: 'note', text: 'Fewer 500s for a few minutes: some charges now complete after 15 to 25 s; threads stay busy' },
      ],
      then: { after: 5, next: 'pool-exhausted' },
    },
    'pool-exhausted': {
      label: 'Thread pool full',
      metrics: { rpm: 7400, errors: { 500: 0.13, 504: 0.11 }, p99Ms: 60000, saturation: 1 },
      events: [
        { at: 0, kind: 'alert', text: 'checkout: Tomcat threads busy 200/200 for 3 minutes' },
        {
          at: 1,
          kind: 'log',
          text: '2026/11/25 13:36:17 [error] 31#31: *90412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.1.5, server: shop.example.com, request: "GET /api/cart/summary HTTP/1.1", upstream: "http://10.0.5.21:8080/api/cart/summary", host: "shop.example.com"',
        },
      ],
      decision: {
        after: 2,
        prompt: 'Now cart pages time out too: every thread is waiting up to 30 s for PayRelay. What now?',
        actions: [
          {
            id: 'revert-timeout-and-trace',
            label: 'Revert the timeout to 10 s and read the failing traces',
            costMinutes: 4,
            next: 'dependency-named',
            quality: 'ok',
            mitigates: true,
            gathers: 'trace',
            runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
            feedback:
              'The revert frees the threads, and the traces show what to do next: one dependency span is eating the budget, so the answer is to contain that dependency, not to wait longer for it.',
          },
          enableDegradedMode,
          waitForVendor,
        ],
      },
    },
    'breaker-forced': {
      label: 'Breaker forced closed',
      metrics: timingOut,
      events: [
        {
          at: 0,
          kind: 'config',
          text: "CircuitBreaker 'payrelay' set to DISABLED through the actuator: every call goes to PayRelay again",
        },
        { at: 1, kind: 'log', text: readTimedOutShort },
      ],
      then: { after: 4, next: 'still-failing' },
    },
    'waited-end': {
      label: 'Waited it out',
      metrics: timingOut,
      events: [],
      ending: {
        outcome: 'unresolved',
        text: 'PayRelay fixed its API about half an hour later. Until then every checkout waited 10 s for a generic 500, support had nothing to tell customers, and the vendor never heard from you.',
      },
    },
  },
  debrief: {
    rootCause:
      "PayRelay's EU Charges API started timing out at 13:18. Checkout waited its full 10-second client timeout and let the exception reach the framework, which answered a generic 500. The fix was the vendor's; the team's part was to contain it: a fast 503 with Retry-After on payment only, a vendor case and a customer update.",
    runbooks: ['FM-500-DEPENDENCY-LATE-TRANSLATION', 'FM-503-DEPENDENCY-DEGRADED', 'FM-503-CIRCUIT-OPEN'],
    trees: ['500', '503'],
    lessons: [
      'Group 500s by their root cause, not their top frame: one dependency span eating the budget is a dependency failure.',
      'Restarts, rollbacks of unrelated releases and longer timeouts do nothing for a vendor that is not answering; longer timeouts make it worse.',
      'Open the vendor case with evidence, and contain your side with a fast 503 and Retry-After on the affected feature only.',
      'Tell customers: a degraded feature with a clear message beats a spinner and a generic error.',
    ],
  },
};
