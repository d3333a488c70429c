/**
 * nginx error log and access log (the `combined` format, plus `$upstream_status`,
 * `$upstream_response_time` and friends when the format adds them).
 * Formats: https://nginx.org/en/docs/ngx_core_module.html#error_log and
 * https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
 */
import { applyRules, keyValues, modes, priorModes, seconds, sortModes, type PhraseRule } from './common';
import type { Decoded, DecodedField, DecodedMode } from './types';

const ERROR_LINE = /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) \[(\w+)\] (\d+)#(\d+): (?:\*(\d+) )?(.*)$/;

/** nginx's own error messages (ngx_http_upstream.c, ngx_event_connect.c ...) mapped to failure modes. */
export const nginxMessageRules: readonly PhraseRule[] = [
  {
    re: /upstream timed out \(110: [^)]*\) while connecting to upstream/i,
    modes: [
      ['FM-504-CONNECT-VS-READ', 0.9],
      ['FM-504-NETWORK-BLACKHOLE', 0.7],
      ['FM-504-WORKER-STARVATION', 0.4],
    ],
    why: 'the TCP connection to the upstream never completed (connect phase, proxy_connect_timeout)',
    status: 504,
  },
  {
    re: /upstream timed out \(110: [^)]*\) while (reading response header|reading upstream|sending request)/i,
    modes: [
      ['FM-504-SLOW-DEPENDENCY', 0.85],
      ['FM-504-TIMEOUT-BUDGETS', 0.75],
      ['FM-504-LONG-SYNC-WORK', 0.6],
      ['FM-504-WORKER-STARVATION', 0.5],
    ],
    why: 'the upstream accepted the request but did not answer within proxy_read_timeout',
    status: 504,
  },
  {
    re: /\((111|61): Connection refused\) while connecting to upstream/i,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.95],
      ['FM-502-DEPLOY-NO-DRAIN', 0.5],
      ['FM-500-CRASH-LOOP', 0.4],
    ],
    why: 'nothing listened on the upstream address: the process is down, restarting or on another port',
    status: 502,
  },
  {
    re: /connect\(\) to unix:\S+ failed \((2: No such file or directory|111: Connection refused)\)/i,
    modes: [
      ['FM-502-CONNECTION-REFUSED', 0.9],
      ['FM-500-CRASH-LOOP', 0.4],
    ],
    why: 'the app server socket does not exist or nobody accepts on it (app server down)',
    status: 502,
  },
  {
    re: /\(11: Resource temporarily unavailable\) while connecting to upstream/i,
    modes: [
      ['FM-504-WORKER-STARVATION', 0.85],
      ['FM-503-OVERLOAD-SHEDDING', 0.6],
    ],
    why: "the app server's listen backlog is full: every worker is busy",
    status: 502,
  },
  {
    re: /upstream prematurely closed connection while reading (response header|upstream)/i,
    modes: [
      ['FM-502-WORKER-TIMEOUT-KILL', 0.85],
      ['FM-502-RESET-BEFORE-HEADERS', 0.8],
      ['FM-502-KEEPALIVE-RACE', 0.6],
    ],
    why: 'the upstream closed the connection before sending a full response (a worker killed or crashed mid-request)',
    status: 502,
  },
  {
    re: /\((104|54): Connection reset by peer\) while (reading response header|reading upstream|sending request|connecting)/i,
    modes: [
      ['FM-502-KEEPALIVE-RACE', 0.85],
      ['FM-502-RESET-BEFORE-HEADERS', 0.8],
    ],
    why: 'the upstream reset the connection (often a reused keepalive connection it had just closed)',
    status: 502,
  },
  {
    re: /\(32: Broken pipe\) while sending request to upstream/i,
    modes: [
      ['FM-502-KEEPALIVE-RACE', 0.8],
      ['FM-502-RESET-BEFORE-HEADERS', 0.6],
    ],
    why: 'the upstream had closed the connection nginx was writing to',
    status: 502,
  },
  {
    re: /no live upstreams while connecting to upstream/i,
    modes: [
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.95],
      ['FM-502-CONNECTION-REFUSED', 0.4],
    ],
    why: 'every server of the upstream group is marked failed (max_fails), so nginx tried none',
    status: 502,
  },
  {
    re: /upstream sent too big header while reading response header/i,
    modes: [['FM-502-HEADER-TOO-BIG', 0.95]],
    why: "the upstream's response headers exceed proxy_buffer_size",
    status: 502,
  },
  {
    re: /(could not be resolved|host not found in upstream|no resolver defined)/i,
    modes: [['FM-502-UPSTREAM-DNS', 0.95]],
    why: "the upstream's name did not resolve",
    status: 502,
  },
  {
    re: /SSL_do_handshake\(\) failed|upstream SSL certificate|SSL_read\(\) failed .*upstream|peer closed connection in SSL handshake/i,
    modes: [['FM-502-UPSTREAM-TLS', 0.9]],
    why: 'the TLS handshake with the upstream failed',
    status: 502,
  },
  {
    re: /upstream sent (invalid|no valid) (header|status|HTTP\/1\.0 header|chunked)|upstream sent unsupported FastCGI protocol version|upstream sent duplicate header/i,
    modes: [
      ['FM-502-PROTOCOL-MISMATCH', 0.9],
      ['FM-502-HEADER-TOO-BIG', 0.3],
    ],
    why: 'the upstream answered with something that is not a valid HTTP (or FastCGI) response',
    status: 502,
  },
  {
    re: /limiting (requests|connections), excess/i,
    modes: [
      ['FM-503-RATE-LIMIT-MISCODED', 0.9],
      ['FM-503-OVERLOAD-SHEDDING', 0.5],
    ],
    why: 'nginx limit_req / limit_conn rejected the request (503 unless limit_req_status says otherwise)',
    status: 503,
  },
  {
    re: /worker_connections are not enough|\(24: Too many open files\)/i,
    modes: [['FM-500-RESOURCE-EXHAUSTION', 0.9]],
    why: 'nginx ran out of connections or file descriptors',
    status: 500,
  },
  {
    re: /FastCGI sent in stderr: "PHP (Fatal error|message: PHP Fatal error)/i,
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.7],
      ['FM-500-LEGACY-DATA-SHAPE', 0.5],
      ['FM-500-RESOURCE-EXHAUSTION', 0.4],
    ],
    why: 'PHP itself failed while handling the request',
    status: 500,
  },
  {
    re: /client intended to send too large body/i,
    modes: [['FM-500-MALFORMED-PAYLOAD', 0.5]],
    why: 'the request body exceeds client_max_body_size (the client sees 413)',
    status: 413,
  },
  {
    re: /access forbidden by rule|ModSecurity: Access denied/i,
    modes: [['FM-500-WAF-RULE', 0.8]],
    why: 'a deny rule or the WAF blocked the request',
  },
];

