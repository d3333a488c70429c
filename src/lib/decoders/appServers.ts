/**
 * App servers and runtimes: gunicorn, uWSGI, PHP-FPM, Puma, Node.js error codes, Go net/http, the
 * JVM. Each rule names the system that prints the message and the hop it speaks for: an app
 * server's worker being killed is the app server; `ECONNREFUSED` to a database is the dependency.
 * Sources beside each group.
 */
import { applyRules, type PhraseRule } from './common';
import type { Decoded, DecodedField } from './types';

interface AppRule extends PhraseRule {
  system: string;
  hop: Decoded['hop'];
}

export const appServerRules: readonly AppRule[] = [
  // gunicorn: https://github.com/benoitc/gunicorn/blob/master/gunicorn/arbiter.py
  {
    system: 'gunicorn',
    hop: 'app-server',
    re: /WORKER TIMEOUT \(pid:\s*\d+\)/,
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.95],
      ['FM-504-LONG-SYNC-WORK', 0.6],
    ],
    why: 'gunicorn killed a worker that did not answer within --timeout; its request got no response',
    status: 502,
  },
  {
    system: 'gunicorn',
    hop: 'app-server',
    re: /Worker \(pid:\s*\d+\) was sent (SIGKILL|code 134)|Perhaps out of memory/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.85],
      ['FM-502-WORKER-TIMEOUT-KILL', 0.6],
    ],
    why: 'a gunicorn worker was killed (often the kernel OOM killer)',
    status: 502,
  },
  {
    system: 'gunicorn',
    hop: 'app-server',
    re: /Worker failed to boot|Reason: Worker failed to boot|Shutting down: Master/i,
    modes: [
      ['FM-500-CRASH-LOOP', 0.85],
      ['FM-500-CONFIG-DRIFT', 0.5],
    ],
    why: 'gunicorn workers cannot start',
    status: 502,
  },
  {
    system: 'gunicorn',
    hop: 'app-server',
    re: /Error handling request/i,
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.6],
      ['FM-500-ERROR-HANDLER-THROWS', 0.5],
    ],
    why: 'gunicorn caught an exception while handling a request',
    status: 500,
  },
  {
    system: 'gunicorn',
    hop: 'app-server',
    re: /Socket error processing request/i,
    modes: [
      ['FM-502-RESET-BEFORE-HEADERS', 0.75],
      ['FM-502-KEEPALIVE-RACE', 0.6],
      ['FM-502-WORKER-TIMEOUT-KILL', 0.5],
    ],
    why: 'a gunicorn worker hit a socket error mid-request; the proxy in front sees the connection drop',
    status: 502,
  },
  // uWSGI: https://github.com/unbit/uwsgi/blob/master/core/master_utils.c and core/socket.c
  {
    system: 'uwsgi',
    hop: 'app-server',
    re: /HARAKIRI ON WORKER \d+|HARAKIRI \[core \d+\]|HARAKIRI: --- uWSGI worker|harakiri/i,
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.95],
      ['FM-504-LONG-SYNC-WORK', 0.6],
    ],
    why: 'uWSGI harakiri killed a worker stuck on one request longer than the harakiri timeout',
    status: 502,
  },
  {
    system: 'uwsgi',
    hop: 'app-server',
    re: /listen queue of socket .* full/i,
    modes: [
      ['FM-504-WORKER-STARVATION', 0.9],
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
    ],
    why: "uWSGI's listen queue is full: every worker is busy",
    status: 502,
  },
  {
    system: 'uwsgi',
    hop: 'app-server',
    re: /DAMN ! worker \d+ \(pid: \d+\) died, killed by signal 9/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.8],
      ['FM-502-WORKER-TIMEOUT-KILL', 0.6],
    ],
    why: 'a uWSGI worker was killed by signal 9 (OOM killer or harakiri)',
    status: 502,
  },
  {
    system: 'uwsgi',
    hop: 'app-server',
    re: /DAMN ! worker \d+ \(pid: \d+\) died|no python application found|unable to load app/i,
    modes: [
      ['FM-500-CRASH-LOOP', 0.8],
      ['FM-500-DEPLOY-REGRESSION', 0.5],
    ],
    why: 'uWSGI workers die or the app does not load',
    status: 502,
  },
  {
    system: 'uwsgi',
    hop: 'client',
    re: /uwsgi_response_write\w*\(\): Broken pipe|SIGPIPE: writing to a closed pipe/i,
    modes: [
      ['FM-504-TIMEOUT-BUDGETS', 0.5],
      ['FM-504-LONG-SYNC-WORK', 0.4],
    ],
    why: 'the client or proxy in front closed the connection before uWSGI answered (it gave up first)',
  },
  // PHP-FPM: https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_request.c and fpm_children.c
  {
    system: 'php-fpm',
    hop: 'app-server',
    re: /execution timed out \([\d.]+ sec\), terminating/i,
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.95],
      ['FM-504-LONG-SYNC-WORK', 0.6],
    ],
    why: 'PHP-FPM killed a child that ran past request_terminate_timeout',
    status: 502,
  },
  {
    system: 'php-fpm',
    hop: 'app-server',
    re: /executing too slow \([\d.]+ sec\), logging/i,
    modes: [
      ['FM-504-LONG-SYNC-WORK', 0.85],
      ['FM-504-SLOW-DEPENDENCY', 0.75],
      ['FM-504-LOCK-CONTENTION', 0.4],
    ],
    why: 'a PHP script ran past request_slowlog_timeout (PHP-FPM logged its stack to the slow log)',
    status: 504,
  },
  {
    system: 'php-fpm',
    hop: 'app-server',
    re: /server reached (pm\.)?max_children setting/i,
    modes: [
      ['FM-504-WORKER-STARVATION', 0.9],
      ['FM-503-OVERLOAD-SHEDDING', 0.5],
    ],
    why: 'every PHP-FPM child is busy (pm.max_children)',
    status: 502,
  },
  {
    system: 'php-fpm',
    hop: 'app-server',
    re: /The maximum number of processes has been reached/i,
    modes: [
      ['FM-504-WORKER-STARVATION', 0.85],
      ['FM-503-OVERLOAD-SHEDDING', 0.5],
    ],
    why: 'PHP-FPM reached process.max: no child is free for new requests',
    status: 502,
  },
  {
    system: 'php-fpm',
    hop: 'app-server',
    re: /child \d+ exited on signal (9|11)/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.7],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    why: 'a PHP-FPM child was killed or crashed',
    status: 502,
  },
  {
    system: 'php-fpm',
    hop: 'application',
    re: /Allowed memory size of \d+ bytes exhausted/i,
    modes: [['FM-500-RESOURCE-EXHAUSTION', 0.9]],
    why: 'the PHP script hit memory_limit',
    status: 500,
  },
  {
    system: 'php-fpm',
    hop: 'application',
    re: /Maximum execution time of \d+ seconds? exceeded/i,
    modes: [
      ['FM-500-INTERNAL-TIMEOUT', 0.8],
      ['FM-504-LONG-SYNC-WORK', 0.7],
    ],
    why: 'the PHP script hit max_execution_time',
    status: 500,
  },
  // Puma: https://github.com/puma/puma/blob/master/lib/puma/cluster.rb and lib/puma/server.rb
  {
    system: 'puma',
    hop: 'app-server',
    re: /Terminating timed out worker/i,
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.9],
      ['FM-504-LONG-SYNC-WORK', 0.6],
    ],
    why: 'Puma killed a worker that stopped checking in (worker_timeout)',
    status: 502,
  },
  {
    system: 'puma',
    hop: 'application',
    re: /Rack app error handling request|Puma caught this error/i,
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.7],
      ['FM-500-ERROR-HANDLER-THROWS', 0.6],
      ['FM-500-LEGACY-DATA-SHAPE', 0.5],
    ],
    why: 'the Rack app raised while handling the request; Puma answered 500',
    status: 500,
  },
  {
    system: 'puma',
    hop: 'app-server',
    re: /Puma::HttpParserError|HTTP parse error, malformed request/i,
    modes: [['FM-500-MALFORMED-PAYLOAD', 0.7]],
    why: 'Puma could not parse the request',
    status: 400,
  },
  {
    // The pool lives in the application's process: the application wrote this line, about its own
    // pool (the database behind it may or may not be slow; the runbook's conditions tell which).
    system: 'ruby',
    hop: 'application',
    re: /could not obtain a (database )?connection|ConnectionTimeoutError/i,
    modes: [['FM-500-DB-POOL-EXHAUSTION', 0.95]],
    why: 'every connection of the pool is taken',
    status: 500,
  },
  // Node.js: https://nodejs.org/api/errors.html#common-system-errors
  {
    system: 'nodejs',
    hop: 'dependency',
    re: /\bECONNREFUSED\b/,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.8],
      ['FM-503-DEPENDENCY-DEGRADED', 0.6],
      ['FM-500-DEPENDENCY-LATE-TRANSLATION', 0.5],
    ],
    why: 'ECONNREFUSED: nothing listens at the address the process called',
    status: 502,
  },
  {
    system: 'nodejs',
    hop: 'dependency',
    re: /\bECONNRESET\b|socket hang up/i,
    modes: [
      ['FM-502-KEEPALIVE-RACE', 0.85],
      ['FM-502-RESET-BEFORE-HEADERS', 0.7],
    ],
    why: 'ECONNRESET / socket hang up: the peer closed or reset the connection (often a reused keepalive socket)',
    status: 502,
  },
  {
    system: 'nodejs',
    hop: 'dependency',
    re: /\bETIMEDOUT\b|\bUND_ERR_CONNECT_TIMEOUT\b|\bESOCKETTIMEDOUT\b/,
    modes: [
      ['FM-504-CONNECT-VS-READ', 0.75],
      ['FM-504-NETWORK-BLACKHOLE', 0.7],
      ['FM-504-SLOW-DEPENDENCY', 0.7],
    ],
    why: 'the connection or the read timed out',
    status: 504,
  },
  {
    system: 'nodejs',
    hop: 'dependency',
    re: /\bUND_ERR_HEADERS_TIMEOUT\b|\bUND_ERR_BODY_TIMEOUT\b/,
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.85],
      ['FM-504-TIMEOUT-BUDGETS', 0.7],
    ],
    why: 'undici gave up waiting for the response',
    status: 504,
  },
  {
    system: 'nodejs',
    hop: 'dependency',
    re: /\b(ENOTFOUND|EAI_AGAIN)\b/,
    modes: [['FM-502-UPSTREAM-DNS', 0.9]],
    why: 'the name did not resolve',
    status: 502,
  },
  {
    system: 'nodejs',
    hop: 'application',
    re: /\bEMFILE\b|too many open files/i,
    modes: [['FM-500-RESOURCE-EXHAUSTION', 0.9]],
    why: 'the process ran out of file descriptors',
    status: 500,
  },
  {
    system: 'nodejs',
    hop: 'application',
    re: /JavaScript heap out of memory|Reached heap limit/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.9],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    why: 'the V8 heap is full and the process dies',
    status: 502,
  },
  {
    system: 'nodejs',
    hop: 'application',
    re: /ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent/i,
    modes: [['FM-500-ERROR-HANDLER-THROWS', 0.8]],
    why: 'the error handler tried to answer twice',
    status: 500,
  },
  {
    system: 'nodejs',
    hop: 'application',
    re: /\b(DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID|SELF_SIGNED_CERT_IN_CHAIN)\b/,
    modes: [['FM-502-UPSTREAM-TLS', 0.9]],
    why: 'the TLS certificate of the called service did not verify',
    status: 502,
  },
  {
    system: 'nodejs',
    hop: 'application',
    re: /UnhandledPromiseRejection|uncaughtException|TypeError: Cannot read propert/i,
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.6],
      ['FM-500-LEGACY-DATA-SHAPE', 0.6],
    ],
    why: 'an uncaught error in the application code',
    status: 500,
  },
  // Go net/http: https://github.com/golang/go/blob/master/src/net/http/httputil/reverseproxy.go and server.go
  {
    system: 'go',
    hop: 'proxy-mesh',
    re: /http: proxy error: .*connect: connection refused/i,
    modes: [['FM-502-CONNECTION-REFUSED', 0.95]],
    why: 'Go ReverseProxy could not connect (nothing listening); it answered 502',
    status: 502,
  },
  {
    system: 'go',
    hop: 'proxy-mesh',
    re: /http: proxy error: .*(context canceled)/i,
    modes: [['FM-504-TIMEOUT-BUDGETS', 0.5]],
    why: 'the client went away while Go ReverseProxy waited (the client gave up first)',
    status: 502,
  },
  {
    system: 'go',
    hop: 'proxy-mesh',
    re: /http: proxy error: .*(i\/o timeout|timeout awaiting response headers|context deadline exceeded)/i,
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.8],
      ['FM-504-CONNECT-VS-READ', 0.6],
    ],
    why: 'Go ReverseProxy timed out on the backend',
    status: 502,
  },
  {
    system: 'go',
    hop: 'proxy-mesh',
    re: /http: proxy error: .*(EOF|connection reset by peer)/i,
    modes: [
      ['FM-502-KEEPALIVE-RACE', 0.85],
      ['FM-502-RESET-BEFORE-HEADERS', 0.75],
    ],
    why: 'the backend closed a connection Go ReverseProxy reused',
    status: 502,
  },
  {
    system: 'go',
    hop: 'proxy-mesh',
    re: /http: proxy error: /i,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.6],
      ['FM-502-RESET-BEFORE-HEADERS', 0.55],
    ],
    why: 'Go ReverseProxy could not get a response from the backend',
    status: 502,
  },
  {
    system: 'go',
    hop: 'dependency',
    re: /timeout awaiting response headers|Client\.Timeout exceeded while awaiting headers|context deadline exceeded/i,
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.85],
      ['FM-504-TIMEOUT-BUDGETS', 0.75],
    ],
    why: 'the Go HTTP client gave up waiting for a response',
    status: 504,
  },
  {
    system: 'go',
    hop: 'dependency',
    re: /dial tcp[^:]*: lookup \S+( on [\d.:]+)?: (no such host|server misbehaving|i\/o timeout)/i,
    modes: [['FM-502-UPSTREAM-DNS', 0.9]],
    why: 'a DNS lookup failed',
    status: 502,
  },
  {
    system: 'go',
    hop: 'dependency',
    re: /dial tcp \S+: (connect: )?connection refused/i,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.85],
      ['FM-503-DEPENDENCY-DEGRADED', 0.5],
    ],
    why: 'nothing listens at the dialled address',
    status: 502,
  },
  {
    system: 'go',
    hop: 'dependency',
    re: /dial tcp \S+: (i\/o timeout|connect: connection timed out)/i,
    modes: [
      ['FM-504-CONNECT-VS-READ', 0.85],
      ['FM-504-NETWORK-BLACKHOLE', 0.8],
    ],
    why: 'the TCP connect never completed',
    status: 504,
  },
  {
    system: 'go',
    hop: 'application',
    re: /http: Accept error: .*too many open files/i,
    modes: [['FM-500-RESOURCE-EXHAUSTION', 0.95]],
    why: 'the Go server ran out of file descriptors',
    status: 500,
  },
  {
    system: 'go',
    hop: 'application',
    re: /http: panic serving|panic: runtime error/i,
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.7],
      ['FM-500-LEGACY-DATA-SHAPE', 0.6],
    ],
    why: 'a handler panicked (net/http recovers and drops the connection)',
    status: 500,
  },
  {
    system: 'go',
    hop: 'application',
    re: /http: superfluous response\.WriteHeader call/i,
    modes: [['FM-500-ERROR-HANDLER-THROWS', 0.7]],
    why: 'the handler wrote a status twice (often an error path after a success path)',
    status: 500,
  },
  {
    system: 'go',
    hop: 'client',
    re: /http: TLS handshake error from/i,
    modes: [['FM-502-UPSTREAM-TLS', 0.5]],
    why: 'a TLS handshake with a caller failed',
    status: 502,
  },
  // JVM: https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html and library sources
  {
    system: 'jvm',
    hop: 'application',
    re: /OutOfMemoryError: (Java heap space|Metaspace|unable to create new native thread|Direct buffer memory)/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.9],
      ['FM-504-GC-CPU-THROTTLE', 0.6],
    ],
    why: 'the JVM ran out of memory',
    status: 500,
  },
  {
    system: 'jvm',
    hop: 'application',
    re: /GC overhead limit exceeded/i,
    modes: [
      ['FM-504-GC-CPU-THROTTLE', 0.9],
      ['FM-500-RESOURCE-EXHAUSTION', 0.7],
    ],
    why: 'the JVM spends nearly all its time in garbage collection',
    status: 500,
  },
  {
    // HikariCP, DBCP: the pool is in the application's JVM, which wrote the line (see the Ruby rule).
    system: 'jvm',
    hop: 'application',
    re: /Connection is not available, request timed out after \d+ms|HikariPool-\d+ - Connection is not available|Cannot get a connection, pool error|Timeout waiting for idle object/i,
    modes: [['FM-500-DB-POOL-EXHAUSTION', 0.95]],
    why: 'every connection of the database pool is taken',
    status: 500,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /SocketTimeoutException: (Read timed out|timeout)|ReadTimeoutException/i,
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.85],
      ['FM-500-INTERNAL-TIMEOUT', 0.6],
    ],
    why: 'a call to another service timed out while reading',
    status: 504,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /ConnectException: Connection refused|Connection refused: connect/i,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.8],
      ['FM-503-DEPENDENCY-DEGRADED', 0.6],
      ['FM-500-DEPENDENCY-LATE-TRANSLATION', 0.5],
    ],
    why: 'nothing listens at the address the JVM called',
    status: 502,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /(ConnectTimeoutException|SocketTimeoutException: connect timed out|connect timed out)/i,
    modes: [
      ['FM-504-CONNECT-VS-READ', 0.85],
      ['FM-504-NETWORK-BLACKHOLE', 0.7],
    ],
    why: 'the TCP connect timed out',
    status: 504,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /UnknownHostException/i,
    modes: [['FM-502-UPSTREAM-DNS', 0.9]],
    why: 'a host name did not resolve',
    status: 502,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /SSLHandshakeException|PKIX path building failed|certificate_unknown/i,
    modes: [['FM-502-UPSTREAM-TLS', 0.9]],
    why: 'a TLS handshake failed',
    status: 502,
  },
  {
    system: 'jvm',
    hop: 'application',
    re: /RejectedExecutionException|Thread pool is EXHAUSTED|thread pool exhausted/i,
    modes: [
      ['FM-504-WORKER-STARVATION', 0.85],
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
    ],
    why: 'the worker thread pool is full',
    status: 503,
  },
  {
    system: 'jvm',
    hop: 'application',
    re: /CallNotPermittedException|CircuitBreaker '\S+' is (OPEN|FORCED_OPEN)|Hystrix circuit short-circuited/i,
    modes: [['FM-503-CIRCUIT-OPEN', 0.95]],
    why: 'a circuit breaker is open and rejects calls',
    status: 503,
  },
  {
    system: 'jvm',
    hop: 'application',
    re: /NullPointerException|ClassCastException|NumberFormatException/i,
    modes: [
      ['FM-500-LEGACY-DATA-SHAPE', 0.7],
      ['FM-500-DEPLOY-REGRESSION', 0.6],
    ],
    why: 'the code met data it did not expect',
    status: 500,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /(Deadlock found when trying to get lock|Lock wait timeout exceeded|could not obtain lock|LockAcquisitionException|canceling statement due to lock timeout)/i,
    modes: [['FM-504-LOCK-CONTENTION', 0.9]],
    why: 'the database waited on a lock',
    status: 504,
  },
  {
    system: 'jvm',
    hop: 'dependency',
    re: /(too many connections|remaining connection slots are reserved|sorry, too many clients already)/i,
    modes: [
      ['FM-500-DB-POOL-EXHAUSTION', 0.85],
      ['FM-500-RESOURCE-EXHAUSTION', 0.5],
    ],
    why: 'the database refused more connections',
    status: 500,
  },
];

