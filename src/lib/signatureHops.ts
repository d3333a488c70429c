/**
 * Which hop wrote a line, and who owns the fix at that hop. Pure: the owner keys and a runbook's
 * conditional owners come in as arguments (src/lib imports nothing from src/data).
 */
import type { Hop } from './decoders/types';

/**
 * The owner of each hop, first key that exists in the registry wins: a managed load balancer or
 * CDN is the cloud provider's (when the registry has that key), else the vendor's.
 */
const hopOwnerPreference: Readonly<Record<Hop, readonly string[]>> = {
  client: ['client'],
  cdn: ['cdn-provider', 'vendor'],
  'load-balancer': ['platform-sre'],
  'proxy-mesh': ['platform-sre'],
  'app-server': ['app-team', 'platform-sre'],
  application: ['app-team'],
  dependency: ['upstream-owner', 'app-team'],
};

/** Who owns what happens at a hop, among the keys the registry has. */
export function hopOwner(hop: Hop, ownerKeys: readonly string[]): string {
  const list = hopOwnerPreference[hop];
  return list.find((k) => ownerKeys.includes(k)) ?? list[0] ?? 'app-team';
}

/** A runbook's conditional owner (front matter `owners: [{when, owner}]`). */
export interface ConditionalOwner {
  when: string;
  owner: string;
}

const hopWords: Readonly<Record<Hop, RegExp>> = {
  client: /\bclient\b|\bbrowser\b|\bcaller\b/i,
  cdn: /\bcdn\b|\bedge\b|cloudflare|cloudfront|fastly|akamai/i,
  'load-balancer': /load[- ]?balancer|\balb\b|\belb\b|\bclb\b|\bnlb\b|heroku router|google front end|\bgfe\b|api gateway/i,
  'proxy-mesh': /\bproxy\b|\bmesh\b|\bsidecar\b|\benvoy\b|\bistio\b|\bnginx\b|\bhaproxy\b|\bingress\b/i,
  'app-server': /app[- ]server|gunicorn|uwsgi|php-fpm|puma|unicorn|\bworker\b|\bpod\b|\bcontainer\b/i,
  application: /\bapplication\b|\bapp code\b|\bservice code\b|\brelease\b/i,
  dependency: /\bdependency\b|\bdatabase\b|\bupstream service\b|third[- ]party|\bvendor api\b/i,
};

/** Hops that pass a request on: what they log is mostly about the hop behind them. */
const intermediaries: ReadonlySet<Hop> = new Set<Hop>(['cdn', 'load-balancer', 'proxy-mesh']);

/** A condition that says the hop produced the error itself (its own fault, its own page). */
const selfMade = /\bown\b|\bitself\b|\bwrote\b|\bcomes? from\b/i;

/**
 * The owner of the fix for a result: a runbook's conditional owner whose `when` names this hop
 * wins over its default owner. A CDN, load balancer or proxy that logs a failure is mostly
 * reporting on the hop behind it (nginx's "connect() failed ... while connecting to upstream"
 * says the upstream refused), so for those hops a condition applies only when it says the hop
 * made the error itself ("the proxy's own configuration", "the page comes from the CDN");
 * otherwise the runbook's default owner stands. Says whether a condition applied, so the view
 * can explain it.
 */
export function ownerForHop(
  hop: Hop,
  defaultOwner: string,
  conditional: readonly ConditionalOwner[] = [],
): { owner: string; because: string | null } {
  for (const c of conditional) {
    const namesHop = c.when.toLowerCase().includes(hop) || hopWords[hop].test(c.when);
    if (!namesHop) continue;
    if (intermediaries.has(hop) && !selfMade.test(c.when)) continue;
    return { owner: c.owner, because: c.when };
  }
  return { owner: defaultOwner, because: null };
}
