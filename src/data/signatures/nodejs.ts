/**
 * Node.js error signatures: text that Node.js prints, each with the failure modes it points to.
 * This file holds one system (`system: 'nodejs'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'nodejs', name: 'Node.js', hop: 'application' };

const nodeErrors = { title: 'Node.js docs: Errors (common system errors)', url: 'https://nodejs.org/api/errors.html#common-system-errors' };

export const signatures: readonly ErrorSignature[] = [
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
