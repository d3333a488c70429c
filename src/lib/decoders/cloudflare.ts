/**
 * Cloudflare error pages and codes: 52x/530 (Cloudflare could not get a good answer from the
 * origin), 1xxx (Cloudflare's own errors), and how to tell a Cloudflare page from the origin's own
 * error page passed through it.
 * Codes: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
 * 1xxx: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/
 */
import { modes, priorModes, sortModes } from './common';
import type { Decoded, DecodedField } from './types';

export const cloudflareCodes: Readonly<
  Record<number, { meaning: string; modes: readonly (readonly [string, number])[]; status?: number }>
> = {
  520: {
    meaning: 'the origin returned an empty, unknown or unexpected response',
    modes: [
      ['FM-502-RESET-BEFORE-HEADERS', 0.8],
      ['FM-502-PROTOCOL-MISMATCH', 0.7],
      ['FM-502-HEADER-TOO-BIG', 0.5],
    ],
  },
  521: {
    meaning: 'the origin refused the connection (web server down, or firewall blocking Cloudflare)',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.9],
      ['FM-502-CONNECTION-REFUSED', 0.8],
    ],
  },
  522: {
    meaning: 'the TCP connection to the origin timed out',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.9],
      ['FM-504-NETWORK-BLACKHOLE', 0.7],
      ['FM-504-CONNECT-VS-READ', 0.5],
    ],
  },
  523: {
    meaning: 'the origin is unreachable (DNS or routing)',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.9],
      ['FM-502-UPSTREAM-DNS', 0.7],
    ],
  },
  524: {
    meaning: 'the origin accepted the connection but sent no HTTP response in time',
    modes: [
      ['FM-504-CDN-ORIGIN-TIMEOUT', 0.95],
      ['FM-504-LONG-SYNC-WORK', 0.7],
      ['FM-504-SLOW-DEPENDENCY', 0.6],
    ],
  },
  525: { meaning: 'the TLS handshake between Cloudflare and the origin failed', modes: [['FM-502-UPSTREAM-TLS', 0.95]] },
  526: { meaning: "the origin's certificate is not valid", modes: [['FM-502-UPSTREAM-TLS', 0.95]] },
  527: { meaning: 'the Railgun connection to the origin failed', modes: [['FM-502-CDN-ORIGIN-UNREACHABLE', 0.8]] },
  530: {
    meaning: 'Cloudflare returned an error with a 1xxx code (see the 1xxx number)',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.7],
      ['FM-502-UPSTREAM-DNS', 0.6],
    ],
  },
  1000: { meaning: 'DNS points to a prohibited IP', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  1001: { meaning: 'DNS resolution error', modes: [['FM-502-UPSTREAM-DNS', 0.8]] },
  1002: { meaning: 'DNS points to a prohibited IP or is restricted', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  1014: { meaning: 'CNAME cross-user banned', modes: [['FM-500-CONFIG-DRIFT', 0.6]] },
  1015: { meaning: 'you are being rate limited', modes: [['FM-503-RATE-LIMIT-MISCODED', 0.8]], status: 429 },
  1016: {
    meaning: 'origin DNS error',
    modes: [
      ['FM-502-UPSTREAM-DNS', 0.9],
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.7],
    ],
    status: 530,
  },
  1020: { meaning: 'access denied by a firewall rule', modes: [['FM-500-WAF-RULE', 0.9]], status: 403 },
  1033: {
    meaning: 'Cloudflare Tunnel error: no healthy cloudflared connection',
    modes: [
      ['FM-502-CDN-ORIGIN-UNREACHABLE', 0.9],
      ['FM-503-NO-HEALTHY-UPSTREAM', 0.5],
    ],
    status: 530,
  },
  1101: {
    meaning: 'a Worker threw a JavaScript exception',
    modes: [
      ['FM-500-DEPLOY-REGRESSION', 0.7],
      ['FM-500-ERROR-HANDLER-THROWS', 0.6],
    ],
    status: 500,
  },
  1102: { meaning: 'a Worker exceeded its CPU or resource limits', modes: [['FM-500-RESOURCE-EXHAUSTION', 0.8]], status: 503 },
};

