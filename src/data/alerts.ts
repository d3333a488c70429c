/**
 * How to add an alert: add an entry with the name exactly as the rule spells it (names are matched
 * case-insensitively, so two may not differ only in case), its source, and a runbook id or a tree
 * with an optional path of option keys. An unknown name lands on triage with the alert's context;
 * the build checks every target (the runbook id exists, the tree exists, the path is valid).
 */
import type { AlertMapping } from '../lib/alertTypes';

const GUIDE = '5xx Field Guide example rules';
const KUBE_MIXIN = 'kube-prometheus-stack (kubernetes-mixin)';
const ALB = 'AWS ALB CloudWatch metric (alarm named after the metric)';

export const alertMappings: readonly AlertMapping[] = [
  // --- This guide's example rules -------------------------------------------------------------
  {
    alertname: 'High5xxRate',
    target: { tree: 'start' },
    source: GUIDE,
    note: 'The rule counts every 5xx together, so triage starts by asking which code the failing responses carry.',
  },
  {
    alertname: 'High500Rate',
    target: { tree: '500' },
    source: GUIDE,
    note: 'The code is known to be 500, so triage starts at the 500 tree.',
  },
  {
    alertname: 'High502Rate',
    target: { tree: '502' },
    source: GUIDE,
    note: 'The code is known to be 502, so triage starts by finding which layer wrote it.',
  },
  {
    alertname: 'High503Rate',
    target: { tree: '503' },
    source: GUIDE,
    note: 'The code is known to be 503, so triage starts with what the 503 body says.',
  },
  {
    alertname: 'High504Rate',
    target: { tree: '504' },
    source: GUIDE,
    note: 'The code is known to be 504, so triage starts by finding which gateway gave up.',
  },
  {
    alertname: 'UpstreamConnectErrors',
    target: { tree: '503', path: ['upstream-connect-error'] },
    source: GUIDE,
    note: "The rule counts Envoy's 'upstream connect error or disconnect/reset before headers' answers, so triage starts at the reset reason.",
  },
  {
    alertname: 'NoHealthyUpstream',
    target: { tree: '503', path: ['no-healthy-upstream'] },
    source: GUIDE,
    note: "The rule counts 'no healthy upstream' answers, so triage starts by counting ready endpoints and healthy targets.",
  },
  {
    alertname: 'GatewayTimeoutsAtLoadBalancer',
    target: { tree: '504' },
    source: GUIDE,
    note: 'The load balancer made these 504s itself; the 504 tree first asks whether it gave up while connecting or while waiting for the response.',
  },

  // --- kube-prometheus-stack ------------------------------------------------------------------
  {
    alertname: 'KubePodCrashLooping',
    target: { runbook: 'FM-500-CRASH-LOOP' },
    source: KUBE_MIXIN,
    note: 'A container keeps restarting; the runbook reads the exit code and sends exit 137 (OOMKilled) on to resource exhaustion.',
  },
  {
    alertname: 'KubeContainerWaiting',
    target: { runbook: 'FM-500-CRASH-LOOP' },
    source: KUBE_MIXIN,
    note: 'A container waiting for over an hour is most often in CrashLoopBackOff; an image-pull or config reason in the alert means it never started, and kubectl describe pod says why.',
  },
  {
    alertname: 'KubePodNotReady',
    target: { runbook: 'FM-503-EMPTY-ENDPOINTS' },
    source: KUBE_MIXIN,
    note: 'A pod stuck Pending or not running serves nothing; when that is every pod behind a Service, its endpoints are empty and the ingress answers 503 at once.',
  },
  {
    alertname: 'KubeDeploymentReplicasMismatch',
    target: { runbook: 'FM-503-ROLLOUT-CAPACITY' },
    source: KUBE_MIXIN,
    note: 'Fewer replicas are available than desired, most often because a rollout or drain removed pods faster than new ones became ready.',
  },
  {
    alertname: 'KubeDeploymentRolloutStuck',
    target: { runbook: 'FM-503-ROLLOUT-CAPACITY' },
    source: KUBE_MIXIN,
    note: 'A rollout that stopped progressing leaves the service short of ready pods, often with surge pods Pending for lack of room.',
  },
  {
    alertname: 'KubeHpaMaxedOut',
    target: { runbook: 'FM-503-OVERLOAD-SHEDDING' },
    source: KUBE_MIXIN,
    note: 'The autoscaler is at its maximum, so demand above that capacity is queued or shed.',
  },
  {
    alertname: 'KubeHpaReplicasMismatch',
    target: { runbook: 'FM-503-COLD-START' },
    source: KUBE_MIXIN,
    note: 'The autoscaler wants more replicas than it has, so requests arrive before enough warm instances exist.',
  },
  {
    alertname: 'CPUThrottlingHigh',
    target: { runbook: 'FM-504-GC-CPU-THROTTLE' },
    source: KUBE_MIXIN,
    note: 'A container spends much of its time throttled at its CPU limit, which freezes requests long enough for gateways to give up.',
  },
  {
    alertname: 'TargetDown',
    target: { runbook: 'FM-502-CONNECTION-REFUSED' },
    source: 'kube-prometheus-stack (kube-prometheus general.rules)',
    note: 'Prometheus cannot reach the targets it scrapes, the same failure a proxy sees as a refused connection; the runbook checks whether anything listens on the port.',
  },

  // --- awesome-prometheus-alerts (samber/awesome-prometheus-alerts) -----------------------------
  {
    alertname: 'KubernetesContainerOomKiller',
    target: { runbook: 'FM-500-RESOURCE-EXHAUSTION' },
    source: 'awesome-prometheus-alerts (kube-state-metrics rules)',
    note: 'A container was OOMKilled, which drops the requests it was serving and shows as 500s or as 502s from the proxy.',
  },
  {
    alertname: 'NginxHighHttp5xxErrorRate',
    target: { tree: 'start' },
    source: 'awesome-prometheus-alerts (NGINX rules); the same name in ingress-nginx-mixin',
    note: 'The rule counts every 5xx nginx sent, so triage starts by asking which code they carry.',
  },
  {
    alertname: 'NginxLatencyHigh',
    target: { tree: '504', path: ['waiting-for-response', 'got-slower'] },
    source: 'awesome-prometheus-alerts (NGINX rules)',
    note: 'Requests through nginx got slower, the step before 504s, so triage starts at where a slow request spends its time.',
  },
  {
    alertname: 'IstioHigh5xxErrorRate',
    target: { tree: 'start' },
    source: 'awesome-prometheus-alerts (Istio rules)',
    note: 'The rule counts every 5xx in the mesh, so triage starts by asking which code they carry.',
  },
  {
    alertname: 'HaproxyHighHttp5xxErrorRateBackend',
    target: { tree: 'start' },
    source: 'awesome-prometheus-alerts (HAProxy rules)',
    note: 'The rule counts every 5xx on a backend, so triage starts by asking which code they carry.',
  },
  {
    alertname: 'TraefikHighHttp5xxErrorRateService',
    target: { tree: 'start' },
    source: 'awesome-prometheus-alerts (Traefik rules)',
    note: 'The rule counts every 5xx of a Traefik service, so triage starts by asking which code they carry.',
  },
  {
    alertname: 'BlackboxProbeHttpFailure',
    target: { tree: 'start' },
    source: 'awesome-prometheus-alerts (Blackbox exporter rules)',
    note: "The probe got an error status; the alert's value is the code, which is the first question of triage.",
  },

  // --- AWS Application Load Balancer -----------------------------------------------------------
  {
    alertname: 'HTTPCode_ELB_5XX_Count',
    target: { tree: 'start' },
    source: ALB,
    note: 'The ALB made these 5xx itself, so the targets never answered; the per-code metrics or the access log tell which code.',
  },
  {
    alertname: 'HTTPCode_ELB_500_Count',
    target: { runbook: 'FM-500-WAF-RULE' },
    source: ALB,
    note: 'An ALB makes a 500 itself when executing AWS WAF web ACL rules fails, so the app never saw the request.',
  },
  {
    alertname: 'HTTPCode_ELB_502_Count',
    target: { tree: '502' },
    source: ALB,
    note: 'The ALB got no valid response from a target (refused, reset, bad TLS or headers, or a Lambda error); the 502 tree separates them.',
  },
  {
    alertname: 'HTTPCode_ELB_503_Count',
    target: { tree: '503', path: ['plain-proxy-page'] },
    source: ALB,
    note: 'The ALB answered 503 itself, most often because the target group has no registered targets, or a fixed-response rule answered.',
  },
  {
    alertname: 'HTTPCode_ELB_504_Count',
    target: { tree: '504' },
    source: ALB,
    note: 'The ALB gave up on a target, either while connecting (10 s) or while waiting past its idle timeout; the 504 tree asks which.',
  },
  {
    alertname: 'HTTPCode_Target_5XX_Count',
    target: { tree: '500' },
    source: ALB,
    note: 'The targets themselves answered 5xx and the ALB passed it on, so the error is in the application.',
  },
  {
    alertname: 'TargetResponseTime',
    target: { tree: '504', path: ['waiting-for-response', 'got-slower'] },
    source: ALB,
    note: 'Targets take longer to answer, the step before ALB 504s, so triage starts at where a slow request spends its time.',
  },
  {
    alertname: 'UnHealthyHostCount',
    target: { runbook: 'FM-503-NO-HEALTHY-UPSTREAM' },
    source: ALB,
    note: 'Targets fail the target group health check; when all of them do, the ALB fails open and the sick targets answer, as the runbook explains.',
  },
  {
    alertname: 'TargetConnectionErrorCount',
    target: { runbook: 'FM-502-CONNECTION-REFUSED' },
    source: ALB,
    note: 'The ALB could not open connections to targets, most often because nothing listens on the port; the runbook points to the network black hole when connects time out instead.',
  },
  {
    alertname: 'TargetTLSNegotiationErrorCount',
    target: { runbook: 'FM-502-UPSTREAM-TLS' },
    source: ALB,
    note: 'TLS handshakes from the ALB to HTTPS targets fail, which the ALB answers with 502.',
  },
];
