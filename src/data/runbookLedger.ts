/**
 * The ledger of every runbook id ever published. Alert rules in the wild link to `/r/<id>`, so an
 * id may never disappear silently.
 *
 * How to add a runbook: add its id to `publishedIds` (the build tells you if you forget).
 * How to retire one: delete its page, keep its id in `publishedIds`, and add an entry to
 * `retiredIds` naming the runbook that replaces it. `/r/<old id>` then forwards to the new page.
 * Never reuse a retired id for a different failure mode.
 */

export const publishedIds: readonly string[] = [
  // 500
  'FM-500-LEGACY-DATA-SHAPE',
  'FM-500-DEPLOY-REGRESSION',
  'FM-500-CONFIG-DRIFT',
  'FM-500-DEPENDENCY-LATE-TRANSLATION',
  'FM-500-DB-POOL-EXHAUSTION',
  'FM-500-RESOURCE-EXHAUSTION',
  'FM-500-INTERNAL-TIMEOUT',
  'FM-500-CRASH-LOOP',
  'FM-500-ERROR-HANDLER-THROWS',
  'FM-500-MALFORMED-PAYLOAD',
  'FM-500-WAF-RULE',
  'FM-500-VENDOR-DEFECT',
  'FM-500-GLOBAL-CONFIG-PUSH',
  'FM-500-PROXY-GENERATED',
  'FM-500-CLIENT-CLOSED-REQUEST',
  'FM-500-DISK-FULL',
  // 502
  'FM-502-CONNECTION-REFUSED',
  'FM-502-KEEPALIVE-RACE',
  'FM-502-RESET-BEFORE-HEADERS',
  'FM-502-HEADER-TOO-BIG',
  'FM-502-UPSTREAM-TLS',
  'FM-502-PROTOCOL-MISMATCH',
  'FM-502-UPSTREAM-DNS',
  'FM-502-WORKER-TIMEOUT-KILL',
  'FM-502-SERVERLESS-RESPONSE',
  'FM-502-DEPLOY-NO-DRAIN',
  'FM-502-CDN-ORIGIN-UNREACHABLE',
  'FM-502-PROVIDER-FAULT',
  'FM-502-BROKEN-RESPONSE-BODY',
  'FM-502-PORT-EXHAUSTION',
  'FM-502-GRPC-HTTP2',
  'FM-502-WEBSOCKET-DROPS',
  // 503
  'FM-503-PLANNED-MAINTENANCE',
  'FM-503-NO-HEALTHY-UPSTREAM',
  'FM-503-EMPTY-ENDPOINTS',
  'FM-503-OVERLOAD-SHEDDING',
  'FM-503-RATE-LIMIT-MISCODED',
  'FM-503-CIRCUIT-OPEN',
  'FM-503-COLD-START',
  'FM-503-ROLLOUT-CAPACITY',
  'FM-503-MESH-UPSTREAM-RESET',
  'FM-503-DEPENDENCY-DEGRADED',
  'FM-503-DATASTORE-FAILOVER',
  'FM-503-CACHE-STAMPEDE',
  'FM-503-NODE-LOSS',
  'FM-503-TARGET-REGISTRATION-LAG',
  // 504
  'FM-504-SLOW-DEPENDENCY',
  'FM-504-TIMEOUT-BUDGETS',
  'FM-504-WORKER-STARVATION',
  'FM-504-NETWORK-BLACKHOLE',
  'FM-504-LONG-SYNC-WORK',
  'FM-504-LB-IDLE-TIMEOUT',
  'FM-504-RETRY-STORM',
  'FM-504-LOCK-CONTENTION',
  'FM-504-CONNECT-VS-READ',
  'FM-504-GC-CPU-THROTTLE',
  'FM-504-CDN-ORIGIN-TIMEOUT',
  'FM-504-API-GATEWAY-INTEGRATION',
];

/** Retired id -> the id of the runbook its links now forward to. */
export const retiredIds: Readonly<Record<string, string>> = {};
