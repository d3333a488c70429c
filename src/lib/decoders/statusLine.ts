/**
 * A bare status: an HTTP status line (`HTTP/1.1 503 Service Unavailable`), an error-page title
 * (`503 Service Temporarily Unavailable`, `Error 503`), or `status=503` / `"status": 503`.
 * Says only which code and, from the wording, which software probably wrote the page; the modes it
 * suggests rest on the code alone, so they come out as weak hints.
 * Status lines: https://www.rfc-editor.org/rfc/rfc9112#name-status-line
 */
import { priorModes, reasonPhrases } from './common';
import type { Decoded, DecodedField } from './types';

const PATTERNS: readonly RegExp[] = [
  /\bHTTP\/[\d.]+\s+(5\d\d)\b(?:\s+([A-Za-z][\w -]*))?/,
  /^\s*(?:<title>|<h1>)?\s*(5\d\d)\s+(Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Not Implemented|HTTP Version Not Supported)/i,
  /\bError\s*:?\s*(5\d\d)\b(?:\s*[:-]?\s*([A-Za-z][\w ]*))?/i,
  /\b(?:status|status_code|statusCode|http_status|code)["']?\s*[:=]\s*["']?(5\d\d)\b/i,
  /\b(5\d\d)\s+(Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\b/i,
];

/** Page wording some servers use: a hint at which software wrote the status. */
const writers: readonly [RegExp, string, Decoded['hop']][] = [
  [/Service Temporarily Unavailable|Gateway Time-out|<center>nginx/i, 'nginx (its default error page)', 'proxy-mesh'],
  [/no healthy upstream|upstream connect error/i, 'Envoy', 'proxy-mesh'],
  [/No server is available to handle this request/i, 'HAProxy', 'proxy-mesh'],
  [/The server encountered a temporary error|Error 502 \(Server Error\)/i, 'a Google front end', 'load-balancer'],
  [/awselb|ELB/i, 'an AWS load balancer', 'load-balancer'],
  [/cloudfront/i, 'CloudFront', 'cdn'],
  [/Application Error|herokucdn/i, 'Heroku', 'load-balancer'],
];

export function decodeStatusLine(line: string): Decoded | null {
  for (const re of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const status = Number(m[1]);
    const reason = m[2]?.trim();
    const fields: DecodedField[] = [{ name: 'status', value: String(status), meaning: reasonPhrases[status] }];
    if (reason) fields.push({ name: 'reason phrase', value: reason });
    const writer = writers.find(([w]) => w.test(line));
    if (writer) fields.push({ name: 'probably written by', value: writer[1] });
    const hop: Decoded['hop'] = writer?.[2] ?? (status === 500 ? 'application' : 'proxy-mesh');
    return {
      format: 'status-line',
      formatName: 'Status line or error page title',
      hop,
      status,
      fields,
      modes: priorModes(status, 0.4, `the status ${status} alone (the text says nothing more)`),
      summary: `A bare ${status}${writer ? ` page, probably from ${writer[1]}` : ''}: the status says which code, not why.`,
      specific: false,
    };
  }
  return null;
}
