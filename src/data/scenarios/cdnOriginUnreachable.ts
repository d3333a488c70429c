/**
 * Scenario: Cloudflare cannot reach the origin. A security-group change meant to tighten the
 * origin's ingress removes the rules for Cloudflare's IP ranges; the group drops Cloudflare's SYNs
 * silently, so visitors get Cloudflare's branded 522 page on every cache miss while the origin's
 * logs are empty and its dashboards look calm. 521, 522 and the other 52x are Cloudflare's own
 * codes; the guide files them under 502 and this chart counts them there.
 *
 * How to edit: states are keyed by stable ids; each has exactly one of `decision`, `then` or
 * `ending`. Action ids appear in shared URLs: never rename one, add a new one instead. The build
 * checks that every action leads to a state, every state can reach an ending, and runbook ids exist.
 */
import type { Scenario } from '../../lib/scenarioTypes';

/** 522s on cache misses: Cloudflare waits 19 s for a SYN+ACK; the origin itself is idle. */
const blocked = { rpm: 42000, errors: { 502: 0.52 }, p99Ms: 19000, saturation: 0.03, noise: 0.04 } as const;

const readErrorPage = {
  id: 'read-error-page',
  label: 'Open a failing URL and read the error page and its headers',
  costMinutes: 1,
  next: 'code-known',
  quality: 'best',
  gathers: 'cf-code',
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    "It is Cloudflare's branded page, '522: Connection timed out', with a Ray ID: Cloudflare could not open a TCP connection to the origin and answered itself. 52x are Cloudflare's own codes, not HTTP 502, but they mean what a 502 means.",
} as const;

const checkOriginLogs = {
  id: 'check-origin-logs',
  label: 'Check whether the origin receives any requests from Cloudflare',
  costMinutes: 2,
  next: 'origin-silent',
  quality: 'best',
  gathers: 'origin-silent',
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    'The origin ALB and nginx logs have no requests from Cloudflare addresses since 16:39, only health checks and office traffic. The requests never arrive, so nothing inside the origin can be causing them to fail.',
} as const;

const purgeCache = {
  id: 'purge-cache',
  label: 'Purge everything in the Cloudflare cache',
  costMinutes: 2,
  next: 'cache-purged',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    'Purging threw away the pages that were still being served from cache. Every request now goes to an origin Cloudflare cannot reach, which is why the runbook lists a purge as a wrong fix.',
} as const;

const restartOrigin = {
  id: 'restart-origin',
  label: 'Restart the origin nginx pods',
  costMinutes: 4,
  next: 'still-failing',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    'The web servers were idle, not broken: no request had reached them. After the restart Cloudflare still cannot connect, because nothing on the hosts was blocking it.',
} as const;

const openCloudflareTicket = {
  id: 'open-cloudflare-ticket',
  label: 'Open a ticket with Cloudflare: their edge is failing',
  costMinutes: 20,
  next: 'still-failing',
  quality: 'wrong',
  escalatesTo: 'cdn-provider',
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    "Twenty minutes later Cloudflare support replies that a 522 means their edge got no answer to its TCP handshake with your origin, and asks whether you allow Cloudflare's IP ranges. The runbook says to test the origin before escalating to the CDN.",
} as const;

const openOriginToWorld = {
  id: 'open-origin-to-world',
  label: 'Allow 0.0.0.0/0 on port 443 to make the errors stop now',
  costMinutes: 2,
  next: 'origin-exposed',
  quality: 'wrong',
  mitigates: true,
  runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
  feedback:
    "The 522s stop, but the origin now answers anyone who finds its address, without Cloudflare's WAF and caching in front; the runbook names this wrong fix.",
} as const;

