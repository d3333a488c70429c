/**
 * Application-server signatures: gunicorn, uWSGI, PHP-FPM (and PHP itself) and Node.js.
 *
 * How to add a signature: paste 1-3 real lines from the server's own log (with its timestamp and pid
 * format) into `examples`, match the fixed wording in `pattern` and let `\d+` / `\S+` absorb pids,
 * pool names and numbers. Map it as docs/vendors/app-servers.mdx does.
 */
import type { ErrorSignature } from '../../lib/signatureTypes';

const gunicornArbiter = {
  title: 'gunicorn source: gunicorn/arbiter.py',
  url: 'https://github.com/benoitc/gunicorn/blob/master/gunicorn/arbiter.py',
};
const uwsgiOptions = { title: 'uWSGI docs: Configuration options', url: 'https://uwsgi-docs.readthedocs.io/en/latest/Options.html' };
const fpmProcessCtl = {
  title: 'php-src: sapi/fpm/fpm/fpm_process_ctl.c',
  url: 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_process_ctl.c',
};
const nodeErrors = { title: 'Node.js docs: Errors (common system errors)', url: 'https://nodejs.org/api/errors.html#common-system-errors' };

export const appServerSignatures: readonly ErrorSignature[] = [
  // ---- gunicorn -----------------------------------------------------------------------------
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
  // ---- uWSGI --------------------------------------------------------------------------------
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
  // ---- PHP-FPM and PHP ------------------------------------------------------------------------
  {
    id: 'php-fpm-max-children-reached',
    system: 'php-fpm',
    title: 'PHP-FPM: server reached pm.max_children setting',
    pattern: String.raw`server reached pm\.max_children setting \(\d+\), consider raising it`,
    examples: ['[22-Nov-2026 09:14:18] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it'],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.9 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.4 },
    ],
    status: [504, 502],
    explain: 'All PHP-FPM children are busy, so new requests queue on the socket until nginx times out.',
    source: fpmProcessCtl,
  },
  {
    id: 'php-fpm-seems-busy',
    system: 'php-fpm',
    title: 'PHP-FPM: seems busy (you may need to increase pm.start_servers ...)',
    pattern: String.raw`seems busy \(you may need to increase pm\.start_servers, or pm\.min/max_spare_servers\)`,
    examples: [
      '[22-Nov-2026 09:14:18] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 12 total children',
    ],
    modes: [
      { id: 'FM-504-WORKER-STARVATION', weight: 0.6 },
      { id: 'FM-503-OVERLOAD-SHEDDING', weight: 0.4 },
      { id: 'FM-503-COLD-START', weight: 0.3 },
    ],
    status: [504],
    explain: 'The dynamic pool has no idle children and is spawning more; a warning that max_children is about to be reached.',
    source: fpmProcessCtl,
  },
  {
    id: 'php-fpm-execution-timed-out',
    system: 'php-fpm',
    title: 'PHP-FPM: execution timed out, terminating',
    pattern: String.raw`execution timed out \([\d.]+ sec\), terminating`,
    examples: [
      '[22-Nov-2026 09:14:18] WARNING: [pool www] child 1234, script \'/var/www/html/index.php\' (request: "GET /index.php") execution timed out (30.012345 sec), terminating',
      '[22-Nov-2026 09:14:18] WARNING: [pool www] child 2211, script \'/var/www/html/report.php\' (request: "POST /report.php?year=2026") execution timed out (15.028107 sec), terminating',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.95 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.3 },
    ],
    status: [502],
    explain: '`request_terminate_timeout` killed the child mid-request; nginx sees the FastCGI connection close and answers 502.',
    source: { title: 'php-src: sapi/fpm/fpm/fpm_request.c', url: 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_request.c' },
  },
  {
    id: 'php-fpm-child-exited-on-signal',
    system: 'php-fpm',
    title: 'PHP-FPM: child exited on signal',
    pattern: String.raw`child \d+ exited on signal \d+ \(SIG[A-Z]+`,
    examples: [
      '[22-Nov-2026 09:14:18] WARNING: [pool www] child 1234 exited on signal 9 (SIGKILL) after 30.101452 seconds from start',
      '[22-Nov-2026 09:14:18] WARNING: [pool www] child 4321 exited on signal 11 (SIGSEGV - core dumped) after 2.012000 seconds from start',
    ],
    modes: [
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.5 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.4 },
      { id: 'FM-500-VENDOR-DEFECT', weight: 0.3 },
    ],
    status: [502],
    explain: 'A child died from a signal: SIGKILL after a terminate timeout or the OOM killer, SIGSEGV from a crashing extension.',
    source: {
      title: 'php-src: sapi/fpm/fpm/fpm_children.c',
      url: 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_children.c',
    },
  },
  {
    id: 'php-fpm-primary-script-unknown',
    system: 'php-fpm',
    title: 'nginx + PHP-FPM: FastCGI sent in stderr: "Primary script unknown"',
    pattern: String.raw`FastCGI sent in stderr: "Primary script unknown"`,
    examples: [
      '2026/11/22 09:14:18 [error] 31#31: *48213 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 10.0.1.5, server: blog.example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "blog.example.com"',
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.7 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
    ],
    status: [],
    explain:
      'PHP-FPM could not find the script nginx asked for (SCRIPT_FILENAME or root points to the wrong path, or the files are missing); the visitor gets "File not found." with 404.',
    source: {
      title: 'nginx docs: ngx_http_fastcgi_module (fastcgi_param SCRIPT_FILENAME)',
      url: 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html',
    },
  },
  {
    id: 'php-fpm-unable-to-bind',
    system: 'php-fpm',
    title: 'PHP-FPM: unable to bind listening socket (Address already in use)',
    pattern: String.raw`unable to bind listening socket for address '[^']+': Address already in use`,
    examples: ["[22-Nov-2026 09:14:18] ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)"],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.7 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [502],
    explain:
      'PHP-FPM cannot start because another process already listens on its address; nginx then gets connection refused or reaches the wrong process.',
    source: { title: 'php-src: sapi/fpm/fpm/fpm_sockets.c', url: 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_sockets.c' },
  },
  {
    id: 'php-allowed-memory-size-exhausted',
    system: 'php-fpm',
    title: 'PHP Fatal error: Allowed memory size of ... bytes exhausted',
    pattern: String.raw`Allowed memory size of \d+ bytes exhausted`,
    examples: [
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/app/Export.php on line 42',
      '[22-Nov-2026 09:14:18 UTC] PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 4096 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Collections/Arr.php on line 599',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.8 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.3 },
    ],
    status: [500],
    explain: "The script hit PHP's memory_limit, usually by loading a whole result set or file into memory, and died with a fatal error.",
    source: { title: 'PHP manual: memory_limit', url: 'https://www.php.net/manual/en/ini.core.php#ini.memory-limit' },
  },
  {
    id: 'php-maximum-execution-time-exceeded',
    system: 'php-fpm',
    title: 'PHP Fatal error: Maximum execution time of ... seconds exceeded',
    pattern: String.raw`Maximum execution time of \d+ seconds? exceeded`,
    examples: [
      'PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/report.php on line 88',
      '[22-Nov-2026 09:14:18 UTC] PHP Fatal error:  Maximum execution time of 60 seconds exceeded in /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php on line 44',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.4 },
      { id: 'FM-504-LONG-SYNC-WORK', weight: 0.4 },
    ],
    status: [500],
    explain: "PHP's own max_execution_time stopped the script, so the request ends as a 500 rather than a gateway 504.",
    source: { title: 'PHP manual: max_execution_time', url: 'https://www.php.net/manual/en/info.configuration.php#ini.max-execution-time' },
  },
  {
    id: 'php-call-to-member-function-on-null',
    system: 'php-fpm',
    title: 'PHP Fatal error: Uncaught Error: Call to a member function ... on null',
    pattern: String.raw`Call to a member function \w+\(\) on null`,
    examples: [
      'PHP Fatal error:  Uncaught Error: Call to a member function getLocale() on null in /var/www/html/src/Controller/ProfileController.php:57',
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
    ],
    status: [500],
    explain: 'Code called a method on a value that is null, typically a record or relation that older data does not have.',
    source: { title: 'PHP manual: Errors in PHP 7+ (Error class)', url: 'https://www.php.net/manual/en/language.errors.php7.php' },
  },
  // ---- Node.js ------------------------------------------------------------------------------
  {
    id: 'nodejs-econnreset',
    system: 'nodejs',
    title: 'Node.js: read ECONNRESET',
    pattern: String.raw`\bread ECONNRESET\b|\bcode: 'ECONNRESET'`,
    examples: [
      'Error: read ECONNRESET',
      "  errno: -104, code: 'ECONNRESET', syscall: 'read'",
      'FetchError: request to http://inventory:8080/items failed, reason: read ECONNRESET',
    ],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.3 },
    ],
    status: [500, 502],
    explain:
      'The other side reset a connection our process was using, very often a pooled keep-alive connection the server had just closed.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-socket-hang-up',
    system: 'nodejs',
    title: 'Node.js: Error: socket hang up',
    pattern: String.raw`\bsocket hang up\b`,
    examples: ['Error: socket hang up', 'FetchError: request to http://inventory:8080/items failed, reason: socket hang up'],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-502-RESET-BEFORE-HEADERS', weight: 0.3 },
    ],
    status: [500, 502],
    explain:
      'The connection closed before a response arrived (code ECONNRESET): the server closed an idle keep-alive socket or died mid-request.',
    source: { title: 'Node.js docs: HTTP (http.ClientRequest)', url: 'https://nodejs.org/api/http.html#class-httpclientrequest' },
  },
  {
    id: 'nodejs-undici-other-side-closed',
    system: 'nodejs',
    title: 'Node.js fetch (undici): SocketError: other side closed',
    pattern: String.raw`SocketError: other side closed|\bUND_ERR_SOCKET\b`,
    examples: ['TypeError: fetch failed  [cause]: SocketError: other side closed', "  code: 'UND_ERR_SOCKET',"],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500, 502],
    explain: "Node's built-in fetch found the server had closed the connection, typically a reused keep-alive socket.",
    source: { title: 'undici docs: Errors', url: 'https://undici.nodejs.org/#/docs/api/Errors' },
  },
  {
    id: 'nodejs-econnrefused',
    system: 'nodejs',
    title: 'Node.js: connect ECONNREFUSED',
    pattern: String.raw`connect ECONNREFUSED \S+`,
    examples: ['Error: connect ECONNREFUSED 127.0.0.1:5432', '[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.4.20:6379'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.5 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.3 },
    ],
    status: [500, 502],
    explain: 'Our process could not connect to a dependency (database, cache, API): nothing listens at that address and port.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-etimedout',
    system: 'nodejs',
    title: 'Node.js: connect ETIMEDOUT',
    pattern: String.raw`connect ETIMEDOUT \S+|\bcode: 'ETIMEDOUT'`,
    examples: ['Error: connect ETIMEDOUT 10.0.4.12:443', "  errno: -110, code: 'ETIMEDOUT', syscall: 'connect'"],
    modes: [
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.6 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500, 504],
    explain: 'A TCP connection to a dependency never completed: packets dropped by a firewall or security group, or the host is down.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-getaddrinfo-enotfound',
    system: 'nodejs',
    title: 'Node.js: getaddrinfo ENOTFOUND / EAI_AGAIN',
    pattern: String.raw`getaddrinfo (?:ENOTFOUND|EAI_AGAIN) \S+`,
    examples: ['Error: getaddrinfo ENOTFOUND inventory.shop.svc.cluster.local', 'Error: getaddrinfo EAI_AGAIN api.partner.example'],
    modes: [
      { id: 'FM-502-UPSTREAM-DNS', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [500, 502],
    explain: 'The hostname of a dependency did not resolve (ENOTFOUND) or DNS failed temporarily (EAI_AGAIN).',
    source: nodeErrors,
  },
  {
    id: 'nodejs-eaddrinuse',
    system: 'nodejs',
    title: 'Node.js: listen EADDRINUSE: address already in use',
    pattern: String.raw`listen EADDRINUSE: address already in use`,
    examples: ['Error: listen EADDRINUSE: address already in use :::3000', 'Error: listen EADDRINUSE: address already in use 0.0.0.0:8080'],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.8 },
      { id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.2 },
    ],
    status: [502, 503],
    explain:
      'The server cannot bind its port because another process (often the previous instance) still holds it, so it exits at start-up.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-emfile',
    system: 'nodejs',
    title: 'Node.js: EMFILE: too many open files',
    pattern: String.raw`EMFILE: too many open files|\b(?:accept|connect|open) EMFILE\b`,
    examples: ["Error: EMFILE: too many open files, open '/app/templates/email.html'", 'Error: accept EMFILE'],
    modes: [{ id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain:
      'The process reached its file-descriptor limit (often leaked sockets or unclosed files), so new connections and file opens fail.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-epipe',
    system: 'nodejs',
    title: 'Node.js: write EPIPE',
    pattern: String.raw`\bwrite EPIPE\b`,
    examples: ['Error: write EPIPE'],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500],
    explain: 'Our process wrote to a socket the other side had already closed.',
    source: nodeErrors,
  },
  {
    id: 'nodejs-heap-out-of-memory',
    system: 'nodejs',
    title: 'Node.js: FATAL ERROR ... JavaScript heap out of memory',
    pattern: String.raw`JavaScript heap out of memory`,
    examples: [
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.4 },
    ],
    status: [502],
    explain: 'V8 could not grow the heap past --max-old-space-size and the process aborted, after a period of heavy garbage collection.',
    source: {
      title: 'Node.js docs: Command-line options (--max-old-space-size)',
      url: 'https://nodejs.org/api/cli.html#--max-old-space-sizesize-in-mib',
    },
  },
  {
    id: 'nodejs-err-http-headers-sent',
    system: 'nodejs',
    title: 'Node.js: ERR_HTTP_HEADERS_SENT (Cannot set headers after they are sent)',
    pattern: String.raw`ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent to the client`,
    examples: ['Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client'],
    modes: [{ id: 'FM-500-ERROR-HANDLER-THROWS', weight: 0.9 }],
    status: [500],
    explain: 'Code tried to send a second response (often an error handler after a partial response), which hides the first error.',
    source: { title: 'Node.js docs: Errors (ERR_HTTP_HEADERS_SENT)', url: 'https://nodejs.org/api/errors.html#err_http_headers_sent' },
  },
  {
    id: 'nodejs-unhandled-rejection',
    system: 'nodejs',
    title: 'Node.js: unhandled promise rejection (ERR_UNHANDLED_REJECTION)',
    pattern: String.raw`UnhandledPromiseRejection|ERR_UNHANDLED_REJECTION|This error originated either by throwing inside of an async function without a catch block`,
    examples: [
      '[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "Connection terminated unexpectedly".] {',
      "  code: 'ERR_UNHANDLED_REJECTION'",
      '(node:1) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 10.0.4.20:6379',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.7 },
      { id: 'FM-500-ERROR-HANDLER-THROWS', weight: 0.5 },
    ],
    status: [502, 503],
    explain:
      'A rejected promise had no handler; since Node.js 15 this crashes the process, so the proxy sees 502s and then 503s while it restarts.',
    source: {
      title: 'Node.js docs: Command-line options (--unhandled-rejections)',
      url: 'https://nodejs.org/api/cli.html#--unhandled-rejectionsmode',
    },
  },
  {
    id: 'nodejs-tls-certificate-error',
    system: 'nodejs',
    title: 'Node.js: TLS certificate errors (CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE ...)',
    pattern: String.raw`\b(?:CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)\b`,
    examples: [
      "  code: 'CERT_HAS_EXPIRED'",
      "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: api.internal. is not in the cert's altnames: DNS:*.example.com",
    ],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.8 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500, 502],
    explain:
      "A dependency's certificate failed verification (expired, self-signed, unknown issuer or wrong hostname) when our process called it.",
    source: {
      title: 'Node.js docs: TLS (X509 certificate error codes)',
      url: 'https://nodejs.org/api/tls.html#x509-certificate-error-codes',
    },
  },
  {
    id: 'nodejs-tls-socket-disconnected',
    system: 'nodejs',
    title: 'Node.js: Client network socket disconnected before secure TLS connection was established',
    pattern: String.raw`Client network socket disconnected before secure TLS connection was established`,
    examples: ['Error: Client network socket disconnected before secure TLS connection was established'],
    modes: [
      { id: 'FM-502-UPSTREAM-TLS', weight: 0.6 },
      { id: 'FM-502-PROTOCOL-MISMATCH', weight: 0.4 },
      { id: 'FM-504-NETWORK-BLACKHOLE', weight: 0.3 },
    ],
    status: [500, 502],
    explain:
      'The server closed the connection during the TLS handshake: wrong port or protocol, SNI or proxy trouble, or a middlebox cutting it.',
    source: { title: 'Node.js docs: TLS', url: 'https://nodejs.org/api/tls.html' },
  },
  {
    id: 'js-typeerror-null-property',
    system: 'nodejs',
    title: "JavaScript: TypeError: Cannot read properties of null/undefined (reading 'x')",
    pattern: String.raw`TypeError: Cannot read propert(?:ies of (?:null|undefined) \(reading '[^']*'\)|y '[^']*' of (?:null|undefined))`,
    examples: [
      "TypeError: Cannot read properties of null (reading 'locale')",
      "TypeError: Cannot read properties of undefined (reading 'id')",
      "TypeError: Cannot read property 'email' of undefined",
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.8 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.6 },
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.3 },
    ],
    status: [500],
    explain: 'Code read a property of a value that is null or undefined: a record, field or response that lacks what the new code expects.',
    source: {
      title: 'MDN: TypeError: "x" is (not) "y"',
      url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/Unexpected_type',
    },
  },
  {
    id: 'js-syntaxerror-invalid-json',
    system: 'nodejs',
    title: 'JavaScript: SyntaxError parsing JSON (Unexpected token, is not valid JSON)',
    pattern: String.raw`SyntaxError: Unexpected token .*(?:in JSON at position \d+|is not valid JSON)|SyntaxError: Unexpected end of JSON input`,
    examples: [
      'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON',
      'SyntaxError: Unexpected token < in JSON at position 0',
      'SyntaxError: Unexpected end of JSON input',
    ],
    modes: [
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.9 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
    ],
    status: [500],
    explain: 'A response we parsed as JSON was HTML (often a proxy error page), empty or truncated.',
    source: {
      title: 'MDN: SyntaxError: JSON.parse: bad parsing',
      url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Errors/JSON_bad_parse',
    },
  },
  {
    id: 'nodejs-knex-pool-timeout',
    system: 'nodejs',
    title: 'Knex: Timeout acquiring a connection. The pool is probably full.',
    pattern: String.raw`Knex: Timeout acquiring a connection\. The pool is probably full`,
    examples: [
      'KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.9 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'Every connection in the Knex pool was busy for longer than acquireConnectionTimeout.',
    source: { title: 'Knex docs: Pool (acquireConnectionTimeout)', url: 'https://knexjs.org/guide/#acquireconnectiontimeout' },
  },
  {
    id: 'nodejs-prisma-pool-timeout',
    system: 'nodejs',
    title: 'Prisma P2024: Timed out fetching a new connection from the connection pool',
    pattern: String.raw`Timed out fetching a new connection from the connection pool`,
    examples: [
      'Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain: "Prisma's query engine could not get a pooled connection within pool_timeout because all connections were in use.",
    source: { title: 'Prisma docs: Error reference (P2024)', url: 'https://www.prisma.io/docs/orm/reference/error-reference#p2024' },
  },
];
