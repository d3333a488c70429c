/**
 * The owners registry: every responsibility boundary the guide talks about.
 *
 * How to adopt the guide: edit this one file. Put your own team names in `name`, your own paging
 * or ticket links in `escalation.href`, and adjust `mayDo` / `mustEscalate` to your policy. Every
 * runbook's owner badge, "Responsibility boundary" block, the failure-mode table and the
 * responsibility matrix are generated from here, so nothing else needs retyping.
 *
 * How to add an owner: add its key to `ownerKeys`, then an entry to `owners`. TypeScript refuses
 * to compile until the entry exists, and the build refuses a runbook whose `owner` or
 * `escalate_to` is not one of these keys.
 */

import type { OwnerEntry } from '../lib/ownerSchema';

export const ownerKeys = [
  'app-team',
  'platform-sre',
  'network-edge',
  'upstream-owner',
  'vendor',
  'cdn-provider',
  'cloud-provider',
  'client',
  'incident-commander',
] as const;

export type OwnerKey = (typeof ownerKeys)[number];

/** One owner: the fields are written once, in the schema of src/lib/ownerSchema.ts (checked at build). */
export type Owner = Omit<OwnerEntry, 'key'> & {
  /** Stable key used in runbook front matter (`owner`, `escalate_to`). Never rename. */
  key: OwnerKey;
};

