/**
 * Alert context from a link's query string: which alert fired, for what, where. Parsed strictly:
 * unknown parameters are ignored, invalid values are reported and dropped, every value is
 * length-limited, and the result is plain text (views render it as text, never as HTML).
 */
import type { StatusCode } from './vocabulary';
import { statusCodes } from './vocabulary';
import { checkValue, type ValueKind } from './commandFill';

export const contextFields = [
  'alertname',
  'status',
  'service',
  'env',
  'cluster',
  'region',
  'route',
  'severity',
  'value',
  'starts_at',
  'request_id',
  'namespace',
  'pod',
  'deployment',
  'lb',
  'target_group',
  'upstream',
  'host',
] as const;
export type ContextField = (typeof contextFields)[number];

export const contextLabels: Record<ContextField, string> = {
  alertname: 'Alert',
  status: 'Status',
  service: 'Service',
  env: 'Environment',
  cluster: 'Cluster',
  region: 'Region',
  route: 'Route',
  severity: 'Severity',
  value: 'Value',
  starts_at: 'Started',
  request_id: 'Request id',
  namespace: 'Namespace',
  pod: 'Pod',
  deployment: 'Deployment',
  lb: 'Load balancer',
  target_group: 'Target group',
  upstream: 'Upstream',
  host: 'Host',
};

interface FieldRule {
  max: number;
  /** Returns an error message, or null when the value is acceptable. */
  check: (value: string) => string | null;
}

// Printable text without control characters (they could hide or reorder what a reader sees).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const text = (max: number): FieldRule => ({ max, check: (v) => (CONTROL.test(v) ? 'contains control characters' : null) });
const pattern = (max: number, re: RegExp, what: string): FieldRule => ({ max, check: (v) => (re.test(v) ? null : `expected ${what}`) });

// Fields that fill commands take the same strict character sets as the command filler.
const ofKind = (...kinds: ValueKind[]): FieldRule => ({
  max: 512,
  check: (v) => {
    const results = kinds.map((k) => checkValue(k, v));
    return results.some((r) => r.ok) ? null : results.map((r) => (r.ok ? '' : r.message)).join(', or ');
  },
});

const rules: Record<ContextField, FieldRule> = {
  alertname: pattern(100, /^[A-Za-z0-9_:.-]+$/, 'letters, digits, "_", ":", "." or "-"'),
  status: pattern(3, /^(500|502|503|504)$/, 'one of 500, 502, 503, 504'),
  service: text(100),
  env: text(40),
  cluster: text(100),
  region: text(60),
  route: text(200),
  severity: pattern(
    20,
    /^(critical|high|major|warning|warn|minor|info|low|page|ticket|error|s[1-4]|p[1-5]|sev[1-5])$/i,
    'a severity such as critical, warning or P1',
  ),
  value: pattern(30, /^-?\d+(\.\d+)?([eE][+-]?\d+)?%?$/, 'a number'),
  starts_at: {
    max: 40,
    check: (v) =>
      (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))) ||
      /^\d{9,10}$/.test(v)
        ? null
        : 'expected an ISO 8601 time or Unix seconds',
  },
  request_id: pattern(128, /^[A-Za-z0-9_.:-]+$/, 'letters, digits, "_", ".", ":" or "-"'),
  namespace: ofKind('k8s-label'),
  pod: ofKind('k8s-name'),
  deployment: ofKind('k8s-name'),
  lb: ofKind('arn', 'k8s-name'),
  target_group: ofKind('arn', 'k8s-name'),
  upstream: ofKind('upstream'),
  host: ofKind('hostname'),
};

export interface ContextProblem {
  field: ContextField;
  /** A shortened, plain-text rendering of what was received. */
  received: string;
  message: string;
}

export interface AlertContext {
  values: Partial<Record<ContextField, string>>;
  problems: ContextProblem[];
}

export const MAX_QUERY_CHARS = 4096;

function shorten(value: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}

/** Parse the alert context from a query string (with or without the leading `?`). */
export function parseAlertContext(search: string): AlertContext {
  const params = new URLSearchParams(search.length > MAX_QUERY_CHARS ? search.slice(0, MAX_QUERY_CHARS) : search);
  const values: AlertContext['values'] = {};
  const problems: ContextProblem[] = [];
  for (const field of contextFields) {
    const raw = params.get(field);
    if (raw === null) continue;
    const value = raw.trim();
    if (value === '') continue;
    const rule = rules[field];
    if (value.length > rule.max) {
      problems.push({ field, received: shorten(value), message: `too long (${value.length} characters; at most ${rule.max})` });
      continue;
    }
    const error = rule.check(value);
    if (error) {
      problems.push({ field, received: shorten(value), message: error });
      continue;
    }
    values[field] = value;
  }
  return { values, problems };
}

export function hasContext(ctx: AlertContext): boolean {
  return Object.keys(ctx.values).length > 0 || ctx.problems.length > 0;
}

/** The status code the context names, if any. */
export function contextStatus(ctx: AlertContext): StatusCode | null {
  const n = Number(ctx.values.status);
  return (statusCodes as readonly number[]).includes(n) ? (n as StatusCode) : null;
}

/** Context as label -> value, in field order, for the incident note. */
export function contextForNote(ctx: AlertContext): Record<string, string> {
  return Object.fromEntries(contextFields.flatMap((f) => (ctx.values[f] ? [[contextLabels[f], ctx.values[f] as string]] : [])));
}

/** Only the context parameters of a query string (for forwarding to another page). */
export function contextQuery(ctx: AlertContext): string {
  const params = new URLSearchParams();
  for (const f of contextFields) if (ctx.values[f]) params.set(f, ctx.values[f] as string);
  return params.toString();
}
