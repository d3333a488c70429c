/**
 * Envoy (and Istio) access logs: the default text format and JSON access logs. Reads the response
 * code, the response flags and %RESPONSE_CODE_DETAILS% / %UPSTREAM_TRANSPORT_FAILURE_REASON%.
 * Format: https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage
 * Details: https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details
 */
import { asText, getPath, modes, parseJsonObject, priorModes, sortModes, tokenize } from './common';
import { dedupe } from './nginx';
import type { Decoded, DecodedField, DecodedMode } from './types';

/** Response flags: meaning (from the access-log docs) and the failure modes each points to. */
export const envoyFlags: Readonly<Record<string, { meaning: string; modes: readonly (readonly [string, number])[] }>> = {
  UH: {
    meaning: 'no healthy upstream host in the cluster',
    modes: [
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.9],
      ['FM-503-EMPTY-ENDPOINTS', 0.7],
    ],
  },
  UF: {
    meaning: 'upstream connection failure',
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.8],
      ['FM-503-MESH-UPSTREAM-RESET', 0.7],
      ['FM-502-UPSTREAM-TLS', 0.4],
    ],
  },
  UO: {
    meaning: 'upstream overflow (circuit breaking)',
    modes: [
      ['FM-503-CIRCUIT-OPEN', 0.85],
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
    ],
  },
  NR: { meaning: 'no route configured for the request', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  NC: { meaning: 'upstream cluster not found', modes: [['FM-500-CONFIG-DRIFT', 0.7]] },
  URX: { meaning: 'upstream retry limit or maximum connect attempts reached', modes: [['FM-504-RETRY-STORM', 0.6]] },
  UC: {
    meaning: 'upstream connection termination',
    modes: [
      ['FM-503-MESH-UPSTREAM-RESET', 0.85],
      ['FM-502-KEEPALIVE-RACE', 0.75],
    ],
  },
  UT: {
    meaning: 'upstream request timeout',
    modes: [
      ['FM-504-TIMEOUT-BUDGETS', 0.85],
      ['FM-504-SLOW-DEPENDENCY', 0.8],
      ['FM-504-LONG-SYNC-WORK', 0.5],
    ],
  },
  UR: {
    meaning: 'upstream remote reset',
    modes: [
      ['FM-503-MESH-UPSTREAM-RESET', 0.8],
      ['FM-502-RESET-BEFORE-HEADERS', 0.75],
    ],
  },
  LR: { meaning: 'connection local reset', modes: [['FM-503-MESH-UPSTREAM-RESET', 0.8]] },
  DC: { meaning: 'downstream (client) connection termination', modes: [['FM-504-TIMEOUT-BUDGETS', 0.5]] },
  LH: {
    meaning: 'local service failed its health check',
    modes: [
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.7],
      ['FM-503-EMPTY-ENDPOINTS', 0.5],
    ],
  },
  UPE: { meaning: 'upstream protocol error', modes: [['FM-502-PROTOCOL-MISMATCH', 0.8]] },
  DPE: { meaning: 'downstream protocol error', modes: [['FM-500-MALFORMED-PAYLOAD', 0.5]] },
  UMSDR: {
    meaning: 'upstream request reached max stream duration',
    modes: [
      ['FM-504-LONG-SYNC-WORK', 0.7],
      ['FM-504-TIMEOUT-BUDGETS', 0.6],
    ],
  },
  DT: {
    meaning: 'request or connection exceeded max_connection_duration / max_downstream_connection_duration',
    modes: [['FM-504-TIMEOUT-BUDGETS', 0.6]],
  },
  SI: {
    meaning: 'stream idle timeout',
    modes: [
      ['FM-504-LONG-SYNC-WORK', 0.5],
      ['FM-504-LB-IDLE-TIMEOUT', 0.5],
    ],
  },
  RL: { meaning: 'rate limited locally (HTTP rate limit filter)', modes: [['FM-503-RATE-LIMIT-MISCODED', 0.7]] },
  RLSE: {
    meaning: 'rate limit service error',
    modes: [
      ['FM-503-DEPENDENCY-DEGRADED', 0.5],
      ['FM-503-RATE-LIMIT-MISCODED', 0.4],
    ],
  },
  UAEX: { meaning: 'denied by the external authorization service', modes: [['FM-500-WAF-RULE', 0.5]] },
  OM: { meaning: 'overload manager terminated the request', modes: [['FM-503-OVERLOAD-SHEDDING', 0.85]] },
  DF: { meaning: 'DNS resolution failed', modes: [['FM-502-UPSTREAM-DNS', 0.85]] },
  DO: { meaning: 'drop overload (load assignment drop)', modes: [['FM-503-OVERLOAD-SHEDDING', 0.6]] },
  DI: { meaning: 'request delayed by fault injection', modes: [] },
  FI: { meaning: 'request aborted by fault injection', modes: [['FM-500-CONFIG-DRIFT', 0.4]] },
  IH: { meaning: 'strict header check failed', modes: [['FM-500-MALFORMED-PAYLOAD', 0.4]] },
};

