/**
 * AWS Application Load Balancer and Classic Load Balancer access logs.
 * ALB fields: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html
 * CLB fields: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
 * Causes: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
 */
import { modes, priorModes, sortModes, tokenize } from './common';
import { dedupe } from './nginx';
import type { Decoded, DecodedField, DecodedMode } from './types';

const ALB_TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** error_reason values (ALB access-log docs) mapped to failure modes. */
const errorReasons: readonly { re: RegExp; meaning: string; modes: readonly (readonly [string, number])[] }[] = [
  {
    re: /^Lambda(InvalidResponse|ResponseTooLarge|Unhandled|UserError)/,
    meaning: 'the Lambda target returned an invalid response or failed',
    modes: [['FM-502-SERVERLESS-RESPONSE', 0.95]],
  },
  {
    re: /^Lambda(Throttling|ServiceException|ConnectionTimeout|ConnectionError)/,
    meaning: 'the Lambda service throttled or failed to run the function',
    modes: [
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
      ['FM-502-SERVERLESS-RESPONSE', 0.6],
      ['FM-503-COLD-START', 0.5],
    ],
  },
  {
    re: /^Lambda/,
    meaning: 'the Lambda target could not be invoked (permissions, missing function, configuration)',
    modes: [
      ['FM-500-CONFIG-DRIFT', 0.7],
      ['FM-502-SERVERLESS-RESPONSE', 0.6],
    ],
  },
  {
    re: /^WAF/,
    meaning: 'the load balancer could not reach AWS WAF',
    modes: [
      ['FM-500-WAF-RULE', 0.7],
      ['FM-500-VENDOR-DEFECT', 0.4],
    ],
  },
  {
    re: /^(AuthInvalidCookie|AuthInvalidGrantError|AuthInvalidIdToken|AuthInvalidStateParam|AuthInvalidTokenResponse|AuthInvalidUserinfoResponse|AuthMissing\w+|AuthUnhandledException)/,
    meaning: 'the authenticate action failed',
    modes: [
      ['FM-500-CONFIG-DRIFT', 0.6],
      ['FM-500-DEPENDENCY-LATE-TRANSLATION', 0.4],
    ],
  },
  { re: /^ELBInternalError/, meaning: 'an internal error in the load balancer', modes: [['FM-500-VENDOR-DEFECT', 0.85]] },
];

