/**
 * Scenario: partner-api runs Node.js 20 behind an AWS Application Load Balancer. The ALB keeps idle
 * connections to its targets for 60 s; the Node.js server closes them after its default
 * keepAliveTimeout of 5 s. Now and then the ALB sends a request on a connection the app is closing
 * at that moment: the ALB answers 502 with target_status_code "-". 0.2-0.5% of requests, worse at
 * night, no deploy to blame.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const trickle = { rpm: 2400, errors: { 502: 0.0035 }, p99Ms: 210, saturation: 0.3, noise: 0.2 } as const;

const albLine =
  'https 2026-11-24T02:14:51.208114Z app/partner-api-alb/50dc6c495c0c9188 198.51.100.23:40122 10.0.12.41:3000 0.000 -1 -1 502 - 1184 272 "POST https://partners.example.com:443/v1/webhooks/deliveries HTTP/1.1" "acme-hooks/3.2" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/partner-api/73e2d6bc24d8a067 "Root=1-6742944b-0c2f6a1d9e8b7c6d5a4f3e2d" "partners.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2026-11-24T02:14:51.207000Z "forward" "-" "-" "10.0.12.41:3000" "-" "-" "-"';

const readAlbLogs = {
  id: 'read-alb-logs',
  label: 'Pull the ALB access log lines with elb_status_code 502 for the last 24 hours',
  costMinutes: 3,
  next: 'alb-logs-read',
  quality: 'best',
  gathers: 'alb-logs',
  runbook: 'FM-502-KEEPALIVE-RACE',
  feedback:
    'Every 502 has target_status_code "-" and target_processing_time -1: the ALB sent the request to a target and got no response at all. The target did not answer 502; the connection failed under it.',
} as const;

const scaleOut = {
  id: 'scale-out',
  label: 'Scale partner-api out from 4 to 8 tasks',
  costMinutes: 5,
  next: 'scaled-out',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-502-KEEPALIVE-RACE',
  feedback:
    'Nothing is overloaded: CPU is at 30%. The same traffic over more targets leaves each connection idle longer, so more of them reach the 5-second keep-alive timer.',
} as const;

const raiseAlbIdle = {
  id: 'raise-alb-idle-timeout',
  label: 'Raise the ALB idle timeout from 60 s to 120 s to give connections more time',
  costMinutes: 2,
  next: 'idle-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-502-KEEPALIVE-RACE',
  feedback:
    'A longer ALB idle timeout widens the gap: the ALB now keeps connections the app already closed for even longer. The 502 rate goes up, not down.',
} as const;

const pageNetwork = {
  id: 'page-network',
  label: 'Open a network incident: connections between the ALB and the targets are being reset',
  costMinutes: 2,
  next: 'network-blamed',
  quality: 'wrong',
  escalatesTo: 'network-edge',
  runbook: 'FM-502-KEEPALIVE-RACE',
  feedback:
    'The network team finds no drops, no retransmits and no rule changes. The closes come from the app server itself, shutting idle connections as it is configured to.',
} as const;

export const keepaliveRace: Scenario = {
  id: 'keepalive-race',
  title: 'Sporadic 502s from a keep-alive race behind an ALB',
  summary:
    'A steady trickle of 502s, worse at night, between an AWS ALB and Node.js targets. Nothing is down and nothing was deployed: the app closes idle connections sooner than the load balancer does.',
  difficulty: 'intermediate',
  codes: [502],
  expectedMinutes: 10,
  startClock: '09:35',
  seed: 20261204,
  saturationLabel: 'Target CPU',
  initial: 'trickle',
  evidence: [
    { id: 'alb-logs', label: 'ALB access log lines of failed requests: elb_status_code and target_status_code' },
    { id: 'app-never-saw', label: 'Proof that the app never received the failed requests (trace id search)' },
    { id: 'timeouts', label: 'The idle or keep-alive timeout of each hop: the ALB and the Node.js server' },
  ],
  rightOwners: ['app-team', 'platform-sre'],
  bestPath: ['read-alb-logs', 'search-app-logs', 'compare-idle-timeouts', 'raise-node-keepalive'],
  states: {
    trickle: {
      label: 'A trickle of 502s',
      metrics: trickle,
      events: [
        {
          at: 0,
          kind: 'alert',
          text: 'SLO burn rate partner-api availability: 99.62% over 24 h (objective 99.9%); every failed request is a 502',
        },
        {
          at: 1,
          kind: 'page',
          text: 'Ticket from partner Acme Logistics: "sporadic 502 Bad Gateway on POST /v1/webhooks/deliveries, worse between 01:00 and 05:00 UTC"',
        },
        {
          at: 2,
          kind: 'note',
          text: 'CloudWatch: HTTPCode_ELB_502_Count 6-12 per minute, HTTPCode_Target_5XX_Count 0; 4 of 4 targets healthy; no deploy for 6 days',
        },
      ],
      decision: {
        after: 3,
        prompt:
          'Three or four requests in a thousand fail with 502, more at night. Health checks are green and nothing changed this week. What do you do first?',
        actions: [readAlbLogs, scaleOut, raiseAlbIdle, pageNetwork],
      },
    },
    'alb-logs-read': {
      label: 'ALB logs read',
      metrics: trickle,
      events: [
        { at: 0, kind: 'log', text: albLine },
        {
          at: 0,
          kind: 'note',
          text: '2,431 ELB 502s in 24 h: 78% POST, 64% between 01:00 and 05:00 UTC, spread evenly over the 4 targets; all with target_status_code "-"',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The ALB made every 502 itself, after sending the request to a healthy target. What next?',
        actions: [
          {
            id: 'search-app-logs',
            label: 'Search the app logs for the X-Amzn-Trace-Id of 20 failed requests',
            costMinutes: 3,
            next: 'app-never-saw',
            quality: 'best',
            gathers: 'app-never-saw',
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback:
              'None of the 20 trace ids is in the app logs: the requests never reached a handler. That rules out crashes and slow handlers and points at the connection they were sent on.',
          },
          raiseAlbIdle,
          scaleOut,
          pageNetwork,
        ],
      },
    },
    'app-never-saw': {
      label: 'The app never saw them',
      metrics: trickle,
      events: [
        { at: 0, kind: 'note', text: '0 of 20 trace ids found in partner-api logs; 0 container restarts in 6 days; no OOM kills' },
        { at: 0, kind: 'note', text: 'Quiet routes and night hours fail most; the busiest route, GET /v1/status, almost never fails' },
      ],
      decision: {
        after: 1,
        prompt: 'Lost requests, never received, worse when traffic is thin. What do you check?',
        actions: [
          {
            id: 'compare-idle-timeouts',
            label: 'Write down the idle timeout of each hop: the ALB attribute and the Node.js server setting',
            costMinutes: 3,
            next: 'race-understood',
            quality: 'best',
            gathers: 'timeouts',
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback:
              'The ALB keeps idle connections for 60 s, the Node.js server closes them after 5 s. In that gap the ALB can send a request on a connection the app is closing, which AWS names as a cause of ALB 502s.',
          },
          {
            id: 'restart-targets',
            label: 'Restart all four targets',
            costMinutes: 4,
            next: 'still-trickling',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback:
              'The targets are healthy and were never restarting; fresh processes start with the same 5-second keep-alive timer and the same race.',
          },
          raiseAlbIdle,
        ],
      },
    },
    'race-understood': {
      label: 'Race understood',
      metrics: trickle,
      events: [
        { at: 0, kind: 'note', text: 'aws elbv2 describe-load-balancer-attributes: idle_timeout.timeout_seconds = 60' },
        {
          at: 0,
          kind: 'note',
          text: 'partner-api (Node.js 20): server.keepAliveTimeout not set, so the default 5000 ms applies; headersTimeout default 60000 ms',
        },
        { at: 0, kind: 'note', text: 'tcpdump on one target: the app sends FIN on ALB connections 5.0 s after their last response' },
      ],
      decision: {
        after: 1,
        prompt: 'The app closes idle connections after 5 s, the ALB after 60 s. How do you remove the race?',
        actions: [
          {
            id: 'raise-node-keepalive',
            label: 'Set server.keepAliveTimeout = 65000 and server.headersTimeout = 66000 in partner-api, and deploy',
            costMinutes: 12,
            next: 'fix-live',
            quality: 'best',
            mitigates: true,
            escalatesTo: 'app-team',
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback:
              'Now the app keeps an idle connection longer than the ALB, so the ALB always closes first and never reuses a connection the app is closing. headersTimeout goes above it so that timer cannot cut the idle connection early either.',
          },
          raiseAlbIdle,
          scaleOut,
        ],
      },
    },
    'fix-live': {
      label: 'Fix rolled out',
      metrics: { rpm: 2400, errors: { 502: 0.00005 }, p99Ms: 200, saturation: 0.3, noise: 0.2 },
      events: [
        {
          at: 0,
          kind: 'deploy',
          text: 'partner-api 2026.11.24-1 rolled out; every task logs "http server: keepAliveTimeout=65000 headersTimeout=66000" at start-up',
        },
        { at: 5, kind: 'note', text: 'tcpdump: no FIN from the app on idle ALB connections; the ALB closes them after 60 s' },
        { at: 15, kind: 'note', text: 'HTTPCode_ELB_502_Count: 0 in the last 15 minutes' },
      ],
      then: { after: 20, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 2400, errors: {}, p99Ms: 200, saturation: 0.3 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'The next morning the quiet hours that failed most show no ALB 502 with target status "-". The platform adds a deploy check that the app keep-alive is longer than its load balancer idle timeout.',
      },
    },
    'scaled-out': {
      label: 'More targets, more 502s',
      metrics: { rpm: 2400, errors: { 502: 0.0042 }, p99Ms: 200, saturation: 0.15, noise: 0.2 },
      events: [
        { at: 0, kind: 'deploy', text: 'ECS service partner-api: desired count 4 -> 8' },
        { at: 8, kind: 'note', text: 'ELB 502 share 0.42% (was 0.35%): fewer requests per connection, longer idle gaps' },
      ],
      then: { after: 10, next: 'still-trickling' },
    },
    'idle-raised': {
      label: 'Idle timeout raised, rate up',
      metrics: { rpm: 2400, errors: { 502: 0.006 }, p99Ms: 210, saturation: 0.3, noise: 0.2 },
      events: [
        { at: 0, kind: 'config', text: 'ALB partner-api-alb: idle_timeout.timeout_seconds 60 -> 120' },
        { at: 6, kind: 'note', text: 'ELB 502 share 0.6% (was 0.35%); still target_status_code "-"' },
      ],
      decision: {
        after: 8,
        prompt: 'The 502 rate nearly doubled after the change. What now?',
        actions: [
          {
            id: 'revert-idle-and-read-logs',
            label: 'Revert the idle timeout to 60 s and read the ALB access logs of the 502s',
            costMinutes: 3,
            next: 'alb-logs-read',
            quality: 'ok',
            mitigates: true,
            gathers: 'alb-logs',
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback: 'Reverting closes the wider gap again, and the logs show the ALB, not the app, produced every 502.',
          },
          {
            id: 'revert-idle-timeout',
            label: 'Revert the idle timeout to 60 s',
            costMinutes: 2,
            next: 'still-trickling',
            quality: 'ok',
            mitigates: true,
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback: 'The rate falls back to where it was, which confirms that the idle timers matter; the original race is still there.',
          },
        ],
      },
    },
    'network-blamed': {
      label: 'Network team investigating',
      metrics: trickle,
      events: [
        { at: 0, kind: 'page', text: 'Network incident opened: "resets between partner-api-alb and its targets"' },
        {
          at: 10,
          kind: 'note',
          text: 'VPC Flow Logs: all ACCEPT; no security group or NACL change in 30 days; no packet loss between the subnets',
        },
        { at: 18, kind: 'note', text: "Network team: the FINs come from the targets' own sockets; incident closed as not network" },
      ],
      then: { after: 20, next: 'still-trickling' },
    },
    'still-trickling': {
      label: 'Still trickling',
      metrics: trickle,
      events: [
        {
          at: 0,
          kind: 'alert',
          text: 'SLO burn rate partner-api availability: still burning; HTTPCode_ELB_502_Count 8 per minute, HTTPCode_Target_5XX_Count 0',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The trickle of 502s goes on. What now?',
        actions: [
          {
            id: 'read-alb-logs-late',
            label: 'Read the ALB access log lines of the 502s',
            costMinutes: 3,
            next: 'alb-logs-read',
            quality: 'ok',
            gathers: 'alb-logs',
            runbook: 'FM-502-KEEPALIVE-RACE',
            feedback: 'Better late than never: target_status_code "-" says the ALB made each 502 itself after a target connection failed.',
          },
          scaleOut,
          raiseAlbIdle,
          pageNetwork,
        ],
      },
    },
  },
  debrief: {
    rootCause:
      'The ALB keeps idle target connections for 60 s, but partner-api ran with the Node.js 20 default keepAliveTimeout of 5 s. When the ALB reused a connection in the instant the app closed it, the request was lost and the ALB answered 502 with target_status_code "-". Thin traffic (night, quiet routes) left more connections idle past 5 s, so those failed most.',
    runbooks: ['FM-502-KEEPALIVE-RACE', 'FM-502-RESET-BEFORE-HEADERS'],
    trees: ['502'],
    lessons: [
      'elb_status_code 502 with target_status_code "-" means the load balancer made the error; the app log has no trace of it.',
      'A small steady 502 rate that grows when traffic is thin points at idle connections, not load.',
      "Each hop's keep-alive must outlast the idle timeout of the hop in front of it: app 65 s behind an ALB at 60 s.",
      'Raising the ALB idle timeout or adding targets widens the gap instead of closing it.',
    ],
  },
};
