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

export const ownerKeys = [
  'app-team',
  'platform-sre',
  'network-edge',
  'upstream-owner',
  'vendor',
  'cdn-provider',
  'client',
  'incident-commander',
] as const;

export type OwnerKey = (typeof ownerKeys)[number];

export interface Owner {
  /** Stable key used in runbook front matter (`owner`, `escalate_to`). Never rename. */
  key: OwnerKey;
  /** Display name shown on badges. Replace with your organisation's team name. */
  name: string;
  /** One line: which part of the request path this boundary covers. */
  scope: string;
  /** What on-call may do alone, without asking anyone, inside this boundary. */
  mayDo: readonly string[];
  /** What needs this owner's decision (on-call escalates instead of acting). */
  mustEscalate: readonly string[];
  /** Where to escalate: a paging service, a ticket queue, a chat channel. */
  escalation: { label: string; href: string };
}

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
    scope: "The provider's edge network between visitors and your origin.",
    mayDo: ['Check the provider status page and your zone analytics', 'Pause a recent edge rule or worker change you own'],
    mustEscalate: ["Faults inside the provider's network (open a case with the provider's request id)"],
    escalation: { label: 'Open a CDN provider case', href: '/docs/adopt#escalation-links' },
  },
  client: {
    key: 'client',
    name: 'Client / visitor',
    scope: 'The browser, mobile app or API client that sent the request.',
    mayDo: [
      'Retry later with backoff; never resend a non-idempotent write blindly',
      'Report the time, URL and any request or Ray id shown',
    ],
    mustEscalate: ['Nothing on the server side: report it to the site owner'],
    escalation: { label: 'What a visitor can do', href: '/docs/visitors' },
  },
  'incident-commander': {
    key: 'incident-commander',
    name: 'Incident commander',
    scope: 'Runs a declared incident: who works on what, who decides, who tells customers.',
    mayDo: ['Declare an incident and its severity', 'Assign parallel tracks (investigation, communication, bypass)'],
    mustEscalate: ['Decisions that trade one kind of harm for another (turning a protection off, failing over a region)'],
    escalation: { label: 'Declare an incident', href: '/docs/adopt#escalation-links' },
  },
};

export function getOwner(key: OwnerKey): Owner {
  return owners[key];
}
