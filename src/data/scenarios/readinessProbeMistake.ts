/**
 * Scenario: a chart release moves the readiness probe of catalog-api from /healthz to /readyz, a
 * path the app does not serve. The Deployment uses the Recreate strategy, so the old pods are gone
 * before the new ones fail readiness: the EndpointSlices hold no ready address and every request
 * gets a fast 503 from ingress-nginx (and "no healthy upstream" from Envoy sidecars).
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

const down = { rpm: 14000, errors: { 503: 0.97 }, p99Ms: 15, saturation: 1, noise: 0.02 } as const;

const readinessFailed =
  '  Warning  Unhealthy  8s (x22 over 3m40s)  kubelet            Readiness probe failed: HTTP probe failed with statuscode: 404';

const checkEndpoints = {
  id: 'check-endpointslices',
  label: 'List the EndpointSlices of the catalog-api Service and their ready conditions',
  costMinutes: 1,
  next: 'endpoints-known',
  quality: 'best',
  gathers: 'endpoints',
  runbook: 'FM-503-EMPTY-ENDPOINTS',
  feedback:
    'All four endpoints are listed but every one is ready=false, so the ingress is right to answer 503: there is no ready pod to send to. The question is now why the pods are not ready.',
} as const;

const describePod = {
  id: 'describe-unready-pod',
  label: 'Describe one unready pod: probe settings and recent events',
  costMinutes: 1,
  next: 'probe-known',
  quality: 'best',
  gathers: 'probe-failure',
  runbook: 'FM-503-EMPTY-ENDPOINTS',
  feedback:
    'The kubelet asks /readyz and gets 404, while the previous revision asked /healthz. The app is healthy; the probe asks a question the app cannot answer.',
} as const;

const restartPods = {
  id: 'restart-pods',
  label: 'Restart the catalog-api pods (kubectl rollout restart)',
  costMinutes: 2,
  next: 'pods-restarted',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-503-EMPTY-ENDPOINTS',
  feedback:
    'New pods come from the same template with the same probe, so they fail readiness the same way. Nothing was wrong with the processes.',
} as const;

const scaleUp = {
  id: 'scale-up',
  label: 'Scale catalog-api from 4 to 12 replicas',
  costMinutes: 2,
  next: 'scaled-up',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-503-EMPTY-ENDPOINTS',
  feedback:
    'The list is empty because no pod is ready, not because there are too few pods. Twelve pods that fail the same probe add twelve unready endpoints and zero capacity.',
} as const;

const recreateService = {
  id: 'recreate-service',
  label: 'Delete and recreate the catalog-api Service',
  costMinutes: 3,
  next: 'service-recreated',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-503-EMPTY-ENDPOINTS',
  feedback:
    'The Service and its selector were fine: the EndpointSlice listed the right pods, only not ready. A recreated Service selects the same unready pods and the ClusterIP changes under every caller.',
} as const;

const fixActions = [
  {
    id: 'rollback-release',
    label: 'Roll back the chart to the last good revision (helm rollback catalog-api 41)',
    costMinutes: 2,
    next: 'rolling-back',
    quality: 'best',
    mitigates: true,
    escalatesTo: 'app-team',
    runbook: 'FM-503-EMPTY-ENDPOINTS',
    feedback:
      'The release that changed the probe is the narrowest thing to undo, and the config source stays the truth. Pods with the /healthz probe turn ready within a minute and the app team fixes the chart.',
  },
  {
    id: 'patch-probe-path',
    label: 'kubectl patch the readiness probe path back to /healthz',
    costMinutes: 3,
    next: 'rolling-back',
    quality: 'ok',
    mitigates: true,
    runbook: 'FM-503-EMPTY-ENDPOINTS',
    feedback:
      'The pods turn ready, but the live Deployment now differs from the chart. The next helm upgrade brings /readyz back, so a rollback through the chart is the safer revert.',
  },
  restartPods,
] as const;

export const readinessProbeMistake: Scenario = {
  id: 'readiness-probe-mistake',
  title: 'A readiness probe that asks the wrong question',
  summary:
    'A chart release changes the readiness probe path; every new pod fails readiness, the Service has no ready endpoint and the ingress answers 503 to everything.',
  difficulty: 'intro',
  codes: [503],
  expectedMinutes: 6,
  startClock: '11:18',
  seed: 20261124,
  saturationLabel: 'Pods not ready',
  initial: 'endpoints-empty',
  evidence: [
    { id: 'endpoints', label: 'The EndpointSlices of the Service and their ready conditions' },
    { id: 'probe-failure', label: 'Why the pods are not ready: the probe settings and the kubelet events' },
  ],
  rightOwners: ['app-team', 'platform-sre'],
  bestPath: ['check-endpointslices', 'describe-unready-pod', 'rollback-release'],
  states: {
    'endpoints-empty': {
      label: 'Every request answered 503',
      metrics: down,
      events: [
        {
          at: 0,
          kind: 'deploy',
          text: 'helm upgrade catalog-api shop-charts/catalog-api --version 4.2.0: revision 42 deployed (image catalog-api:3.8.0, strategy Recreate)',
        },
        {
          at: 1,
          kind: 'log',
          text: 'W1124 11:19:07.318204       7 controller.go:1214] Service "shop/catalog-api" does not have any active Endpoint.',
        },
        {
          at: 1,
          kind: 'log',
          text: '[2026-11-24T11:19:09.114Z] "GET /v1/products/8812 HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "okhttp/4.12.0" "7a2c9e10-44b1-4f0e-a3d2-18c6b5e7f901" "catalog-api.shop.svc.cluster.local:8080" "-" outbound|8080||catalog-api.shop.svc.cluster.local - 10.96.14.2:8080 10.42.0.31:51234 - default',
        },
        { at: 2, kind: 'alert', text: 'High5xxRatio catalog-api: 97% of requests answered 503 for 2 minutes, p99 15 ms' },
        { at: 2, kind: 'note', text: 'catalog-api application logs: no incoming requests since 11:18' },
      ],
      decision: {
        after: 3,
        prompt:
          'Right after a chart release, catalog-api answers 503 to almost every request, in milliseconds, and its own logs are silent. What do you do first?',
        actions: [
          checkEndpoints,
          restartPods,
          scaleUp,
          {
            id: 'restart-ingress',
            label: 'Restart the ingress-nginx controller',
            costMinutes: 2,
            next: 'ingress-restarted',
            quality: 'wrong',
            mitigates: true,
            runbook: 'FM-503-EMPTY-ENDPOINTS',
            feedback:
              'The controller reports the empty list correctly, and Envoy sidecars say the same thing. Restarting it only drops in-flight requests of every other site on the same ingress.',
          },
        ],
      },
    },
    'endpoints-known': {
      label: 'Endpoints listed, none ready',
      metrics: down,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'kubectl get endpointslices -n shop -l kubernetes.io/service-name=catalog-api: catalog-api-7x2kq  IPv4  8080  10.42.1.14,10.42.2.9,10.42.3.22 + 1 more...',
        },
        { at: 0, kind: 'note', text: 'All 4 endpoints ready=false; pods catalog-api-5f8d7c9b6-* are Running 0/1 with 0 restarts' },
      ],
      decision: {
        after: 1,
        prompt: 'The Service selects four pods, all running, none ready. What next?',
        actions: [describePod, recreateService, restartPods, scaleUp],
      },
    },
    'probe-known': {
      label: 'Probe path known',
      metrics: down,
      events: [
        { at: 0, kind: 'log', text: readinessFailed },
        {
          at: 0,
          kind: 'note',
          text: '    Readiness:      http-get http://:8080/readyz delay=5s timeout=1s period=10s #success=1 #failure=3',
        },
        {
          at: 0,
          kind: 'note',
          text: 'Revision 41 probed http-get http://:8080/healthz; inside the pod, curl localhost:8080/healthz answers 200 and /readyz answers 404',
        },
      ],
      decision: {
        after: 1,
        prompt:
          'The probe asks /readyz, the app serves /healthz, and the change came with revision 42. How do you bring the endpoints back?',
        actions: fixActions,
      },
    },
    'pods-restarted': {
      label: 'New pods, same probe',
      metrics: down,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl rollout restart deploy/catalog-api: Recreate terminates 4 pods and starts 4 new ones' },
        { at: 2, kind: 'log', text: readinessFailed },
        { at: 3, kind: 'note', text: 'New pods Running 0/1; EndpointSlice still has no ready endpoint' },
      ],
      then: { after: 4, next: 'still-down' },
    },
    'scaled-up': {
      label: 'Twelve unready pods',
      metrics: down,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl scale deploy/catalog-api --replicas=12' },
        { at: 1, kind: 'note', text: 'Cluster autoscaler adds a node for the 8 new pods' },
        { at: 3, kind: 'note', text: 'EndpointSlice lists 12 endpoints, all ready=false' },
      ],
      then: { after: 4, next: 'still-down' },
    },
    'service-recreated': {
      label: 'Service recreated, still empty',
      metrics: down,
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'kubectl delete svc catalog-api -n shop; kubectl apply -f service.yaml: new ClusterIP 10.96.201.77',
        },
        {
          at: 1,
          kind: 'log',
          text: 'W1124 11:27:41.902117       7 controller.go:1214] Service "shop/catalog-api" does not have any active Endpoint.',
        },
        { at: 2, kind: 'note', text: 'The new EndpointSlice lists the same 4 pods, all ready=false' },
      ],
      then: { after: 4, next: 'still-down' },
    },
    'ingress-restarted': {
      label: 'Ingress restarted, nothing changed',
      metrics: down,
      events: [
        { at: 0, kind: 'deploy', text: 'kubectl rollout restart deploy/ingress-nginx-controller -n ingress-nginx' },
        { at: 1, kind: 'alert', text: 'High5xxRatio storefront: burst of 502 while ingress connections were dropped' },
        {
          at: 2,
          kind: 'log',
          text: 'W1124 11:25:12.440961       7 controller.go:1214] Service "shop/catalog-api" does not have any active Endpoint.',
        },
      ],
      then: { after: 3, next: 'still-down' },
    },
    'still-down': {
      label: 'Still no ready endpoint',
      metrics: down,
      events: [{ at: 0, kind: 'alert', text: 'High5xxRatio catalog-api: still firing, 97% 503' }],
      decision: {
        after: 1,
        prompt: 'catalog-api still answers 503 to everything. What now?',
        actions: [
          {
            id: 'check-endpointslices-late',
            label: 'List the EndpointSlices and their ready conditions',
            costMinutes: 1,
            next: 'endpoints-known',
            quality: 'ok',
            gathers: 'endpoints',
            runbook: 'FM-503-EMPTY-ENDPOINTS',
            feedback:
              'Better late than never: endpoints exist and none is ready, so the fix is in why readiness fails, not in the ingress or the Service.',
          },
          describePod,
          scaleUp,
          {
            id: 'page-network',
            label: 'Page the network team: the ingress cannot reach the pods',
            costMinutes: 5,
            next: 'still-down',
            quality: 'wrong',
            escalatesTo: 'network-edge',
            runbook: 'FM-503-EMPTY-ENDPOINTS',
            feedback:
              'The network team finds nothing: the ingress never tries to connect, because the endpoint list has no ready address. Connectivity is not the question here.',
          },
        ],
      },
    },
    'rolling-back': {
      label: 'Rolling back',
      metrics: { rpm: 14000, errors: { 503: 0.4 }, p99Ms: 140, saturation: 0.5 },
      events: [
        { at: 0, kind: 'deploy', text: 'Rollback was a success! Happy Helming! (catalog-api revision 43 = revision 41)' },
        { at: 1, kind: 'note', text: 'New pods 1/1 Ready; EndpointSlice catalog-api-7x2kq: 4 endpoints ready=true' },
      ],
      then: { after: 2, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 14000, errors: {}, p99Ms: 85, saturation: 0 },
      events: [
        { at: 0, kind: 'note', text: 'ingress-nginx: no "does not have any active Endpoint" line for shop/catalog-api since the rollback' },
      ],
      ending: {
        outcome: 'resolved',
        text: 'The endpoints are ready again and the 503s stopped. The app team fixes the chart (probe path and RollingUpdate instead of Recreate) and rolls it out through a canary.',
      },
    },
  },
  debrief: {
    rootCause:
      'Chart 4.2.0 changed the readiness probe to /readyz, which catalog-api 3.8.0 does not serve (it answers 404). With the Recreate strategy every old pod was stopped before the new ones could prove ready, so the Service had no ready endpoint and the ingress answered 503 to everything.',
    runbooks: ['FM-503-EMPTY-ENDPOINTS', 'FM-503-NO-HEALTHY-UPSTREAM'],
    trees: ['start', '503'],
    lessons: [
      'Fast 503s with silent app logs: look at the endpoints before touching pods, Services or the ingress.',
      'Running 0/1 with "Readiness probe failed: HTTP probe failed with statuscode: 404" is a probe asking the wrong path, not a broken app.',
      'Undo the change that emptied the list; restarting, scaling or recreating repeats the same probe.',
      'RollingUpdate keeps old pods until new ones are ready; Recreate removed that safety net.',
    ],
  },
};
