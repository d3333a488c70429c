/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=500&path=logged-with-error.code-exception...). Never rename or reuse a removed id or key;
 * add a new node or option with a new key instead. Each answer says what the reader observes, with
 * vendor wording in `help` and exact codes in `observe` (no code may fit two answers of one
 * question). Every runbook that lists 500 must stay reachable, at most 6 questions to any leaf
 * (checked at build).
 */
import type { DecisionTreeData } from '../../lib/treeTypes';

export const tree500: DecisionTreeData = {
  id: '500',
  title: 'Triage a 500 Internal Server Error',
  root: 'q-app-logged',
  nodes: {
    'q-app-logged': {
      kind: 'question',
      question: "Does your application's log show the failing request?",
      help: "Search the app's log for the request id, or for the route and second, of one failing request. An ALB access log with elb_status_code 500 and target_status_code '-', or a WAF or proxy default page instead of your error format, also means the app never answered.",
      check: 'kubectl logs -n $NAMESPACE -l app=$APP --since=30m --prefix | grep -F "$REQUEST_ID"',
      options: [
        {
          key: 'logged-with-error',
          label: 'Yes, with an exception or error',
          next: 'q-first-error',
          observe: ['request id in app log with error'],
        },
        {
          key: 'not-logged-app-up',
          label: 'No, while the app serves other requests fine',
          help: "Something in front of the app answered: ALB elb_status_code 500 with target_status_code '-', Google Cloud statusDetails other than response_sent_by_backend, HAProxy PT--, a WAF or CDN page.",
          next: 'q-who-answered',
          observe: ["target_status_code '-'", 'PT--'],
        },
        {
          key: 'app-restarting',
          label: 'No: its pods or processes keep restarting',
          help: 'Heroku logs H10 (App crashed); Kubernetes shows CrashLoopBackOff or OOMKilled.',
          next: 'q-when-process-dies',
          observe: ['CrashLoopBackOff', 'OOMKilled', 'H10'],
        },
        {
          key: 'counted-not-500',
          label: 'The access log shows 499 or a 4xx for these requests, not 500',
          help: 'nginx writes 499 when the client closed the request first; an ALB writes 460. A dashboard that counts them as 5xx pages on-call for nothing.',
          next: 'leaf-client-closed',
          observe: ['499', '460'],
        },
      ],
    },
    'q-who-answered': {
      kind: 'question',
      question: 'What answered the 500 instead of the app?',
      help: "Compare the body and headers with your app's error format, and read the logs of each hop in front of the app for the same request.",
      check: "curl -sS -D - $URL -o /dev/null | grep -iE '^(HTTP/|server:|cf-ray:|x-cache:|x-amzn|via:)'",
      options: [
        {
          key: 'waf-rule',
          label: 'A WAF or security rule: a block page, or a rule id in the WAF log',
          help: "ModSecurity logs 'Access denied with code 500'; AWS WAF logs terminatingRuleId; Google Cloud logs statusDetails denied_by_security_policy; HAProxy PT-- after a tarpit.",
          next: 'q-waf-rule-kind',
          observe: ['Access denied with code 500', 'terminatingRuleId', 'denied_by_security_policy'],
        },
        {
          key: 'proxy-itself',
          label: 'Our proxy itself: its error log names a rewrite loop, a missing file or an auth subrequest',
          help: "nginx: 'rewrite or internal redirection cycle', 'auth request unexpected status'; an ALB 500 with an authenticate action that cannot reach the identity provider.",
          next: 'q-proxy-500-kind',
          observe: ['rewrite or internal redirection cycle', 'auth request unexpected status'],
        },
        {
          key: 'managed-lb',
          label: "A cloud load balancer's own error while targets are healthy",
          help: 'HTTPCode_ELB_500_Count rises while target metrics stay clean; Google Cloud statusDetails internal_error or retriable_error.',
          next: 'leaf-provider-fault-cloud',
          observe: ['HTTPCode_ELB_500_Count', 'internal_error', 'retriable_error'],
        },
        {
          key: 'api-gateway',
          label: 'API Gateway answered, and the backend or function never logged the request',
          help: 'API Gateway\'s own body {"message": "Internal server error"} with its request id, and an execution log that names the integration failure.',
          next: 'leaf-api-gateway-integration',
          observe: ['x-amzn-RequestId', 'Execution failed due to configuration error'],
        },
        {
          key: 'cdn',
          label: "The CDN's own page (Ray ID, the CDN's name), with the origin healthy",
          next: 'leaf-provider-fault-cdn',
          observe: ['Ray ID', 'cloudflare-branded 500'],
        },
      ],
    },
    'q-waf-rule-kind': {
      kind: 'question',
      question: 'Which rule blocked or failed on the request?',
      help: 'The WAF log names the rule id and the rule set it belongs to.',
      options: [
        {
          key: 'our-rule',
          label: 'A custom rule or exclusion our team wrote or tuned',
          next: 'leaf-waf-rule',
          observe: ['custom rule id'],
        },
        {
          key: 'managed-rule',
          label: "A managed rule set the provider updated, or the WAF service's own error",
          help: 'AWS managed rule groups, Cloudflare Managed Ruleset; an ALB error_reason WAFConnectionError, WAFConnectionTimeout or WAFServiceError.',
          next: 'leaf-waf-rule-managed',
          observe: ['managed rule group', 'WAFConnectionError', 'WAFConnectionTimeout', 'WAFServiceError'],
        },
      ],
    },
    'q-proxy-500-kind': {
      kind: 'question',
      question: 'What does the proxy say it was doing?',
      help: 'Read the error log line of the proxy or the load balancer for the same request.',
      check: "tail -n 500 /var/log/nginx/error.log | grep -E 'cycle|auth request|open\\(\\)' | tail -20",
      options: [
        {
          key: 'own-config',
          label: 'Its own configuration: a rewrite or redirect loop, a missing file, a broken directive',
          next: 'leaf-proxy-generated',
          observe: ['rewrite or internal redirection cycle', 'open() failed'],
        },
        {
          key: 'auth-call-failed',
          label: 'An auth subrequest got an error or a timeout from the auth service',
          next: 'leaf-proxy-generated-auth',
          observe: ['auth request unexpected status'],
        },
        {
          key: 'idp-unreachable',
          label: "The load balancer's built-in authentication cannot reach the identity provider",
          next: 'leaf-proxy-generated-idp',
          observe: ['ELBAuthError', 'IdP token endpoint'],
        },
      ],
    },
    'q-when-process-dies': {
      kind: 'question',
      question: 'When does the process die?',
      help: 'Look at the restart count, the pod status and the last termination reason: CrashLoopBackOff with exit code 1 is a start-up failure, OOMKilled with exit code 137 after a long run is memory running out.',
      check: "kubectl get pods -n $NAMESPACE -l app=$APP && kubectl describe pod $POD -n $NAMESPACE | grep -A4 'Last State'",
      options: [
        {
          key: 'at-start-up',
          label: 'During start-up, before it serves anything (CrashLoopBackOff)',
          next: 'leaf-crash-loop',
          observe: ['exit code 1', 'CrashLoopBackOff'],
        },
        {
          key: 'after-serving',
          label: 'After serving for minutes or hours (OOMKilled, exit 137)',
          next: 'leaf-resource-exhaustion-killed',
          observe: ['exit code 137', 'OOMKilled'],
        },
        {
          key: 'everywhere-after-push',
          label: 'In every region at the same minute, right after a config or data file was pushed',
          next: 'leaf-global-config-push',
          observe: ['all regions at once after a push'],
        },
      ],
    },
    'q-first-error': {
      kind: 'question',
      question: 'What does the first error of one failing request say?',
      help: "Read the request's log from its first error, not its last: in Python the first traceback before 'During handling of the above exception', in Java the deepest 'Caused by'.",
      check: 'kubectl logs -n $NAMESPACE $POD --since=30m | grep -F -A40 "$REQUEST_ID"',
      options: [
        {
          key: 'handler-failed',
          label: 'Two errors; the last is in the error handler, serializer or logger',
          next: 'leaf-error-handler-throws',
          observe: ['During handling of the above exception'],
        },
        {
          key: 'timeout-or-wait',
          label: 'A timeout, or a wait for a database connection or lock',
          next: 'q-what-timed-out',
          observe: ['timeout', 'Connection is not available', 'Lock wait timeout exceeded'],
        },
        {
          key: 'dependency-failed',
          label: 'A call to another service or database failed, or its answer could not be read',
          next: 'q-dependency-answer',
          observe: ['dependency call failed', 'read-only transaction'],
        },
        {
          key: 'out-of-resources',
          label: 'Out of memory, too many open files, or cannot create a thread',
          next: 'leaf-resource-exhaustion-error',
          observe: ['OutOfMemoryError', 'Too many open files', 'unable to create new native thread'],
        },
        {
          key: 'disk-full',
          label: "The disk is full: 'No space left on device'",
          help: 'Logs, temporary files, proxy buffers or a volume filled the disk; writes fail with ENOSPC.',
          next: 'leaf-disk-full',
          observe: ['No space left on device', 'ENOSPC'],
        },
        {
          key: 'code-exception',
          label: 'An exception in the code (null, type, key or missing-setting error)',
          next: 'q-what-changed',
          observe: ['NullPointerException', 'TypeError', 'KeyError'],
        },
      ],
    },
    'q-what-timed-out': {
      kind: 'question',
      question: 'What was the request waiting for when it failed?',
      help: "The error text names the timer that fired, and the failed requests usually all last about that timer's value (30 s is a common pool wait).",
      check:
        "kubectl logs -n $NAMESPACE $POD --since=30m | grep -iE 'timeout|timed out|not available|deadline|deadlock|too many clients' | tail -20",
      options: [
        {
          key: 'pool-connection',
          label: "A free pool connection ('Connection is not available', 'too many clients'), or a deadlock",
          next: 'leaf-db-pool-exhaustion',
          observe: ['Connection is not available', 'too many clients', 'deadlock detected'],
        },
        {
          key: 'lock',
          label: "A lock ('lock timeout', 'Lock wait timeout exceeded')",
          next: 'leaf-lock-contention',
          observe: ['Lock wait timeout exceeded', 'lock timeout'],
        },
        {
          key: 'query-or-call',
          label: 'A query or call that takes its usual time; our timer is shorter than that',
          next: 'leaf-internal-timeout',
          observe: ['timer shorter than usual latency'],
        },
        {
          key: 'dependency-slower',
          label: 'A query or call that got slower for every caller',
          next: 'leaf-internal-timeout-upstream',
          observe: ['dependency latency rose'],
        },
      ],
    },
    'q-dependency-answer': {
      kind: 'question',
      question: 'What did the dependency send back?',
      help: 'Look at the dependency span of one failing trace, or fetch the same call yourself and read its status, content type and first bytes.',
      check: 'curl -sS -i $DEPENDENCY_URL | head -c 800',
      options: [
        {
          key: 'unparseable-body',
          label: 'An internal service answered with a body the code cannot parse (HTML, empty, missing field)',
          next: 'leaf-malformed-payload',
          observe: ['unparseable body from internal service'],
        },
        {
          key: 'partner-unparseable',
          label: 'A partner or third-party API answered with a body the code cannot parse',
          next: 'leaf-malformed-payload-vendor',
          observe: ['unparseable body from partner API'],
        },
        {
          key: 'error-or-nothing',
          label: 'An error status, a refused or reset connection, or nothing',
          next: 'leaf-late-translation',
          observe: ['dependency error status', 'connection refused by dependency'],
        },
        {
          key: 'read-only',
          label: 'The database refuses writes, or the app still talks to the old primary after a failover',
          help: "PostgreSQL: 'cannot execute ... in a read-only transaction'; MySQL: 'running with the --read-only option'; Redis: 'READONLY You can't write against a read only replica'.",
          next: 'leaf-datastore-failover',
          observe: ['read-only transaction', '--read-only', 'READONLY'],
        },
      ],
    },
    'q-what-changed': {
      kind: 'question',
      question: 'What changed shortly before the errors started?',
      help: "Lay the first error's timestamp over deploy markers, config and secret changes, feature-flag flips, migrations and vendor upgrades.",
      check: 'kubectl rollout history deployment/$DEPLOYMENT -n $NAMESPACE',
      options: [
        { key: 'code-deploy', label: 'We deployed our code', next: 'q-which-requests-fail', observe: ['deploy marker'] },
        {
          key: 'flag-or-migration',
          label: 'A feature flag, schema change or data migration',
          next: 'leaf-legacy-data-shape',
          observe: ['flag flip', 'migration'],
        },
        {
          key: 'config-or-region',
          label: 'A config or secret change in one region or cluster, or a new region',
          next: 'leaf-config-drift',
          observe: ['config change in one region'],
        },
        {
          key: 'global-push',
          label: 'A config, rule or data file pushed to every region at once; all regions fail together',
          next: 'leaf-global-config-push',
          observe: ['all regions at once after a push'],
        },
        { key: 'vendor-upgrade', label: 'A vendor product was upgraded', next: 'leaf-vendor-defect', observe: ['vendor upgrade'] },
        { key: 'nothing-known', label: 'Nothing we know of', next: 'q-where-it-fails', observe: ['no change found'] },
      ],
    },
    'q-which-requests-fail': {
      kind: 'question',
      question: 'Which requests fail on the new version?',
      help: 'Replay one failing request, and one for another tenant or a newer record, against the new version.',
      options: [
        { key: 'every-request', label: 'Every request on the route', next: 'leaf-deploy-regression', observe: ['every request fails'] },
        {
          key: 'some-records',
          label: 'Only some tenants or records; the same input always fails',
          next: 'leaf-legacy-data-shape',
          observe: ['some records fail'],
        },
      ],
    },
    'q-where-it-fails': {
      kind: 'question',
      question: 'Where does the failure sit?',
      help: 'Read the top frames of the stack trace, split the errors by region, cluster and tenant, and compare the image running in a good and a bad region.',
      check: "kubectl --context $CONTEXT get deploy $DEPLOYMENT -n $NAMESPACE -o jsonpath='{..image}'",
      options: [
        {
          key: 'vendor-frames',
          label: "Top frames in a vendor's product; the same input always fails",
          next: 'leaf-vendor-defect',
          observe: ['vendor frames'],
        },
        {
          key: 'one-region',
          label: 'Only one region or environment; the error names a setting or credential',
          next: 'leaf-config-drift',
          observe: ['one region only'],
        },
        {
          key: 'some-records',
          label: 'Only some tenants or older records',
          next: 'leaf-legacy-data-shape',
          observe: ['some records fail'],
        },
        {
          key: 'our-code-everywhere',
          label: 'Our code, on every request to the route',
          next: 'leaf-deploy-regression-unmarked',
          observe: ['our frames everywhere'],
        },
      ],
    },
    'leaf-client-closed': {
      kind: 'leaf',
      runbook: 'FM-500-CLIENT-CLOSED-REQUEST',
      note: 'These requests ended on the client side; first make the alert count only real server errors.',
    },
    'leaf-waf-rule': {
      kind: 'leaf',
      runbook: 'FM-500-WAF-RULE',
      owner: 'network-edge',
      note: 'A rule your team controls answered 500 before the request reached the app.',
    },
    'leaf-waf-rule-managed': {
      kind: 'leaf',
      runbook: 'FM-500-WAF-RULE',
      owner: 'cdn-provider',
      note: "A provider-managed rule or the WAF service itself failed the request: the provider's support owns the fix.",
    },
    'leaf-proxy-generated': {
      kind: 'leaf',
      runbook: 'FM-500-PROXY-GENERATED',
      owner: 'platform-sre',
      note: "The proxy's own configuration makes the 500; the app never saw the request.",
    },
    'leaf-proxy-generated-auth': {
      kind: 'leaf',
      runbook: 'FM-500-PROXY-GENERATED',
      owner: 'upstream-owner',
      note: 'The proxy turns a failed call to the auth service into a 500.',
    },
    'leaf-proxy-generated-idp': {
      kind: 'leaf',
      runbook: 'FM-500-PROXY-GENERATED',
      owner: 'platform-sre',
      note: "The load balancer's authentication step fails before the request reaches a target.",
    },
    'leaf-api-gateway-integration': {
      kind: 'leaf',
      runbook: 'FM-504-API-GATEWAY-INTEGRATION',
      note: 'The gateway failed the integration call itself, so the backend never saw the request.',
    },
    'leaf-provider-fault-cloud': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cloud-provider',
      note: "The managed load balancer made the 500 itself while targets are healthy: collect request ids and times for the provider's support.",
    },
    'leaf-provider-fault-cdn': {
      kind: 'leaf',
      runbook: 'FM-502-PROVIDER-FAULT',
      owner: 'cdn-provider',
      note: "The CDN made the 500 itself while the origin is healthy: collect Ray ids and times for the provider's support.",
    },
    'leaf-global-config-push': {
      kind: 'leaf',
      runbook: 'FM-500-GLOBAL-CONFIG-PUSH',
      note: 'Failing everywhere at once right after a push points at the pushed file, not at any one region.',
    },
    'leaf-crash-loop': {
      kind: 'leaf',
      runbook: 'FM-500-CRASH-LOOP',
      owner: 'app-team',
      note: 'The process dies before it can serve, so no healthy instance answers the route.',
    },
    'leaf-resource-exhaustion-killed': {
      kind: 'leaf',
      runbook: 'FM-500-RESOURCE-EXHAUSTION',
      note: 'A process that serves for a while and is then killed has run out of memory or another resource.',
    },
    'leaf-resource-exhaustion-error': {
      kind: 'leaf',
      runbook: 'FM-500-RESOURCE-EXHAUSTION',
      note: 'The first error names a resource the process ran out of.',
    },
    'leaf-disk-full': {
      kind: 'leaf',
      runbook: 'FM-500-DISK-FULL',
      note: 'Writes fail because a disk or volume is full.',
    },
    'leaf-error-handler-throws': {
      kind: 'leaf',
      runbook: 'FM-500-ERROR-HANDLER-THROWS',
      note: 'The code meant to turn the first failure into a clean error threw as well; the first error is the one to chase.',
    },
    'leaf-db-pool-exhaustion': {
      kind: 'leaf',
      runbook: 'FM-500-DB-POOL-EXHAUSTION',
      note: 'The request failed waiting for a database connection, or the database aborted it as a deadlock.',
    },
    'leaf-lock-contention': {
      kind: 'leaf',
      runbook: 'FM-504-LOCK-CONTENTION',
      note: 'A lock timeout fired inside the app before any proxy gave up, so the lock wait shows as 500 instead of 504.',
    },
    'leaf-internal-timeout': {
      kind: 'leaf',
      runbook: 'FM-500-INTERNAL-TIMEOUT',
      owner: 'app-team',
      note: "The app's own timer cut off a call that takes its usual time, and the timeout became a 500.",
    },
    'leaf-internal-timeout-upstream': {
      kind: 'leaf',
      runbook: 'FM-500-INTERNAL-TIMEOUT',
      owner: 'upstream-owner',
      note: "The dependency got slower for every caller, so the app's timer fired and the timeout became a 500.",
    },
    'leaf-malformed-payload': {
      kind: 'leaf',
      runbook: 'FM-500-MALFORMED-PAYLOAD',
      owner: 'upstream-owner',
      note: 'An internal service answered, but with a body your code cannot parse or validate.',
    },
    'leaf-malformed-payload-vendor': {
      kind: 'leaf',
      runbook: 'FM-500-MALFORMED-PAYLOAD',
      owner: 'vendor',
      note: 'A partner API answered with a body your code cannot parse or validate.',
    },
    'leaf-late-translation': {
      kind: 'leaf',
      runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
      owner: 'upstream-owner',
      note: 'A dependency failed and the failure reached the client as a generic 500.',
    },
    'leaf-datastore-failover': {
      kind: 'leaf',
      runbook: 'FM-503-DATASTORE-FAILOVER',
      owner: 'app-team',
      note: 'After a failover the app keeps writing to a node that is now read-only.',
    },
    'leaf-deploy-regression': {
      kind: 'leaf',
      runbook: 'FM-500-DEPLOY-REGRESSION',
      note: 'The new release throws on every request to the route.',
    },
    'leaf-deploy-regression-unmarked': {
      kind: 'leaf',
      runbook: 'FM-500-DEPLOY-REGRESSION',
      note: 'Our code fails on every request; check the deploy history for a release nobody announced or a canary still rolling.',
    },
    'leaf-legacy-data-shape': {
      kind: 'leaf',
      runbook: 'FM-500-LEGACY-DATA-SHAPE',
      note: 'Only some records or tenants fail, which points at data that predates the new code path.',
    },
    'leaf-config-drift': {
      kind: 'leaf',
      runbook: 'FM-500-CONFIG-DRIFT',
      note: 'The code is the same everywhere; a setting or secret differs where it fails.',
    },
    'leaf-vendor-defect': {
      kind: 'leaf',
      runbook: 'FM-500-VENDOR-DEFECT',
      note: "The exception is thrown inside a vendor's product, so the lasting fix is a vendor release.",
    },
  },
};
