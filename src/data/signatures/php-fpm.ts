/**
 * PHP-FPM error signatures: text that PHP-FPM prints, each with the failure modes it points to.
 * This file holds one system (`system: 'php-fpm'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'php-fpm', name: 'PHP-FPM', hop: 'app-server' };

const fpmProcessCtl = {
  title: 'php-src: sapi/fpm/fpm/fpm_process_ctl.c',
  url: 'https://github.com/php/php-src/blob/master/sapi/fpm/fpm/fpm_process_ctl.c',
};

export const signatures: readonly ErrorSignature[] = [
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
];
