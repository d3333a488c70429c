/**
 * Google Cloud load balancing request logs: `jsonPayload.statusDetails` (and `httpRequest.status`).
 * Values: https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages
 */
import { asText, getPath, modes, parseJsonObject, priorModes, sortModes } from './common';
import type { Decoded, DecodedField } from './types';

export const statusDetails: Readonly<
  Record<string, { meaning: string; modes: readonly (readonly [string, number])[]; hop?: Decoded['hop'] }>
> = {
  failed_to_connect_to_backend: {
    meaning: 'the load balancer could not connect to the backend',
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.9],
      ['FM-504-CONNECT-VS-READ', 0.5],
    ],
  },
  failed_to_pick_backend: {
    meaning: 'no healthy backend could be picked',
    modes: [
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.95],
      ['FM-503-EMPTY-ENDPOINTS', 0.6],
    ],
  },
  backend_connection_closed_before_data_sent_to_client: {
    meaning: 'the backend closed the connection before any response (often its keepalive timeout is shorter than the load balancer’s)',
    modes: [
      ['FM-502-KEEPALIVE-RACE', 0.95],
      ['FM-502-RESET-BEFORE-HEADERS', 0.6],
    ],
  },
  backend_connection_closed_after_partial_response_sent: {
    meaning: 'the backend closed the connection mid-response',
    modes: [
      ['FM-502-RESET-BEFORE-HEADERS', 0.7],
      ['FM-502-WORKER-TIMEOUT-KILL', 0.6],
    ],
  },
  backend_timeout: {
    meaning: 'the backend did not answer within the backend service timeout',
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.85],
      ['FM-504-TIMEOUT-BUDGETS', 0.8],
      ['FM-504-LONG-SYNC-WORK', 0.6],
    ],
  },
  backend_response_headers_too_long: { meaning: "the backend's response headers are too long", modes: [['FM-502-HEADER-TOO-BIG', 0.95]] },
  backend_response_corrupted: { meaning: 'the backend sent a corrupted response', modes: [['FM-502-PROTOCOL-MISMATCH', 0.9]] },
  backend_early_response_with_non_error_status: {
    meaning: 'the backend answered before reading the whole request',
    modes: [['FM-502-PROTOCOL-MISMATCH', 0.7]],
  },
  backend_interim_response_not_supported: {
    meaning: 'the backend sent an unsupported 1xx response',
    modes: [['FM-502-PROTOCOL-MISMATCH', 0.8]],
  },
  failed_to_negotiate_alpn: {
    meaning: 'the load balancer and backend could not agree on a protocol',
    modes: [
      ['FM-502-PROTOCOL-MISMATCH', 0.9],
      ['FM-502-UPSTREAM-TLS', 0.5],
    ],
  },
  ssl_certificate_san_verification_failed: {
    meaning: "the backend certificate's names do not match",
    modes: [['FM-502-UPSTREAM-TLS', 0.95]],
  },
  ssl_certificate_chain_verification_failed: {
    meaning: "the backend certificate's chain did not verify",
    modes: [['FM-502-UPSTREAM-TLS', 0.95]],
  },
  serverless_neg_routing_failed: {
    meaning: 'the serverless NEG could not route the request',
    modes: [
      ['FM-502-SERVERLESS-RESPONSE', 0.7],
      ['FM-500-CONFIG-DRIFT', 0.5],
    ],
  },
  denied_by_security_policy: { meaning: 'a Cloud Armor policy denied the request', modes: [['FM-500-WAF-RULE', 0.9]] },
  client_disconnected_before_any_response: { meaning: 'the client went away before any response', modes: [], hop: 'client' },
  response_sent_by_backend: { meaning: 'the backend sent this status itself', modes: [], hop: 'application' },
  request_loop_detected: { meaning: 'the request looped back into the load balancer', modes: [['FM-500-CONFIG-DRIFT', 0.8]] },
  error_uncompressing_gzipped_body: { meaning: 'a gzipped body could not be uncompressed', modes: [['FM-502-PROTOCOL-MISMATCH', 0.6]] },
  internal_error: { meaning: 'an internal error in the load balancer', modes: [['FM-500-VENDOR-DEFECT', 0.8]] },
  config_not_found: {
    meaning: 'the load balancer configuration was not found',
    modes: [
      ['FM-500-VENDOR-DEFECT', 0.6],
      ['FM-500-CONFIG-DRIFT', 0.5],
    ],
  },
};

const DETAIL_RE = new RegExp(`\\b(${Object.keys(statusDetails).join('|')})\\b`);

export function decodeGcp(line: string): Decoded | null {
  const obj = parseJsonObject(line);
  let detail: string | null = null;
  let status: number | null = null;
  const fields: DecodedField[] = [];
  if (obj) {
    detail = asText(getPath(obj, 'jsonPayload.statusDetails') ?? obj.statusDetails);
    const s = asText(getPath(obj, 'httpRequest.status') ?? obj.status);
    status = s && /^\d{3}$/.test(s) ? Number(s) : null;
    const url = asText(getPath(obj, 'httpRequest.requestUrl'));
    if (url) fields.push({ name: 'httpRequest.requestUrl', value: url });
    const latency = asText(getPath(obj, 'httpRequest.latency'));
    if (latency) fields.push({ name: 'httpRequest.latency', value: latency });
    if (detail === null) return null;
  } else {
    const m = DETAIL_RE.exec(line);
    if (!m) return null;
    detail = m[1] ?? null;
    const s = /\b(5\d\d)\b/.exec(line);
    status = s ? Number(s[1]) : null;
  }
  if (detail === null) return null;
  if (status !== null) fields.unshift({ name: 'httpRequest.status', value: String(status) });
  const key = Object.keys(statusDetails).find((k) => detail.startsWith(k));
  const known = key ? statusDetails[key] : undefined;
  fields.push({ name: 'statusDetails', value: detail, meaning: known?.meaning });
  const found = known ? modes(known.modes, `statusDetails ${detail}: ${known.meaning}`) : [];
  if (key === 'response_sent_by_backend' && status !== null && status >= 500)
    found.push(...priorModes(status, 0.6, `the backend answered ${status} itself (response_sent_by_backend)`));
  return {
    format: 'gcp-lb',
    formatName: 'Google Cloud load balancer log',
    hop: known?.hop ?? 'load-balancer',
    status,
    fields,
    modes: sortModes(found),
    summary: known ? `Google Cloud load balancer: ${known.meaning}.` : `Google Cloud load balancer statusDetails ${detail}.`,
    specific: known !== undefined && known.modes.length > 0,
  };
}
