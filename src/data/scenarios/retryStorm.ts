/**
 * Scenario: a retry storm. A 38-second pricing database failover slows the pricing service for a
 * moment; three retry layers (client SDK, checkout-bff's own retry helper, the mesh route), each
 * making up to 3 tries, multiply the load up to 27 times, and the storm outlives its trigger: 504
 * (Envoy UT) at the gateway, 503 (UO overflow, URX retry limit) between the sidecars.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const storm = { rpm: 96000, errors: { 504: 0.24, 503: 0.08 }, p99Ms: 10000, saturation: 0.98, noise: 0.08 } as const;
const stormGrowing = { rpm: 97000, errors: { 504: 0.27, 503: 0.09 }, p99Ms: 10000, saturation: 1, noise: 0.08 } as const;

const compareRates = {
  id: 'compare-edge-vs-pricing-rps',
  label: 'Compare requests per second at the edge with requests per second at pricing',
  costMinutes: 2,
  next: 'amplification-known',
  quality: 'best',
  gathers: 'amplification',
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'The edge receives 1,600 requests/s but pricing receives 12,400/s, 7.8 times more, on a path that calls pricing once per request. Retries, not users, are the load: that ratio is the storm the runbook describes.',
} as const;

const cutRetries = {
  id: 'cut-retries',
  label: 'Set the mesh retries for pricing to 0 and turn off the checkout-bff retry flag',
  costMinutes: 3,
  next: 'retries-cut',
  quality: 'best',
  mitigates: true,
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'Cutting the multiplication is the first move in the runbook: pricing now gets roughly one call per user request, so the calls that remain can finish inside their timeout.',
} as const;

const scalePricing = {
  id: 'scale-pricing',
  label: 'Scale pricing from 8 to 16 pods and leave the retries as they are',
  costMinutes: 4,
  next: 'brief-relief',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'The new pods help for a couple of minutes, then the retries fill them too: retries grow with failures, so added capacity is eaten by the same multiplier, the first wrong fix in the runbook.',
} as const;

const raiseTimeoutsAndRetries = {
  id: 'raise-timeouts-and-retries',
  label: 'Raise the gateway timeout to 30 s and the mesh retries to 5 so calls have time to finish',
  costMinutes: 4,
  next: 'timeouts-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'Longer timeouts keep more requests in flight at once and more retries add another multiplier, so the errors come later and pile up; the runbook names both as wrong fixes.',
} as const;

const handToPricing = {
  id: 'hand-to-pricing',
  label: 'Hand the incident to the pricing team: their service is down, they should add capacity',
  costMinutes: 20,
  next: 'outage-end',
  quality: 'wrong',
  escalatesTo: 'upstream-owner',
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'The pricing team cannot stop this alone, because the extra load comes from its callers. They double their pods and the retries fill them; the runbook says not to page them for capacity before the retries are cut.',
} as const;

const restoreRetries = {
  id: 'restore-retries',
  label: 'Errors are down: put the old retry policies back',
  costMinutes: 1,
  next: 'storm-returns',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-RETRY-STORM',
  feedback:
    'The old policies are the multiplier. With no budget and three layers of tries, the next slow second at pricing starts the storm again within minutes.',
} as const;

export const retryStorm: Scenario = {
  id: 'retry-storm',
  title: 'A retry storm outlives its trigger',
  summary:
    'A pricing database fails over in 38 seconds, but the errors keep climbing long after: three layers of retries multiply every cart request. 504s at the gateway, 503s between the sidecars.',
  difficulty: 'advanced',
  codes: [504, 503],
  expectedMinutes: 14,
  startClock: '10:04',
  seed: 20261123,
  saturationLabel: 'pricing in-flight requests vs its limit',
  initial: 'storm',
  evidence: [
    { id: 'amplification', label: 'Requests per second at the edge versus at pricing, same window' },
    { id: 'retry-policies', label: 'Retry counters and every retry policy on the path (SDK, app code, mesh)' },
  ],
  rightOwners: ['platform-sre', 'app-team', 'upstream-owner'],
  bestPath: ['compare-edge-vs-pricing-rps', 'read-retry-counters', 'cut-retries', 'shed-batch-load', 'page-pricing-owner'],
  states: {
    storm: {
      label: 'Storm after the blip',
      metrics: storm,
      events: [
        {
          at: 0,
          kind: 'dependency',
          text: 'pricing-db: failover completed at 10:02:48 after 38 s of slow queries; query latency back to normal',
        },
        { at: 0, kind: 'alert', text: 'GatewayHigh5xx shop-ingress: 32% of requests answered 5xx for 2 minutes (504 UT, 503 UO)' },
        {
          at: 1,
          kind: 'log',
          text: '[2026-11-23T10:05:12.318Z] "POST /api/cart/price HTTP/1.1" 504 UT 0 24 10001 - "-" "ShopApp/5.12.0" "5b0e7c2a-91f4-4c1e-8a53-0d6f2e9b7a41" "shop.example.com" "10.0.2.31:8080"',
        },
        {
          at: 2,
          kind: 'log',
          text: '[2026-11-23T10:06:03.902Z] "GET /v1/prices?cart=c_81f2 HTTP/1.1" 504 URX,UT upstream_per_try_timeout - "-" 0 24 6004 - "-" "okhttp/4.12.0" "0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f" "pricing:8080" "10.0.4.17:8080" outbound|8080||pricing.shop.svc.cluster.local 10.0.1.5:39818 10.96.7.3:8080 10.0.1.5:51990 - default',
        },
        {
          at: 3,
          kind: 'log',
          text: '[2026-11-23T10:07:21.044Z] "GET /v1/prices?cart=c_90ab HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 0 - "-" "okhttp/4.12.0" "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f" "pricing:8080" "-" outbound|8080||pricing.shop.svc.cluster.local - 10.96.7.3:8080 10.0.1.5:52211 - default',
        },
      ],
      decision: {
        after: 4,
        prompt:
          'The pricing database recovered two minutes ago, yet errors keep rising on every route that prices a cart. What do you do first?',
        actions: [
          compareRates,
          raiseTimeoutsAndRetries,
          {
            id: 'scale-callers',
            label: 'Scale checkout-bff from 12 to 24 pods',
            costMinutes: 3,
            next: 'meltdown',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'checkout-bff is not the bottleneck: each new pod brings its own retry helper and sidecar, so pricing receives even more concurrent attempts and its overflow counters climb faster.',
          },
          {
            id: 'restart-pricing',
            label: 'Rolling restart of the pricing pods to clear them',
            costMinutes: 3,
            next: 'brief-relief',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'A restart empties the queues for a moment, but the retry policies are untouched: fresh pods with cold caches meet the same 7x load and time out first.',
          },
        ],
      },
    },
    'amplification-known': {
      label: 'Amplification measured',
      metrics: stormGrowing,
      events: [
        { at: 0, kind: 'note', text: 'Edge: 1,600 req/s. pricing inbound: 12,400 req/s (7.8x). Normal ratio: 1.02.' },
        { at: 0, kind: 'note', text: '58% of the requests pricing receives carry x-envoy-attempt-count: 2 or 3' },
      ],
      decision: {
        after: 1,
        prompt: 'Pricing receives almost eight times the edge traffic. What next?',
        actions: [
          {
            id: 'read-retry-counters',
            label: "Read a checkout-bff sidecar's retry counters and list every retry policy on the path",
            costMinutes: 3,
            next: 'storm-mapped',
            quality: 'best',
            gathers: 'retry-policies',
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'upstream_rq_retry and upstream_rq_timeout climb together, the runbook signature, and three layers retry: the SDK (3 tries), checkout-bff withRetry (3 tries) and the mesh route (attempts: 2, so 3 tries), up to 27 tries per tap.',
          },
          cutRetries,
          scalePricing,
        ],
      },
    },
    'storm-mapped': {
      label: 'Retry layers mapped',
      metrics: stormGrowing,
      events: [
        {
          at: 0,
          kind: 'log',
          text: 'cluster.outbound|8080||pricing.shop.svc.cluster.local.upstream_rq_retry: 2214390 (+181,000 in the last minute)',
        },
        { at: 0, kind: 'log', text: 'cluster.outbound|8080||pricing.shop.svc.cluster.local.upstream_rq_retry_overflow: 48211' },
        {
          at: 0,
          kind: 'note',
          text: 'Retry policies, outer to inner: ShopApp SDK maxAttempts 3; checkout-bff withRetry(maxAttempts: 3); VirtualService pricing retries.attempts 2, perTryTimeout 2s. Gateway route timeout 10 s.',
        },
      ],
      decision: {
        after: 1,
        prompt: 'You know the multiplier and where it comes from. How do you stop it?',
        actions: [cutRetries, scalePricing, raiseTimeoutsAndRetries],
      },
    },
    'retries-cut': {
      label: 'Retries cut',
      metrics: { rpm: 91000, errors: { 504: 0.09, 503: 0.03 }, p99Ms: 4200, saturation: 0.82, noise: 0.08 },
      events: [
        { at: 0, kind: 'config', text: 'VirtualService pricing: retries.attempts 0; flag pricing_client_retries=false on checkout-bff' },
        { at: 1, kind: 'note', text: 'pricing inbound 12,400 -> 2,600 req/s (ratio 1.6); upstream_rq_retry flat' },
        { at: 2, kind: 'note', text: 'pricing queue still deep; the catalog re-price batch job sends 900 req/s of its own' },
      ],
      decision: {
        after: 3,
        prompt: 'The multiplier is gone. Pricing is still working off its backlog while a batch job adds load. What next?',
        actions: [
          {
            id: 'shed-batch-load',
            label: 'Pause the catalog re-price job and rate-limit /api/recommendations at the edge',
            costMinutes: 2,
            next: 'draining',
            quality: 'best',
            mitigates: true,
            runbook: 'FM-503-OVERLOAD-SHEDDING',
            feedback:
              'Shedding the least important traffic on purpose gives pricing room to drain its queue; the shedding runbook says to cut batch work before any user-facing route.',
          },
          {
            id: 'scale-pricing-after-cut',
            label: 'Now scale pricing from 8 to 12 pods',
            costMinutes: 5,
            next: 'draining',
            quality: 'ok',
            mitigates: true,
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'With the retries cut, new capacity is no longer eaten by the multiplier, so scaling helps now. It is slower than pausing the batch job, and the runbook puts it after cutting retries and shedding.',
          },
          restoreRetries,
        ],
      },
    },
    draining: {
      label: 'Queue draining',
      metrics: { rpm: 90000, errors: { 504: 0.02, 503: 0.008 }, p99Ms: 1400, saturation: 0.6 },
      events: [
        { at: 0, kind: 'config', text: 'catalog-reprice CronJob suspended; edge rate limit on /api/recommendations: 200 req/s' },
        { at: 2, kind: 'note', text: 'pricing queue depth 4,100 -> 300; URX and UT flags falling in the sidecar logs' },
      ],
      then: { after: 4, next: 'pricing-recovered' },
    },
    'pricing-recovered': {
      label: 'Pricing recovered',
      metrics: { rpm: 90000, errors: { 504: 0.004 }, p99Ms: 480, saturation: 0.45 },
      events: [{ at: 0, kind: 'note', text: 'pricing p99 380 ms at 1,650 req/s; edge-to-pricing ratio 1.03' }],
      decision: {
        after: 2,
        prompt: 'Pricing is healthy again at the same traffic that failed before, with no retries anywhere. What now?',
        actions: [
          {
            id: 'page-pricing-owner',
            label: 'Page the pricing owner with the timeline and agree one mesh retry with a retry budget',
            costMinutes: 3,
            next: 'recovering',
            quality: 'best',
            escalatesTo: 'upstream-owner',
            mitigates: true,
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'Now the page is useful: the pricing team owns the trigger (the failover) and the lasting fix is one retry layer with a budget, not more pods. The runbook asks for that conversation after the retries are cut, not before.',
          },
          restoreRetries,
        ],
      },
    },
    recovering: {
      label: 'One retry layer, with a budget',
      metrics: { rpm: 90000, errors: { 504: 0.001 }, p99Ms: 420, saturation: 0.47 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'pricing cluster: retry_budget budget_percent 20, min_retry_concurrency 3; VirtualService pricing retries.attempts 1, perTryTimeout 2s; checkout-bff withRetry stays off',
        },
        { at: 2, kind: 'note', text: 'upstream_rq_retry grows slowly again; ratio 1.05; no URX or UT flags' },
      ],
      then: { after: 4, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 90000, errors: {}, p99Ms: 380, saturation: 0.42 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'Pricing gets the edge rate again, one retry layer is left and a budget caps it, and the batch job runs again after the peak. The pricing team takes the failover; the retry inventory goes into the post-mortem.',
      },
    },
    'timeouts-raised': {
      label: 'Timeouts and retries raised',
      metrics: { rpm: 97000, errors: { 504: 0.12, 503: 0.14 }, p99Ms: 28000, saturation: 1, noise: 0.08 },
      events: [
        { at: 0, kind: 'config', text: 'Gateway route timeout 10s -> 30s; VirtualService pricing retries.attempts 2 -> 5' },
        { at: 2, kind: 'note', text: 'Fewer 504s, but each failing request now holds a connection for up to 30 s' },
        {
          at: 3,
          kind: 'log',
          text: '[2026-11-23T10:15:40.117Z] "GET /v1/prices?cart=c_a4e1 HTTP/1.1" 503 UO upstream_reset_before_response_started{overflow} - "-" 0 81 0 - "-" "okhttp/4.12.0" "7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d" "pricing:8080" "-" outbound|8080||pricing.shop.svc.cluster.local - 10.96.7.3:8080 10.0.1.5:52544 - default',
        },
      ],
      then: { after: 5, next: 'meltdown' },
    },
    meltdown: {
      label: 'Meltdown',
      metrics: { rpm: 99000, errors: { 504: 0.36, 503: 0.21 }, p99Ms: 30000, saturation: 1, noise: 0.1 },
      events: [
        { at: 0, kind: 'alert', text: 'GatewayHigh5xx shop-ingress: 57% of requests answered 5xx' },
        { at: 1, kind: 'log', text: 'cluster.outbound|8080||pricing.shop.svc.cluster.local.upstream_rq_pending_overflow: 391882' },
        {
          at: 1,
          kind: 'log',
          text: 'Warning  Unhealthy  pod/pricing-7c9d8f6b5-x2lqp  Readiness probe failed: Get "http://10.0.4.22:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        },
      ],
      decision: {
        after: 2,
        prompt: 'More than half of all requests fail and pricing is pinned at its limit. What do you do?',
        actions: [
          {
            id: 'revert-and-compare-rps',
            label: 'Revert the last change, then compare edge and pricing request rates',
            costMinutes: 4,
            next: 'amplification-known',
            quality: 'ok',
            mitigates: true,
            gathers: 'amplification',
            runbook: 'FM-504-RETRY-STORM',
            feedback:
              'Late, but the right question: the revert takes you back to the original storm, and the 7.8x ratio at pricing shows the load is retries, not users.',
          },
          cutRetries,
          handToPricing,
        ],
      },
    },
    'brief-relief': {
      label: 'Brief relief',
      metrics: { rpm: 95000, errors: { 504: 0.07, 503: 0.1 }, p99Ms: 6000, saturation: 0.85, noise: 0.08 },
      events: [
        { at: 0, kind: 'note', text: 'Fresh pricing pods go Ready; p99 dips while their queues are empty' },
        { at: 2, kind: 'note', text: 'upstream_rq_retry still +170,000 per minute; the new pods fill up' },
      ],
      then: { after: 3, next: 'storm-returns' },
    },
    'storm-returns': {
      label: 'Storm returns',
      metrics: stormGrowing,
      events: [
        { at: 0, kind: 'alert', text: 'GatewayHigh5xx shop-ingress: firing again (504 UT, 503 UO)' },
        {
          at: 0,
          kind: 'log',
          text: '[2026-11-23T10:14:08.655Z] "GET /v1/prices?cart=c_c31d HTTP/1.1" 504 URX,UT upstream_per_try_timeout - "-" 0 24 6003 - "-" "okhttp/4.12.0" "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b" "pricing:8080" "10.0.4.31:8080" outbound|8080||pricing.shop.svc.cluster.local 10.0.1.5:40112 10.96.7.3:8080 10.0.1.5:52990 - default',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The errors are back at the same level as before. What now?',
        actions: [compareRates, cutRetries, handToPricing],
      },
    },
    'outage-end': {
      label: 'Storm burns out on its own',
      metrics: { rpm: 97000, errors: { 504: 0.3, 503: 0.18 }, p99Ms: 30000, saturation: 1 },
      events: [],
      ending: {
        outcome: 'unresolved',
        text: 'Pricing doubled its pods and the retries filled them within two minutes. The storm ended only when lunchtime traffic dropped; nobody cut the retries, so the next slow second will start it again.',
      },
    },
  },
  debrief: {
    rootCause:
      'A 38-second pricing database failover slowed pricing briefly. Three retry layers (ShopApp SDK, checkout-bff withRetry, the mesh route), each making up to 3 tries, multiplied the load up to 27 times, so pricing stayed saturated after the failover ended: the gateway answered 504 (UT) and the sidecars 503 (UO overflow, URX retry limit).',
    runbooks: ['FM-504-RETRY-STORM', 'FM-503-OVERLOAD-SHEDDING', 'FM-503-CIRCUIT-OPEN', 'FM-504-TIMEOUT-BUDGETS'],
    trees: ['504', '503'],
    lessons: [
      'Compare the rate at the edge with the rate at the struggling dependency: a ratio far above 1 is a retry storm.',
      'Cut retries first, shed low-priority load second, scale last; capacity added under a storm is eaten by the multiplier.',
      'Retry at one layer only, with a per-try timeout that fits the outer timeout and a retry budget.',
      'Longer timeouts and more retries turn a blip into an outage.',
    ],
  },
};