export const owners: Record<OwnerKey, Owner> = {
  'app-team': {
    key: 'app-team',
    name: 'Application team',
    scope: 'The service code, its configuration, its feature flags and its releases.',
    mayDo: [
      'Roll back the latest release or the failing canary slice',
      'Turn off a feature flag that correlates with the errors',
      'Collect stack traces, request ids and the failing request shape',
    ],
    mustEscalate: ['Code fixes, data backfills and schema changes', 'Changes to the contract the service offers its clients'],
    escalation: { label: 'Page the owning application team', href: '/docs/adopt#escalation-links' },
  },
  'platform-sre': {
    key: 'platform-sre',
    name: 'Platform / SRE',
    scope: 'Clusters, runtimes, load balancers and proxies the platform runs, capacity and deploys.',
    mayDo: [
      'Scale out a deployment or node pool within agreed limits',
      'Pause a rollout, drain or cordon a bad node',
      'Restart a single unhealthy instance after evidence is captured',
    ],
    mustEscalate: ['Changing shared proxy, mesh or load-balancer timeouts', 'Quota or capacity increases beyond the agreed envelope'],
    escalation: { label: 'Page platform on-call', href: '/docs/adopt#escalation-links' },
  },
  'network-edge': {
    key: 'network-edge',
    name: 'Network / edge',
    scope: 'Firewalls, security groups, DNS, routing, MTU and TLS certificates at the edge.',
    mayDo: [
      'Run connectivity checks (DNS lookups, TCP and TLS handshakes) and share the output',
      'Fail over to a standby path that is already approved',
    ],
    mustEscalate: ['Firewall, security-group or routing changes', 'Certificate re-issue or DNS record changes'],
    escalation: { label: 'Open a network incident', href: '/docs/adopt#escalation-links' },
  },
  'upstream-owner': {
    key: 'upstream-owner',
    name: 'Upstream service owner',
    scope: 'Another internal team whose service or database this service calls.',
    mayDo: [
      'Shed or degrade the calls to the upstream (circuit breaker, fallback, feature off)',
      'Collect the upstream latency and error evidence from this side',
    ],
    mustEscalate: ['Anything inside the upstream: restarts, scaling, query or schema changes'],
    escalation: { label: 'Page the upstream owner', href: '/docs/adopt#escalation-links' },
  },
  vendor: {
    key: 'vendor',
    name: 'Third-party vendor',
    scope: 'A product or API you buy or run but whose code you do not control.',
    mayDo: [
      'Check the vendor status page and open a support case with evidence',
      'Apply a documented workaround or fall back to a degraded mode',
    ],
    mustEscalate: [
      'Product defects: only a vendor release fixes them',
      'Contract or support-tier questions (what the vendor is obliged to fix, and when)',
    ],
    escalation: { label: 'Open a vendor support case', href: '/docs/adopt#escalation-links' },
  },
  'cdn-provider': {
    key: 'cdn-provider',
    name: 'CDN / edge provider',
    scope:
      "The provider's edge network between visitors and your origin: its proxies, managed WAF rules, edge functions' runtime and the provider's own configuration pushes.",
    mayDo: [
      "Check the provider's status page and your zone's analytics for errors the edge made itself (not your origin's)",
      'Test the origin directly, bypassing the CDN, and keep the output as proof that the origin is healthy',
      'Roll back or pause an edge rule, Worker or edge function that you changed recently',
      'Move traffic to an approved fallback (DNS-only mode, a second CDN) where the runbook and the incident commander allow it',
    ],
    mustEscalate: [
      "Faults inside the provider's network, managed rules or runtime: only the provider can fix them",
      'Turning off the CDN or a managed WAF for the whole zone (exposes the origin; the incident commander decides)',
    ],
    escalation: { label: 'Open a CDN provider case', href: '/docs/adopt#escalation-links' },
    handOver: [
      "The provider's request ids from failing responses (Cloudflare Ray ID from the error page or the cf-ray header; CloudFront x-amz-cf-id)",
      'UTC timestamps of the first and latest failures, and the failing URLs and hostnames',
      'The status code and the error page as the visitor saw it, with the response headers',
      'Proof the origin answers when tested directly (curl output with timings), and the client regions or edge locations affected',
    ],
  },
  'cloud-provider': {
    key: 'cloud-provider',
    name: 'Cloud / managed load-balancer provider',
    scope:
      "The cloud provider's managed services in the path: load balancers, API gateways, serverless runtimes, managed databases, networks and regions.",
    mayDo: [
      "Check the provider's health dashboard for your account and region (the account view names events that touch your resources)",
      "Compare the load balancer's own error counter with the targets' (errors made by the load balancer with healthy targets point at the provider)",
      'Move traffic to another region, zone or path that is already approved',
    ],
    mustEscalate: [
      "Faults inside the provider's service: only the provider can fix them",
      'Quota or limit increases, and anything that needs a support plan decision',
    ],
    escalation: { label: 'Open a cloud provider support case', href: '/docs/adopt#escalation-links' },
    handOver: [
      'Account or project id, region and zone, and the name or ARN of the load balancer, gateway or function',
      'UTC timestamps of the first and latest failures, with the time zone stated',
      'Request ids from the failing responses or access logs (ALB trace_id, API Gateway request id, Google Cloud log entries with statusDetails)',
      "The load balancer's own error counts against the targets' counts for the same minutes",
    ],
  },
  client: {
    key: 'client',
    name: 'Client / caller',
    scope:
      'The browser, mobile app, partner integration or internal caller that sent the request: its timeouts, retries, cancellations and request rate.',
    mayDo: [
      'Confirm from the access log that the caller closed the request (nginx 499) or got a 4xx, not a server fault',
      "Tell the caller's owner what was seen: the time window, the request ids and the caller's key or address",
      'Apply an agreed per-client limit to a caller that floods the service',
    ],
    mustEscalate: [
      "Changing the caller's timeout, retry or backoff policy: only the caller's owner can ship that",
      'Blocking a paying customer or partner (the incident commander or account owner decides)',
    ],
    escalation: { label: "Contact the caller's owner", href: '/docs/adopt#escalation-links' },
    handOver: [
      "The caller's identity (API key, client id, user agent or source address)",
      'UTC time window, request ids and the status codes the caller got',
      'The documented latency and rate limits the caller should design for',
    ],
  },
  'incident-commander': {
    key: 'incident-commander',
    name: 'Incident commander',
    scope:
      'Coordination when an incident crosses a boundary, the owner does not answer, or customers are widely affected: roles, priorities and communication.',
    mayDo: [
      'Declare an incident, open the incident channel and keep the running timeline',
      'Page any owner, assign a communications lead and a scribe',
      'Approve the trade-offs a single team may not make alone (failover, bypassing the CDN, turning a feature off for everyone)',
    ],
    mustEscalate: ['Customer-facing statements and legal or contractual notices (with the communications lead)'],
    escalation: { label: 'Page the incident commander', href: '/docs/adopt#escalation-links' },
    handOver: [
      'What is broken, for whom, since when (UTC), and the triage path so far',
      'Who owns the fix now, who has been paged, and what has been tried',
    ],
  },
};

export function getOwner(key: OwnerKey): Owner {
  return owners[key];
}