export function decodeNginxError(line: string): Decoded | null {
  const m = ERROR_LINE.exec(line.trim());
  if (!m) return null;
  const [, time = '', level = '', pid = '', tid = '', conn, rest = ''] = m;
  const fields: DecodedField[] = [
    { name: 'time', value: time },
    { name: 'level', value: level },
    { name: 'pid#tid', value: `${pid}#${tid}` },
  ];
  if (conn) fields.push({ name: 'connection', value: `*${conn}` });
  const comma = rest.search(/, (client|server|request|upstream|host): /);
  const message = comma >= 0 ? rest.slice(0, comma) : rest;
  fields.push({ name: 'message', value: message });
  for (const part of rest
    .slice(comma >= 0 ? comma : rest.length)
    .matchAll(/, (client|server|request|upstream|host|subrequest|referrer): ("([^"]*)"|[^,]*)/g)) {
    fields.push({ name: part[1] ?? '', value: part[3] ?? part[2] ?? '' });
  }
  const { modes: found, status } = applyRules(message, nginxMessageRules);
  const upstream = fields.find((f) => f.name === 'upstream')?.value;
  return {
    format: 'nginx-error',
    formatName: 'nginx error log',
    hop: 'proxy-mesh',
    status,
    fields,
    modes: found,
    summary:
      found.length > 0
        ? `nginx could not get a response from ${upstream ?? 'the upstream'}: ${found[0]?.why ?? ''}.`
        : `nginx logged a ${level} message.`,
    specific: found.length > 0,
  };
}

const ACCESS_LINE = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(.*)$/;

/** Names nginx formats commonly give the upstream variables (key=value formats). */
const UPSTREAM_KEYS: Record<string, string> = {
  upstream_status: 'upstream_status',
  us: 'upstream_status',
  ups: 'upstream_status',
  upstream_response_time: 'upstream_response_time',
  urt: 'upstream_response_time',
  upstream_connect_time: 'upstream_connect_time',
  uct: 'upstream_connect_time',
  upstream_header_time: 'upstream_header_time',
  uht: 'upstream_header_time',
  request_time: 'request_time',
  rt: 'request_time',
  upstream_addr: 'upstream_addr',
  ua: 'upstream_addr',
};

/** The last of a comma/colon separated list (`502, 502` when nginx tried two servers). */
function lastOf(value: string): string {
  const parts = value.split(/\s*[,:]\s*/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? value;
}

/**
 * The tail ingress-nginx adds to the combined format by default (its `upstreaminfo` log format):
 * `$request_length $request_time [$proxy_upstream_name] [$proxy_alternative_upstream_name]
 * $upstream_addr $upstream_response_length $upstream_response_time $upstream_status $req_id`.
 * The four upstream fields hold one value per attempt, separated by ", ".
 * https://github.com/kubernetes/ingress-nginx/blob/main/docs/user-guide/nginx-configuration/log-format.md
 */
const INGRESS_TAIL = /^\s*(\d+) (\d+\.\d+) \[([^\]]*)\] \[([^\]]*)\] (.+) ([0-9a-f]{32})\s*$/;

