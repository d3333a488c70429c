/**
 * HAProxy HTTP log (option httplog) and TCP log: timers TR/Tw/Tc/Tr/Ta (a -1 means that phase
 * never finished), the status, `<NOSRV>`, and the termination state decoded character by character.
 * Format and meanings: https://docs.haproxy.org/dev/configuration.html#8.2.3 and #8.5
 * (doc/configuration.txt, "8.5. Stream state at disconnection").
 */
import { modes, priorModes, sortModes } from './common';
import { dedupe } from './nginx';
import type { Decoded, DecodedField, DecodedMode } from './types';

/** First character: the event that ended the stream (doc/configuration.txt 8.5). */
export const terminationCause: Readonly<Record<string, string>> = {
  C: 'the client aborted the connection',
  S: 'the server aborted or refused the connection',
  P: 'HAProxy aborted it (connection limit, deny rule, or a blocked invalid server response)',
  L: 'HAProxy processed the request locally',
  R: 'a resource on the proxy ran out (memory, sockets, source ports)',
  I: 'HAProxy detected an internal error',
  D: 'HAProxy killed the stream because the server went down',
  U: 'HAProxy killed the stream on a backup server because an active one came back',
  K: 'an admin killed the stream',
  c: 'the client-side timeout expired',
  s: 'the server-side timeout expired',
  '-': 'normal completion',
};

/** Second character: the phase the stream was in. */
export const terminationPhase: Readonly<Record<string, string>> = {
  R: 'waiting for a complete request from the client (nothing sent to a server)',
  Q: 'waiting in the queue for a connection slot',
  C: 'waiting for the connection to the server to establish',
  H: 'waiting for complete response headers from the server',
  D: 'in the data phase',
  L: 'sending the last data to the client',
  T: 'the request was tarpitted',
  '-': 'after the end of the transfer',
};

export const persistenceCookie: Readonly<Record<string, string>> = {
  N: 'the client sent no persistence cookie',
  I: 'the client sent an invalid cookie',
  D: 'the cookie named a server that was down',
  V: 'the client sent a valid cookie',
  E: 'the cookie had expired (maxidle)',
  O: 'the cookie was too old (maxlife)',
  U: 'a cookie was present but another rule chose the server',
  '-': 'no persistence cookie configured',
};

export const serverCookie: Readonly<Record<string, string>> = {
  N: 'no cookie from the server, none inserted',
  I: 'HAProxy inserted a cookie',
  U: 'HAProxy updated the cookie date',
  P: 'the server provided a cookie, passed as is',
  R: 'HAProxy rewrote the server cookie',
  D: 'HAProxy deleted the server cookie',
  '-': 'no cookie handling configured',
};

/** The two first characters together, mapped to failure modes. */
const stateModes: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  SC: [
    ['FM-502-CONNECTION-REFUSED', 0.9],
    ['FM-503-NO-HEALTHY-UPSTREAM', 0.6],
    ['FM-502-DEPLOY-NO-DRAIN', 0.4],
  ],
  sC: [
    ['FM-504-CONNECT-VS-READ', 0.85],
    ['FM-504-NETWORK-BLACKHOLE', 0.8],
    ['FM-504-WORKER-STARVATION', 0.4],
  ],
  SH: [
    ['FM-502-RESET-BEFORE-HEADERS', 0.9],
    ['FM-502-WORKER-TIMEOUT-KILL', 0.8],
    ['FM-502-KEEPALIVE-RACE', 0.6],
  ],
  sH: [
    ['FM-504-SLOW-DEPENDENCY', 0.85],
    ['FM-504-TIMEOUT-BUDGETS', 0.8],
    ['FM-504-LONG-SYNC-WORK', 0.6],
    ['FM-504-WORKER-STARVATION', 0.5],
  ],
  PH: [
    ['FM-502-PROTOCOL-MISMATCH', 0.85],
    ['FM-502-HEADER-TOO-BIG', 0.8],
    ['FM-500-WAF-RULE', 0.4],
  ],
  SD: [
    ['FM-502-RESET-BEFORE-HEADERS', 0.6],
    ['FM-502-KEEPALIVE-RACE', 0.5],
  ],
  sD: [
    ['FM-504-LB-IDLE-TIMEOUT', 0.6],
    ['FM-504-LONG-SYNC-WORK', 0.5],
  ],
  sQ: [
    ['FM-504-WORKER-STARVATION', 0.85],
    ['FM-503-OVERLOAD-SHEDDING', 0.8],
  ],
  SQ: [
    ['FM-503-OVERLOAD-SHEDDING', 0.7],
    ['FM-504-WORKER-STARVATION', 0.6],
  ],
  PR: [
    ['FM-500-WAF-RULE', 0.8],
    ['FM-503-RATE-LIMIT-MISCODED', 0.5],
  ],
  PT: [
    ['FM-500-WAF-RULE', 0.7],
    ['FM-503-RATE-LIMIT-MISCODED', 0.5],
  ],
  PC: [['FM-503-OVERLOAD-SHEDDING', 0.7]],
  PQ: [['FM-503-OVERLOAD-SHEDDING', 0.7]],
  RC: [['FM-500-RESOURCE-EXHAUSTION', 0.9]],
  RQ: [['FM-500-RESOURCE-EXHAUSTION', 0.8]],
  IH: [['FM-500-VENDOR-DEFECT', 0.8]],
  ID: [['FM-500-VENDOR-DEFECT', 0.8]],
  DC: [
    ['FM-502-DEPLOY-NO-DRAIN', 0.6],
    ['FM-503-NO-HEALTHY-UPSTREAM', 0.5],
  ],
  DH: [
    ['FM-502-DEPLOY-NO-DRAIN', 0.7],
    ['FM-503-NO-HEALTHY-UPSTREAM', 0.5],
  ],
  DD: [['FM-502-DEPLOY-NO-DRAIN', 0.6]],
  KH: [['FM-502-DEPLOY-NO-DRAIN', 0.5]],
  KD: [['FM-502-DEPLOY-NO-DRAIN', 0.5]],
};

