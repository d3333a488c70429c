/**
 * The request path drawn on "Where each code is born": each hop a request crosses, the codes it
 * can emit of its own accord, how to recognise that it answered, and who owns it.
 *
 * How to add a hop: append an entry in path order (visitor first). `layer` must be one of the
 * content model's layers, `owner` a key of src/data/owners.ts; TypeScript checks both.
 */
import type { OwnerKey } from './owners';
import type { Layer, StatusCode } from '../lib/vocabulary';

export interface RequestHop {
  layer: Layer;
  /** Label drawn in the diagram. */
  name: string;
  /** Examples of what sits at this hop. */
  examples: string;
  /** Codes this hop generates itself (not the ones it merely passes on). */
  emits: readonly StatusCode[];
  /** How a responder can tell that this hop wrote the response. */
  tell: string;
  owner: OwnerKey;
}

export const requestPath: readonly RequestHop[] = [
  {
    layer: 'client',
    name: 'Client',
    examples: 'Browser, mobile app, API client',
    emits: [],
    tell: 'Shows what it received; it never invents a 5xx, but it may retry one and multiply load.',
    owner: 'client',
  },
  {
    layer: 'edge-cdn',
    name: 'CDN / edge',
    examples: 'Cloudflare, CloudFront, Fastly',
    emits: [502, 503, 504],
    tell: "Branded error page or its own codes (Cloudflare 520-527, 530) and a request id such as a Ray ID; the origin's logs have no trace of the request.",
    owner: 'cdn-provider',
  },
  {
    layer: 'load-balancer',
    name: 'Load balancer',
    examples: 'AWS ALB, Google Cloud LB, HAProxy',
    emits: [500, 502, 503, 504],
    tell: 'Access log shows its own status with no target status (ALB elb_status_code set, target_status_code "-"); Server header such as awselb/2.0.',
    owner: 'platform-sre',
  },
  {
    layer: 'proxy-mesh',
    name: 'Proxy / mesh',
    examples: 'nginx, Envoy, Istio sidecar, ingress-nginx',
    emits: [502, 503, 504],
    tell: 'Short plain-text body ("no healthy upstream", "upstream connect error ..."), response flags (UH, UF, UT) or an upstream error in the proxy error log.',
    owner: 'platform-sre',
  },
  {
    layer: 'network',
    name: 'Network',
    examples: 'Firewalls, security groups, DNS, TLS',
    emits: [],
    tell: 'Never answers: it drops, refuses or misroutes, and the next hop up writes a 502 or 504 about it.',
    owner: 'network-edge',
  },
  {
    layer: 'app-runtime',
    name: 'App runtime',
    examples: 'gunicorn, uWSGI, PHP-FPM, Node.js, JVM, containers',
    emits: [500, 502, 503],
    tell: 'Worker timeouts, OOM kills, crash loops; the process disappears mid-request or never listens.',
    owner: 'platform-sre',
  },
  {
    layer: 'app-code',
    name: 'App code',
    examples: 'Your handlers, middleware, error handler',
    emits: [500, 503],
    tell: 'Your own error body with your error code and request id; a stack trace in the application log.',
    owner: 'app-team',
  },
  {
    layer: 'dependency',
    name: 'Dependencies',
    examples: 'Databases, caches, internal and third-party APIs',
    emits: [],
    tell: 'Their failures reach the visitor through the application: a late-translated 500, a 503 from a breaker, or a 504 while waiting.',
    owner: 'upstream-owner',
  },
];