export const cdnOriginUnreachable: Scenario = {
  id: 'cdn-origin-unreachable',
  title: 'Cloudflare cannot reach the origin',
  summary:
    "After a security-group change, visitors get Cloudflare's 522 page at login and checkout while cached pages still load. The origin's logs are empty and its dashboards look calm.",
  difficulty: 'intermediate',
  codes: [502],
  expectedMinutes: 10,
  startClock: '16:42',
  seed: 20261124,
  saturationLabel: 'Origin web workers busy',
  initial: 'edge-errors',
  evidence: [
    { id: 'cf-code', label: 'The exact Cloudflare code and Ray ID of a failing request' },
    { id: 'origin-silent', label: 'Whether requests from Cloudflare reach the origin at all' },
    { id: 'direct-test', label: 'A direct connection test to the origin, bypassing Cloudflare' },
    { id: 'allow-list', label: "The origin's security group compared with Cloudflare's published ranges, and recent changes" },
  ],
  rightOwners: ['network-edge'],
  bestPath: ['read-error-page', 'check-origin-logs', 'test-origin-direct', 'compare-allow-list', 'restore-cloudflare-ranges'],
  states: {
    'edge-errors': {
      label: 'Errors at the edge',
      metrics: blocked,
      events: [
        { at: 0, kind: 'alert', text: 'Synthetic check shop-login (through Cloudflare): failing from 5 of 5 locations' },
        { at: 1, kind: 'page', text: 'Support: customers get an error page at login and checkout; the home page still works' },
        { at: 2, kind: 'note', text: 'Origin dashboards: CPU 4%, 0 errors in the nginx logs, ALB target health checks green' },
      ],
      decision: {
        after: 3,
        prompt: 'Customers cannot log in or check out, cached pages still load, and the origin dashboards look calm. What first?',
        actions: [readErrorPage, purgeCache, restartOrigin, openCloudflareTicket],
      },
    },
    'code-known': {
      label: 'Cloudflare 522',
      metrics: blocked,
      events: [
        { at: 0, kind: 'log', text: '<title>shop.example.com | 522: Connection timed out</title>' },
        { at: 0, kind: 'log', text: 'Error 522 Ray ID: 8e71c04b5d2a9f63 • 2026-11-24 16:46:09 UTC' },
        {
          at: 0,
          kind: 'note',
          text: 'Cloudflare HTTP Traffic analytics: edge status 522 on cache misses, no origin status (the origin never answered)',
        },
      ],
      decision: {
        after: 1,
        prompt: 'Cloudflare says it could not connect to the origin. What next?',
        actions: [
          checkOriginLogs,
          {
            id: 'treat-as-slow-origin',
            label: 'Treat it as a slow origin: hunt for slow routes and ask for a longer Proxy Read Timeout',
            costMinutes: 6,
            next: 'still-failing',
            quality: 'wrong',
            runbook: 'FM-504-CDN-ORIGIN-TIMEOUT',
            feedback:
              'That is the 524 look-alike, where the connection worked and the answer came late. A 522 means the connection never opened, so no route is slow and a read timeout changes nothing.',
          },
          purgeCache,
          openCloudflareTicket,
        ],
      },
    },
    'origin-silent': {
      label: 'Origin silent',
      metrics: blocked,
      events: [
        {
          at: 0,
          kind: 'note',
          text: 'ALB shop-origin-alb: 0 requests from Cloudflare ranges since 16:39; nginx access log: only kube-probe/1.30 and office addresses',
        },
      ],
      decision: {
        after: 1,
        prompt: 'The origin is healthy and silent. How do you find where the connection dies?',
        actions: [
          {
            id: 'test-origin-direct',
            label: 'Test the origin directly with curl --resolve and openssl s_client, from the office VPN and from a VM outside',
            costMinutes: 3,
            next: 'direct-tested',
            quality: 'best',
            gathers: 'direct-test',
            runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
            feedback:
              "From the office VPN the origin answers 200 in 90 ms with a valid certificate; from the outside VM the connection hangs, just like Cloudflare's. The server is fine, and a hang rather than a refusal is what a 522 looks like: something drops the packets.",
          },
          restartOrigin,
          openCloudflareTicket,
        ],
      },
    },
    'direct-tested': {
      label: 'Origin fine, path blocked',
      metrics: blocked,
      events: [
        { at: 0, kind: 'log', text: '(outside VM) curl: (28) Connection timed out after 5001 milliseconds' },
        { at: 0, kind: 'note', text: '(office VPN) HTTP/2 200; certificate subject CN=shop.example.com, valid until 2027-02-11' },
      ],
      decision: {
        after: 1,
        prompt: 'The origin works for allowed sources and hangs for everyone else. What next?',
        actions: [
          {
            id: 'compare-allow-list',
            label: "Compare the origin security group with Cloudflare's published IP ranges and check recent changes",
            costMinutes: 3,
            next: 'rule-found',
            quality: 'best',
            gathers: 'allow-list',
            runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
            feedback:
              'The security group allows 443 only from the VPC and the office; the 15 Cloudflare IPv4 ranges were removed by a Terraform apply at 16:38. A security group drops packets silently, which is why Cloudflare shows 522 rather than 521.',
          },
          openOriginToWorld,
          restartOrigin,
        ],
      },
    },
    'rule-found': {
      label: 'Rule change found',
      metrics: blocked,
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'Terraform apply 16:38 network/origin-sg (SEC-4127 tighten origin ingress): 2 added, 15 destroyed (aws_security_group_rule.cloudflare_v4[0..14])',
        },
        {
          at: 0,
          kind: 'note',
          text: 'sg-0c41e7a9d2b35f810 ingress tcp/443: 10.20.0.0/16, 198.51.100.0/24. Missing: 173.245.48.0/20, 103.21.244.0/22 ... (all of https://www.cloudflare.com/ips-v4)',
        },
      ],
      decision: {
        after: 1,
        prompt: 'You found the change that removed the Cloudflare ranges. How do you fix it?',
        actions: [
          {
            id: 'restore-cloudflare-ranges',
            label: 'Page network-edge and roll back SEC-4127 so the Cloudflare ranges are allowed again',
            costMinutes: 4,
            next: 'recovering',
            quality: 'best',
            mitigates: true,
            escalatesTo: 'network-edge',
            runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
            feedback:
              "Allowing exactly Cloudflare's published ranges again is the runbook's first mitigation. Network-edge owns the security group, so they roll the change back and the origin stays closed to everyone else.",
          },
          openOriginToWorld,
        ],
      },
    },
    'still-failing': {
      label: 'Still failing',
      metrics: blocked,
      events: [{ at: 0, kind: 'note', text: '522 rate unchanged; the origin access logs still show no requests from Cloudflare' }],
      decision: {
        after: 1,
        prompt: 'Nothing changed: visitors still get the error page. What now?',
        actions: [
          {
            id: 'read-error-page-late',
            label: 'Read the error page and headers of a failing URL',
            costMinutes: 1,
            next: 'code-known',
            quality: 'ok',
            gathers: 'cf-code',
            runbook: 'FM-502-CDN-ORIGIN-UNREACHABLE',
            feedback:
              "Better late than never: '522: Connection timed out' with a Ray ID says Cloudflare never got a TCP connection to the origin, which points at the network path, not the servers.",
          },
          checkOriginLogs,
          purgeCache,
        ],
      },
    },
    'cache-purged': {
      label: 'Cache purged',
      metrics: { rpm: 42000, errors: { 502: 0.91 }, p99Ms: 19000, saturation: 0.03, noise: 0.03 },
      events: [
        { at: 0, kind: 'config', text: 'Cloudflare: Purge Everything for zone example.com' },
        { at: 1, kind: 'alert', text: 'Cloudflare cache hit ratio 46% -> 3%' },
        { at: 2, kind: 'page', text: 'Support: the home page and product pages are down now too' },
      ],
      then: { after: 6, next: 'purge-end' },
    },
    'purge-end': {
      label: 'Site-wide outage',
      metrics: { rpm: 42000, errors: { 502: 0.92 }, p99Ms: 19000, saturation: 0.03 },
      events: [],
      ending: {
        outcome: 'unresolved',
        text: 'With the cache empty and the origin still unreachable, the whole site shows the 522 page. The incident becomes a major incident and network-edge finds the security-group change an hour later.',
      },
    },
    'origin-exposed': {
      label: 'Origin open to the world',
      metrics: { rpm: 43000, errors: { 502: 0.004 }, p99Ms: 420, saturation: 0.52 },
      events: [
        { at: 0, kind: 'config', text: 'sg-0c41e7a9d2b35f810: ingress tcp/443 from 0.0.0.0/0 added' },
        { at: 1, kind: 'note', text: '522s stop; cache misses reach the origin again' },
        {
          at: 4,
          kind: 'alert',
          text: 'Origin access log: requests to /api/login straight to the origin IP from non-Cloudflare addresses, none through the WAF',
        },
      ],
      then: { after: 6, next: 'exposed-end' },
    },
    'exposed-end': {
      label: 'WAF bypassed',
      metrics: { rpm: 43000, errors: { 502: 0.003 }, p99Ms: 420, saturation: 0.55 },
      events: [],
      ending: {
        outcome: 'unresolved',
        text: "Visitors are back, but the origin answers anyone who knows its address, without Cloudflare's WAF and rate limits. Security reopens the incident, and network-edge still has to restore the Cloudflare-only rule.",
      },
    },
    recovering: {
      label: 'Recovering',
      metrics: { rpm: 42000, errors: { 502: 0.02 }, p99Ms: 900, saturation: 0.62 },
      events: [
        {
          at: 0,
          kind: 'config',
          text: 'network-edge: terraform apply (revert SEC-4127): 15 rules for the Cloudflare IPv4 ranges restored',
        },
        { at: 1, kind: 'note', text: 'Origin access log: requests from 162.158.x.x and 172.68.x.x again; a burst of cache misses' },
        { at: 2, kind: 'note', text: 'curl -sI https://shop.example.com/account: HTTP/2 302 from the origin, no 52x' },
      ],
      then: { after: 4, next: 'resolved' },
    },
    resolved: {
      label: 'Resolved',
      metrics: { rpm: 42000, errors: {}, p99Ms: 380, saturation: 0.45 },
      events: [],
      ending: {
        outcome: 'resolved',
        text: "Cloudflare reaches the origin again and only Cloudflare and the office can. Network-edge moves the Cloudflare ranges into a list refreshed from Cloudflare's published ranges, and SEC-4127 is redone without removing them.",
      },
    },
  },
  debrief: {
    rootCause:
      "A Terraform change meant to tighten the origin's ingress (SEC-4127) removed the security-group rules for Cloudflare's IPv4 ranges. The group dropped Cloudflare's SYNs silently, so Cloudflare answered every cache miss with its own 522 after 19 seconds, while the origin saw no requests at all.",
    runbooks: ['FM-502-CDN-ORIGIN-UNREACHABLE', 'FM-504-CDN-ORIGIN-TIMEOUT'],
    trees: ['start', '502'],
    lessons: [
      'A branded Cloudflare page with a 52x code and a Ray ID is Cloudflare reporting a problem on the origin side, not a Cloudflare outage.',
      '522 is not 524: no connection at all, versus a connection whose answer came too late.',
      'Empty origin logs during errors mean the requests never arrive: look at the path (firewall, security group, DNS), not the servers.',
      'Restore exactly the CDN ranges; never open the origin to the world, and never purge the cache that is still serving users.',
    ],
  },
};
