/**
 * Redis error signatures: text that Redis prints, each with the failure modes it points to.
 * This file holds one system (`system: 'redis'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'redis', name: 'Redis', hop: 'dependency' };

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'redis-oom-command-not-allowed',
    system: 'redis',
    title: "Redis: OOM command not allowed when used memory > 'maxmemory'",
    pattern: String.raw`OOM command not allowed when used memory > 'maxmemory'`,
    examples: [
      "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.",
      "ReplyError: OOM command not allowed when used memory > 'maxmemory'.",
    ],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'Redis reached maxmemory with a noeviction policy (or nothing evictable) and rejects writes.',
    source: { title: 'Redis docs: Key eviction (maxmemory)', url: 'https://redis.io/docs/latest/develop/reference/eviction/' },
  },
  {
    id: 'redis-max-clients-reached',
    system: 'redis',
    title: 'Redis: ERR max number of clients reached',
    pattern: String.raw`(?:ERR )?max number of clients reached`,
    examples: ['redis.exceptions.ConnectionError: max number of clients reached', 'ReplyError: ERR max number of clients reached'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.5 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [500],
    explain: 'Redis reached maxclients, usually from too many app instances or leaked connections.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-loading-dataset',
    system: 'redis',
    title: 'Redis: LOADING Redis is loading the dataset in memory',
    pattern: String.raw`(?:LOADING )?Redis is loading the dataset in memory`,
    examples: [
      'redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory',
      'ReplyError: LOADING Redis is loading the dataset in memory',
    ],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
    ],
    status: [500, 503],
    explain: 'Redis just restarted and is still loading its data, refusing commands meanwhile.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-readonly-replica',
    system: 'redis',
    title: "Redis: READONLY You can't write against a read only replica",
    pattern: String.raw`(?:READONLY )?You can't write against a read only (?:replica|slave)`,
    examples: [
      "redis.exceptions.ReadOnlyError: You can't write against a read only replica.",
      "ReplyError: READONLY You can't write against a read only replica.",
    ],
    modes: [
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.5 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain:
      'The app writes to a node that is (now) a replica: a failover changed roles while the client kept its old connection or address.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-misconf-rdb',
    system: 'redis',
    title: 'Redis: MISCONF Redis is configured to save RDB snapshots',
    pattern: String.raw`MISCONF Redis is configured to save RDB snapshots`,
    examples: [
      "ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.",
    ],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
    ],
    status: [500],
    explain: 'Redis cannot write its snapshot (disk full or permissions) and refuses writes.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-clusterdown',
    system: 'redis',
    title: 'Redis: CLUSTERDOWN The cluster is down',
    pattern: String.raw`CLUSTERDOWN The cluster is down`,
    examples: ['ReplyError: CLUSTERDOWN The cluster is down', 'CLUSTERDOWN The cluster is down'],
    modes: [
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
    ],
    status: [500, 503],
    explain: 'Redis Cluster has slots without a serving node and rejects commands.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-noauth',
    system: 'redis',
    title: 'Redis: NOAUTH Authentication required',
    pattern: String.raw`NOAUTH Authentication required`,
    examples: ['ReplyError: NOAUTH Authentication required.', 'redis.exceptions.AuthenticationError: NOAUTH Authentication required.'],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.9 }],
    status: [500],
    explain: 'The client sends no or the wrong password: a secret missing or rotated in this environment.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-busy-script',
    system: 'redis',
    title: 'Redis: BUSY Redis is busy running a script',
    pattern: String.raw`BUSY Redis is busy running a script`,
    examples: ['ReplyError: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.'],
    modes: [
      { id: 'FM-504-SLOW-DEPENDENCY', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'A long Lua script blocks the single-threaded server, so every other command waits or fails.',
    source: { title: 'Redis docs: Error replies and client handling', url: 'https://redis.io/docs/latest/develop/reference/clients/' },
  },
  {
    id: 'redis-py-connection-error',
    system: 'redis',
    title: 'redis-py: redis.exceptions.ConnectionError',
    pattern: String.raw`redis\.exceptions\.ConnectionError`,
    examples: [
      'redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.',
      'redis.exceptions.ConnectionError: Connection closed by server.',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
      { id: 'FM-502-CONNECTION-REFUSED', weight: 0.3 },
    ],
    status: [500],
    explain: 'The Python client could not connect to Redis or lost the connection.',
    source: { title: 'redis-py docs: Exceptions', url: 'https://redis.readthedocs.io/en/stable/exceptions.html' },
  },
  {
    id: 'redis-py-too-many-connections',
    system: 'redis',
    title: 'redis-py: ConnectionError: Too many connections (client pool full)',
    pattern: String.raw`redis\.exceptions\.ConnectionError: Too many connections`,
    examples: ['redis.exceptions.ConnectionError: Too many connections'],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.7 },
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.3 },
    ],
    status: [500],
    explain: "redis-py's own connection pool reached max_connections; every connection is checked out.",
    source: { title: 'redis-py docs: Exceptions', url: 'https://redis.readthedocs.io/en/stable/exceptions.html' },
  },
  {
    id: 'redis-py-timeout-error',
    system: 'redis',
    title: 'redis-py: redis.exceptions.TimeoutError',
    pattern: String.raw`redis\.exceptions\.TimeoutError`,
    examples: ['redis.exceptions.TimeoutError: Timeout reading from socket', 'redis.exceptions.TimeoutError: Timeout connecting to server'],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
    ],
    status: [500],
    explain: 'A Redis command or connection exceeded socket_timeout / socket_connect_timeout.',
    source: { title: 'redis-py docs: Exceptions', url: 'https://redis.readthedocs.io/en/stable/exceptions.html' },
  },
  {
    id: 'redis-ioredis-max-retries-per-request',
    system: 'redis',
    title: 'ioredis: MaxRetriesPerRequestError',
    pattern: String.raw`Reached the max retries per request limit`,
    examples: [
      'MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
    ],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain: 'ioredis could not reach Redis and failed the queued command after maxRetriesPerRequest reconnect attempts.',
    source: { title: 'ioredis README: Auto-reconnect (maxRetriesPerRequest)', url: 'https://github.com/redis/ioredis#auto-reconnect' },
  },
  {
    id: 'redis-jedis-could-not-get-resource',
    system: 'redis',
    title: 'Jedis: Could not get a resource from the pool',
    pattern: String.raw`Could not get a resource from the pool`,
    examples: ['redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool'],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'The Jedis pool had no free connection (exhausted or leaked), or Redis could not be reached to create one.',
    source: { title: 'Jedis README', url: 'https://github.com/redis/jedis' },
  },
  {
    id: 'redis-lettuce-command-timeout',
    system: 'redis',
    title: 'Lettuce: RedisCommandTimeoutException: Command timed out after',
    pattern: String.raw`RedisCommandTimeoutException: Command timed out after`,
    examples: [
      'io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)',
      'io.lettuce.core.RedisCommandTimeoutException: Command timed out after 2 second(s)',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.5 },
    ],
    status: [500],
    explain: 'A Redis command through Lettuce did not complete within the command timeout.',
    source: { title: 'Lettuce docs: Client options (timeouts)', url: 'https://redis.github.io/lettuce/advanced-usage/' },
  },
  {
    id: 'redis-lettuce-unable-to-connect',
    system: 'redis',
    title: 'Lettuce: RedisConnectionException: Unable to connect to',
    pattern: String.raw`RedisConnectionException: Unable to connect to`,
    examples: ['io.lettuce.core.RedisConnectionException: Unable to connect to redis.shop.svc.cluster.local/10.96.8.3:6379'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain: 'Lettuce could not open a connection to Redis.',
    source: { title: 'Lettuce docs', url: 'https://redis.github.io/lettuce/' },
  },
  {
    id: 'redis-go-pool-timeout',
    system: 'redis',
    title: 'go-redis: redis: connection pool timeout',
    pattern: String.raw`redis: connection pool timeout`,
    examples: ['redis: connection pool timeout'],
    modes: [
      { id: 'FM-500-DB-POOL-EXHAUSTION', weight: 0.7 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.4 },
    ],
    status: [500],
    explain: 'go-redis waited PoolTimeout for a free connection; every connection in the pool was busy.',
    source: { title: 'go-redis docs: Options (PoolSize, PoolTimeout)', url: 'https://pkg.go.dev/github.com/redis/go-redis/v9#Options' },
  },
  {
    id: 'redis-stackexchange-timeout',
    system: 'redis',
    title: 'StackExchange.Redis: RedisTimeoutException: Timeout performing',
    pattern: String.raw`RedisTimeoutException: Timeout performing`,
    examples: [
      'StackExchange.Redis.RedisTimeoutException: Timeout performing GET (5000ms), next: GET cart:42, inst: 0, qu: 0, qs: 12, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0',
    ],
    modes: [
      { id: 'FM-500-INTERNAL-TIMEOUT', weight: 0.6 },
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.6 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.3 },
    ],
    status: [500],
    explain: 'A command did not complete within SyncTimeout/AsyncTimeout; thread-pool starvation on the client is a frequent cause.',
    source: { title: 'StackExchange.Redis docs: Timeouts', url: 'https://stackexchange.github.io/StackExchange.Redis/Timeouts' },
  },
  {
    id: 'redis-stackexchange-no-connection',
    system: 'redis',
    title: 'StackExchange.Redis: No connection is available to service this operation',
    pattern: String.raw`No connection is (?:active/)?available to service this operation`,
    examples: ['StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: GET cart:42'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain: 'The multiplexer has no connected endpoint for the command.',
    source: { title: 'StackExchange.Redis docs', url: 'https://stackexchange.github.io/StackExchange.Redis/' },
  },
  {
    id: 'redis-ruby-cannot-connect',
    system: 'redis',
    title: 'redis-rb: Redis::CannotConnectError',
    pattern: String.raw`Redis::CannotConnectError`,
    examples: ['Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)'],
    modes: [
      { id: 'FM-500-DEPENDENCY-LATE-TRANSLATION', weight: 0.7 },
      { id: 'FM-503-DEPENDENCY-DEGRADED', weight: 0.4 },
    ],
    status: [500],
    explain: 'The Ruby client could not connect to Redis.',
    source: { title: 'redis-rb README', url: 'https://github.com/redis/redis-rb' },
  },
];