// The reason phrases are Cloudflare's own status lines, e.g. `HTTP/1.1 522 Origin Connection Time-out`
// (quoted in https://github.com/coyove/goflyway/issues/119).
const CODE_RE =
  /\b(?:Error|error code|code)[:\s]+(52[0-7]|530|1\d{3})\b|\b(52[0-7]|530)\s*[:-]?\s*(Web server|Connection timed out|Origin is unreachable|A timeout occurred|SSL handshake failed|Invalid SSL certificate|Railgun|Origin DNS|Unknown Error|Origin Connection Time-?out|Origin Time-?out)|\b(52[0-7]|530)\b(?=.*cloudflare)/i;
/** Sentences of Cloudflare's error pages and docs that name the code without the number. */
const PAGE_TEXT: readonly [RegExp, number][] = [
  [/origin web server timed out (before )?respond/i, 524],
  [
    /Cloudflare times out contacting the origin web server|Cloudflare is unable to establish a connection to the origin|origin web server does not return a SYN\+ACK/i,
    522,
  ],
  [/web server is (down|not returning a connection)|origin web server refused (the )?connection/i, 521],
  [/origin web server (is )?returning an unknown error|empty, unknown, or unexpected response/i, 520],
  [/SSL handshake (between Cloudflare and the origin )?(web server )?failed/i, 525],
];
const BRAND_RE = /cloudflare|cf-ray|Ray ID/i;
const ORIGIN_BRAND_RE =
  /<center>(nginx|openresty|Apache|Microsoft-IIS|LiteSpeed)[^<]*<\/center>|\bnginx\/\d|Apache\/\d|Server: (nginx|Apache|gunicorn|Kestrel)/i;

export function decodeCloudflare(line: string): Decoded | null {
  const page = PAGE_TEXT.find(([re]) => re.test(line));
  const m = CODE_RE.exec(line) ?? (page ? ([String(page[1]), String(page[1])] as unknown as RegExpExecArray) : null);
  const branded = BRAND_RE.test(line);
  const bareStatus = /\b(50[0-4])\b/.exec(line);
  if (!m && !(branded && bareStatus)) return null;
  const fields: DecodedField[] = [];
  const ray = /Ray ID:?\s*([0-9a-f]{16})|cf-ray:\s*([0-9a-f]{16})/i.exec(line);
  if (ray) fields.push({ name: 'Ray ID', value: ray[1] ?? ray[2] ?? '' });
  if (m) {
    const code = Number(m[1] ?? m[2] ?? m[4]);
    const known = cloudflareCodes[code];
    if (!known && code >= 1000) return null;
    const one = /\b(1\d{3})\b/.exec(line);
    const extra = code === 530 && one ? cloudflareCodes[Number(one[1])] : undefined;
    fields.push({ name: code >= 1000 ? 'Cloudflare 1xxx code' : 'Cloudflare status', value: String(code), meaning: known?.meaning });
    if (extra && one) fields.push({ name: 'Cloudflare 1xxx code', value: one[1] ?? '', meaning: extra.meaning });
    const found = [
      ...(extra ? modes(extra.modes, `Cloudflare error ${one?.[1]}: ${extra.meaning}`) : []),
      ...(known ? modes(known.modes, `Cloudflare ${code}: ${known.meaning}`) : []),
    ];
    return {
      format: 'cloudflare',
      formatName: 'Cloudflare error',
      hop: 'cdn',
      status: code >= 1000 ? (known?.status ?? null) : code,
      fields,
      modes: sortModes(found),
      summary: `Cloudflare wrote this page (${code}): ${known?.meaning ?? 'Cloudflare error'}.`,
      specific: found.length > 0,
    };
  }
  const status = Number(bareStatus?.[1]);
  const originPage = ORIGIN_BRAND_RE.test(line);
  fields.push({ name: 'status', value: String(status) });
  fields.push({
    name: 'page written by',
    value: originPage ? 'the origin server' : 'Cloudflare',
    meaning: originPage
      ? "the origin's own error page, passed through Cloudflare"
      : "Cloudflare's branded page: Cloudflare itself could not get an answer",
  });
  return {
    format: 'cloudflare',
    formatName: 'Cloudflare page',
    hop: originPage ? 'proxy-mesh' : 'cdn',
    status,
    fields,
    modes: priorModes(status, 0.45, originPage ? `the origin answered ${status} behind Cloudflare` : `Cloudflare answered ${status}`),
    summary: originPage ? `The origin answered ${status}; Cloudflare passed its page on.` : `Cloudflare answered ${status}.`,
    specific: false,
  };
}
