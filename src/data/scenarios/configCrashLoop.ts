/**
 * Scenario: a secrets change in one region renames a key the API requires. checkout-api reads its
 * secrets from a mounted Secret and re-validates them when the file changes; the key is gone, so
 * every pod exits with code 1, restarts, reads the same file and exits again: CrashLoopBackOff in
 * eu-west-1 only, while us-east-1 runs the same image without trouble. The ingress answers 503 once
 * the endpoints are empty, and 502 for requests caught on a pod as it died.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const crashing = { rpm: 9000, errors: { 503: 0.95, 502: 0.01 }, p99Ms: 30, saturation: 1 } as const;

const backOff =
  '  Warning  BackOff    14s (x31 over 5m)   kubelet            Back-off restarting failed container checkout-api in pod checkout-api-6c9b7d5f4-h2xkq_shop(8b1f2e3d-4c5a-4e6f-9a7b-1c2d3e4f5a6b)';
const fatalLine =
  '{"level":"fatal","service":"checkout-api","msg":"invalid configuration: required key PAYMENTS_GATEWAY_KEY missing in /etc/checkout/secrets","exitCode":1}';

const describeCrashingPod = {
  id: 'describe-crashing-pod',
  label: 'kubectl describe one crashing pod: last state, exit code, events',
  costMinutes: 1,
  next: 'exit-known',
  quality: 'best',
  gathers: 'exit-reason',
  runbook: 'FM-500-CRASH-LOOP',
  feedback:
    'Exit code 1 with reason Error means the app ends itself; it is not OOMKilled (137) and not killed by its liveness probe. The answer to why is in the log of the container that crashed.',
} as const;

const raiseLiveness = {
  id: 'raise-liveness-timeout',
  label: 'Raise the liveness probe timeout and initial delay to 120 s',
  costMinutes: 4,
  next: 'probe-relaxed',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-CRASH-LOOP',
  feedback:
    'The probe was not killing anything: the app exits with code 1 two seconds after it starts. The change rolls every pod again and will hide real hangs later.',
} as const;

const scaleUp = {
  id: 'scale-up',
  label: 'Scale checkout-api from 6 to 12 replicas',
  costMinutes: 2,
  next: 'scaled-up',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-CRASH-LOOP',
  feedback:
    'Every new pod reads the same secret and exits the same way, so you get twelve crashing pods instead of six. More copies of a process that cannot start add no capacity.',
} as const;

const restartDeployment = {
  id: 'restart-deployment',
  label: 'Restart the deployment (kubectl rollout restart)',
  costMinutes: 2,
  next: 'restarted',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-CRASH-LOOP',
  feedback:
    'The same image with the same config crashes the same way; a restart only resets the back-off so the pods crash more often. Read the crash before you restart anything.',
} as const;

const rollbackImage = {
  id: 'rollback-image',
  label: 'Roll back to the previous image (kubectl rollout undo)',
  costMinutes: 5,
  next: 'image-rolled-back',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-500-CONFIG-DRIFT',
  feedback:
    'us-east-1 runs this image without a single restart and the crashes began at a secrets change, not a deploy. The old image needs the same key and exits the same way.',
} as const;

const restoreSecret = {
  id: 'restore-secret-version',
  label: 'Revert CHG-4471 in eu-west-1 through the secrets pipeline (restore Secret revision 40)',
  costMinutes: 3,
  next: 'secret-restored',
  quality: 'best',
  mitigates: true,
  escalatesTo: 'platform-sre',
  runbook: 'FM-500-CONFIG-DRIFT',
  feedback:
    'Restoring the last good version in the config source puts PAYMENTS_GATEWAY_KEY back where the app looks, and it stays there at the next sync. Platform owns the secrets pipeline, so they revert their change with you.',
} as const;

export const configCrashLoop: Scenario = {
  id: 'config-crash-loop',
  title: 'A renamed secret key sends one region into a crash loop',
  summary:
    'A secrets change in eu-west-1 renames a key checkout-api requires. Every pod exits at start-up, the endpoints empty, and the ingress answers 503 (and a few 502s) while us-east-1 stays clean.',
  difficulty: 'intermediate',
  codes: [503, 502],
  expectedMinutes: 10,
  startClock: '14:02',
  seed: 20261202,
  saturationLabel: 'Pods not ready',
  initial: 'pods-crashing',
  evidence: [
    { id: 'exit-reason', label: 'Exit code, termination reason and events of a crashed pod' },
    { id: 'crash-log', label: 'The last log lines of the crashed container (kubectl logs --previous)' },
    { id: 'config-diff', label: 'The secret key names in the failing and the healthy region, and the change history' },
  ],
  rightOwners: ['app-team', 'platform-sre'],
  bestPath: ['describe-crashing-pod', 'read-previous-logs', 'diff-secret-keys', 'restore-secret-version', 'delete-backoff-pods'],
  states: {
    'pods-crashing': {
      label: 'Pods crash-looping',
      metrics: { rpm: 9000, errors: { 503: 0.86, 502: 0.06 }, p99Ms: 45, saturation: 1 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'CHG-4471 secrets-sync (eu-west-1): ExternalSecret shop/checkout-api-secrets moved to vault layout v2, Secret revision 41 (us-east-1 scheduled for next week)',
        },
        {
          at: 1,
          kind: 'log',
          text: '2026/11/24 14:03:12 [error] 31#31: *88412 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.4.21, server: api.example.com, request: "POST /v1/checkout HTTP/1.1", upstream: "http://10.42.3.17:8080/v1/checkout", host: "api.example.com"',
        },
        {
          at: 2,
          kind: 'alert',
          text: 'KubePodCrashLooping: Pod shop/checkout-api-6c9b7d5f4-h2xkq (checkout-api) is in waiting state (reason: "CrashLoopBackOff").',
        },
        {
          at: 2,
          kind: 'log',
          text: 'W1124 14:04:30.118204       7 controller.go:1214] Service "shop/checkout-api" does not have any active Endpoint.',
        },
        { at: 3, kind: 'alert', text: 'High5xxRatio checkout-api eu-west-1: 92% 5xx (503 and 502) for 2 minutes; us-east-1 0.1%' },
        { at: 3, kind: 'note', text: 'checkout-api-6c9b7d5f4-h2xkq   0/1     CrashLoopBackOff   4 (38s ago)   3d2h' },
      ],
      decision: {
        after: 4,
        prompt:
          'checkout in eu-west-1 answers 503 to almost everything; us-east-1 runs the same image and is clean. All six pods restart over and over. What do you do first?',
        actions: [describeCrashingPod, raiseLiveness, scaleUp, restartDeployment],
      },
    },
    'exit-known': {
      label: 'Exit code known',
      metrics: crashing,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'Last State: Terminated, Reason: Error, Exit Code: 1 (2 s after Started); Restart Count: 7; no "failed liveness probe, will be restarted" event',
        },
        { at: 0, kind: 'log', text: backOff },
        {
          at: 0,
          kind: 'log',
          text: '  Warning  Unhealthy  5m (x2 over 5m)    kubelet            Liveness probe failed: Get "http://10.42.3.17:8080/healthz": dial tcp 10.42.3.17:8080: connect: connection refused',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The container exits with code 1 two seconds after each start. What next?',
        actions: [
          {
            id: 'read-previous-logs',
            label: "Read the crashed container's log (kubectl logs --previous --tail=50)",
            costMinutes: 1,
            next: 'cause-known',
            quality: 'best',
            gathers: 'crash-log',
            runbook: 'FM-500-CRASH-LOOP',
            feedback:
              'The last line of the crashed container names the missing setting: PAYMENTS_GATEWAY_KEY is not in the mounted secret. The cause is config, not code and not the probe.',
          },
          rollbackImage,
          raiseLiveness,
          scaleUp,
        ],
      },
    },
    'cause-known': {
      label: 'Missing key found',
      metrics: crashing,
      events: [{ at: 0, kind: 'log', text: fatalLine }],
      decision: {
        after: 1,
        prompt: 'The app exits because PAYMENTS_GATEWAY_KEY is missing from /etc/checkout/secrets. What do you do?',
        actions: [
          {
            id: 'diff-secret-keys',
            label: "Compare the secret's key names (names only) in eu-west-1 and us-east-1, and read its change history",
            costMinutes: 2,
            next: 'drift-known',
            quality: 'best',
            gathers: 'config-diff',
            runbook: 'FM-500-CONFIG-DRIFT',
            feedback:
              'eu-west-1 has GATEWAY_API_KEY where us-east-1 has PAYMENTS_GATEWAY_KEY, and the rename is Secret revision 41 from CHG-4471 at 14:02. You now know exactly which version to restore.',
          },
          restoreSecret,
          {
            id: 'page-payment-vendor',
            label: 'Open a case with the payment gateway vendor',
            costMinutes: 6,
            next: 'cause-known',
            quality: 'wrong',
            escalatesTo: 'vendor',
            runbook: 'FM-500-CONFIG-DRIFT',
            feedback:
              'The vendor sees no calls from eu-west-1 at all, because the app exits before it makes any. The key is missing on your side, so the vendor cannot help.',
          },
        ],
      },
    },
    'drift-known': {
      label: 'Drift known',
      metrics: crashing,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'Key names: us-east-1 has PAYMENTS_GATEWAY_KEY; eu-west-1 revision 41 has GATEWAY_API_KEY instead. Image digests identical in both regions.',
        },
        {
          at: 0,
          kind: 'note',
          text: 'Secret history (eu-west-1): revision 40 (last good, 11-18), revision 41 by secrets-sync at 14:02 for CHG-4471',
        },
      ],
      decision: {
        after: 1,
        prompt: 'One key was renamed in one region by CHG-4471. How do you stop the crash loop?',
        actions: [
          restoreSecret,
          {
            id: 'add-key-by-hand',
            label: 'kubectl edit the Secret: add PAYMENTS_GATEWAY_KEY by hand, copied from GATEWAY_API_KEY',
            costMinutes: 3,
            next: 'hand-patched',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-500-CONFIG-DRIFT',
            feedback:
              'It works until the secrets operator syncs again and rewrites the Secret from the source, which still lacks the key. A value pasted outside the config source is lost at the next sync or restart.',
          },
          restartDeployment,
        ],
      },
    },
    'secret-restored': {
      label: 'Secret restored, pods in back-off',
      metrics: crashing,
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'secrets-sync: CHG-4471 reverted in eu-west-1; Secret shop/checkout-api-secrets revision 42 (content of revision 40), PAYMENTS_GATEWAY_KEY present',
        },
        {
          at: 0,
          kind: 'note',
          text: 'Pods still Waiting, reason CrashLoopBackOff: back-off 2m40s restarting failed container=checkout-api pod=checkout-api-6c9b7d5f4-h2xkq_shop(8b1f2e3d-4c5a-4e6f-9a7b-1c2d3e4f5a6b)',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The key is back in the Secret, but the pods sit in back-off for up to five minutes. What now?',
        actions: [
          {
            id: 'delete-backoff-pods',
            label: 'Delete the pods waiting in CrashLoopBackOff so they start at once',
            costMinutes: 1,
            next: 'recovering',
            quality: 'best',
            mitigates: true,
            runbook: 'FM-500-CRASH-LOOP',
            feedback:
              'With the cause fixed, deleting the waiting pods skips the back-off: new pods start now, read the restored secret and pass readiness. Before the fix the same command would only have reset the loop.',
          },
          {
            id: 'wait-for-backoff',
            label: 'Wait for the kubelet to restart the pods on its own',
            costMinutes: 5,
            next: 'recovering',
            quality: 'ok',
            runbook: 'FM-500-CRASH-LOOP',
            feedback: 'It works, but each pod first waits out its back-off, up to five minutes, while checkout in eu-west-1 stays down.',
          },
        ],
      },
    },
    'probe-relaxed': {
      label: 'Probe relaxed, still crashing',
      metrics: { rpm: 9000, errors: { 503: 0.94, 502: 0.02 }, p99Ms: 35, saturation: 1 },
      events: [
        {
          at: 0,
          kind: 'deploy',
          text: 'Deployment checkout-api: livenessProbe timeoutSeconds 1 -> 10, initialDelaySeconds 10 -> 120; new pods rolling out',
        },
        {
          at: 2,
          kind: 'note',
          text: 'New pods: Last State Terminated, Reason Error, Exit Code 1, 2 s after start; no Liveness probe events at all now',
        },
        { at: 3, kind: 'log', text: backOff },
      ],
      then: { after: 5, next: 'still-crashing' },
    },
    'scaled-up': {
      label: 'Twelve pods crashing',
      metrics: crashing,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl scale deploy/checkout-api --replicas=12' },
        { at: 1, kind: 'note', text: 'Cluster autoscaler adds 2 nodes to node group eu-west-1-general' },
        { at: 3, kind: 'note', text: '12 of 12 pods in CrashLoopBackOff; each exits with code 1 two seconds after start' },
      ],
      then: { after: 4, next: 'still-crashing' },
    },
    restarted: {
      label: 'Restarted, same crash',
      metrics: crashing,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl rollout restart deploy/checkout-api: new ReplicaSet checkout-api-7f6d8b9c5' },
        {
          at: 2,
          kind: 'note',
          text: 'New pods: CrashLoopBackOff, restart count 3 within 2 minutes (the back-off started again from 10 s)',
        },
      ],
      then: { after: 3, next: 'still-crashing' },
    },
    'image-rolled-back': {
      label: 'Old image, same crash',
      metrics: crashing,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl rollout undo deploy/checkout-api: image checkout-api:2026.11.20-1' },
        { at: 3, kind: 'log', text: fatalLine },
        { at: 3, kind: 'note', text: 'us-east-1 has run checkout-api:2026.11.21-3 all day with 0 restarts' },
      ],
      then: { after: 4, next: 'still-crashing' },
    },
    'hand-patched': {
      label: 'Quiet until the next sync',
      metrics: { rpm: 9000, errors: { 503: 0.02 }, p99Ms: 260, saturation: 0.1 },
      events: [
        { at: 0, kind: 'config', text: 'kubectl edit secret checkout-api-secrets -n shop: PAYMENTS_GATEWAY_KEY added by hand' },
        { at: 1, kind: 'note', text: 'Pods start, read the key and turn ready; 5xx drops' },
        {
          at: 8,
          kind: 'config',
          text: 'ExternalSecret shop/checkout-api-secrets refreshed from vault (refreshInterval 10m): the hand-added key is gone',
        },
        { at: 9, kind: 'log', text: fatalLine },
      ],
      then: { after: 10, next: 'still-crashing' },
    },
    'still-crashing': {
      label: 'Still crash-looping',
      metrics: crashing,
      events: [
        { at: 0, kind: 'alert', text: 'KubePodCrashLooping: still firing for checkout-api pods in eu-west-1; restart counts climbing' },
        { at: 0, kind: 'log', text: backOff },
      ],
      decision: {
        after: 1,
        prompt: 'The pods still exit and restart; eu-west-1 checkout is still down. What now?',
        actions: [
          {
            id: 'read-previous-logs-late',
            label: "Read the crashed container's log (kubectl logs --previous)",
            costMinutes: 1,
            next: 'cause-known',
            quality: 'ok',
            gathers: 'crash-log',
            runbook: 'FM-500-CRASH-LOOP',
            feedback:
              'Better late than never: the crashed container names the missing key, which no restart, probe or replica count can supply.',
          },
          describeCrashingPod,
          scaleUp,
          restartDeployment,
        ],
      },
    },
    recovering: {
      label: 'Recovering',
      metrics: { rpm: 9000, errors: { 503: 0.03 }, p99Ms: 260, saturation: 0.15 },
      events: [
        { at: 0, kind: 'note', text: 'checkout-api pods 1/1 Running; RESTARTS flat' },
        {
          at: 2,
          kind: 'note',
          text: 'ingress-nginx: no "does not have any active Endpoint" and no connection refused for checkout-api in the last 2 minutes',
        },
      ],
      then: { after: 4, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 9000, errors: {}, p99Ms: 210, saturation: 0 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: 'eu-west-1 serves checkout again with the restored secret. The app team adds the new key name as an accepted alias before CHG-4471 is retried, and platform adds a key-parity check between regions to the secrets pipeline.',
      },
    },
  },
  debrief: {
    rootCause:
      'CHG-4471 moved eu-west-1 to a new vault layout that renamed PAYMENTS_GATEWAY_KEY to GATEWAY_API_KEY. checkout-api re-validates its mounted secrets when they change and exits when a required key is missing, so every pod exited with code 1 and crash-looped; with no ready pod the ingress answered 503.',
    runbooks: ['FM-500-CRASH-LOOP', 'FM-500-CONFIG-DRIFT', 'FM-503-EMPTY-ENDPOINTS'],
    trees: ['503', '502'],
    lessons: [
      'In a crash loop, read the container that crashed (kubectl logs --previous), not the one starting now.',
      'Exit code 1 is the app quitting on purpose; probes, replicas and restarts cannot change what it reads.',
      'Same image, one region failing: compare config names between regions before rolling back code.',
      'Fix the cause first, then delete the pods waiting in back-off so they start at once.',
    ],
  },
};
