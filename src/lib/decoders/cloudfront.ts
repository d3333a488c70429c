/**
 * Amazon CloudFront standard logs: sc-status, x-edge-result-type and x-edge-detailed-result-type.
 * Fields: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
 */
import { modes, priorModes, sortModes } from './common';
import type { Decoded, DecodedField } from './types';

export const detailedResultTypes: Readonly<Record<string, { meaning: string; modes: readonly (readonly [string, number])[] }>> = {
  OriginConnectError: {
    meaning: 'CloudFront could not connect to the origin',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.95],
      ['FM-502-CONNECTION-REFUSED', 0.5],
    ],
  },
  OriginDnsError: {
    meaning: "the origin's domain name did not resolve",
    modes: [
      ['FM-502-UPSTREAM-DNS', 0.9],
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.7],
    ],
  },
  OriginCommError: {
    meaning: 'the connection to the origin timed out or failed while talking to it',
    modes: [
      ['FM-504-CDN-ORIGIN-TIMEOUT', 0.85],
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.7],
    ],
  },
  OriginReadError: {
    meaning: 'CloudFront could not read the response from the origin',
    modes: [
      ['FM-504-CDN-ORIGIN-TIMEOUT', 0.7],
      ['FM-502-RESET-BEFORE-HEADERS', 0.6],
    ],
  },
  OriginWriteError: {
    meaning: 'CloudFront could not write the request to the origin',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.7],
      ['FM-502-KEEPALIVE-RACE', 0.5],
    ],
  },
  OriginHeaderTooBigError: { meaning: "the origin's response headers are too large", modes: [['FM-502-HEADER-TOO-BIG', 0.95]] },
  OriginInvalidResponseError: { meaning: 'the origin sent an invalid response', modes: [['FM-502-PROTOCOL-MISMATCH', 0.9]] },
  OriginContentRangeLengthError: {
    meaning: "the origin's Content-Length does not match the Content-Range",
    modes: [['FM-502-PROTOCOL-MISMATCH', 0.7]],
  },
  OriginZeroSizeObjectError: { meaning: 'the origin sent a zero-size object', modes: [['FM-502-PROTOCOL-MISMATCH', 0.5]] },
  OriginError: {
    meaning: 'the origin returned an error',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.6],
      ['FM-504-CDN-ORIGIN-TIMEOUT', 0.5],
    ],
  },
  SlowReaderOriginError: {
    meaning: 'the viewer read slowly and the origin connection failed',
    modes: [['FM-504-CDN-ORIGIN-TIMEOUT', 0.5]],
  },
  AbortedOrigin: { meaning: 'the origin connection was aborted', modes: [['FM-502-CDN-ORIGIN-UNREACHABLE', 0.5]] },
  LimitExceeded: { meaning: 'a CloudFront limit was exceeded', modes: [['FM-503-OVERLOAD-SHEDDING', 0.6]] },
  CapacityExceeded: {
    meaning: 'CloudFront capacity exceeded at this edge',
    modes: [
      ['FM-503-OVERLOAD-SHEDDING', 0.7],
      ['FM-500-VENDOR-DEFECT', 0.4],
    ],
  },
  LambdaExecutionError: { meaning: 'the Lambda@Edge or CloudFront function failed', modes: [['FM-502-SERVERLESS-RESPONSE', 0.8]] },
  LambdaValidationError: { meaning: 'the Lambda@Edge function returned an invalid response', modes: [['FM-502-SERVERLESS-RESPONSE', 0.9]] },
  LambdaLimitExceeded: {
    meaning: 'Lambda@Edge was throttled',
    modes: [
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
      ['FM-502-SERVERLESS-RESPONSE', 0.5],
    ],
  },
  ClientCommError: { meaning: 'communication with the viewer failed', modes: [] },
  ClientHungUpRequest: { meaning: 'the viewer closed the connection', modes: [] },
  InvalidRequestCertificate: { meaning: 'the request did not match the distribution certificate', modes: [['FM-500-CONFIG-DRIFT', 0.5]] },
};

const TYPE_RE = new RegExp(`\\b(${Object.keys(detailedResultTypes).join('|')})\\b`);

export function decodeCloudFront(line: string): Decoded | null {
  const m = TYPE_RE.exec(line);
  const cells = line.split('\t');
  const isW3c = cells.length >= 20 && /^\d{4}-\d{2}-\d{2}$/.test(cells[0] ?? '');
  if (!m && !isW3c) return null;
  const fields: DecodedField[] = [];
  let status: number | null = null;
  if (isW3c) {
    const names = ['date', 'time', 'x-edge-location', 'sc-bytes', 'c-ip', 'cs-method', 'cs(Host)', 'cs-uri-stem', 'sc-status'];
    names.forEach((n, i) => fields.push({ name: n, value: cells[i] ?? '' }));
    status = /^\d{3}$/.test(cells[8] ?? '') ? Number(cells[8]) : null;
    const resultType = cells[13];
    if (resultType) fields.push({ name: 'x-edge-result-type', value: resultType });
  } else {
    const s = /\b(5\d\d)\b/.exec(line);
    status = s ? Number(s[1]) : null;
  }
  const type = m?.[1];
  const found = [];
  if (type) {
    const known = detailedResultTypes[type];
    fields.push({ name: 'x-edge-detailed-result-type', value: type, meaning: known?.meaning });
    if (known) found.push(...modes(known.modes, `x-edge-detailed-result-type ${type}: ${known.meaning}`));
  }
  if (found.length === 0 && status !== null && status >= 500) found.push(...priorModes(status, 0.45, `CloudFront logged ${status}`));
  const clientSide = type === 'ClientCommError' || type === 'ClientHungUpRequest';
  return {
    format: 'aws-cloudfront',
    formatName: 'Amazon CloudFront log',
    hop: clientSide ? 'client' : 'cdn',
    status,
    fields,
    modes: sortModes(found),
    summary: type ? `CloudFront: ${detailedResultTypes[type]?.meaning ?? type}.` : `CloudFront logged ${status ?? 'a request'}.`,
    specific: type !== undefined && found.length > 0,
  };
}
