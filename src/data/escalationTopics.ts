/**
 * Escalation topics: how the build recognises, in a runbook's `on_call_may`, an action that the
 * owners registry (src/data/owners.ts) lists under `mustEscalate`. The build fails when a runbook
 * lets on-call do such a thing alone (src/lib/consistency.ts, checkOnCallMay).
 *
 * How to add an entry: copy the `mustEscalate` line word for word into `item`, and write `grants`
 * as a case-insensitive regular expression that matches the wording runbooks would use to grant
 * it. Use `unless` for a scoped-out case the registry allows (e.g. a proxy that is not shared).
 * When you edit a `mustEscalate` line in owners.ts, edit `item` here too: the build says so.
 */
import type { EscalationTopic } from '../lib/consistency';

export const escalationTopics: readonly EscalationTopic[] = [
  {
    owner: 'platform-sre',
    item: 'Changing shared proxy, mesh or load-balancer timeouts',
    // The verb, then the timeout and the shared hop in either order, within one sentence.
    grants: String.raw`\b(raise|increase|change|lower|adjust|extend|set)\b[^.]*\b((load[- ]balancer|ALB|ELB|proxy|mesh|gateway|ingress|backend[- ]service)('s)?\b[^.]*\btimeouts?|timeouts?\b[^.]*\b(load[- ]balancer|ALB|ELB|proxy|mesh|gateway|backend[- ]service))\b`,
    // Allowed: a hop dedicated to one service, or the app's own keep-alive timeout.
    unless: String.raw`\bnot shared\b|\bdedicated to this\b|\bapp( server)?'s keep-alive\b`,
  },
  {
    owner: 'network-edge',
    item: 'Firewall, security-group or routing changes',
    grants: String.raw`\b(open|change|edit|add|modify|update|remove)\w*\b[^.]*\b(firewall|security[- ]group|route table|routing|network ACL)\b`,
  },
  {
    owner: 'network-edge',
    item: 'Certificate re-issue or DNS record changes',
    grants: String.raw`\b(re-?issue|renew|replace|rotate)\w*\b[^.]*\bcertificate|\bcertificate renewal\b|\b(change|edit|update|modify)\w*\b[^.]*\bDNS records?\b`,
  },
  {
    owner: 'upstream-owner',
    item: 'Anything inside the upstream: restarts, scaling, query or schema changes',
    grants: String.raw`\b(restart|scale|terminate|kill|fail over)\w*\b[^.]*\bdatabase\b|\bpg_terminate_backend\b|\bterminate (a |the )?(database )?sessions?\b`,
  },
  {
    owner: 'cdn-provider',
    item: 'Turning off the CDN or a managed WAF for the whole zone (exposes the origin; the incident commander decides)',
    grants: String.raw`\b(turn off|disable|pause|bypass)\w*\b[^.]*\b(the CDN|Cloudflare for the zone|managed WAF|WAF for the (whole )?zone)\b`,
  },
  {
    owner: 'client',
    item: 'Blocking a paying customer or partner (the incident commander or account owner decides)',
    grants: String.raw`\bblock\w*\b[^.]*\b(paying )?(customer|partner)s?\b`,
  },
  {
    owner: 'app-team',
    item: 'Code fixes, data backfills and schema changes',
    grants: String.raw`\b(backfill|schema change|run a (schema )?migration|hotfix|(ship|deploy) a (code )?fix)\b`,
  },
];
