/**
 * Heroku router log lines (`at=error code=H12 desc="Request timeout" ... status=503`) and the
 * runtime R-codes. Codes: https://devcenter.heroku.com/articles/error-codes
 * Router fields: https://devcenter.heroku.com/articles/http-routing#heroku-router-log-format
 */
import { keyValues, modes, priorModes, seconds, sortModes } from './common';
import type { Decoded, DecodedField } from './types';

export const herokuCodes: Readonly<
  Record<string, { meaning: string; modes: readonly (readonly [string, number])[]; hop?: Decoded['hop'] }>
> = {
  H10: {
    meaning: 'App crashed: the web dyno crashed or failed to boot',
    modes: [
      ['FM-500-CRASH-LOOP', 0.9],
      ['FM-500-DEPLOY-REGRESSION', 0.5],
      ['FM-500-CONFIG-DRIFT', 0.4],
    ],
  },
  H11: {
    meaning: 'Backlog too deep: requests queued faster than dynos answer',
    modes: [
      ['FM-503-OVERLOAD-SHEDDING', 0.85],
      ['FM-504-WORKER-STARVATION', 0.8],
    ],
  },
  H12: {
    meaning: 'Request timeout: the app did not send a response within 30 seconds',
    modes: [
      ['FM-504-LONG-SYNC-WORK', 0.85],
      ['FM-504-SLOW-DEPENDENCY', 0.8],
      ['FM-504-TIMEOUT-BUDGETS', 0.6],
    ],
  },
  H13: {
    meaning: 'Connection closed without response: the dyno accepted and then closed the socket',
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.85],
      ['FM-502-RESET-BEFORE-HEADERS', 0.8],
    ],
  },
  H14: {
    meaning: 'No web dynos running',
    modes: [
      ['FM-503-EMPTY-ENDPOINTS', 0.9],
      ['FM-503-ROLLOUT-CAPACITY', 0.5],
    ],
  },
  H15: {
    meaning: 'Idle connection: no data for 55 seconds',
    modes: [
      ['FM-504-LB-IDLE-TIMEOUT', 0.8],
      ['FM-504-LONG-SYNC-WORK', 0.5],
    ],
  },
  H17: {
    meaning: 'Poorly formatted HTTP response',
    modes: [
      ['FM-502-PROTOCOL-MISMATCH', 0.9],
      ['FM-502-HEADER-TOO-BIG', 0.5],
    ],
  },
  H18: {
    meaning: 'Server request interrupted: the socket was closed before the response',
    modes: [
      ['FM-502-RESET-BEFORE-HEADERS', 0.8],
      ['FM-502-WORKER-TIMEOUT-KILL', 0.6],
    ],
  },
  H19: {
    meaning: 'Backend connection timeout: the router could not connect to a dyno within 5 seconds',
    modes: [
      ['FM-504-WORKER-STARVATION', 0.8],
      ['FM-504-CONNECT-VS-READ', 0.7],
    ],
  },
  H20: {
    meaning: 'App boot timeout: the web process did not bind its port in time',
    modes: [
      ['FM-503-COLD-START', 0.85],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
  },
  H21: { meaning: 'Backend connection refused', modes: [['FM-502-CONNECTION-REFUSED', 0.9]] },
  H22: { meaning: 'Connection limit reached', modes: [['FM-503-OVERLOAD-SHEDDING', 0.85]] },
  H23: { meaning: 'Endpoint misconfigured', modes: [['FM-500-CONFIG-DRIFT', 0.8]] },
  H24: { meaning: 'Forced close: the connection was closed after 60 seconds', modes: [['FM-504-LONG-SYNC-WORK', 0.6]] },
  H25: {
    meaning: 'HTTP restriction: the request or response broke a router limit',
    modes: [
      ['FM-502-HEADER-TOO-BIG', 0.7],
      ['FM-500-MALFORMED-PAYLOAD', 0.5],
    ],
  },
  H26: { meaning: 'Request error: the router could not parse the request', modes: [['FM-500-MALFORMED-PAYLOAD', 0.7]], hop: 'client' },
  H27: { meaning: 'Client request interrupted', modes: [], hop: 'client' },
  H28: { meaning: 'Client connection idle', modes: [], hop: 'client' },
  H31: { meaning: 'Misdirected request', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  H80: { meaning: 'Maintenance mode', modes: [['FM-503-PLANNED-MAINTENANCE', 0.95]] },
  H81: { meaning: 'Blank app: no code deployed', modes: [['FM-503-EMPTY-ENDPOINTS', 0.6]] },
  H82: { meaning: 'Free dyno hours used up', modes: [['FM-503-ROLLOUT-CAPACITY', 0.6]] },
  H83: { meaning: 'Planned service degradation', modes: [['FM-503-PLANNED-MAINTENANCE', 0.8]] },
  H99: { meaning: 'Platform error: an internal Heroku router error', modes: [['FM-500-VENDOR-DEFECT', 0.9]] },
  R10: {
    meaning: 'Boot timeout: the web process did not bind $PORT within 60 seconds',
    modes: [
      ['FM-503-COLD-START', 0.85],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    hop: 'app-server',
  },
  R12: { meaning: 'Exit timeout: the process did not exit after SIGTERM', modes: [['FM-502-DEPLOY-NO-DRAIN', 0.6]], hop: 'app-server' },
  R14: {
    meaning: 'Memory quota exceeded: the dyno is swapping',
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.9],
      ['FM-504-GC-CPU-THROTTLE', 0.5],
    ],
    hop: 'app-server',
  },
  R15: {
    meaning: 'Memory quota vastly exceeded: the dyno was killed',
    modes: [
      ['FM-500-RESOURCE-EXHAUSTION', 0.95],
      ['FM-500-CRASH-LOOP', 0.6],
    ],
    hop: 'app-server',
  },
};