// The client address may be missing (redacted or a custom format) and the backend may be logged
// without its server; the timers, status and termination state are what matter.
const HTTP_LINE =
  /(?:(\S+):(\d+) )?\[([^\]]+)\] (\S+) ([^\s/]+)(?:\/(\S+))? (-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+)\/\+?(-?\d+) (-?\d+) \+?(\d+) (\S+) (\S+) ([A-Za-z-]{4}) (\d+)\/(\d+)\/(\d+)\/(\d+)\/\+?(\d+) (\d+)\/(\d+)(.*)$/;
const TCP_LINE =
  /(\S+):(\d+) \[([^\]]+)\] (\S+) (\S+)\/(\S+) (-?\d+)\/(-?\d+)\/\+?(-?\d+) \+?(\d+) ([A-Za-z-]{2}) (\d+)\/(\d+)\/(\d+)\/(\d+)\/\+?(\d+) (\d+)\/(\d+)/;

function timer(name: string, value: string, unfinished: string): DecodedField {
  return { name, value: `${value} ms`, meaning: value === '-1' ? unfinished : undefined };
}

export function spellTerminationState(state: string): DecodedField[] {
  const [a = '-', b = '-', c, d] = state.split('');
  const out: DecodedField[] = [
    { name: 'termination state, 1st char', value: a, meaning: terminationCause[a] ?? 'unknown code' },
    { name: 'termination state, 2nd char', value: b, meaning: terminationPhase[b] ?? 'unknown code' },
  ];
  if (c !== undefined) out.push({ name: 'termination state, 3rd char', value: c, meaning: persistenceCookie[c] ?? 'unknown code' });
  if (d !== undefined) out.push({ name: 'termination state, 4th char', value: d, meaning: serverCookie[d] ?? 'unknown code' });
  return out;
}

function modesForState(state: string, status: number | null, noServer: boolean, timers: { Tc?: string; Tr?: string }): DecodedMode[] {
  const key = state.slice(0, 2);
  const out: DecodedMode[] = [];
  const phrase = `termination state ${state}: ${terminationCause[key[0] ?? '-'] ?? '?'}, ${terminationPhase[key[1] ?? '-'] ?? '?'}`;
  if (noServer && status === 503 && (key === 'SC' || key === '--' || key[1] === 'C')) {
    out.push(
      ...modes(
        [
          ['FM-503-NO-HEALTHY-UPSTREAM', 0.95],
          ['FM-503-EMPTY-ENDPOINTS', 0.6],
          ['FM-503-PLANNED-MAINTENANCE', 0.3],
        ],
        '<NOSRV>: no server was available in the backend, so HAProxy answered 503 itself',
      ),
    );
  }
  const mapped = stateModes[key];
  if (mapped) out.push(...modes(mapped, phrase));
  if (timers.Tc === '-1' && !mapped && key[1] === 'C')
    out.push(...modes([['FM-502-CONNECTION-REFUSED', 0.6]], 'Tc is -1: the connection to the server never completed'));
  if (timers.Tr === '-1' && key[1] === 'H' && !mapped)
    out.push(...modes([['FM-502-RESET-BEFORE-HEADERS', 0.6]], 'Tr is -1: no complete response headers'));
  if (out.length === 0 && status !== null && status >= 500)
    out.push(...priorModes(status, 0.45, `HAProxy logged ${status} with termination state ${state}`));
  return sortModes(dedupe(out));
}