/** %RESPONSE_CODE_DETAILS% values (the part before `{`) and the transport reasons inside `{...}`. */
const detailRules: readonly { re: RegExp; meaning: string; modes: readonly (readonly [string, number])[] }[] = [
  { re: /^via_upstream$/, meaning: 'the upstream sent this response code itself', modes: [] },
  {
    re: /^no_healthy_upstream$/,
    meaning: 'no healthy upstream host',
    modes: [
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.9],
      ['FM-503-EMPTY-ENDPOINTS', 0.7],
    ],
  },
  {
    re: /^upstream_response_timeout$/,
    meaning: 'the route timeout fired before the upstream answered',
    modes: [
      ['FM-504-TIMEOUT-BUDGETS', 0.85],
      ['FM-504-SLOW-DEPENDENCY', 0.8],
    ],
  },
  {
    re: /^upstream_per_try_timeout$/,
    meaning: 'a per-try timeout fired',
    modes: [
      ['FM-504-TIMEOUT-BUDGETS', 0.85],
      ['FM-504-RETRY-STORM', 0.5],
    ],
  },
  {
    re: /^(max_duration_timeout|upstream_max_stream_duration_reached)$/,
    meaning: 'the stream reached its maximum duration',
    modes: [
      ['FM-504-LONG-SYNC-WORK', 0.7],
      ['FM-504-TIMEOUT-BUDGETS', 0.6],
    ],
  },
  { re: /^cluster_not_found$/, meaning: 'the route names a cluster that does not exist', modes: [['FM-500-CONFIG-DRIFT', 0.8]] },
  { re: /^route_not_found$/, meaning: 'no route matched', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  { re: /^overload_manager$/, meaning: 'the overload manager rejected the request', modes: [['FM-503-OVERLOAD-SHEDDING', 0.9]] },
  {
    re: /^upstream_reset_before_response_started\{.*connection_failure.*(TLS|SSL|CERTIFICATE)/i,
    meaning: 'the TLS handshake with the upstream failed before any response',
    modes: [['FM-502-UPSTREAM-TLS', 0.95]],
  },
  {
    re: /^upstream_reset_before_response_started\{.*connection_failure/,
    meaning: 'the connection to the upstream could not be made (refused, timed out, reset during connect)',
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.85],
      ['FM-503-MESH-UPSTREAM-RESET', 0.7],
    ],
  },
  {
    re: /^upstream_reset_before_response_started\{.*connection_termination/,
    meaning: 'the upstream closed the connection before the response started',
    modes: [
      ['FM-503-MESH-UPSTREAM-RESET', 0.85],
      ['FM-502-KEEPALIVE-RACE', 0.8],
    ],
  },
  {
    re: /^upstream_reset_before_response_started\{.*remote_reset/,
    meaning: 'the upstream reset the stream before the response started',
    modes: [
      ['FM-502-RESET-BEFORE-HEADERS', 0.85],
      ['FM-503-MESH-UPSTREAM-RESET', 0.8],
    ],
  },
  {
    re: /^upstream_reset_before_response_started\{.*local_reset/,
    meaning: 'Envoy reset the stream locally before the response started',
    modes: [['FM-503-MESH-UPSTREAM-RESET', 0.8]],
  },
  {
    re: /^upstream_reset_before_response_started\{.*overflow/,
    meaning: 'a circuit breaker overflowed',
    modes: [['FM-503-CIRCUIT-OPEN', 0.9]],
  },
  {
    re: /^upstream_reset_before_response_started\{.*protocol_error/,
    meaning: 'the upstream broke the HTTP protocol',
    modes: [['FM-502-PROTOCOL-MISMATCH', 0.9]],
  },
  {
    re: /^upstream_reset_before_response_started/,
    meaning: 'the upstream stream was reset before the response started',
    modes: [
      ['FM-503-MESH-UPSTREAM-RESET', 0.8],
      ['FM-502-RESET-BEFORE-HEADERS', 0.7],
    ],
  },
  {
    re: /^upstream_reset_after_response_started/,
    meaning: 'the upstream stream was reset mid-response',
    modes: [['FM-503-MESH-UPSTREAM-RESET', 0.7]],
  },
  {
    re: /^(upstream_reset|response_payload_too_large|request_payload_too_large)/,
    meaning: 'the upstream stream was reset or a payload was too large',
    modes: [['FM-503-MESH-UPSTREAM-RESET', 0.6]],
  },
  { re: /^downstream_remote_disconnect|^downstream_local_disconnect/, meaning: 'the client side went away', modes: [] },
  {
    re: /^(ext_authz_denied|ext_authz_error)/,
    meaning: 'the external authorization filter denied or failed',
    modes: [['FM-500-WAF-RULE', 0.6]],
  },
  { re: /^(request_rate_limited|rate_limited)$/, meaning: 'rate limited', modes: [['FM-503-RATE-LIMIT-MISCODED', 0.8]] },
  {
    re: /^upstream_rq_pending_overflow|pending_overflow/,
    meaning: 'the pending-request circuit breaker overflowed',
    modes: [['FM-503-CIRCUIT-OPEN', 0.9]],
  },
  {
    re: /^(internal_redirect|direct_response|filter_chain_not_found|admin_filter_response)$/,
    meaning: 'answered by Envoy itself',
    modes: [],
  },
  { re: /^(dns_resolution_failure|dns_fail)/, meaning: 'DNS resolution failed', modes: [['FM-502-UPSTREAM-DNS', 0.9]] },
];

const FLAG_TOKEN = /^(-|[A-Z]{2,5}(,[A-Z]{2,5})*)$/;

function explainFlags(flags: string, fields: DecodedField[], out: DecodedMode[]): boolean {
  if (flags === '-' || flags === '') return false;
  let any = false;
  for (const flag of flags.split(',')) {
    const known = envoyFlags[flag];
    if (!known) continue;
    any = true;
    fields.push({ name: `response flag ${flag}`, value: flag, meaning: known.meaning });
    out.push(...modes(known.modes, `response flag ${flag}: ${known.meaning}`));
  }
  return any;
}

function explainDetails(details: string, fields: DecodedField[], out: DecodedMode[]): { viaUpstream: boolean; known: boolean } {
  if (!details || details === '-') return { viaUpstream: false, known: false };
  const rule = detailRules.find((r) => r.re.test(details));
  fields.push({ name: 'response_code_details', value: details, meaning: rule?.meaning });
  if (rule) out.push(...modes(rule.modes, `%RESPONSE_CODE_DETAILS% ${details}: ${rule.meaning}`));
  return { viaUpstream: details === 'via_upstream', known: rule !== undefined && rule.modes.length > 0 };
}

function finish(
  format: string,
  formatName: string,
  status: number | null,
  fields: DecodedField[],
  found: DecodedMode[],
  flagsOrDetails: boolean,
  viaUpstream: boolean,
): Decoded {
  let hop: Decoded['hop'] = 'proxy-mesh';
  const list = [...found];
  if (viaUpstream || (!flagsOrDetails && status !== null && status >= 500)) {
    hop = viaUpstream ? 'application' : 'proxy-mesh';
    if (status !== null && status >= 500)
      list.push(
        ...priorModes(
          status,
          viaUpstream ? 0.6 : 0.45,
          viaUpstream ? `the upstream answered ${status} itself (via_upstream)` : `Envoy logged ${status} with no response flag`,
        ),
      );
  }
  if (fields.some((f) => f.value === 'DC')) hop = 'client';
  const sorted = sortModes(dedupe(list));
  return {
    format,
    formatName,
    hop,
    status,
    fields,
    modes: sorted,
    summary:
      status === null
        ? 'Envoy access log entry.'
        : viaUpstream
          ? `The upstream answered ${status}; Envoy passed it through.`
          : flagsOrDetails
            ? `Envoy answered ${status}: ${sorted[0]?.why ?? 'see the flags'}.`
            : `Envoy logged ${status}.`,
    specific: flagsOrDetails || viaUpstream,
  };
}

// The start time is sometimes cut off when a line is quoted; the rest still decodes.
const TEXT_LINE = /^(?:\[([^\]]+)\] )?"([A-Z]+ [^"]*)" (\d{1,3}) (\S+) (.*)$/;

export function decodeEnvoyText(line: string): Decoded | null {
  const m = TEXT_LINE.exec(line.trim());
  if (!m) return null;
  const [, time = '', request = '', statusText = '', flags = '', rest = ''] = m;
  if (!FLAG_TOKEN.test(flags)) return null;
  const status = Number(statusText) || null;
  const fields: DecodedField[] = [
    { name: 'start_time', value: time },
    { name: 'request', value: request },
    { name: 'response_code', value: statusText, meaning: statusText === '0' ? 'no response was sent (the stream was reset)' : undefined },
    { name: 'response_flags', value: flags },
  ];
  const found: DecodedMode[] = [];
  const anyFlag = explainFlags(flags, fields, found);
  const tokens = tokenize(rest);
  let details = { viaUpstream: false, known: false };
  // Istio's format puts %RESPONSE_CODE_DETAILS%, %CONNECTION_TERMINATION_DETAILS% and
  // "%UPSTREAM_TRANSPORT_FAILURE_REASON%" before the byte counts; the default format does not.
  if (tokens[0] !== undefined && !/^\d+$/.test(tokens[0])) {
    details = explainDetails(tokens[0], fields, found);
    if (tokens[1] !== undefined && tokens[1] !== '-' && !/^\d+$/.test(tokens[1]))
      fields.push({ name: 'connection_termination_details', value: tokens[1] });
    const reason = tokens[2];
    if (reason !== undefined && reason !== '-' && !/^\d+$/.test(reason)) {
      fields.push({ name: 'upstream_transport_failure_reason', value: reason });
      if (/TLS|SSL|CERTIFICATE/i.test(reason))
        found.push(...modes([['FM-502-UPSTREAM-TLS', 0.95]], `upstream transport failure: ${reason}`));
    }
    const bytesAt = tokens.findIndex((t) => /^\d+$/.test(t));
    const upstreamHost = tokens.find((t, i) => i > bytesAt && /^(\d{1,3}\.){3}\d{1,3}:\d+$/.test(t));
    if (upstreamHost) fields.push({ name: 'upstream_host', value: upstreamHost });
  } else {
    const [bytesIn, bytesOut, duration, upstreamTime] = tokens;
    if (duration !== undefined)
      fields.push(
        { name: 'bytes_received', value: bytesIn ?? '' },
        { name: 'bytes_sent', value: bytesOut ?? '' },
        { name: 'duration_ms', value: duration },
      );
    if (upstreamTime !== undefined)
      fields.push({
        name: 'x-envoy-upstream-service-time',
        value: upstreamTime,
        meaning: upstreamTime === '-' ? 'no upstream answered' : undefined,
      });
    const upstreamHost = tokens[tokens.length - 1];
    if (upstreamHost !== undefined && tokens.length >= 9) fields.push({ name: 'upstream_host', value: upstreamHost });
  }
  return finish('envoy-text', 'Envoy access log', status, fields, found, anyFlag || details.known, details.viaUpstream);
}

export function decodeEnvoyJson(obj: Record<string, unknown>): Decoded | null {
  const code = asText(obj.response_code ?? obj.responseCode ?? obj.status);
  const flags = asText(obj.response_flags ?? obj.responseFlags);
  const details = asText(obj.response_code_details ?? obj.responseCodeDetails);
  if (code === null || (flags === null && details === null)) return null;
  const status = Number(code) || null;
  const fields: DecodedField[] = [{ name: 'response_code', value: code }];
  for (const key of ['start_time', 'method', 'path', 'authority', 'upstream_host', 'upstream_cluster', 'duration', 'x_forwarded_for']) {
    const value = asText(getPath(obj, key));
    if (value !== null) fields.push({ name: key, value });
  }
  const found: DecodedMode[] = [];
  const anyFlag = flags !== null ? explainFlags(flags, fields, found) : false;
  if (flags !== null && !anyFlag) fields.push({ name: 'response_flags', value: flags });
  const d = details !== null ? explainDetails(details, fields, found) : { viaUpstream: false, known: false };
  const reason = asText(obj.upstream_transport_failure_reason);
  if (reason && reason !== '-') {
    fields.push({ name: 'upstream_transport_failure_reason', value: reason });
    if (/TLS|SSL|CERTIFICATE/i.test(reason)) found.push(...modes([['FM-502-UPSTREAM-TLS', 0.95]], `upstream transport failure: ${reason}`));
  }
  return finish('envoy-json', 'Envoy JSON access log', status, fields, found, anyFlag || d.known, d.viaUpstream);
}

export function decodeEnvoyJsonLine(line: string): Decoded | null {
  const obj = parseJsonObject(line);
  return obj ? decodeEnvoyJson(obj) : null;
}