const CODE_RE = /\b(?:code=|Error )([HR]\d{2})\b|\b([HR]\d{2}) \(/;
const CRASHED =
  /heroku\[(web|worker)\.\d+\]: State changed from \w+ to crashed|heroku\[(web|worker)\.\d+\]: Process exited with status [1-9]/;

export function decodeHeroku(line: string): Decoded | null {
  const m = CODE_RE.exec(line);
  const kv = keyValues(line);
  const isRouter = kv.has('at') && (kv.has('status') || kv.has('code')) && (kv.has('dyno') || kv.has('host'));
  if (!m && !isRouter) {
    if (!CRASHED.test(line)) return null;
    return {
      format: 'heroku-dyno',
      formatName: 'Heroku dyno state',
      hop: 'app-server',
      status: 503,
      fields: [
        {
          name: 'event',
          value: CRASHED.exec(line)?.[0] ?? '',
          meaning: 'the web process stopped; the router answers H10 (503) until it is back',
        },
      ],
      modes: modes(
        [
          ['FM-500-CRASH-LOOP', 0.9],
          ['FM-500-DEPLOY-REGRESSION', 0.5],
          ['FM-500-CONFIG-DRIFT', 0.4],
        ],
        'the dyno crashed or its process exited',
      ),
      summary: 'Heroku: the dyno crashed.',
      specific: true,
    };
  }
  const code = m?.[1] ?? m?.[2] ?? kv.get('code');
  const known = code ? herokuCodes[code] : undefined;
  const status = kv.has('status') && /^\d{3}$/.test(kv.get('status') ?? '') ? Number(kv.get('status')) : code?.startsWith('H') ? 503 : null;
  const fields: DecodedField[] = [];
  if (code) fields.push({ name: 'code', value: code, meaning: known?.meaning });
  for (const key of [
    'at',
    'desc',
    'method',
    'path',
    'host',
    'request_id',
    'dyno',
    'connect',
    'service',
    'status',
    'bytes',
    'sock',
    'protocol',
  ]) {
    const value = kv.get(key);
    if (value === undefined) continue;
    let meaning: string | undefined;
    if (key === 'sock')
      meaning =
        value === 'backend'
          ? 'the dyno (backend) side closed the socket'
          : value === 'client'
            ? 'the client side closed the socket'
            : undefined;
    if (key === 'service' && (seconds(value) ?? 0) >= 30) meaning = 'the router waited the full 30-second window';
    fields.push({ name: key, value, meaning });
  }
  const sockClient = kv.get('sock') === 'client';
  const found = known
    ? modes(known.modes, `Heroku ${code}: ${known.meaning}${sockClient ? ' (sock=client: the client side closed)' : ''}`)
    : priorModes(status, 0.45, `the Heroku router logged status ${status}`);
  const hop: Decoded['hop'] = sockClient
    ? 'client'
    : (known?.hop ?? (code ? 'load-balancer' : (status ?? 0) >= 500 ? 'application' : 'load-balancer'));
  return {
    format: 'heroku-router',
    formatName: code?.startsWith('R') ? 'Heroku runtime error' : 'Heroku router log',
    hop,
    status,
    fields,
    modes: sortModes(found),
    summary: known
      ? `Heroku ${code}: ${known.meaning}.`
      : `The Heroku router logged status ${status ?? '?'}${(status ?? 0) >= 500 ? ' from the app' : ''}.`,
    specific: known !== undefined,
  };
}
