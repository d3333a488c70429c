/**
 * MySQL error signatures: text that MySQL prints, each with the failure modes it points to.
 * This file holds one system (`system: 'mysql'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'mysql', name: 'MySQL', hop: 'dependency' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'mysql-too-many-connections',
    system: 'mysql',
    title: 'MySQL 1040: Too many connections',
    pattern: String.raw`\b1040\b.{0,20}Too many connections|message from server: "Too many connections"|Mysql2::Error(?:::ConnectionError)?: Too many connections`,
    examples: [
      'ERROR 1040 (HY000): Too many connections',
      'SQLSTATE[HY000] [1040] Too many connections',
      'com.mysql.cj.jdbc.exceptions.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.9 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'The server reached max_connections: too many app instances times pool size, or leaked connections.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-max-user-connections',
    system: 'mysql',
    title: 'MySQL 1203: User already has more than max_user_connections',
    pattern: String.raw`has more than 'max_user_connections' active connections`,
    examples: ["ERROR 1203 (42000): User shop_app already has more than 'max_user_connections' active connections"],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.85 }],
    status: [500],
    explain: 'The application user reached its per-user connection limit.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-lock-wait-timeout',
    system: 'mysql',
    title: 'MySQL 1205: Lock wait timeout exceeded; try restarting transaction',
    pattern: String.raw`Lock wait timeout exceeded; try restarting transaction`,
    examples: [
      'ERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction',
      'SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction',
    ],
    modes: [
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.9 },
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.4 },
    ],
    status: [500],
    explain: 'A statement waited longer than innodb_lock_wait_timeout (50 s by default) for a row lock held by another transaction.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-deadlock-found',
    system: 'mysql',
    title: 'MySQL 1213: Deadlock found when trying to get lock',
    pattern: String.raw`Deadlock found when trying to get lock; try restarting transaction`,
    examples: ['ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction'],
    modes: [
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.7 },
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.6 },
    ],
    status: [500],
    explain: 'InnoDB detected a deadlock and rolled back this transaction.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-server-has-gone-away',
    system: 'mysql',
    title: 'MySQL 2006: MySQL server has gone away',
    pattern: String.raw`MySQL server has gone away`,
    examples: ['ERROR 2006 (HY000): MySQL server has gone away', 'SQLSTATE[HY000]: General error: 2006 MySQL server has gone away'],
    modes: [
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain:
      'The connection was closed under the client: an idle pooled connection past wait_timeout, a server restart, or a packet over max_allowed_packet.',
    source: { title: 'MySQL docs: MySQL server has gone away', url: 'https://dev.mysql.com/doc/refman/8.0/en/gone-away.html' },
  },
  {
    id: 'mysql-lost-connection',
    system: 'mysql',
    title: 'MySQL 2013: Lost connection to MySQL server',
    pattern: String.raw`Lost connection to MySQL server (?:during query|at '[^']*')`,
    examples: [
      'ERROR 2013 (HY000): Lost connection to MySQL server during query',
      "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 0",
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.3 },
    ],
    status: [500],
    explain: 'The connection dropped during a query, often a long query cut by a proxy or net_read_timeout, or a server restart.',
    source: {
      title: 'MySQL docs: Client error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html',
    },
  },
  {
    id: 'mysql-cant-connect',
    system: 'mysql',
    title: "MySQL 2002/2003: Can't connect to MySQL server",
    pattern: String.raw`Can't connect to (?:local )?MySQL server`,
    examples: [
      "ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.5.21:3306' (111)",
      "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain: 'The client could not reach the server (111 = refused, 110 = timed out, 2 = socket missing).',
    source: {
      title: 'MySQL docs: Client error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html',
    },
  },
  {
    id: 'mysql-pdo-connection-refused',
    system: 'mysql',
    title: 'PHP PDO: SQLSTATE[HY000] [2002] (cannot connect)',
    pattern: String.raw`SQLSTATE\[HY000\] \[2002\]`,
    examples: [
      'PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/src/Db.php:14',
      'SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name or service not known',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.3 },
    ],
    status: [500],
    explain: 'PHP could not connect to MySQL: refused, or the host name does not resolve.',
    source: {
      title: 'MySQL docs: Client error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/client-error-reference.html',
    },
  },
  {
    id: 'mysql-max-execution-time-exceeded',
    system: 'mysql',
    title: 'MySQL 3024: maximum statement execution time exceeded',
    pattern: String.raw`maximum statement execution time exceeded`,
    examples: ['ERROR 3024 (HY000): Query execution was interrupted, maximum statement execution time exceeded'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
    ],
    status: [500],
    explain: 'A SELECT ran longer than max_execution_time and was interrupted.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-host-blocked',
    system: 'mysql',
    title: 'MySQL 1129: Host is blocked because of many connection errors',
    pattern: String.raw`is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'`,
    examples: ["ERROR 1129 (HY000): Host '10.0.1.5' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'"],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [500],
    explain:
      'The server blocked this client host after max_connect_errors interrupted connections (often health checks or a load balancer probing the port).',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-unknown-table-or-column',
    system: 'mysql',
    title: "MySQL 1146/1054: Table doesn't exist / Unknown column",
    pattern: String.raw`Table '[^']+' doesn't exist|Unknown column '[^']+' in '[^']+'`,
    examples: ["ERROR 1146 (42S02): Table 'shop.orders_v2' doesn't exist", "ERROR 1054 (42S22): Unknown column 'locale' in 'field list'"],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.3 },
    ],
    status: [500],
    explain: 'The code and the schema disagree: a migration did not run in this environment or ran in the wrong order.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-access-denied',
    system: 'mysql',
    title: 'MySQL 1045: Access denied for user',
    pattern: String.raw`Access denied for user '[^']+'@'[^']+'`,
    examples: ["ERROR 1045 (28000): Access denied for user 'shop_app'@'10.0.1.5' (using password: YES)"],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.9 }],
    status: [500],
    explain: 'The credentials or grants the app uses do not match the server: a rotated secret or a new client address.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-incorrect-value',
    system: 'mysql',
    title: 'MySQL 1366/1406: Incorrect string value / Data too long for column',
    pattern: String.raw`Incorrect string value: '[^']*' for column|Data too long for column '[^']+'`,
    examples: [
      "ERROR 1366 (HY000): Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'name' at row 1",
      "ERROR 1406 (22001): Data too long for column 'title' at row 1",
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.6 },
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.5 },
    ],
    status: [500],
    explain: 'A value does not fit the column: characters outside the column charset (emoji into utf8mb3) or longer than its length.',
    source: {
      title: 'MySQL docs: Server error message reference',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
  {
    id: 'mysql-read-only-option-1290',
    system: 'mysql',
    title: 'MySQL: ERROR 1290 running with the --read-only option',
    pattern: String.raw`running with the --(?:super-)?read-only option so it cannot execute this statement`,
    examples: ['ERROR 1290 (HY000): The MySQL server is running with the --read-only option so it cannot execute this statement'],
    modes: [{ id: 'FM-503-DATASTORE-FAILOVER', weight: 0.85 }],
    status: [500, 503],
    explain: 'A write reached a MySQL server in read-only mode, typically a replica or a former primary after a failover.',
    source: {
      title: 'MySQL Server Error Message Reference (ER_OPTION_PREVENTS_STATEMENT)',
      url: 'https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html',
    },
  },
];
