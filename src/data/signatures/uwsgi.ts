/**
 * uWSGI error signatures: text that uWSGI prints, each with the failure modes it points to.
 * This file holds one system (`system: 'uwsgi'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'uwsgi', name: 'uWSGI', hop: 'app-server' };

const uwsgiOptions = { title: 'uWSGI docs: Configuration options', url: 'https://uwsgi-docs.readthedocs.io/en/latest/Options.html' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'uwsgi-harakiri',
    system: 'uwsgi',
    title: 'uWSGI: *** HARAKIRI ON WORKER ***',
    pattern: String.raw`HARAKIRI ON WORKER \d+ \(pid: \d+`,
    examples: [
      'Sun Nov 22 09:14:18 2026 - *** HARAKIRI ON WORKER 3 (pid: 4242, try: 1) ***',
      'Sun Nov 22 09:14:18 2026 - *** HARAKIRI ON WORKER 1 (pid: 3121, try: 1, graceful: yes) ***',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.95 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
    ],
    status: [502],
    explain: 'The `harakiri` timeout killed a worker stuck on one request for too long; the proxy sees the connection drop.',
    source: uwsgiOptions,
  },
  {
    id: 'uwsgi-listen-queue-full',
    system: 'uwsgi',
    title: 'uWSGI: listen queue of socket ... full !!!',
    pattern: String.raw`uWSGI listen queue of socket .+ full !!!`,
    examples: [
      'Sun Nov 22 09:14:18 2026 - *** uWSGI listen queue of socket ":6000" (fd: 6) full !!! (1024/1024) ***',
      'Sun Nov 22 09:14:19 2026 - *** uWSGI listen queue of socket "/run/uwsgi/app.sock" (fd: 3) full !!! (100/100) ***',
    ],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.8 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.6 },
    ],
    status: [502, 504],
    explain:
      'Every worker is busy and the socket backlog (`listen`) is full, so new connections are refused or wait until the proxy gives up.',
    source: uwsgiOptions,
  },
  {
    id: 'uwsgi-worker-died-signal',
    system: 'uwsgi',
    title: 'uWSGI: DAMN ! worker died, killed by signal',
    pattern: String.raw`DAMN ! worker \d+ \(pid: \d+\) died, killed by signal \d+`,
    examples: [
      'DAMN ! worker 2 (pid: 4243) died, killed by signal 9 :( trying respawn ...',
      'DAMN ! worker 1 (pid: 3120) died, killed by signal 11 :( trying respawn ...',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.6 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.5 },
      { id: 'FM-500-VENDOR-DEFECT', weight: 0.3 },
    ],
    status: [502],
    explain: 'A worker was killed by a signal: 9 is usually the OOM killer, 11 a segfault in a C extension; requests on it are lost.',
    source: { title: 'uWSGI source repository', url: 'https://github.com/unbit/uwsgi' },
  },
  {
    id: 'uwsgi-no-python-application-found',
    system: 'uwsgi',
    title: 'uWSGI: no python application found',
    pattern: String.raw`no python application found, check your startup logs for errors`,
    examples: ['--- no python application found, check your startup logs for errors ---'],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.6 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.6 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
    ],
    status: [500],
    explain:
      'uWSGI is running but the WSGI app failed to import, so every request gets "Internal Server Error"; the real error is earlier in the startup log.',
    source: { title: 'uWSGI source repository', url: 'https://github.com/unbit/uwsgi' },
  },
  {
    id: 'uwsgi-client-gone-broken-pipe',
    system: 'uwsgi',
    title: 'uWSGI: writev Broken pipe / SIGPIPE: writing to a closed pipe/socket/fd',
    pattern: String.raw`uwsgi_response_\w+\(\): Broken pipe|SIGPIPE: writing to a closed pipe/socket/fd`,
    examples: [
      'Sun Nov 22 09:14:18 2026 - uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET /api/reports (10.0.1.5)',
      'Sun Nov 22 09:14:18 2026 - SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request /api/reports (ip 10.0.1.5) !!!',
    ],
    modes: [
      { id: 'FM-504-TIMEOUT-BUDGETS', weight: 0.5 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.3 },
    ],
    status: [],
    explain: 'uWSGI finished the request after the caller (usually nginx, after its read timeout) had already closed the connection.',
    source: { title: 'uWSGI source repository', url: 'https://github.com/unbit/uwsgi' },
  },
];
