/**
 * All decoders, tried on one line. Structured formats first (their fields say most); the app-server
 * messages and the bare status line after. A line can decode in more than one way (an nginx error
 * line that quotes PHP's error, a Kubernetes event that quotes a probe's status): all are kept,
 * and the bare status line only when nothing else read the line.
 */
import { parseJsonObject } from './common';
import { decodeAppServer } from './appServers';
import { decodeAwsElb } from './awsElb';
import { decodeCloudflare } from './cloudflare';
import { decodeCloudFront } from './cloudfront';
import { decodeEnvoyJson, decodeEnvoyText } from './envoy';
import { decodeGcp } from './gcp';
import { decodeHaproxy } from './haproxy';
import { decodeHeroku } from './heroku';
import { decodeKubernetes } from './kubernetes';
import { decodeNginxAccess, decodeNginxError } from './nginx';
import { decodeStatusLine } from './statusLine';
import type { Decoded, Decoder } from './types';

export type { Decoded, DecodedField, DecodedMode, Hop } from './types';
export { hops, hopNames } from './types';
export { coveredCode, statusPriorModes } from './common';

const decodeJson: Decoder = (line) => {
  const obj = parseJsonObject(line);
  if (!obj) return null;
  return decodeEnvoyJson(obj) ?? decodeGcp(line);
};

/** Line formats, most specific first. Exclusive: the first that reads the line wins. */
const formatDecoders: readonly Decoder[] = [
  decodeJson,
  decodeHaproxy,
  decodeEnvoyText,
  decodeAwsElb,
  decodeNginxError,
  decodeNginxAccess,
  decodeHeroku,
  decodeGcp,
  decodeCloudFront,
];
/** Messages that can appear inside any of the formats above (or alone). */
const messageDecoders: readonly Decoder[] = [decodeCloudflare, decodeKubernetes, decodeAppServer];

export function decodeLine(line: string): Decoded[] {
  const text = line.length > 4000 ? line.slice(0, 4000) : line;
  if (text.trim() === '') return [];
  const out: Decoded[] = [];
  for (const decode of formatDecoders) {
    const d = decode(text);
    if (d) {
      out.push(d);
      break;
    }
  }
  for (const decode of messageDecoders) {
    const d = decode(text);
    if (d) out.push(d);
  }
  if (out.length === 0) {
    const bare = decodeStatusLine(text);
    if (bare) out.push(bare);
  }
  return out;
}
