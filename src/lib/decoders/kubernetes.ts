/**
 * Kubernetes events and pod states: probe failures, back-off, OOMKilled, evictions, scheduling.
 * Events as `kubectl get events` / `kubectl describe pod` print them.
 * Reasons: https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
 * and https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/events/event.go
 */
import { applyRules, type PhraseRule } from './common';
import type { Decoded, DecodedField } from './types';

export const kubernetesRules: readonly PhraseRule[] = [
  {
    re: /Readiness probe failed/i,
    modes: [
      ['FM-503-EMPTY-ENDPOINTS', 0.85],
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.75],
      ['FM-503-COLD-START', 0.4],
    ],
    why: 'a failing readiness probe takes the pod out of the Service endpoints',
    status: 503,
  },
  {
    re: /Liveness probe failed/i,
    modes: [
      ['FM-500-CRASH-LOOP', 0.8],
      ['FM-504-GC-CPU-THROTTLE', 0.5],
      ['FM-502-DEPLOY-NO-DRAIN', 0.4],
    ],
    why: 'a failing liveness probe makes the kubelet restart the container',
    status: 502,
  },
  {
    re: /Startup probe failed/i,
    modes: [
      ['FM-503-COLD-START', 0.8],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    why: 'the app did not start within the startup probe window',
    status: 503,
  },
  {
    re: /Back-off restarting failed container|CrashLoopBackOff/i,
    modes: [
      ['FM-500-CRASH-LOOP', 0.95],
      ['FM-500-CONFIG-DRIFT', 0.5],
      ['FM-500-DEPLOY-REGRESSION', 0.4],
    ],
    why: 'the container keeps exiting and the kubelet backs off restarting it',
    status: 503,
  },
  {
    re: /OOMKilled|OOMKilling|Memory cgroup out of memory|exit code:? 137/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.9],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    why: 'the container exceeded its memory limit and was killed',
    status: 502,
  },
  {
    re: /\bEvicted\b|The node was low on resource/i,
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.8],
      ['FM-503-ROLLOUT-CAPACITY', 0.6],
    ],
    why: 'the kubelet evicted the pod because the node ran short of a resource',
    status: 503,
  },
  {
    re: /FailedScheduling|\d+\/\d+ nodes are available|Insufficient (cpu|memory)/i,
    modes: [
      ['FM-503-ROLLOUT-CAPACITY', 0.9],
      ['FM-503-EMPTY-ENDPOINTS', 0.5],
    ],
    why: 'no node can take the pod, so the rollout has fewer ready pods than needed',
    status: 503,
  },
  {
    re: /ImagePullBackOff|ErrImagePull|Failed to pull image/i,
    modes: [
      ['FM-503-ROLLOUT-CAPACITY', 0.7],
      ['FM-500-DEPLOY-REGRESSION', 0.6],
    ],
    why: 'the new image cannot be pulled, so new pods never start',
    status: 503,
  },
  {
    re: /CreateContainerConfigError|couldn't find key|configmap .* not found|secret .* not found/i,
    modes: [
      ['FM-500-CONFIG-DRIFT', 0.85],
      ['FM-500-CRASH-LOOP', 0.5],
    ],
    why: 'the pod references configuration that does not exist',
    status: 503,
  },
  {
    re: /no endpoints available for service|endpoints .* not found|has no endpoints/i,
    modes: [['FM-503-EMPTY-ENDPOINTS', 0.95]],
    why: 'the Service has no ready endpoints',
    status: 503,
  },
  {
    re: /ProgressDeadlineExceeded|exceeded its progress deadline/i,
    modes: [
      ['FM-503-ROLLOUT-CAPACITY', 0.8],
      ['FM-500-DEPLOY-REGRESSION', 0.5],
    ],
    why: 'the Deployment rollout did not progress',
    status: 503,
  },
  {
    re: /FailedMount|MountVolume\.SetUp failed/i,
    modes: [
      ['FM-503-ROLLOUT-CAPACITY', 0.6],
      ['FM-500-CONFIG-DRIFT', 0.6],
    ],
    why: 'a volume could not be mounted, so the pod does not start',
    status: 503,
  },
  {
    re: /FailedPreStopHook|PreStopHook failed|Killing .*Stopping container/i,
    modes: [['FM-502-DEPLOY-NO-DRAIN', 0.7]],
    why: 'the container is stopped (a deploy or scale-in); without draining, in-flight requests fail',
    status: 502,
  },
  { re: /CPUThrottlingHigh|cpu throttl/i, modes: [['FM-504-GC-CPU-THROTTLE', 0.85]], why: 'the container is CPU-throttled', status: 504 },
];

const EVENT_HINT =
  /\b(Warning|Normal)\s+(\w+)\s+((pod|deployment|replicaset|node|service)\/\S+)?|\b(kubelet|default-scheduler|deployment-controller)\b|pod\/|Readiness probe|Liveness probe|Startup probe|CrashLoopBackOff|OOMKilled|Back-off restarting|FailedScheduling|ImagePullBackOff|Evicted|no endpoints available/i;

export function decodeKubernetes(line: string): Decoded | null {
  if (!EVENT_HINT.test(line)) return null;
  const { modes, status } = applyRules(line, kubernetesRules);
  if (modes.length === 0) return null;
  const fields: DecodedField[] = [];
  const ev = /\b(Warning|Normal)\s+(\w+)\s+(\S+\/\S+)?\s*(.*)$/.exec(line);
  if (ev) {
    fields.push({ name: 'type', value: ev[1] ?? '' }, { name: 'reason', value: ev[2] ?? '' });
    if (ev[3]) fields.push({ name: 'object', value: ev[3] });
    if (ev[4]) fields.push({ name: 'message', value: ev[4] });
  }
  const probe = /statuscode: (\d{3})/i.exec(line);
  if (probe) fields.push({ name: 'probe status code', value: probe[1] ?? '', meaning: 'the status the app answered to the probe' });
  return {
    format: 'kubernetes-event',
    formatName: 'Kubernetes event',
    hop: 'app-server',
    status,
    fields,
    modes,
    summary: `Kubernetes: ${modes[0]?.why ?? 'event'}.`,
    specific: true,
  };
}
