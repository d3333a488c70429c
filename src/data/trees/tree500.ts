/**
 * How to edit this tree: node ids and option keys are stable and appear in shared triage URLs
 * (?tree=500&path=logged-with-error.code-exception...). Never rename or reuse a removed id or key;
 * add a new node or option with a new key instead. Every runbook whose primary code is 500 must stay
 * reachable, with 2-5 options per question and at most 6 questions to any leaf (checked at build).
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
        { key: 'logged-with-error', label: 'Yes, with an exception or error', next: 'q-first-error' },
        { key: 'not-logged-app-up', label: 'No, while the app serves other requests fine', next: 'leaf-waf-rule' },
        { key: 'app-restarting', label: 'No: its pods or processes keep restarting', next: 'q-when-process-dies' },
      ],
    },
    'q-when-process-dies': {
      kind: 'question',
      question: 'When does the process die?',
      help: 'Look at the restart count, the pod status and the last termination reason: CrashLoopBackOff with exit code 1 is a start-up failure, OOMKilled with exit code 137 after a long run is memory running out.',
      check: "kubectl get pods -n $NAMESPACE -l app=$APP && kubectl describe pod $POD -n $NAMESPACE | grep -A4 'Last State'",
      options: [
        { key: 'at-start-up', label: 'During start-up, before it serves anything (CrashLoopBackOff)', next: 'leaf-crash-loop' },
        {
          key: 'after-serving',
          label: 'After serving for minutes or hours (OOMKilled, exit 137)',
          next: 'leaf-resource-exhaustion-killed',
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
        },
        { key: 'timeout-or-wait', label: 'A timeout, or a wait for a database connection or lock', next: 'q-what-timed-out' },
        {
          key: 'dependency-failed',
          label: 'A call to another service failed, or its answer could not be read',
          next: 'q-dependency-answer',
        },
        {
          key: 'out-of-resources',
          label: 'Out of memory, too many open files, or cannot create a thread',
          next: 'leaf-resource-exhaustion-error',
        },
        { key: 'code-exception', label: 'An exception in the code (null, type, key or missing-setting error)', next: 'q-what-changed' },
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
        },
        { key: 'lock', label: "A lock ('lock timeout', 'Lock wait timeout exceeded')", next: 'leaf-lock-contention' },
        {
          key: 'query-or-call',
          label: 'A query or outgoing call (statement timeout, read timeout, deadline exceeded)',
          next: 'leaf-internal-timeout',
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
          label: 'A success status, but a body the code cannot parse (HTML, empty, missing field)',
          next: 'leaf-malformed-payload',
        },
        { key: 'error-or-nothing', label: 'An error status, a refused or reset connection, or nothing', next: 'leaf-late-translation' },
      ],
    },
    'q-what-changed': {
      kind: 'question',
      question: 'What changed shortly before the errors started?',
      help: "Lay the first error's timestamp over deploy markers, config and secret changes, feature-flag flips, migrations and vendor upgrades.",
      check: 'kubectl rollout history deployment/$DEPLOYMENT -n $NAMESPACE',
      options: [
        { key: 'code-deploy', label: 'We deployed our code', next: 'q-which-requests-fail' },
        { key: 'flag-or-migration', label: 'A feature flag, schema change or data migration', next: 'leaf-legacy-data-shape' },
        { key: 'config-or-region', label: 'A config or secret change, or a new region or cluster', next: 'leaf-config-drift' },
        { key: 'vendor-upgrade', label: 'A vendor product was upgraded', next: 'leaf-vendor-defect' },
        { key: 'nothing-known', label: 'Nothing we know of', next: 'q-where-it-fails' },
      ],
    },
    'q-which-requests-fail': {
      kind: 'question',
      question: 'Which requests fail on the new version?',
      help: 'Replay one failing request, and one for another tenant or a newer record, against the new version.',
      options: [
        { key: 'every-request', label: 'Every request on the route', next: 'leaf-deploy-regression' },
        { key: 'some-records', label: 'Only some tenants or records; the same input always fails', next: 'leaf-legacy-data-shape' },
      ],
    },
    'q-where-it-fails': {
      kind: 'question',
      question: 'Where does the failure sit?',
      help: 'Read the top frames of the stack trace, split the errors by region, cluster and tenant, and compare the image running in a good and a bad region.',
      check: "kubectl --context $CONTEXT get deploy $DEPLOYMENT -n $NAMESPACE -o jsonpath='{..image}'",
      options: [
        { key: 'vendor-frames', label: "Top frames in a vendor's product; the same input always fails", next: 'leaf-vendor-defect' },
        { key: 'one-region', label: 'Only one region or environment; the error names a setting or credential', next: 'leaf-config-drift' },
        { key: 'some-records', label: 'Only some tenants or older records', next: 'leaf-legacy-data-shape' },
        { key: 'our-code-everywhere', label: 'Our code, on every request to the route', next: 'leaf-deploy-regression-unmarked' },
      ],
    },
    'leaf-waf-rule': {
      kind: 'leaf',
      runbook: 'FM-500-WAF-RULE',
      note: 'The app is up but never saw the request, so something in front of it answered 500, most often a WAF or security rule.',
    },
    'leaf-crash-loop': {
      kind: 'leaf',
      runbook: 'FM-500-CRASH-LOOP',
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
      note: "The app's own timer cut off a slow query or call, and the timeout became a 500.",
    },
    'leaf-malformed-payload': {
      kind: 'leaf',
      runbook: 'FM-500-MALFORMED-PAYLOAD',
      note: 'The dependency answered, but with a body your code cannot parse or validate.',
    },
    'leaf-late-translation': {
      kind: 'leaf',
      runbook: 'FM-500-DEPENDENCY-LATE-TRANSLATION',
      note: 'A dependency failed and the failure reached the client as a generic 500.',
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