const systemNames: Record<string, string> = {
  gunicorn: 'Gunicorn',
  uwsgi: 'uWSGI',
  'php-fpm': 'PHP-FPM / PHP',
  puma: 'Puma',
  ruby: 'Ruby / Rails',
  unicorn: 'Unicorn',
  nodejs: 'Node.js',
  go: 'Go net/http',
  jvm: 'Java / JVM',
};

export function decodeAppServer(line: string): Decoded | null {
  const first = appServerRules.find((r) => r.re.test(line));
  if (!first) return null;
  const sameSystem = appServerRules.filter((r) => r.system === first.system);
  const { modes, status, matched } = applyRules(line, sameSystem);
  const fields: DecodedField[] = [
    { name: 'system', value: systemNames[first.system] ?? first.system },
    { name: 'message', value: matched[0] ?? '', meaning: first.why },
  ];
  const pid = /\bpid:?\s*(\d+)/i.exec(line);
  if (pid) fields.push({ name: 'pid', value: pid[1] ?? '' });
  const dur = /\(([\d.]+) sec\)/.exec(line);
  if (dur) fields.push({ name: 'duration', value: `${dur[1]} s` });
  const script = /script '([^']+)'/.exec(line);
  if (script) fields.push({ name: 'script', value: script[1] ?? '' });
  const code = /\b(E[A-Z]{3,}|UND_ERR_[A-Z_]+|ERR_[A-Z_]+)\b/.exec(line);
  if (code && first.system === 'nodejs') fields.push({ name: 'error code', value: code[1] ?? '' });
  return {
    format: `app-${first.system}`,
    formatName: systemNames[first.system] ?? first.system,
    hop: first.hop,
    status,
    fields,
    modes,
    summary: `${systemNames[first.system] ?? first.system}: ${first.why}.`,
    specific: true,
  };
}
