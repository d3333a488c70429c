/**
 * Scenario: timeouts that do not nest. After an ingress migration left the ALB and ingress-nginx on
 * their 60-second defaults, month-end reports (40 to 150 s) meet a chain of Cloudflare 120 s, ALB
 * 60 s, nginx proxy_read_timeout 60 s and an app HTTP client that waits 90 s for report-service.
 * The outer layer gives up first; the work keeps running for nobody; 504s at exactly 60 s.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const cutAt60 = { rpm: 2400, errors: { 504: 0.07 }, p99Ms: 60000, saturation: 0.88, noise: 0.04 } as const;

const histogram504Durations = {
  id: 'histogram-504-durations',
  label: 'Plot how long the 504s took and check which hop generated them',
  costMinutes: 2,
  next: 'durations-known',
  quality: 'best',
  gathers: 'duration-spike',
  runbook: 'FM-504-LB-IDLE-TIMEOUT',
  feedback:
    "Every 504 lasts 60.0 s and most ALB lines have target_status_code '-': the ALB gave up at its 60-second idle timeout while the target was still working, the signature in the idle-timeout runbook.",
} as const;

const raiseAllTimeouts = {
  id: 'raise-all-timeouts',
  label: 'Raise every timeout to 300 s: ALB, ingress-nginx and the app client',
  costMinutes: 5,
  next: 'timeouts-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-TIMEOUT-BUDGETS',
  feedback:
    'The errors come later instead of going away: Cloudflare still stops at 120 s, and every report now holds a worker for up to five minutes. The budget runbook names this wrong fix because long timeouts keep blocked work around.',
} as const;

const retryAtClient = {
  id: 'retry-report-at-client',
  label: 'Make the web client retry the report request once on 504',
  costMinutes: 6,
  next: 'duplicate-reports',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-LONG-SYNC-WORK',
  feedback:
    'Each retry starts the whole report again while the first copy is still running at report-service. The long-work runbook warns that every retry reruns the full work on an origin that is already busy.',
} as const;

const enableAsyncReports = {
  id: 'enable-async-reports',
  label: 'Ask the app team to turn on reports_async: 202 Accepted with a status URL',
  costMinutes: 8,
  next: 'recovering',
  quality: 'best',
  mitigates: true,
  escalatesTo: 'app-team',
  runbook: 'FM-504-LONG-SYNC-WORK',
  feedback:
    'A report that takes up to 150 s fits no sane timeout chain. With 202 Accepted and a status URL the request answers at once and a job does the work, the lasting fix in the long-work runbook.',
} as const;

export const timeoutBudgets: Scenario = {
  id: 'timeout-budgets',
  title: 'Timeouts that do not nest',
  summary:
    'Month-end reports fail with 504 after exactly 60 seconds, while the app and report-service keep working on them for nobody. Every hop has its own timeout, and they do not fit inside each other.',
  difficulty: 'intermediate',
  codes: [504],
  expectedMinutes: 10,
  startClock: '09:10',
  seed: 20261201,
  saturationLabel: 'report-service workers busy',
  initial: 'reports-timing-out',
  evidence: [
    { id: 'duration-spike', label: 'How long the 504s take, and which hop generated them' },
    { id: 'timeout-chain', label: 'The timeout of every hop, outermost first, from the deployed configs' },
  ],
  rightOwners: ['platform-sre', 'app-team'],
  bestPath: ['histogram-504-durations', 'map-timeout-chain', 'nest-timeouts', 'enable-async-reports'],
  states: {
    'reports-timing-out': {
      label: 'Reports cut at 60 s',
      metrics: cutAt60,
      events: [
        {
          at: 0,
          kind: 'alert',
          text: 'ELB504 app-alb: HTTPCode_ELB_504_Count 140 in 5 minutes (baseline 0), HTTPCode_Target_5XX_Count flat',
        },
        {
          at: 1,
          kind: 'log',
          text: 'https 2026-12-01T09:11:42.118204Z app/app-alb/3f1c0a9e6b2d4e71 198.51.100.23:53122 10.0.6.14:443 0.001 -1 -1 504 - 402 278 "GET https://app.example.com:443/api/reports/monthly?tenant=t_4471 HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app-ingress/9b1e4c7a2d6f3e80 "Root=1-674c2a3e-2f6b1d8e4a9c7b3d5e1f0a2c" "app.example.com" "-" 0 2026-12-01T09:10:42.117000Z "forward" "-" "-" "10.0.6.14:443" "-" "-" "-"',
        },
        {
          at: 2,
          kind: 'log',
          text: '2026/12/01 09:11:42 [error] 38#38: *220914 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.1.9, server: app.example.com, request: "GET /api/reports/monthly?tenant=t_4471 HTTP/1.1", upstream: "http://10.0.8.21:3000/api/reports/monthly?tenant=t_4471", host: "app.example.com"',
        },
        {
          at: 3,
          kind: 'log',
          text: 'level=warn requestId=0b7f3e2a route="GET /api/reports/monthly" tenant=t_4471 durationMs=84213 msg="response not sent: client closed the connection"',
        },
      ],
      decision: {
        after: 4,
        prompt:
          'It is the first business day of the month. GET /api/reports/monthly fails with 504; the rest of the app is fine. What first?',
        actions: [
          histogram504Durations,
          raiseAllTimeouts,
          retryAtClient,
          {
            id: 'page-report-service-team',
            label: 'Page the report-service team: their service is too slow',
            costMinutes: 5,
            next: 'report-team-paged',
            quality: 'wrong',
            escalatesTo: 'upstream-owner',
            runbook: 'FM-504-TIMEOUT-BUDGETS',
            feedback:
              'Report-service is as fast as it was last month and finishes every report. The runbook says not to page a dependency because its call was too slow for a budget nobody agreed with it.',
          },
        ],
      },
    },
    'report-team-paged': {
      label: 'Report team paged',
      metrics: cutAt60,
      events: [
        {
          at: 0,
          kind: 'page',
          text: 'report-service team: report durations are the same as last month, every job finishes, and nobody told us about a 60-second limit',
        },
        { at: 1, kind: 'alert', text: 'ELB504 app-alb: still firing' },
      ],
      decision: {
        after: 2,
        prompt: 'The report team finds nothing wrong on their side, and the 504s continue. What now?',
        actions: [histogram504Durations, raiseAllTimeouts, retryAtClient],
      },
    },
    'durations-known': {
      label: '504s at exactly 60 s',
      metrics: cutAt60,
      events: [
        {
          at: 0,
          kind: 'note',
          text: "504 durations: 100% between 60.0 and 60.1 s. 92% generated by the ALB (target_status_code '-'), 8% by ingress-nginx (target 504): two 60-second timers racing.",
        },
      ],
      decision: {
        after: 1,
        prompt: 'The 504s end at exactly 60 s, at the ALB and sometimes at nginx. What next?',
        actions: [
          {
            id: 'map-timeout-chain',
            label: 'Write down every timeout on the path, outermost first, from the deployed configs',
            costMinutes: 3,
            next: 'chain-mapped',
            quality: 'best',
            gathers: 'timeout-chain',
            runbook: 'FM-504-TIMEOUT-BUDGETS',
            feedback:
              'Cloudflare 120 s, ALB 60 s, ingress-nginx 60 s, app client to report-service 90 s: the inner 90 s is longer than the outer 60 s, so the ALB answers 504 while the app and report-service keep working. That breaks the rule of the budget runbook.',
          },
          raiseAllTimeouts,
          retryAtClient,
        ],
      },
    },
    'chain-mapped': {
      label: 'Timeout chain mapped',
      metrics: cutAt60,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'Chain: Cloudflare proxy read 120 s > ALB idle_timeout 60 s = ingress-nginx proxy-read-timeout 60 s < app REPORT_CLIENT_TIMEOUT_MS 90000 (no deadline passed to report-service)',
        },
        {
          at: 0,
          kind: 'note',
          text: 'Change log 2026-11-26: ingress migration. Old nginx had proxy_read_timeout 180s behind a load balancer at 300 s; the new ALB and ingress-nginx run on their defaults.',
        },
        {
          at: 1,
          kind: 'log',
          text: 'level=info service=report-service job=monthly tenant=t_4471 durationMs=131480 msg="report finished" caller=gone',
        },
      ],
      decision: {
        after: 2,
        prompt: 'The chain does not nest, and month-end reports take 40 to 150 s. What do you change?',
        actions: [
          {
            id: 'nest-timeouts',
            label: 'Nest the chain: ingress 55 s for the report route, app client 50 s, deadline passed to report-service',
            costMinutes: 6,
            next: 'nested',
            quality: 'best',
            mitigates: true,
            escalatesTo: 'platform-sre',
            runbook: 'FM-504-TIMEOUT-BUDGETS',
            feedback:
              'Each inner timer is now shorter than the one outside it, so a long report fails at the app in 50 s with a clear error and report-service stops working on it. Outer longer than inner is the rule of the budget runbook.',
          },
          enableAsyncReports,
          raiseAllTimeouts,
          retryAtClient,
        ],
      },
    },
    nested: {
      label: 'Timeouts nested',
      metrics: { rpm: 2400, errors: { 504: 0.06 }, p99Ms: 50000, saturation: 0.5, noise: 0.04 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'Ingress reports: nginx.ingress.kubernetes.io/proxy-read-timeout "55"; app REPORT_CLIENT_TIMEOUT_MS 50000; header x-request-deadline passed to report-service',
        },
        {
          at: 1,
          kind: 'log',
          text: 'level=warn requestId=5d21c9f0 route="GET /api/reports/monthly" tenant=t_4471 status=504 code=report_deadline_exceeded durationMs=50004',
        },
        { at: 2, kind: 'note', text: 'report-service: 0 jobs running after their caller left; ALB-generated 504s: 0' },
      ],
      decision: {
        after: 3,
        prompt: 'Failures are now fast, clear and leave no orphan work, but big-tenant reports still fail. What now?',
        actions: [
          enableAsyncReports,
          {
            id: 'close-incident',
            label: 'Close the incident: the timeouts nest now',
            costMinutes: 1,
            next: 'nested-end',
            quality: 'wrong',
            runbook: 'FM-504-LONG-SYNC-WORK',
            feedback:
              'Nested timeouts make failures honest, not rarer: every big tenant still gets a 504 on its monthly report, and the long-work runbook says such work belongs in a job.',
          },
        ],
      },
    },
    recovering: {
      label: 'Reports run as jobs',
      metrics: { rpm: 2500, errors: { 504: 0.004 }, p99Ms: 1800, saturation: 0.45 },
      events: [
        {
          at: 0,
          kind: 'deploy',
          text: 'Flag reports_async on: GET /api/reports/monthly answers 202 Accepted, Location: /api/reports/jobs/{id}, Retry-After: 10',
        },
        { at: 2, kind: 'note', text: 'Report jobs: 38 queued, 12 running, median 74 s, none cut off; status polls answer in 40 ms' },
      ],
      then: { after: 5, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 2500, errors: {}, p99Ms: 900, saturation: 0.4 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'Reports run as jobs and the request answers at once; the chain is written down and nests (Cloudflare 120 s > ALB 60 s > nginx 55 s > app 50 s). The migration checklist now includes the timeout chain.',
      },
    },
    'timeouts-raised': {
      label: 'Every timeout at 300 s',
      metrics: { rpm: 2400, errors: { 504: 0.03 }, p99Ms: 120000, saturation: 0.97, noise: 0.04 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'app-alb idle_timeout.timeout_seconds 300; ingress proxy-read-timeout "300"; REPORT_CLIENT_TIMEOUT_MS 300000',
        },
        {
          at: 3,
          kind: 'note',
          text: "No more 504s at 60 s. New failures at 120 s: Cloudflare 524 'A timeout occurred' (Cloudflare's own code, counted here with the gateway timeouts).",
        },
      ],
      then: { after: 5, next: 'piled-up' },
    },
    'piled-up': {
      label: 'Work piles up',
      metrics: { rpm: 2300, errors: { 504: 0.13 }, p99Ms: 120000, saturation: 1, noise: 0.05 },
      events: [
        { at: 0, kind: 'alert', text: 'report-service: worker pool 100% busy for 5 minutes' },
        { at: 1, kind: 'log', text: 'Error 524 Ray ID: 8e6c2b1f4d7a9e03 • 2026-12-01 09:25:07 UTC' },
        { at: 1, kind: 'note', text: 'Dashboard widgets, also served by report-service, start to time out as well' },
      ],
      decision: {
        after: 2,
        prompt: 'Fewer 504s at 60 s, but 524s at 120 s and report-service is full. What now?',
        actions: [
          {
            id: 'revert-and-map-chain',
            label: 'Revert the 300 s change and write down the timeout chain',
            costMinutes: 5,
            next: 'chain-mapped',
            quality: 'ok',
            mitigates: true,
            gathers: 'timeout-chain',
            runbook: 'FM-504-TIMEOUT-BUDGETS',
            feedback:
              'The revert frees the workers, and the written chain shows the real fault: the inner 90 s does not fit inside the outer 60 s, which no bigger number fixes.',
          },
          retryAtClient,
        ],
      },
    },
    'duplicate-reports': {
      label: 'Duplicate reports',
      metrics: { rpm: 2600, errors: { 504: 0.14 }, p99Ms: 60000, saturation: 1, noise: 0.05 },
      events: [
        { at: 0, kind: 'deploy', text: 'web 2026.12.01-1: retry GET /api/reports/monthly once on 504' },
        { at: 1, kind: 'log', text: 'level=warn service=report-service msg="3 jobs running for tenant t_4471 with the same parameters"' },
      ],
      decision: {
        after: 2,
        prompt: 'report-service now runs most reports two or three times. What now?',
        actions: [
          {
            id: 'stop-client-retry-and-map',
            label: 'Roll back the client retry and write down the timeout chain',
            costMinutes: 5,
            next: 'chain-mapped',
            quality: 'ok',
            mitigates: true,
            gathers: 'timeout-chain',
            runbook: 'FM-504-TIMEOUT-BUDGETS',
            feedback:
              'The rollback stops the duplicates, and the written chain shows why a retry could never help: the first attempt is still running when the second one starts.',
          },
          raiseAllTimeouts,
        ],
      },
    },
    'nested-end': {
      label: 'Honest failures, still failures',
      metrics: { rpm: 2400, errors: { 504: 0.06 }, p99Ms: 50000, saturation: 0.5 },
      events: [],
      ending: {
        outcome: 'unresolved',
        text: 'The timeouts nest and nothing runs for nobody any more, but big tenants still cannot get their monthly report. Support tickets arrive all week, and next month the data is larger.',
      },
    },
  },
  debrief: {
    rootCause:
      'An ingress migration left the ALB idle timeout and ingress-nginx proxy-read-timeout at their 60-second defaults, inside a Cloudflare 120 s and around an app client that waited 90 s for report-service. Month-end reports take 40 to 150 s, so the ALB answered 504 at 60 s while the app and report-service kept working for nobody.',
    runbooks: ['FM-504-TIMEOUT-BUDGETS', 'FM-504-LB-IDLE-TIMEOUT', 'FM-504-LONG-SYNC-WORK'],
    trees: ['504'],
    lessons: [
      '504s that all last the same round number point at the hop whose timeout has that value.',
      'Write the chain down outermost first: each outer timeout must be longer than the inner one times its attempts.',
      'Raising every timeout moves the failure outward and holds workers longer; a retry reruns the whole work.',
      'Work that takes minutes belongs in a job: 202 Accepted with a status URL.',
    ],
  },
};