export function decodeHaproxy(line: string): Decoded | null {
  const m = HTTP_LINE.exec(line);
  if (m) {
    const [
      ,
      ip = '',
      port = '',
      date = '',
      frontend = '',
      backend = '',
      server = '',
      TR = '',
      Tw = '',
      Tc = '',
      Tr = '',
      Ta = '',
      statusText = '',
      bytes = '',
      ,
      ,
      state = '----',
      act = '',
      fe = '',
      be = '',
      srv = '',
      retries = '',
      srvQueue = '',
      backendQueue = '',
      rest = '',
    ] = m;
    const status = Number(statusText);
    const noServer = server === '<NOSRV>';
    const fields: DecodedField[] = [
      { name: 'client', value: `${ip}:${port}` },
      { name: 'accept date', value: date },
      { name: 'frontend', value: frontend },
      {
        name: 'backend/server',
        value: `${backend}/${server}`,
        meaning: noServer ? 'no server was picked (none available, or the request never reached that stage)' : undefined,
      },
      timer('TR (request headers)', TR, 'the full request was never received'),
      timer('Tw (queue)', Tw, 'the request never left the queue (or never reached it)'),
      timer('Tc (connect)', Tc, 'the connection to the server never completed'),
      timer('Tr (response headers)', Tr, 'the server never sent complete response headers'),
      timer('Ta (total)', Ta, 'the stream never completed'),
      { name: 'status', value: statusText, meaning: statusText === '-1' ? 'no response was sent' : undefined },
      { name: 'bytes read', value: bytes },
      { name: 'termination state', value: state },
      ...spellTerminationState(state),
      { name: 'actconn/feconn/beconn/srv_conn/retries', value: `${act}/${fe}/${be}/${srv}/${retries}` },
      { name: 'srv_queue/backend_queue', value: `${srvQueue}/${backendQueue}` },
    ];
    const request = /"([^"]*)"\s*$/.exec(rest)?.[1];
    if (request !== undefined) fields.push({ name: 'request', value: request });
    const found = modesForState(state, status > 0 ? status : null, noServer, { Tc, Tr });
    const first = state[0] ?? '-';
    const hop: Decoded['hop'] =
      first === 'C' || first === 'c' ? 'client' : status >= 500 && first === '-' && !noServer ? 'application' : 'proxy-mesh';
    return {
      format: 'haproxy-http',
      formatName: 'HAProxy HTTP log',
      hop,
      status: status > 0 ? status : null,
      fields,
      modes: found,
      summary:
        first === '-' && status >= 500 && !noServer
          ? `The server ${backend}/${server} answered ${status} itself; HAProxy passed it on (termination state ${state}).`
          : `HAProxy ${status > 0 ? `answered ${status}` : 'sent no response'}: ${terminationCause[first] ?? '?'}, ${terminationPhase[state[1] ?? '-'] ?? '?'}.`,
      specific: found.length > 0 && (state.slice(0, 2) !== '--' || noServer),
    };
  }
  const t = TCP_LINE.exec(line);
  if (!t) return null;
  const [, ip = '', port = '', date = '', frontend = '', backend = '', server = '', Tw = '', Tc = '', Tt = '', bytes = '', state = '--'] =
    t;
  const fields: DecodedField[] = [
    { name: 'client', value: `${ip}:${port}` },
    { name: 'accept date', value: date },
    { name: 'frontend', value: frontend },
    { name: 'backend/server', value: `${backend}/${server}` },
    timer('Tw (queue)', Tw, 'the connection never left the queue'),
    timer('Tc (connect)', Tc, 'the connection to the server never completed'),
    timer('Tt (total)', Tt, 'the session never completed'),
    { name: 'bytes read', value: bytes },
    { name: 'termination state', value: state },
    ...spellTerminationState(state),
  ];
  const found = modesForState(state, null, server === '<NOSRV>', { Tc });
  const first = state[0] ?? '-';
  return {
    format: 'haproxy-tcp',
    formatName: 'HAProxy TCP log',
    hop: first === 'C' || first === 'c' ? 'client' : 'proxy-mesh',
    status: null,
    fields,
    modes: found,
    summary: `HAProxy TCP session ended: ${terminationCause[first] ?? '?'}, ${terminationPhase[state[1] ?? '-'] ?? '?'}.`,
    specific: found.length > 0,
  };
}
