/**
 * Kubernetes error signatures: text that Kubernetes prints, each with the failure modes it points to.
 * This file holds one system (`system: 'kubernetes'` in every entry); a line printed by another system
 * goes in that system's file. tests/unit/signatures.test.ts fails when a file holds two.
 *
 * How to add a signature: copy 1-3 real lines into `examples` (from the vendor's documentation or
 * source code, or a public issue thread, never from memory), write a `pattern` that matches all of
 * them, point `modes` at runbook ids and give the `source` URL. Recipe:
 * docs/contributing/signature.mdx; `npm run check:content` checks it.
 */
import type { ErrorSignature, SignatureSystemInfo } from '../../lib/signatureTypes';

export const system: SignatureSystemInfo = { id: 'kubernetes', name: 'Kubernetes', hop: 'app-server' };

const podLifecycle = { title: 'Kubernetes docs: Pod Lifecycle', url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/' };
const probesDoc = {
  title: 'Kubernetes docs: Configure Liveness, Readiness and Startup Probes',
  url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
};
const memoryDoc = {
  title: 'Kubernetes docs: Assign Memory Resources to Containers and Pods',
  url: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/',
};

export const signatures: readonly ErrorSignature[] = [
  {
    id: 'k8s-crashloopbackoff',
    system: 'kubernetes',
    title: 'Kubernetes: CrashLoopBackOff',
    pattern: String.raw`\bCrashLoopBackOff\b`,
    examples: ['web-7d9c8b6f4-x2kq9   0/1     CrashLoopBackOff   6 (2m10s ago)   12m', '      Reason:       CrashLoopBackOff'],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [503, 502],
    explain: 'The container keeps exiting and the kubelet waits longer and longer (up to five minutes) before each restart.',
    source: podLifecycle,
  },
  {
    id: 'k8s-back-off-restarting-failed-container',
    system: 'kubernetes',
    title: 'Kubernetes event: Back-off restarting failed container',
    pattern: String.raw`Back-off restarting failed container`,
    examples: [
      '  Warning  BackOff    3s (x9 over 2m)    kubelet            Back-off restarting failed container web in pod web-7d9c8b6f4-x2kq9_shop(3f2c1d0e-5b6a-4c7d-8e9f-0a1b2c3d4e5f)',
      'shop        12s         Warning   BackOff   pod/web-7d9c8b6f4-x2kq9   Back-off restarting failed container',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.9 },
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.4 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.4 },
    ],
    status: [503, 502],
    explain: 'The kubelet event behind CrashLoopBackOff: the container exited again and its restart is being delayed.',
    source: podLifecycle,
  },
  {
    id: 'k8s-oomkilled',
    system: 'kubernetes',
    title: 'Kubernetes: OOMKilled',
    pattern: String.raw`\bOOMKilled\b`,
    examples: ['      Reason:       OOMKilled', 'web-7d9c8b6f4-x2kq9   0/1     OOMKilled          3 (41s ago)     9m'],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.9 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The container went over its memory limit and the kernel killed it; requests in flight on it are lost.',
    source: memoryDoc,
  },
  {
    id: 'k8s-exit-code-137',
    system: 'kubernetes',
    title: 'Container exit code 137 (SIGKILL)',
    pattern: String.raw`\bex[i]t(?:ed with)?\s+code:?\s*137\b`,
    examples: ['      Exit Code:    137', 'command terminated with exit code 137', 'web-1  | web exited with code 137'],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.7 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.3 },
    ],
    status: [502, 503],
    explain:
      '137 is 128 + 9: the process was killed with SIGKILL, by the OOM killer (Reason: OOMKilled) or by a failed liveness probe or stop timeout.',
    source: memoryDoc,
  },
  {
    id: 'k8s-readiness-probe-failed',
    system: 'kubernetes',
    title: 'Kubernetes event: Readiness probe failed',
    pattern: String.raw`Readiness probe failed:`,
    examples: [
      '  Warning  Unhealthy  12s (x4 over 42s)  kubelet            Readiness probe failed: HTTP probe failed with statuscode: 503',
      '  Warning  Unhealthy  5s (x12 over 2m)   kubelet            Readiness probe failed: Get "http://10.244.1.23:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    ],
    modes: [
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.7 },
      { id: 'FM-503-NO-HEALTHY-UPSTREAM', weight: 0.6 },
      { id: 'FM-504-WORKER-STARVATION', weight: 0.3 },
    ],
    status: [503],
    explain: "The pod is taken out of the Service's endpoints; if every pod fails it, the ingress has nothing to route to and answers 503.",
    source: probesDoc,
  },
  {
    id: 'k8s-liveness-probe-failed',
    system: 'kubernetes',
    title: 'Kubernetes event: Liveness probe failed',
    pattern: String.raw`Liveness probe failed:|failed liveness probe, will be restarted`,
    examples: [
      '  Warning  Unhealthy  20s (x3 over 40s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500',
      '  Normal   Killing    20s                kubelet            Container web failed liveness probe, will be restarted',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.6 },
      { id: 'FM-502-WORKER-TIMEOUT-KILL', weight: 0.5 },
      { id: 'FM-504-GC-CPU-THROTTLE', weight: 0.3 },
    ],
    status: [502],
    explain:
      'The kubelet restarts the container, killing the requests in flight; a liveness probe that checks dependencies or times out under load turns slowness into restarts.',
    source: probesDoc,
  },
  {
    id: 'k8s-startup-probe-failed',
    system: 'kubernetes',
    title: 'Kubernetes event: Startup probe failed',
    pattern: String.raw`Startup probe failed:|failed startup probe, will be restarted`,
    examples: [
      '  Warning  Unhealthy  30s (x10 over 2m)  kubelet            Startup probe failed: Get "http://10.244.1.23:8080/healthz": dial tcp 10.244.1.23:8080: connect: connection refused',
    ],
    modes: [
      { id: 'FM-500-CRASH-LOOP', weight: 0.6 },
      { id: 'FM-503-COLD-START', weight: 0.5 },
    ],
    status: [503],
    explain: 'The application did not come up within the startup probe window, so it is never marked ready and is restarted.',
    source: probesDoc,
  },
  {
    id: 'ingress-nginx-service-no-active-endpoint',
    system: 'kubernetes',
    title: 'ingress-nginx: Service "ns/name" does not have any active Endpoint.',
    pattern: String.raw`Service "[^"]+" does not have any active Endpoint`,
    examples: [
      'W1122 09:14:18.442311       7 controller.go:1214] Service "shop/web" does not have any active Endpoint.',
      'W1122 09:14:19.001201       7 controller.go:1112] Service "payments/api" does not have any active Endpoint.',
    ],
    modes: [{ id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.95 }],
    status: [503],
    explain:
      'The Service behind an Ingress has no ready endpoints (selector mismatch, wrong port, or every pod unready), so ingress-nginx answers 503.',
    source: {
      title: 'ingress-nginx source: internal/ingress/controller/controller.go',
      url: 'https://github.com/kubernetes/ingress-nginx/blob/main/internal/ingress/controller/controller.go',
    },
  },
  {
    id: 'k8s-no-endpoints-available-for-service',
    system: 'kubernetes',
    title: 'Kubernetes: no endpoints available for service',
    pattern: String.raw`no endpoints available for service`,
    examples: [
      '  "message": "no endpoints available for service \\"flask-service\\"",',
      'Error from server (InternalError): Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": no endpoints available for service "ingress-nginx-controller-admission"',
    ],
    modes: [
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.9 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.3 },
    ],
    status: [503],
    explain: 'The API server proxy (or a webhook call) found no ready endpoint behind the Service and answered 503 ServiceUnavailable.',
    source: { title: 'Kubernetes docs: Debug Services', url: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-service/' },
  },
  {
    id: 'k8s-evicted',
    system: 'kubernetes',
    title: 'Kubernetes: pod Evicted (node low on resource)',
    pattern: String.raw`\bEvicted\b|The node was low on resource: \S+`,
    examples: [
      'web-7d9c8b6f4-x2kq9   0/1     Evicted            0                3h',
      'Message:          The node was low on resource: memory. Container web was using 1893624Ki, which exceeds its request of 512Mi.',
    ],
    modes: [
      { id: 'FM-500-RESOURCE-EXHAUSTION', weight: 0.6 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.3 },
    ],
    status: [502, 503],
    explain: 'The kubelet evicted the pod because the node ran short of memory or disk; pods using more than they requested go first.',
    source: {
      title: 'Kubernetes docs: Node-pressure Eviction',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    },
  },
  {
    id: 'k8s-image-pull-backoff',
    system: 'kubernetes',
    title: 'Kubernetes: ImagePullBackOff / ErrImagePull',
    pattern: String.raw`\b(?:ImagePullBackOff|ErrImagePull)\b|Back-off pulling image`,
    examples: [
      'web-5f6d7c8b9-q8wzt   0/1     ImagePullBackOff   0          4m',
      '  Normal   BackOff    12s (x6 over 3m)   kubelet            Back-off pulling image "registry.example.com/shop/web:1.4.2"',
    ],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
      { id: 'FM-500-CONFIG-DRIFT', weight: 0.5 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.4 },
    ],
    status: [503],
    explain:
      'New pods cannot pull their image (wrong tag, missing pull secret, registry down), so the rollout stalls with fewer ready replicas.',
    source: {
      title: 'Kubernetes docs: Images (ImagePullBackOff)',
      url: 'https://kubernetes.io/docs/concepts/containers/images/#imagepullbackoff',
    },
  },
  {
    id: 'k8s-failed-scheduling',
    system: 'kubernetes',
    title: 'Kubernetes event: FailedScheduling (0/N nodes are available)',
    pattern: String.raw`\bFailedScheduling\b|\d+/\d+ nodes are available:`,
    examples: [
      '  Warning  FailedScheduling  30s   default-scheduler  0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      'shop        45s         Warning   FailedScheduling   pod/web-7d9c8b6f4-p2m4n   0/6 nodes are available: 6 Insufficient cpu.',
    ],
    modes: [
      { id: 'FM-503-COLD-START', weight: 0.7 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.6 },
    ],
    status: [503],
    explain: 'New replicas stay Pending because no node has room, so scale-up or a rollout cannot add capacity.',
    source: { title: 'Kubernetes docs: Debug Pods (Pending)', url: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/' },
  },
  {
    id: 'k8s-create-container-config-error',
    system: 'kubernetes',
    title: 'Kubernetes: CreateContainerConfigError (secret or configmap not found)',
    pattern: String.raw`\bCreateContainerConfigError\b|Error: (?:secret|configmap) "[^"]+" not found|couldn't find key \S+ in (?:Secret|ConfigMap)`,
    examples: [
      'web-5f6d7c8b9-q8wzt   0/1     CreateContainerConfigError   0          2m',
      '  Warning  Failed     10s (x5 over 1m)   kubelet            Error: secret "db-credentials" not found',
      "  Warning  Failed     10s (x5 over 1m)   kubelet            Error: couldn't find key DATABASE_URL in Secret shop/db-credentials",
    ],
    modes: [{ id: 'FM-500-CONFIG-DRIFT', weight: 0.9 }],
    status: [503],
    explain: 'The container cannot be created because a Secret, ConfigMap or key it references is missing in this namespace or cluster.',
    source: {
      title: 'Kubernetes docs: Secrets (using Secrets as environment variables)',
      url: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    },
  },
  {
    id: 'k8s-progress-deadline-exceeded',
    system: 'kubernetes',
    title: 'Kubernetes: deployment exceeded its progress deadline',
    pattern: String.raw`exceeded its progress deadline|\bProgressDeadlineExceeded\b`,
    examples: ['error: deployment "web" exceeded its progress deadline', '  Progressing    False   ProgressDeadlineExceeded'],
    modes: [
      { id: 'FM-500-DEPLOY-REGRESSION', weight: 0.5 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.5 },
      { id: 'FM-500-CRASH-LOOP', weight: 0.4 },
    ],
    status: [503],
    explain: 'The rollout made no progress within progressDeadlineSeconds: new pods crash, fail readiness or cannot be scheduled.',
    source: {
      title: 'Kubernetes docs: Deployments (failed deployment)',
      url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#failed-deployment',
    },
  },
  {
    id: 'k8s-failed-prestop-hook',
    system: 'kubernetes',
    title: 'Kubernetes event: FailedPreStopHook',
    pattern: String.raw`\bFailedPreStopHook\b`,
    examples: [
      '  Warning  FailedPreStopHook  3s    kubelet  Exec lifecycle hook ([sleep 10]) for Container "web" in Pod "web-7d9c8b6f4-x2kq9_shop(3f2c1d0e-5b6a-4c7d-8e9f-0a1b2c3d4e5f)" failed - error: command \'sleep 10\' exited with 126: , message: "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"sleep\\": executable file not found in $PATH: unknown\\r\\n"',
    ],
    modes: [{ id: 'FM-502-DEPLOY-NO-DRAIN', weight: 0.7 }],
    status: [502],
    explain:
      'The preStop hook meant to keep the pod serving while it leaves the endpoints failed, so the pod stops before traffic has drained away.',
    source: podLifecycle,
  },
  {
    id: 'k8s-cpu-cfs-throttled',
    system: 'kubernetes',
    title: 'cAdvisor metric container_cpu_cfs_throttled_periods_total',
    pattern: String.raw`\bcontainer_cpu_cfs_throttled_(?:periods|seconds)_total\b`,
    examples: [
      'rate(container_cpu_cfs_throttled_periods_total{namespace="shop", container="web"}[5m]) / rate(container_cpu_cfs_periods_total{namespace="shop", container="web"}[5m]) > 0.25',
      'container_cpu_cfs_throttled_seconds_total{container="web",namespace="shop",pod="web-7d9c8b6f4-x2kq9"} 18234.5',
    ],
    modes: [{ id: 'FM-504-GC-CPU-THROTTLE', weight: 0.9 }],
    status: [504],
    explain:
      "The container keeps hitting its CPU limit's CFS quota and is paused until the next period, which stalls requests without any restart.",
    source: {
      title: 'cAdvisor docs: Prometheus container metrics',
      url: 'https://github.com/google/cadvisor/blob/master/docs/storage/prometheus.md',
    },
  },
  {
    id: 'k8s-ephemeral-storage-limit-exceeded',
    system: 'kubernetes',
    title: 'Kubernetes: exceeded its local ephemeral storage limit',
    pattern: String.raw`exceeded its local ephemeral storage limit|ephemeral local storage usage exceeds the total limit of containers`,
    examples: [
      'Container worker exceeded its local ephemeral storage limit "10Gi". ',
      'Container wordpress exceeded its local ephemeral storage limit "2048Mi". ',
    ],
    modes: [
      { id: 'FM-500-DISK-FULL', weight: 0.9 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.2 },
    ],
    status: [503, 502],
    explain:
      'The kubelet evicted the pod because a container wrote more to its writable layer, logs or emptyDir than its ephemeral-storage limit allows.',
    source: {
      title: 'Kubernetes source: pkg/kubelet/eviction/eviction_manager.go',
      url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/eviction/eviction_manager.go',
    },
  },
  {
    id: 'k8s-node-status-not-ready',
    system: 'kubernetes',
    title: 'Kubernetes event: Node ... status is now: NodeNotReady',
    pattern: String.raw`Node \S+ status is now: NodeNotReady`,
    examples: [
      '41m                 Normal    NodeNotReady              Node/ip-10-0-2-138.ec2.internal   Node ip-10-0-2-138.ec2.internal status is now: NodeNotReady',
      '  Normal   NodeNotReady         22s   kubelet         Node abm-user-w2 status is now: NodeNotReady',
    ],
    modes: [
      { id: 'FM-503-NODE-LOSS', weight: 0.85 },
      { id: 'FM-503-ROLLOUT-CAPACITY', weight: 0.2 },
    ],
    status: [503, 502],
    explain:
      'A node stopped reporting healthy; its pods drop out of service endpoints, and unless they tolerate the taint longer they are evicted after the default 300 seconds.',
    source: {
      title: 'Kubernetes docs: Taints and tolerations (taint-based evictions)',
      url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions',
    },
  },
  {
    id: 'ingress-nginx-admission-webhook-failed',
    system: 'kubernetes',
    title: 'ingress-nginx: failed calling webhook "validate.nginx.ingress.kubernetes.io"',
    pattern: String.raw`failed calling webhook "validate\.nginx\.ingress\.kubernetes\.io"`,
    examples: [
      'Error from server (InternalError): error when creating "ingress.yaml": Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.96.246.94:443: connect: connection refused',
      'Error: UPGRADE FAILED: failed to create resource: Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": dial tcp 10.111.138.0:443: connect: connection refused',
    ],
    modes: [
      { id: 'FM-503-TARGET-REGISTRATION-LAG', weight: 0.7 },
      { id: 'FM-503-EMPTY-ENDPOINTS', weight: 0.3 },
    ],
    status: [503],
    explain:
      'The ingress controller’s admission webhook could not be reached, so the Ingress change was rejected and the proxy still routes by the old rules.',
    source: {
      title: 'Kubernetes docs: Dynamic admission control',
      url: 'https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/',
    },
  },
];