function num(value: string | undefined): number | null {
  if (value === undefined || value === '-') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function decodeStatusPair(
  elb: number,
  target: string,
  times: { request: number | null; target: number | null; response: number | null },
  targetAddr: string,
  errorReason: string | undefined,
): { modes: DecodedMode[]; hop: Decoded['hop']; summary: string; specific: boolean } {
  const out: DecodedMode[] = [];
  if (target !== '-' && /^\d{3}$/.test(target)) {
    const t = Number(target);
    if (t === elb && elb >= 500) {
      out.push(...priorModes(elb, 0.65, `target_status_code ${target}: the target answered ${elb} itself`));
      return {
        modes: out,
        hop: 'application',
        summary: `The target ${targetAddr} answered ${elb}; the load balancer passed it on.`,
        specific: true,
      };
    }
  }
  if (elb < 500)
    return {
      modes: out,
      hop: elb === 460 ? 'client' : 'load-balancer',
      summary: elb === 460 ? 'The client closed the connection before the idle timeout (460).' : `The load balancer answered ${elb}.`,
      specific: false,
    };
  const noTarget = targetAddr === '-';
  if (errorReason && errorReason !== '-') {
    const rule = errorReasons.find((r) => r.re.test(errorReason));
    if (rule) out.push(...modes(rule.modes, `error_reason ${errorReason}: ${rule.meaning}`));
  }
  if (elb === 502) {
    out.push(
      ...modes(
        [
          ['FM-502-CONNECTION-REFUSED', 0.8],
          ['FM-502-KEEPALIVE-RACE', 0.75],
          ['FM-502-RESET-BEFORE-HEADERS', 0.7],
          ['FM-502-UPSTREAM-TLS', 0.4],
        ],
        'elb_status_code 502 with target_status_code "-": the target closed, refused or reset the connection, or sent a malformed response',
      ),
    );
  } else if (elb === 503) {
    out.push(
      ...modes(
        [
          ['FM-503-NO-HEALTHY-UPSTREAM', 0.85],
          ['FM-503-EMPTY-ENDPOINTS', 0.8],
        ],
        noTarget
          ? 'elb_status_code 503 and no target: no registered or healthy target in the target group'
          : 'elb_status_code 503 from the load balancer',
      ),
    );
  } else if (elb === 504) {
    if (times.target === -1 && times.request !== null && times.request >= 0) {
      out.push(
        ...modes(
          [
            ['FM-504-CONNECT-VS-READ', 0.8],
            ['FM-504-LB-IDLE-TIMEOUT', 0.75],
            ['FM-504-NETWORK-BLACKHOLE', 0.6],
            ['FM-504-SLOW-DEPENDENCY', 0.6],
          ],
          'elb_status_code 504 and target_processing_time -1: the target did not answer before the idle timeout (or the connection never opened)',
        ),
      );
    } else {
      out.push(
        ...modes(
          [
            ['FM-504-LB-IDLE-TIMEOUT', 0.8],
            ['FM-504-SLOW-DEPENDENCY', 0.7],
          ],
          'elb_status_code 504: the load balancer timed out waiting for the target',
        ),
      );
    }
  } else if (elb === 500) {
    out.push(
      ...modes(
        [
          ['FM-500-VENDOR-DEFECT', 0.6],
          ['FM-500-CONFIG-DRIFT', 0.5],
        ],
        'elb_status_code 500 with no target status: the load balancer itself failed (or an authenticate/WAF action)',
      ),
    );
  } else {
    out.push(...priorModes(elb, 0.45, `the load balancer answered ${elb}`));
  }
  return {
    modes: out,
    hop: 'load-balancer',
    summary: `The load balancer answered ${elb} itself; the target${noTarget ? ' was never chosen' : ` ${targetAddr} never answered`}.`,
    specific: true,
  };
}

/** The decoded line, in the same shape for both access-log formats. */
function elbResult(
  format: 'aws-alb' | 'aws-clb',
  formatName: string,
  elb: number,
  fields: DecodedField[],
  r: ReturnType<typeof decodeStatusPair>,
): Decoded {
  return {
    format,
    formatName,
    hop: r.hop,
    status: elb,
    fields,
    modes: sortModes(dedupe(r.modes)),
    summary: r.summary,
    specific: r.specific,
  };
}

export function decodeAwsElb(line: string): Decoded | null {
  const tokens = tokenize(line.trim());
  const first = tokens[0] ?? '';
  if (ALB_TYPES.has(first) && ISO.test(tokens[1] ?? '') && tokens.length >= 12) {
    const [type, time, elbName, client, target = '-', rpt, tpt, rspt, elbStatus = '', targetStatus = '-', received, sent, request, agent] =
      tokens;
    if (!/^\d{3}$/.test(elbStatus)) return null;
    const errorReason = tokens[24];
    const fields: DecodedField[] = [
      { name: 'type', value: type ?? '' },
      { name: 'time', value: time ?? '' },
      { name: 'elb', value: elbName ?? '' },
      { name: 'client:port', value: client ?? '' },
      { name: 'target:port', value: target, meaning: target === '-' ? 'no target was chosen or reached' : undefined },
      {
        name: 'request_processing_time',
        value: rpt ?? '',
        meaning: rpt === '-1' ? 'the load balancer could not dispatch the request to a target' : undefined,
      },
      {
        name: 'target_processing_time',
        value: tpt ?? '',
        meaning: tpt === '-1' ? 'the target never answered (closed, timed out or unreachable)' : undefined,
      },
      { name: 'response_processing_time', value: rspt ?? '', meaning: rspt === '-1' ? 'no response was relayed' : undefined },
      { name: 'elb_status_code', value: elbStatus },
      {
        name: 'target_status_code',
        value: targetStatus,
        meaning: targetStatus === '-' ? 'the target sent no status: the load balancer wrote elb_status_code itself' : undefined,
      },
      { name: 'received_bytes', value: received ?? '' },
      { name: 'sent_bytes', value: sent ?? '' },
      { name: 'request', value: request ?? '' },
      { name: 'user_agent', value: agent ?? '' },
    ];
    if (errorReason !== undefined && errorReason !== '-') fields.push({ name: 'error_reason', value: errorReason });
    const classification = tokens[27];
    if (classification !== undefined && classification !== '-')
      fields.push({ name: 'classification', value: classification }, { name: 'classification_reason', value: tokens[28] ?? '' });
    const elb = Number(elbStatus);
    const r = decodeStatusPair(elb, targetStatus, { request: num(rpt), target: num(tpt), response: num(rspt) }, target, errorReason);
    return elbResult('aws-alb', 'AWS ALB access log', elb, fields, r);
  }
  if (ISO.test(first) && tokens.length >= 11 && /^\d{3}$/.test(tokens[7] ?? '')) {
    const [time, elbName, client, backend = '-', rpt, bpt, rspt, elbStatus = '', backendStatus = '-', received, sent, request] = tokens;
    const fields: DecodedField[] = [
      { name: 'time', value: time ?? '' },
      { name: 'elb', value: elbName ?? '' },
      { name: 'client:port', value: client ?? '' },
      { name: 'backend:port', value: backend, meaning: backend === '-' ? 'no back-end instance was reached' : undefined },
      {
        name: 'request_processing_time',
        value: rpt ?? '',
        meaning: rpt === '-1' ? 'the request could not be sent to a back-end instance' : undefined,
      },
      { name: 'backend_processing_time', value: bpt ?? '', meaning: bpt === '-1' ? 'the back-end instance never answered' : undefined },
      { name: 'response_processing_time', value: rspt ?? '' },
      { name: 'elb_status_code', value: elbStatus },
      {
        name: 'backend_status_code',
        value: backendStatus,
        meaning: backendStatus === '-' ? 'the back end sent no status: the load balancer wrote elb_status_code itself' : undefined,
      },
      { name: 'received_bytes', value: received ?? '' },
      { name: 'sent_bytes', value: sent ?? '' },
      { name: 'request', value: request ?? '' },
    ];
    const elb = Number(elbStatus);
    const r = decodeStatusPair(elb, backendStatus, { request: num(rpt), target: num(bpt), response: num(rspt) }, backend, undefined);
    return elbResult('aws-clb', 'AWS Classic Load Balancer access log', elb, fields, r);
  }
  return null;
}