export interface IngressUpstreamInfo {
  upstreamName: string;
  addr: string[];
  length: string[];
  time: string[];
  status: string[];
}

export function ingressUpstreamInfo(rest: string): IngressUpstreamInfo | null {
  const m = INGRESS_TAIL.exec(rest);
  if (!m) return null;
  // Regroup the space-separated tokens: a token ending in "," continues its field's list.
  const groups: string[][] = [];
  let current: string[] = [];
  for (const token of (m[5] ?? '').trim().split(/\s+/)) {
    current.push(token.replace(/,$/, ''));
    if (!token.endsWith(',')) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0 || groups.length !== 4) return null;
  const [addr = [], length = [], time = [], status = []] = groups;
  return { upstreamName: m[3] ?? '', addr, length, time, status };
}

/**
 * ingress-nginx's default proxy-connect-timeout, in seconds (proxy-read-timeout is 60).
 * https://github.com/kubernetes/ingress-nginx/blob/main/docs/user-guide/nginx-configuration/configmap.md
 */
const INGRESS_CONNECT_TIMEOUT = 5;

export function decodeNginxAccess(line: string): Decoded | null {
  const m = ACCESS_LINE.exec(line.trim());
  if (!m) return null;
  const [, addr = '', , user = '', time = '', request = '', statusText = '', bytes = '', referer, agent, rest = ''] = m;
  if (!/^[\d.:a-fA-F]+$|^-$|^[\w.-]+$/.test(addr)) return null;
  const status = Number(statusText);
  const fields: DecodedField[] = [
    { name: 'remote_addr', value: addr },
    { name: 'remote_user', value: user },
    { name: 'time_local', value: time },
    { name: 'request', value: request },
    { name: 'status', value: statusText },
    { name: 'body_bytes_sent', value: bytes },
  ];
  if (referer !== undefined) fields.push({ name: 'http_referer', value: referer });
  if (agent !== undefined) fields.push({ name: 'http_user_agent', value: agent });
  const kv = keyValues(rest);
  const up: Record<string, string> = {};
  for (const [key, value] of kv) {
    const name = UPSTREAM_KEYS[key];
    if (name) {
      up[name] = value;
      fields.push({ name, value });
    }
  }
  const ingress = Object.keys(up).length === 0 ? ingressUpstreamInfo(rest) : null;
  if (ingress) {
    up.upstream_addr = ingress.addr.join(', ');
    up.upstream_response_length = ingress.length.join(', ');
    up.upstream_response_time = ingress.time.join(', ');
    up.upstream_status = ingress.status.join(', ');
    fields.push(
      { name: 'proxy_upstream_name', value: ingress.upstreamName },
      { name: 'upstream_addr', value: up.upstream_addr },
      { name: 'upstream_response_length', value: up.upstream_response_length },
      { name: 'upstream_response_time', value: up.upstream_response_time },
      { name: 'upstream_status', value: up.upstream_status },
    );
  }
  // Without names: trailing bare values after the combined part, as in `... "curl/8" 502 0.004`.
  if (Object.keys(up).length === 0) {
    const bare = rest
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    const statusLike = bare.find((t) => /^(\d{3}|-)(,\s*\d{3})*$/.test(t));
    const timeLike = bare.filter((t) => /^\d+\.\d{3}$/.test(t));
    if (statusLike && bare.length <= 6) {
      up.upstream_status = statusLike;
      fields.push({ name: 'upstream_status (unnamed field)', value: statusLike });
    }
    if (timeLike.length > 0 && bare.length <= 6) {
      up.upstream_response_time = timeLike[timeLike.length - 1] ?? '';
      fields.push({ name: 'upstream_response_time (unnamed field)', value: up.upstream_response_time });
    }
  }
  const found: DecodedMode[] = [];
  let hop: Decoded['hop'] = 'proxy-mesh';
  let summary = `nginx answered ${status}.`;
  let specific = false;
  const upStatus = up.upstream_status !== undefined ? lastOf(up.upstream_status) : undefined;
  const urt = seconds(up.upstream_response_time !== undefined ? lastOf(up.upstream_response_time) : undefined);
  const uct = up.upstream_connect_time !== undefined ? lastOf(up.upstream_connect_time) : undefined;
  if (status >= 500) {
    if (upStatus !== undefined && /^\d{3}$/.test(upStatus) && Number(upStatus) === status && status !== 504 && status !== 502) {
      hop = 'application';
      specific = true;
      summary = `The upstream itself answered ${status} ($upstream_status ${upStatus}); nginx passed it on.`;
      found.push(...priorModes(status, 0.6, `the upstream application returned ${status} itself`));
    } else if (status === 504) {
      specific = upStatus !== undefined || uct !== undefined;
      // Every attempt ended after the same short time with no byte from the upstream: a timer fired
      // on each, and at ingress-nginx's default proxy-connect-timeout it is the connect timer.
      const times = ingress ? ingress.time.map((t) => seconds(t)) : [];
      const sameTimer =
        ingress !== null && times.length > 0 && times.every((t) => t !== null && t === times[0]) && ingress.length.every((l) => l === '0');
      if (sameTimer && times[0] !== null && times[0] !== undefined && times[0] <= INGRESS_CONNECT_TIMEOUT) {
        found.push(
          ...modes(
            [
              ['FM-504-CONNECT-VS-READ', 0.9],
              ['FM-504-NETWORK-BLACKHOLE', 0.85],
            ],
            `each of ${times.length} attempt(s) gave up after ${times[0]} s with no byte from the upstream: ingress-nginx's connect timeout (proxy-connect-timeout, ${INGRESS_CONNECT_TIMEOUT} s by default)`,
          ),
        );
      }
      if (uct === '-') {
        found.push(
          ...modes(
            [
              ['FM-504-CONNECT-VS-READ', 0.85],
              ['FM-504-NETWORK-BLACKHOLE', 0.7],
            ],
            'no upstream connect time: the connection to the upstream never completed',
          ),
        );
      }
      found.push(
        ...modes(
          [
            ['FM-504-SLOW-DEPENDENCY', 0.8],
            ['FM-504-TIMEOUT-BUDGETS', 0.75],
            ['FM-504-CONNECT-VS-READ', 0.6],
            ['FM-504-LONG-SYNC-WORK', 0.55],
          ],
          urt !== null
            ? `nginx gave up on the upstream after ${urt} s (its proxy timeout)`
            : 'nginx gave up waiting for the upstream (proxy timeout)',
        ),
      );
      summary = `nginx timed out waiting for the upstream${urt !== null ? ` after ${urt} s` : ''} and answered 504 itself.`;
    } else if (status === 502) {
      specific = upStatus !== undefined;
      if (urt !== null && urt < 0.05) {
        found.push(
          ...modes(
            [
              ['FM-502-CONNECTION-REFUSED', 0.85],
              ['FM-502-RESET-BEFORE-HEADERS', 0.6],
              ['FM-502-KEEPALIVE-RACE', 0.55],
            ],
            `the upstream failed within ${urt} s: refused or reset at once`,
          ),
        );
      } else if (urt !== null) {
        found.push(
          ...modes(
            [
              ['FM-502-WORKER-TIMEOUT-KILL', 0.8],
              ['FM-502-RESET-BEFORE-HEADERS', 0.75],
              ['FM-502-KEEPALIVE-RACE', 0.5],
            ],
            `the upstream worked ${urt} s and then closed without a full response`,
          ),
        );
      } else {
        found.push(...priorModes(502, 0.6, 'nginx could not get a valid response from the upstream'));
      }
      summary = `nginx answered 502 itself: the upstream${upStatus ? ` ($upstream_status ${upStatus})` : ''} gave no valid response.`;
    } else if (status === 503) {
      specific = upStatus !== undefined;
      if (upStatus === undefined || upStatus === '-') {
        found.push(
          ...modes(
            [
              ['FM-503-NO-HEALTHY-UPSTREAM', 0.7],
              ['FM-503-RATE-LIMIT-MISCODED', 0.65],
              ['FM-503-PLANNED-MAINTENANCE', 0.45],
            ],
            'nginx answered 503 without asking an upstream: no live upstream, limit_req, or a maintenance rule',
          ),
        );
      } else {
        hop = 'application';
        found.push(...priorModes(503, 0.6, `the upstream answered ${upStatus}`));
      }
      summary = `nginx answered 503${upStatus ? ` ($upstream_status ${upStatus})` : ''}.`;
    } else {
      found.push(...priorModes(status, 0.5, `nginx answered ${status}`));
      if (upStatus === undefined || upStatus === String(status)) hop = 'application';
    }
  } else if (status === 499) {
    hop = 'client';
    summary = 'The client closed the connection before nginx answered (499, nginx-only code).';
  }
  return {
    format: 'nginx-access',
    formatName: 'nginx access log (combined)',
    hop,
    status,
    fields,
    modes: sortModes(dedupe(found)),
    summary,
    specific,
  };
}

export function dedupe(list: DecodedMode[]): DecodedMode[] {
  const out = new Map<string, DecodedMode>();
  for (const mode of list) {
    const existing = out.get(mode.id);
    if (!existing || mode.weight > existing.weight) out.set(mode.id, mode);
  }
  return [...out.values()];
}
