/**
 * Scenario: a batch import grows the orders table from 2.1M to 48M rows. The email search of
 * orders-api has no index, so each search becomes a 40-70 s sequential scan that holds a pooled
 * connection the whole time. The HikariCP pools (20 per pod, 8 pods) empty: requests wait 30 s for
 * a connection and fail with 500; searches that wait and then scan pass nginx's 60 s
 * proxy_read_timeout and become 504.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const exhausted = { rpm: 12000, errors: { 500: 0.14, 504: 0.03 }, p99Ms: 60000, saturation: 1, noise: 0.08 } as const;

const hikariLine =
  '2026-11-24T10:43:18.204Z ERROR 1 --- [orders-api] [nio-8080-exec-87] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.';
const nginxTimeout = (time: string): string =>
  `2026/11/24 ${time} [error] 24#24: *918271 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.7.14, server: api.example.com, request: "GET /v1/orders?email=j.doe%40example.com HTTP/1.1", upstream: "http://10.42.1.23:8080/v1/orders?email=j.doe%40example.com", host: "api.example.com"`;

const queryActivity = {
  id: 'query-pg-stat-activity',
  label: 'Ask pg_stat_activity what the sessions are doing and how long they have run',
  costMinutes: 2,
  next: 'query-known',
  quality: 'best',
  gathers: 'slow-query',
  runbook: 'FM-504-SLOW-DEPENDENCY',
  feedback:
    'Almost every session runs the same email search, active for up to a minute, waiting on disk reads (IO), not on locks. One slow query is holding the pools, so this is a slow dependency, not lock contention.',
} as const;

const raisePoolSize = {
  id: 'raise-pool-size',
  label: 'Raise the HikariCP maximum pool size from 20 to 40',
  costMinutes: 4,
  next: 'pool-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-DB-POOL-EXHAUSTION',
  feedback:
    '8 pods times 40 is 320 connections against a max_connections of 200, and each extra connection runs one more copy of the slow scan. A bigger pool fills the same way and pushes the database past its limit.',
} as const;

const restartPods = {
  id: 'restart-pods',
  label: 'Restart the orders-api pods',
  costMinutes: 3,
  next: 'quiet-after-restart',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-SLOW-DEPENDENCY',
  feedback:
    'Fresh pools look healthy for a minute or two, but the restarted pods send the same searches to the same table. The errors come back as soon as the new pools fill.',
} as const;

const raiseTimeouts = {
  id: 'raise-timeouts',
  label: 'Raise nginx proxy_read_timeout to 180 s and Hikari connectionTimeout to 120 s',
  costMinutes: 5,
  next: 'timeouts-raised',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-504-SLOW-DEPENDENCY',
  feedback:
    'Longer waits do not make the query faster: requests hold threads and connections longer, pile up, and then fail later and in greater numbers. The slow span is in the database, not in the timers.',
} as const;

const cancelAlone = {
  id: 'cancel-queries-alone',
  label: 'Cancel every long-running search yourself with pg_cancel_backend',
  costMinutes: 2,
  next: 'errors-return',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-DB-POOL-EXHAUSTION',
  feedback:
    "The pools drain for a minute, then new searches arrive and fill them again, because nothing stops them. On-call may cancel one runaway query alone; cancelling a whole class of queries, again and again, is the database owner's call.",
} as const;

export const dbPoolSlowQuery: Scenario = {
  id: 'db-pool-slow-query',
  title: 'A slow query after data growth drains the connection pool',
  summary:
    'A batch import makes an unindexed search scan 48 million rows. Every search holds a pooled connection for a minute: pool timeouts answer 500, the slowest requests hit the proxy timeout as 504.',
  difficulty: 'advanced',
  codes: [500, 504],
  expectedMinutes: 14,
  startClock: '10:42',
  seed: 20261203,
  saturationLabel: 'DB pool in use',
  initial: 'pool-draining',
  evidence: [
    { id: 'pool-metrics', label: 'Pool metrics per pod: active, pending, timeouts' },
    { id: 'slow-query', label: 'pg_stat_activity: which query holds the sessions, for how long, waiting on what' },
    { id: 'query-plan', label: 'The plan of the slow query and why it changed' },
  ],
  rightOwners: ['upstream-owner', 'app-team'],
  bestPath: ['read-pool-metrics', 'query-pg-stat-activity', 'page-db-owner', 'flag-off-and-cancel', 'create-index-concurrently'],
  states: {
    'pool-draining': {
      label: 'Pool exhausted',
      metrics: exhausted,
      events: [
        {
          at: 0,
          kind: 'dependency',
          text: 'Change feed: batch job orders-marketplace-import finished at 10:31; 46.1M rows inserted into orders (now 48.2M rows, was 2.1M)',
        },
        { at: 1, kind: 'log', text: hikariLine },
        { at: 2, kind: 'log', text: nginxTimeout('10:44:51') },
        { at: 3, kind: 'alert', text: 'High5xxRatio orders-api: 17% 5xx for 3 minutes (500 14%, 504 3%), p99 60 s on every route' },
      ],
      decision: {
        after: 4,
        prompt: 'orders-api answers 500 after 30 s and some 504 after 60 s, on every route. No deploy today. What do you do first?',
        actions: [
          {
            id: 'read-pool-metrics',
            label: 'Read the HikariCP pool metrics of every pod',
            costMinutes: 2,
            next: 'pool-known',
            quality: 'best',
            gathers: 'pool-metrics',
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'Every pool is at 20 of 20 with dozens of threads waiting, and the 500s last exactly the 30 s pool wait. The app is not broken; something holds every connection, and the database will say what.',
          },
          raisePoolSize,
          restartPods,
          raiseTimeouts,
        ],
      },
    },
    'pool-known': {
      label: 'Pools full',
      metrics: exhausted,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'hikaricp_connections_active 20/20 and hikaricp_connections_pending 30-45 on all 8 pods; hikaricp_connections_timeout_total rising',
        },
        { at: 0, kind: 'note', text: 'orders-api CPU 18%, Tomcat threads busy 150/200: the pods are waiting, not working' },
      ],
      decision: {
        after: 1,
        prompt: 'All 160 connections are held and threads queue for them. What next?',
        actions: [queryActivity, raisePoolSize, restartPods, raiseTimeouts],
      },
    },
    'query-known': {
      label: 'Slow query found',
      metrics: exhausted,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'pg_stat_activity by state and wait_event_type: active | IO | 151; idle | Client | 9; nothing waits on Lock',
        },
        {
          at: 0,
          kind: 'note',
          text: 'Oldest active: age 00:00:58, wait_event DataFileRead, query: SELECT o.* FROM orders o WHERE o.customer_email = $1 ORDER BY o.created_at DESC LIMIT 20 (149 of 151 sessions)',
        },
        { at: 0, kind: 'dependency', text: 'orders-db: CPU 96%, read IOPS at the volume limit since 10:33' },
      ],
      decision: {
        after: 1,
        prompt: 'One search query, running up to a minute, fills almost every session and the database disk is saturated. What do you do?',
        actions: [
          {
            id: 'page-db-owner',
            label: 'Page the orders-db owner with the query, its age and the import timeline',
            costMinutes: 3,
            next: 'db-owner-engaged',
            quality: 'best',
            gathers: 'query-plan',
            escalatesTo: 'upstream-owner',
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'The owner runs EXPLAIN and finds a sequential scan of 48M rows, because customer_email has no index. Cancelling the searches in bulk and adding an index is their call, and they now have the evidence to act fast.',
          },
          cancelAlone,
          {
            id: 'page-platform',
            label: 'Page Platform / SRE to add nodes and pods for orders-api',
            costMinutes: 4,
            next: 'query-known',
            quality: 'wrong',
            escalatesTo: 'platform-sre',
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'Platform finds the pods at 18% CPU: they wait, they do not work. More pods would bring more pools to a database that is already saturated.',
          },
          raisePoolSize,
        ],
      },
    },
    'db-owner-engaged': {
      label: 'Plan known',
      metrics: exhausted,
      events: [
        {
          at: 0,
          kind: 'log',
          text: '->  Seq Scan on orders o  (cost=0.00..2211790.40 rows=21 width=212)  Filter: ((customer_email)::text = $1)',
        },
        {
          at: 0,
          kind: 'note',
          text: 'DB owner: no index on orders.customer_email; at 2.1M rows the scan took 0.6 s, at 48.2M rows it takes 40-70 s',
        },
        {
          at: 0,
          kind: 'note',
          text: 'The search is used by the support portal and the "my orders" page behind flag orders.search_by_email',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The DB owner is on the call and the cause is a missing index. How do you stop the errors?',
        actions: [
          {
            id: 'flag-off-and-cancel',
            label: 'Turn off flag orders.search_by_email, and have the DB owner cancel the running searches',
            costMinutes: 3,
            next: 'mitigated',
            quality: 'best',
            mitigates: true,
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback:
              'The flag stops new slow searches and the cancel returns the connections the running ones hold. The pools drain within a minute and every other route recovers, at the price of email search only.',
          },
          {
            id: 'create-index-now',
            label: 'Build the index right away, with the searches still running',
            costMinutes: 16,
            next: 'index-built',
            quality: 'ok',
            mitigates: true,
            escalatesTo: 'upstream-owner',
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback:
              'The index is the right lasting fix, but on a saturated disk the concurrent build takes 16 minutes and users get 500s and 504s the whole time. Stop the bleeding first, then build it.',
          },
          cancelAlone,
          raiseTimeouts,
        ],
      },
    },
    mitigated: {
      label: 'Search off, pools drained',
      metrics: { rpm: 11800, errors: { 500: 0.002 }, p99Ms: 450, saturation: 0.22 },
      events: [
        { at: 0, kind: 'config', text: 'Flag orders.search_by_email: off (the search box shows "temporarily unavailable")' },
        { at: 0, kind: 'note', text: 'pg_cancel_backend returned t for 148 sessions' },
        { at: 1, kind: 'note', text: 'hikaricp_connections_pending 0 on all pods; active 3-5 of 20; orders-db CPU 22%' },
      ],
      decision: {
        after: 2,
        prompt: 'The errors are gone, with email search switched off. What now?',
        actions: [
          {
            id: 'create-index-concurrently',
            label: 'DB owner builds CREATE INDEX CONCURRENTLY orders_customer_email_idx ON orders (customer_email, created_at DESC)',
            costMinutes: 9,
            next: 'index-built',
            quality: 'best',
            mitigates: true,
            escalatesTo: 'upstream-owner',
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback:
              'On a quiet database the concurrent build takes 9 minutes without blocking writes. The plan becomes an index scan and the flag can come back on.',
          },
          {
            id: 'flag-on-now',
            label: 'Turn email search back on: the errors are gone',
            costMinutes: 1,
            next: 'errors-return',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback: 'Nothing changed in the query, so the searches scan 48M rows again and the pools fill within two minutes.',
          },
        ],
      },
    },
    'index-built': {
      label: 'Index built',
      metrics: { rpm: 12000, errors: { 500: 0.001 }, p99Ms: 380, saturation: 0.2 },
      events: [
        {
          at: 0,
          kind: 'log',
          text: '->  Index Scan using orders_customer_email_idx on orders o  (cost=0.56..84.31 rows=21 width=212) (actual time=0.041..0.093 rows=7 loops=1)',
        },
        { at: 1, kind: 'config', text: 'Flag orders.search_by_email: on' },
        { at: 2, kind: 'note', text: 'hikaricp_connections_pending 0; email search p99 40 ms; no pool timeout log line since the index' },
      ],
      then: { after: 3, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 12000, errors: {}, p99Ms: 320, saturation: 0.18 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'Searches use the new index, the pools stay well below 20 and no route fails. The app team adds a statement_timeout for the API role and a plan check on production-sized data before imports of this size.',
      },
    },
    'pool-raised': {
      label: 'Too many clients',
      metrics: { rpm: 12000, errors: { 500: 0.26, 504: 0.05 }, p99Ms: 60000, saturation: 1, noise: 0.08 },
      events: [
        {
          at: 0,
          kind: 'deploy',
          text: 'orders-api rolling out with spring.datasource.hikari.maximum-pool-size=40 (8 pods x 40 = 320, max_connections 200)',
        },
        { at: 1, kind: 'log', text: 'org.postgresql.util.PSQLException: FATAL: sorry, too many clients already' },
        { at: 2, kind: 'alert', text: 'High5xxRatio billing-api: 22% of requests answered 500 (same database)' },
        { at: 2, kind: 'dependency', text: 'orders-db: CPU 100%, 197 sessions, 180 of them running the same email search' },
      ],
      decision: {
        after: 3,
        prompt: 'The bigger pools made it worse, and billing-api now fails too. What now?',
        actions: [
          {
            id: 'revert-pool-and-look',
            label: 'Revert the pool size to 20 and look at pg_stat_activity',
            costMinutes: 4,
            next: 'query-known',
            quality: 'ok',
            mitigates: true,
            gathers: 'slow-query',
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'Reverting gives billing-api its connections back, and the session list shows what held the pools in the first place: one slow search.',
          },
          {
            id: 'raise-max-connections',
            label: 'Raise max_connections to 400 and restart the database primary',
            costMinutes: 6,
            next: 'db-overloaded',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-500-DB-POOL-EXHAUSTION',
            feedback:
              'The restart cuts every service off the database, and the higher limit only lets more copies of the same slow scan run at once. The database, already saturated, becomes the bottleneck for everyone.',
          },
        ],
      },
    },
    'db-overloaded': {
      label: 'Database overloaded',
      metrics: { rpm: 12000, errors: { 500: 0.45, 504: 0.12 }, p99Ms: 60000, saturation: 1, noise: 0.1 },
      events: [
        { at: 0, kind: 'log', text: 'org.postgresql.util.PSQLException: FATAL: the database system is shutting down' },
        { at: 0, kind: 'log', text: 'org.postgresql.util.PSQLException: FATAL: the database system is starting up' },
      ],
      ending: {
        outcome: 'unresolved',
        text: 'After the restart 340 sessions run the same sequential scan, CPU and disk are pinned and every service on orders-db is slow. The cause, a missing index, was never touched.',
      },
    },
    'quiet-after-restart': {
      label: 'Quiet after restart',
      metrics: { rpm: 11500, errors: { 500: 0.01 }, p99Ms: 2400, saturation: 0.45 },
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl rollout restart deploy/orders-api: fresh pools of 20' },
        {
          at: 1,
          kind: 'note',
          text: 'pg_stat_activity still shows the abandoned searches running: PostgreSQL notices a vanished client only when it next talks to it',
        },
        { at: 2, kind: 'note', text: 'hikaricp_connections_active climbing: 14/20, 17/20, 20/20' },
      ],
      then: { after: 3, next: 'errors-return' },
    },
    'errors-return': {
      label: 'Pools full again',
      metrics: exhausted,
      events: [
        {
          at: 0,
          kind: 'log',
          text: 'o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms.',
        },
        { at: 1, kind: 'alert', text: 'High5xxRatio orders-api: firing again (500 and 504)' },
      ],
      decision: {
        after: 2,
        prompt: 'The pools are full again and the 500s are back. What now?',
        actions: [
          {
            id: 'query-pg-stat-activity-late',
            label: 'Ask pg_stat_activity what the sessions are doing',
            costMinutes: 2,
            next: 'query-known',
            quality: 'ok',
            gathers: 'slow-query',
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback:
              'Better late than never: one slow search holds the sessions, and only stopping it or making it fast empties the pools for good.',
          },
          raisePoolSize,
          raiseTimeouts,
          restartPods,
        ],
      },
    },
    'timeouts-raised': {
      label: 'Errors later, not fewer',
      metrics: { rpm: 12000, errors: { 500: 0.04, 504: 0.01 }, p99Ms: 120000, saturation: 1, noise: 0.08 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'nginx proxy_read_timeout 60s -> 180s; spring.datasource.hikari.connection-timeout 30000 -> 120000',
        },
        { at: 2, kind: 'note', text: 'Fewer errors per minute: requests now wait up to 2 minutes before they fail' },
        { at: 4, kind: 'note', text: 'Tomcat threads busy 200/200 on 6 of 8 pods; readiness checks slow' },
      ],
      then: { after: 6, next: 'pile-up' },
    },
    'pile-up': {
      label: 'Requests piling up',
      metrics: { rpm: 12000, errors: { 500: 0.21, 504: 0.14 }, p99Ms: 180000, saturation: 1, noise: 0.08 },
      events: [
        {
          at: 0,
          kind: 'log',
          text: '2026-11-24T10:57:02.611Z ERROR 1 --- [orders-api] [nio-8080-exec-199] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 120000ms.',
        },
        { at: 0, kind: 'log', text: nginxTimeout('10:57:40') },
        { at: 1, kind: 'alert', text: 'High5xxRatio orders-api: 35% 5xx (500 and 504), every route slow, p99 180 s' },
      ],
      decision: {
        after: 2,
        prompt: 'Every thread is stuck and the errors are worse than before. What now?',
        actions: [
          {
            id: 'revert-timeouts-and-look',
            label: 'Revert both timeouts and look at pg_stat_activity',
            costMinutes: 4,
            next: 'query-known',
            quality: 'ok',
            mitigates: true,
            gathers: 'slow-query',
            runbook: 'FM-504-SLOW-DEPENDENCY',
            feedback:
              'Short timers fail fast and free threads again, and the session list shows the slow search that the longer waits were hiding.',
          },
          raisePoolSize,
          restartPods,
        ],
      },
    },
  },
  debrief: {
    rootCause:
      "The marketplace import grew orders from 2.1M to 48.2M rows. The email search had no index on customer_email, so each search became a 40-70 s sequential scan holding a pooled connection. The pools emptied: requests waiting 30 s for a connection failed with 500, and searches that waited and then scanned passed nginx's 60 s timeout as 504.",
    runbooks: ['FM-500-DB-POOL-EXHAUSTION', 'FM-504-SLOW-DEPENDENCY', 'FM-504-LOCK-CONTENTION'],
    trees: ['500', '504'],
    lessons: [
      'Failures that last exactly the pool wait (30 s) or the proxy timeout (60 s) are waits, not crashes: find what holds the resource.',
      'pg_stat_activity tells a slow query (active, waiting on IO) from lock contention (waiting on Lock).',
      'Bigger pools, more pods and longer timeouts all feed more work to the bottleneck.',
      'Stop the new slow queries first (flag off), cancel the running ones with the database owner, then add the index.',
    ],
  },
};
