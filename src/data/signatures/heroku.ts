/**
 * Heroku router error signatures: text that Heroku router prints, each with the failure modes it points to.
 * This file holds one system (`system: 'heroku'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'heroku', name: 'Heroku router', hop: 'load-balancer' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'heroku-h10-app-crashed',
    system: 'heroku',
    title: 'Heroku H10: App crashed',
    pattern: String.raw`\bcode=H10\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [503],
    explain: 'A web dyno crashed or failed to boot, so the router has no process to send the request to.',
    source: { title: 'Heroku Dev Center: Error codes (H10)', url: 'https://devcenter.heroku.com/articles/error-codes#h10-app-crashed' },
  },
  {
    id: 'heroku-h11-backlog-too-deep',
    system: 'heroku',
    title: 'Heroku H11: Backlog too deep',
    pattern: String.raw`\bcode=H11\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H11 desc="Backlog too deep" method=GET path="/api/search" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.9 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.5 },
    ],
    status: [503],
    explain: 'Requests arrive faster than the app handles them and the backlog on the router grew too deep.',
    source: {
      title: 'Heroku Dev Center: Error codes (H11)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h11-backlog-too-deep',
    },
  },
  {
    id: 'heroku-h12-request-timeout',
    system: 'heroku',
    title: 'Heroku H12: Request timeout',
    pattern: String.raw`\bcode=H12\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/reports" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=30001ms status=503 bytes=0 protocol=https',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.7 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.7 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.5 },
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.3 },
    ],
    status: [503],
    explain: "The dyno did not send a response within the router's 30-second limit; the app may still finish the work afterwards.",
    source: { title: 'Heroku Dev Center: Error codes (H12)', url: 'https://devcenter.heroku.com/articles/error-codes#h12-request-timeout' },
  },
  {
    id: 'heroku-h13-connection-closed-without-response',
    system: 'heroku',
    title: 'Heroku H13: Connection closed without response',
    pattern: String.raw`\bcode=H13\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H13 desc="Connection closed without response" method=GET path="/api/checkout" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=9767ms status=503 bytes=0 protocol=https',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.7 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.7 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [503],
    explain: 'The dyno accepted the connection and closed it without answering: a worker killed or crashed mid-request.',
    source: {
      title: 'Heroku Dev Center: Error codes (H13)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h13-connection-closed-without-response',
    },
  },
  {
    id: 'heroku-h14-no-web-dynos-running',
    system: 'heroku',
    title: 'Heroku H14: No web dynos running',
    pattern: String.raw`\bcode=H14\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H14 desc="No web processes running" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.9 },
      { id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.2 },
    ],
    status: [503],
    explain: 'The web process type is scaled to zero (or absent), so nothing can take the request.',
    source: {
      title: 'Heroku Dev Center: Error codes (H14)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h14-no-web-dynos-running',
    },
  },
  {
    id: 'heroku-h15-idle-connection',
    system: 'heroku',
    title: 'Heroku H15: Idle connection',
    pattern: String.raw`\bcode=H15\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H15 desc="Idle connection" method=GET path="/events" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=55449ms status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.6 },
      { id: 'FM-504-LB-IDLE-TIMEOUT', weight: 0.4 },
    ],
    status: [503],
    explain:
      'The dyno did not send a full response and was cut off after 55 seconds of inactivity (streaming, long polling, or a body shorter than its Content-Length).',
    source: { title: 'Heroku Dev Center: Error codes (H15)', url: 'https://devcenter.heroku.com/articles/error-codes#h15-idle-connection' },
  },
  {
    id: 'heroku-h18-server-request-interrupted',
    system: 'heroku',
    title: 'Heroku H18: Server Request Interrupted',
    pattern: String.raw`\bcode=H18\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: sock=backend at=error code=H18 desc="Server Request Interrupted" method=GET path="/upload" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=812ms status=503 bytes=0 protocol=https',
    ],
    modes: [
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.7 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.4 },
    ],
    status: [503],
    explain: 'The app sent part of a response and then its socket was destroyed before the response was complete.',
    source: {
      title: 'Heroku Dev Center: Error codes (H18)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h18-server-request-interrupted',
    },
  },
  {
    id: 'heroku-h19-backend-connection-timeout',
    system: 'heroku',
    title: 'Heroku H19: Backend connection timeout',
    pattern: String.raw`\bcode=H19\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H19 desc="Backend connection timeout" method=GET path="/api/cart" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=5001ms service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.7 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.6 },
    ],
    status: [503],
    explain:
      'The router could not open a socket to the dyno within 5 seconds: the app is overwhelmed and not accepting connections, or its host failed.',
    source: {
      title: 'Heroku Dev Center: Error codes (H19)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h19-backend-connection-timeout',
    },
  },
  {
    id: 'heroku-h20-app-boot-timeout',
    system: 'heroku',
    title: 'Heroku H20: App boot timeout',
    pattern: String.raw`\bcode=H20\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H20 desc="App boot timeout" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-503-COLD-START', weight: 0.9 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain: 'No web dyno reached the up state within 75 seconds while the router held requests for it.',
    source: {
      title: 'Heroku Dev Center: Error codes (H20)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h20-app-boot-timeout',
    },
  },
  {
    id: 'heroku-h21-backend-connection-refused',
    system: 'heroku',
    title: 'Heroku H21: Backend connection refused',
    pattern: String.raw`\bcode=H21\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H21 desc="Backend connection refused" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=0ms service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.8 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.5 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain:
      "The dyno refused the router's connection; Heroku says this usually means the app is overwhelmed and not accepting new connections.",
    source: {
      title: 'Heroku Dev Center: Error codes (H21)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h21-backend-connection-refused',
    },
  },
  {
    id: 'heroku-h17-poorly-formatted-http-response',
    system: 'heroku',
    title: 'Heroku H17: Poorly formatted HTTP response',
    pattern: String.raw`\bcode=H17\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H17 desc="Poorly formatted HTTP response" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=1ms status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.6 },
      { id: 'FM-502-HEADER-TOO-BIG', weight: 0.6 },
    ],
    status: [503],
    explain: 'The router rejected a malformed response from the dyno, for example a status line without a reason phrase.',
    source: {
      title: 'Heroku Dev Center: Error codes (H17)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h17-poorly-formatted-http-response',
    },
  },
  {
    id: 'heroku-h25-http-restriction',
    system: 'heroku',
    title: 'Heroku H25: HTTP Restriction',
    pattern: String.raw`\bcode=H25\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H25 desc="HTTP restriction: oversized cookie" method=GET path="/login" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=3ms status=502 bytes= protocol=https',
    ],
    modes: [{ id: 'FM-502-HEADER-TOO-BIG', weight: 0.9 }],
    status: [502],
    explain:
      'The router blocked a response it judged risky or too large to parse: conflicting Content-Length, an oversized cookie, header or status line.',
    source: {
      title: 'Heroku Dev Center: Error codes (H25)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h25-http-restriction',
    },
  },
  {
    id: 'heroku-h22-connection-limit-reached',
    system: 'heroku',
    title: 'Heroku H22: Connection limit reached',
    pattern: String.raw`\bcode=H22\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H22 desc="Connection limit reached" method=GET path="/api/cart" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service= status=503 bytes= protocol=https',
    ],
    modes: [{ id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.9 }],
    status: [503],
    explain: "The app reached the router's connection limit.",
    source: {
      title: 'Heroku Dev Center: Error codes (H22)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h22-connection-limit-reached',
    },
  },
  {
    id: 'heroku-h23-endpoint-misconfigured',
    system: 'heroku',
    title: 'Heroku H23: Endpoint misconfigured',
    pattern: String.raw`\bcode=H23\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H23 desc="Endpoint misconfigured" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
    ],
    status: [503],
    explain: 'A websocket handshake arrived from an upstream proxy or endpoint that does not support websockets.',
    source: {
      title: 'Heroku Dev Center: Error codes (H23)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h23-endpoint-misconfigured',
    },
  },
  {
    id: 'heroku-h27-client-request-interrupted',
    system: 'heroku',
    title: 'Heroku H27: Client Request Interrupted',
    pattern: String.raw`\bcode=H27\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: sock=client at=warning code=H27 desc="Client Request Interrupted" method=GET path="/api/reports" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect=1ms service=0ms status=499 bytes=0 protocol=https',
    ],
    modes: [{ id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.3 }],
    status: [],
    explain:
      "The visitor's client closed the connection before the response was sent; Heroku says it does not point to an app or platform problem.",
    source: {
      title: 'Heroku Dev Center: Error codes (H27)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h27-client-request-interrupted',
    },
  },
  {
    id: 'heroku-h80-maintenance-mode',
    system: 'heroku',
    title: 'Heroku H80: Maintenance mode',
    pattern: String.raw`\bcode=H80\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=info code=H80 desc="Maintenance mode" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [{ id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.95 }],
    status: [503],
    explain: 'Maintenance mode is on for the app.',
    source: {
      title: 'Heroku Dev Center: Error codes (H80)',
      url: 'https://devcenter.heroku.com/articles/error-codes#h80-maintenance-mode',
    },
  },
  {
    id: 'heroku-h99-platform-error',
    system: 'heroku',
    title: 'Heroku H99: Platform error',
    pattern: String.raw`\bcode=H99\b`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[router]: at=error code=H99 desc="Platform error" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno= connect= service= status=503 bytes= protocol=https',
    ],
    modes: [{ id: 'FM-500-VENDOR-DEFECT', weight: 0.8 }],
    status: [503],
    explain: "An internal error in Heroku's routing platform; check Heroku status and open a support ticket.",
    source: { title: 'Heroku Dev Center: Error codes (H99)', url: 'https://devcenter.heroku.com/articles/error-codes#h99-platform-error' },
  },
  {
    id: 'heroku-r10-boot-timeout',
    system: 'heroku',
    title: 'Heroku R10: Boot timeout (web process failed to bind to $PORT)',
    pattern: String.raw`Error R10 \(Boot timeout\)`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.5 },
      { id: 'FM-503-COLD-START', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The web process did not bind to $PORT within 60 seconds of launch, so Heroku kills and restarts it; it listens on the wrong port or boots too slowly.',
    source: { title: 'Heroku Dev Center: Error codes (R10)', url: 'https://devcenter.heroku.com/articles/error-codes#r10-boot-timeout' },
  },
  {
    id: 'heroku-r12-exit-timeout',
    system: 'heroku',
    title: 'Heroku R12: Exit timeout',
    pattern: String.raw`Error R12 \(Exit timeout\)`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[web.1]: Error R12 (Exit timeout) -> Process failed to exit within 30 seconds of SIGTERM',
    ],
    modes: [{ id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.6 }],
    status: [503],
    explain:
      'A process ignored SIGTERM for 30 seconds during a restart or deploy and was killed, cutting off whatever it was still serving.',
    source: { title: 'Heroku Dev Center: Error codes (R12)', url: 'https://devcenter.heroku.com/articles/error-codes#r12-exit-timeout' },
  },
  {
    id: 'heroku-r14-memory-quota-exceeded',
    system: 'heroku',
    title: 'Heroku R14: Memory quota exceeded',
    pattern: String.raw`Error R14 \(Memory quota exceeded\)`,
    examples: ['2026-11-22T09:14:18.442311+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)'],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.8 },
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.5 },
    ],
    status: [503],
    explain: 'The dyno uses more memory than its quota and is swapping, which makes requests slow (H12 timeouts often follow).',
    source: {
      title: 'Heroku Dev Center: Error codes (R14)',
      url: 'https://devcenter.heroku.com/articles/error-codes#r14-memory-quota-exceeded',
    },
  },
  {
    id: 'heroku-r15-memory-quota-vastly-exceeded',
    system: 'heroku',
    title: 'Heroku R15: Memory quota vastly exceeded',
    pattern: String.raw`Error R15 \(Memory quota vastly exceeded\)`,
    examples: ['2026-11-22T09:14:18.442311+00:00 heroku[web.1]: Error R15 (Memory quota vastly exceeded)'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.95 }],
    status: [503],
    explain: 'The dyno went far over its memory quota and Heroku killed it; requests in flight are lost.',
    source: {
      title: 'Heroku Dev Center: Error codes (R15)',
      url: 'https://devcenter.heroku.com/articles/error-codes#r15-memory-quota-vastly-exceeded',
    },
  },
  {
    id: 'heroku-state-changed-to-crashed',
    system: 'heroku',
    title: 'Heroku dyno: State changed from up to crashed',
    pattern: String.raw`State changed from (?:up|starting) to crashed`,
    examples: [
      '2026-11-22T09:14:18.442311+00:00 heroku[web.1]: State changed from up to crashed',
      '2026-11-22T09:14:18.442311+00:00 heroku[web.1]: State changed from starting to crashed',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.3 },
    ],
    status: [503],
    explain: 'The dyno process exited; while no web dyno is up, the router answers H10 App crashed.',
    source: {
      title: 'Heroku Dev Center: Dynos (dyno crash restart policy)',
      url: 'https://devcenter.heroku.com/articles/dynos#dyno-crash-restart-policy',
    },
  },
];
