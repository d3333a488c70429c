/**
 * Gunicorn error signatures: text that Gunicorn prints, each with the failure modes it points to.
 * This file holds one system (`system: 'gunicorn'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'gunicorn', name: 'Gunicorn', hop: 'app-server' };

const gunicornArbiter = {
  title: 'gunicorn source: gunicorn/arbiter.py',
  url: 'https://github.com/benoitc/gunicorn/blob/master/gunicorn/arbiter.py',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'gunicorn-worker-timeout',
    system: 'gunicorn',
    title: 'gunicorn: [CRITICAL] WORKER TIMEOUT',
    pattern: String.raw`\[CRITICAL\] WORKER TIMEOUT \(pid:\s?\d+\)`,
    examples: [
      '[2026-11-22 09:14:18 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:12345)',
      '[2026-11-22 09:14:48 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:68)',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.95 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [502],
    explain:
      'The gunicorn arbiter killed a worker that was silent longer than `timeout` (30 s by default); the request it was serving dies and the proxy answers 502.',
    source: gunicornArbiter,
  },
  {
    id: 'gunicorn-worker-sigkill-oom',
    system: 'gunicorn',
    title: 'gunicorn: Worker was sent SIGKILL! Perhaps out of memory?',
    pattern: String.raw`Worker \(pid:\d+\) was sent SIGKILL! Perhaps out of memory\?`,
    examples: [
      '[2026-11-22 09:14:19 +0000] [7] [ERROR] Worker (pid:12345) was sent SIGKILL! Perhaps out of memory?',
      '2026-11-22T09:14:19.018254745Z [2026-11-22 09:14:19 +0000] [105] [ERROR] Worker (pid:106) was sent SIGKILL! Perhaps out of memory?',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.7 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.5 },
    ],
    status: [502],
    explain:
      'A worker died from SIGKILL: usually the kernel OOM killer, but recent gunicorn versions also print this after a WORKER TIMEOUT kill, so check for one just before it.',
    source: gunicornArbiter,
  },
  {
    id: 'gunicorn-booting-worker',
    system: 'gunicorn',
    title: 'gunicorn: Booting worker with pid (a worker was replaced)',
    pattern: String.raw`\[INFO\] Booting worker with pid: \d+`,
    examples: ['[2026-11-22 09:14:19 +0000] [7] [INFO] Booting worker with pid: 12402'],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.3 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.2 },
    ],
    status: [502],
    explain:
      'Normal at start-up; in the middle of the day it means a worker was just replaced, so look for WORKER TIMEOUT or SIGKILL lines right before it.',
    source: gunicornArbiter,
  },
  {
    id: 'gunicorn-worker-failed-to-boot',
    system: 'gunicorn',
    title: 'gunicorn: Worker failed to boot',
    pattern: String.raw`Worker failed to boot`,
    examples: [
      '[2026-11-22 09:14:18 +0000] [1] [INFO] Reason: Worker failed to boot.',
      "gunicorn.errors.HaltServer: <HaltServer 'Worker failed to boot.' 3>",
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
    ],
    status: [502, 503],
    explain:
      'A worker crashed while importing the application (missing setting, import error, failed connection at start-up) and gunicorn shut down.',
    source: gunicornArbiter,
  },
  {
    id: 'gunicorn-connection-in-use',
    system: 'gunicorn',
    title: 'gunicorn: Connection in use (address already bound)',
    pattern: String.raw`\[ERROR\] Connection in use: `,
    examples: ["[2026-11-22 09:14:18 +0000] [1] [ERROR] Connection in use: ('0.0.0.0', 8000)"],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.6 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.3 },
    ],
    status: [502],
    explain:
      'Another process (often the previous instance that has not exited) still holds the port, so the new gunicorn cannot bind and retries.',
    source: { title: 'gunicorn source: gunicorn/sock.py', url: 'https://github.com/benoitc/gunicorn/blob/master/gunicorn/sock.py' },
  },
  {
    id: 'gunicorn-error-handling-request',
    system: 'gunicorn',
    title: 'gunicorn: [ERROR] Error handling request',
    pattern: String.raw`\[ERROR\] Error handling request`,
    examples: ['[2026-11-22 09:14:18 +0000] [12] [ERROR] Error handling request /api/orders/42'],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-ERROR-HANDLER-THROWS', weight: 0.4 },
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.3 },
    ],
    status: [500],
    explain: 'An exception escaped the WSGI application and gunicorn answered 500 itself; the traceback that follows names the cause.',
    source: {
      title: 'gunicorn source: gunicorn/workers/base.py (handle_error)',
      url: 'https://github.com/benoitc/gunicorn/blob/master/gunicorn/workers/base.py',
    },
  },
];
