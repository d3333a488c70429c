/**
 * PostgreSQL error signatures: text that PostgreSQL prints, each with the failure modes it points to.
 * This file holds one system (`system: 'postgresql'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'postgresql', name: 'PostgreSQL', hop: 'dependency' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'postgres-too-many-clients',
    system: 'postgresql',
    title: 'PostgreSQL: FATAL: sorry, too many clients already',
    pattern: String.raw`sorry, too many clients already`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] FATAL:  sorry, too many clients already',
      'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.9 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'The server reached max_connections: too many app instances times pool size, or connections leaked.',
    source: {
      title: 'PostgreSQL docs: Connections and authentication (max_connections)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-connection.html',
    },
  },
  {
    id: 'postgres-reserved-connection-slots',
    system: 'postgresql',
    title: 'PostgreSQL: FATAL: remaining connection slots are reserved',
    pattern: String.raw`remaining connection slots are reserved for`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] FATAL:  remaining connection slots are reserved for non-replication superuser connections',
      'FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute',
    ],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.9 }],
    status: [500],
    explain: 'Only the reserved superuser slots are left, so ordinary application connections are refused.',
    source: {
      title: 'PostgreSQL docs: Connections and authentication (max_connections)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-connection.html',
    },
  },
  {
    id: 'postgres-too-many-connections-for-role',
    system: 'postgresql',
    title: 'PostgreSQL: FATAL: too many connections for role',
    pattern: String.raw`too many connections for role "[^"]+"`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] FATAL:  too many connections for role "shop_app"'],
    modes: [{ id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.85 }],
    status: [500],
    explain: "The application's role reached its CONNECTION LIMIT.",
    source: {
      title: 'PostgreSQL docs: Connections and authentication (max_connections)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-connection.html',
    },
  },
  {
    id: 'postgres-deadlock-detected',
    system: 'postgresql',
    title: 'PostgreSQL: ERROR: deadlock detected',
    pattern: String.raw`\bdeadlock detected\b`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] ERROR:  deadlock detected',
      'ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected',
      'ERROR: deadlock detected (SQLSTATE 40P01)',
    ],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.7 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.7 },
    ],
    status: [500],
    explain: "Two transactions waited on each other's locks; PostgreSQL aborted one after deadlock_timeout (SQLSTATE 40P01).",
    source: {
      title: 'PostgreSQL docs: Explicit locking (deadlocks)',
      url: 'https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-DEADLOCKS',
    },
  },
  {
    id: 'postgres-statement-timeout',
    system: 'postgresql',
    title: 'PostgreSQL: canceling statement due to statement timeout',
    pattern: String.raw`canceling statement due to statement timeout`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] ERROR:  canceling statement due to statement timeout',
      'ActiveRecord::QueryCanceled: PG::QueryCanceled: ERROR:  canceling statement due to statement timeout',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.8 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.5 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'A query ran longer than statement_timeout and was cancelled (SQLSTATE 57014).',
    source: {
      title: 'PostgreSQL docs: Client connection defaults (statement_timeout, lock_timeout)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-client.html',
    },
  },
  {
    id: 'postgres-lock-timeout',
    system: 'postgresql',
    title: 'PostgreSQL: canceling statement due to lock timeout',
    pattern: String.raw`canceling statement due to lock timeout`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] ERROR:  canceling statement due to lock timeout'],
    modes: [
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.9 },
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.4 },
    ],
    status: [500],
    explain: 'A statement waited longer than lock_timeout for a lock held by another transaction.',
    source: {
      title: 'PostgreSQL docs: Client connection defaults (statement_timeout, lock_timeout)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-client.html',
    },
  },
  {
    id: 'postgres-idle-in-transaction-timeout',
    system: 'postgresql',
    title: 'PostgreSQL: terminating connection due to idle-in-transaction timeout',
    pattern: String.raw`terminating connection due to idle-in-transaction timeout`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] FATAL:  terminating connection due to idle-in-transaction timeout'],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.6 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.5 },
    ],
    status: [500],
    explain:
      'A session sat idle inside an open transaction longer than idle_in_transaction_session_timeout; such sessions hold locks and pool slots.',
    source: {
      title: 'PostgreSQL docs: Client connection defaults (statement_timeout, lock_timeout)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-client.html',
    },
  },
  {
    id: 'postgres-still-waiting-for-lock',
    system: 'postgresql',
    title: 'PostgreSQL log: process ... still waiting for ... Lock',
    pattern: String.raw`process \d+ still waiting for \w+ on .+ after [\d.]+ ms`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] LOG:  process 48213 still waiting for ShareLock on transaction 67890 after 1000.123 ms',
      'LOG:  process 12345 still waiting for AccessExclusiveLock on relation 16384 of database 16385 after 1000.071 ms',
    ],
    modes: [{ id: 'FM-504-LOCK-CONTENTION', weight: 0.9 }],
    status: [504, 500],
    explain: 'log_lock_waits reports a session blocked on a lock longer than deadlock_timeout; the DETAIL line names the blocking process.',
    source: {
      title: 'PostgreSQL docs: Error reporting and logging (log_lock_waits)',
      url: 'https://www.postgresql.org/docs/current/runtime-config-logging.html',
    },
  },
  {
    id: 'postgres-serialization-failure',
    system: 'postgresql',
    title: 'PostgreSQL: could not serialize access',
    pattern: String.raw`could not serialize access due to (?:concurrent update|read/write dependencies)`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] ERROR:  could not serialize access due to concurrent update'],
    modes: [
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.3 },
    ],
    status: [500],
    explain: 'A transaction under REPEATABLE READ or SERIALIZABLE conflicted with a concurrent one and must be retried (SQLSTATE 40001).',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-database-not-available',
    system: 'postgresql',
    title: 'PostgreSQL: the database system is starting up / in recovery mode / shutting down',
    pattern: String.raw`the database system is (?:in recovery mode|starting up|shutting down)`,
    examples: [
      'FATAL:  the database system is starting up',
      'FATAL:  the database system is in recovery mode',
      'psycopg2.OperationalError: FATAL:  the database system is shutting down',
    ],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.3 },
    ],
    status: [500, 503],
    explain: 'The database is restarting, failing over or recovering from a crash and refuses new connections meanwhile.',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-terminated-by-administrator',
    system: 'postgresql',
    title: 'PostgreSQL: terminating connection due to administrator command',
    pattern: String.raw`terminating connection due to administrator command`,
    examples: [
      'FATAL:  terminating connection due to administrator command',
      'org.postgresql.util.PSQLException: FATAL: terminating connection due to administrator command',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
      { id: 'FM-503-PLANNED-MAINTENANCE', weight: 0.3 },
    ],
    status: [500],
    explain: 'The connection was killed on the server (pg_terminate_backend, a restart or a managed-service failover).',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-relation-or-column-does-not-exist',
    system: 'postgresql',
    title: 'PostgreSQL: relation/column "x" does not exist',
    pattern: String.raw`(?:relation|column) "[^"]+" does not exist`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] ERROR:  column "locale" does not exist at character 31',
      'ActiveRecord::StatementInvalid: PG::UndefinedTable: ERROR:  relation "orders_v2" does not exist',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.8 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [500],
    explain:
      'The code and the schema disagree: a migration did not run here, ran in the wrong order, or the app points at the wrong database.',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-password-authentication-failed',
    system: 'postgresql',
    title: 'PostgreSQL: password authentication failed for user',
    pattern: String.raw`password authentication failed for user`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] FATAL:  password authentication failed for user "shop_app"'],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.9 }],
    status: [500],
    explain: 'The credentials the app uses do not match the database: a rotated secret not rolled out everywhere.',
    source: {
      title: 'PostgreSQL docs: Client authentication problems',
      url: 'https://www.postgresql.org/docs/current/client-authentication-problems.html',
    },
  },
  {
    id: 'postgres-connection-refused',
    system: 'postgresql',
    title: 'libpq: connection to server ... failed: Connection refused',
    pattern: String.raw`could not connect to server: Connection refused|connection to server at "[^"]+"(?: \([^)]*\))?, port \d+ failed: Connection refused`,
    examples: [
      'psql: error: connection to server at "db.internal" (10.0.5.20), port 5432 failed: Connection refused',
      'could not connect to server: Connection refused',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain:
      'Nothing accepts connections on the database address: the server is down, restarting, or the app points at the wrong host or port.',
    source: { title: 'PostgreSQL docs: libpq connection strings', url: 'https://www.postgresql.org/docs/current/libpq-connect.html' },
  },
  {
    id: 'postgres-server-closed-connection-unexpectedly',
    system: 'postgresql',
    title: 'libpq: server closed the connection unexpectedly',
    pattern: String.raw`server closed the connection unexpectedly`,
    examples: [
      'psycopg2.OperationalError: server closed the connection unexpectedly',
      'PG::ConnectionBad: PQconsumeInput() server closed the connection unexpectedly',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-502-KEEPALIVE-RACE', weight: 0.4 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.3 },
    ],
    status: [500],
    explain: 'The database side closed the connection: a backend crash, failover, or an idle pooled connection cut by a proxy or firewall.',
    source: {
      title: 'PostgreSQL docs: libpq connection status functions',
      url: 'https://www.postgresql.org/docs/current/libpq-status.html',
    },
  },
  {
    id: 'postgres-conflict-with-recovery',
    system: 'postgresql',
    title: 'PostgreSQL: canceling statement due to conflict with recovery',
    pattern: String.raw`canceling statement due to conflict with recovery`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] ERROR:  canceling statement due to conflict with recovery'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.3 },
    ],
    status: [500],
    explain: 'A long query on a read replica was cancelled because replication needed to remove rows it was reading.',
    source: {
      title: 'PostgreSQL docs: Hot standby (handling query conflicts)',
      url: 'https://www.postgresql.org/docs/current/hot-standby.html#HOT-STANDBY-CONFLICT',
    },
  },
  {
    id: 'postgres-shared-memory-exhausted',
    system: 'postgresql',
    title: 'PostgreSQL: could not resize shared memory segment / out of shared memory',
    pattern: String.raw`could not resize shared memory segment|\bout of shared memory\b`,
    examples: [
      'ERROR:  could not resize shared memory segment "/PostgreSQL.1450058792" to 8388608 bytes: No space left on device',
      'ERROR:  out of shared memory',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.7 },
      { id: 'FM-504-LOCK-CONTENTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'The database ran out of shared memory: a small /dev/shm in a container, or the lock table full (max_locks_per_transaction).',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-invalid-input-syntax',
    system: 'postgresql',
    title: 'PostgreSQL: invalid input syntax for type',
    pattern: String.raw`invalid input syntax for type \w+`,
    examples: [
      '2026-11-22 09:14:18.442 UTC [48213] ERROR:  invalid input syntax for type uuid: ""',
      'ERROR:  invalid input syntax for type integer: "N/A"',
    ],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.6 },
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.5 },
    ],
    status: [500],
    explain: 'A value did not parse as the column type: an empty string for a UUID, text where a number is expected.',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-value-too-long',
    system: 'postgresql',
    title: 'PostgreSQL: value too long for type character varying',
    pattern: String.raw`value too long for type character varying\(\d+\)`,
    examples: ['2026-11-22 09:14:18.442 UTC [48213] ERROR:  value too long for type character varying(255)'],
    modes: [
      { id: 'FM-500-LEGACY-DATA-SHAPE', weight: 0.6 },
      { id: 'FM-500-MALFORMED-PAYLOAD', weight: 0.4 },
    ],
    status: [500],
    explain: 'A value is longer than the column allows.',
    source: { title: 'PostgreSQL docs: Appendix A. Error codes', url: 'https://www.postgresql.org/docs/current/errcodes-appendix.html' },
  },
  {
    id: 'postgres-read-only-transaction',
    system: 'postgresql',
    title: 'PostgreSQL: cannot execute ... in a read-only transaction (25006)',
    pattern: String.raw`cannot execute \w+(?: \w+)? in a read-only transaction`,
    examples: [
      'ERROR: cannot execute INSERT in a read-only transaction (SQLSTATE 25006)',
      'ERROR:  cannot execute CREATE DATABASE in a read-only transaction',
    ],
    modes: [{ id: 'FM-503-DATASTORE-FAILOVER', weight: 0.85 }],
    status: [500, 503],
    explain:
      'A write reached a server that only accepts reads: after a failover the app still holds connections to the old primary, now a standby, or it was pointed at a replica.',
    source: {
      title: 'PostgreSQL source: src/backend/tcop/utility.c',
      url: 'https://github.com/postgres/postgres/blob/master/src/backend/tcop/utility.c',
    },
  },
];
