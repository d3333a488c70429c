/**
 * The fallback ranker: for text that no signature and no decoder recognises. Ranks the catalog's
 * failure modes lexically (BM25 over runbook titles, descriptions, signals and the texts of the
 * signatures that point to each mode), with the status code found in the text as a prior, plus a
 * small vocabulary of words every proxy, gateway, CDN and framework uses (timeout, reset, refused,
 * unavailable, upstream ...), so that it generalises to systems the catalog does not name.
 * Its answers are always `weak`. Pure: the catalog comes in as an argument.
 */
import { coveredCode, statusPriorModes } from './decoders/common';

/** What the ranker knows of one failure mode. */
export interface RankerDoc {
  id: string;
  /** Status codes the runbook covers, e.g. [502]. */
  status: readonly number[];
  title: string;
  description: string;
  signals: readonly string[];
  /** Titles and explanations of the signatures that point to this mode. */
  signatureTexts: readonly string[];
}

export interface RankerIndex {
  docs: readonly RankerDoc[];
  /** Term frequencies per doc (title terms counted three times: titles lead). */
  tf: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  df: Map<string, number>;
}

export interface WeakCandidate {
  id: string;
  /** 0 < score < 0.5: weak answers always rank below strong ones. */
  score: number;
  /** Why this candidate: the status prior, the words shared with the runbook, the vocabulary. */
  reason: string;
  /** The words of the text that matched the runbook. */
  terms: string[];
  /** The status code the text carries (or the vocabulary implies), for the decision tree. */
  treeCode: 500 | 502 | 503 | 504 | null;
}

const STOP = new Set(
  'the a an and or of to in on at for from by with without is are was were be been it its this that these those as not no into over under than then when while which who what where how why can could may might will would should does did do has have had but if so such per via any all each some more most other only own same too very just also about after before during out up down off again further there here their them they we you your our i me my he she his her'.split(
    ' ',
  ),
);

/** Lower case, split on non-letters, drop stop words and numbers, strip a few suffixes. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9_]+/)) {
    if (raw.length < 3 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    for (const part of raw.split('_')) {
      if (part.length < 3 || STOP.has(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function buildRankerIndex(docs: readonly RankerDoc[]): RankerIndex {
  const tf: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const doc of docs) {
    const counts = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + weight);
    };
    add(`${doc.title} ${doc.id.replace(/^FM-\d+-/, '').replace(/-/g, ' ')}`, 3);
    add(doc.description, 1);
    for (const s of doc.signals) add(s, 1);
    for (const s of doc.signatureTexts) add(s, 0.5);
    tf.push(counts);
    lengths.push([...counts.values()].reduce((a, b) => a + b, 0));
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { docs, tf, lengths, avgLength, df };
}

/**
 * Generic words of server errors, from any vendor: each implies a status code and leans towards
 * some failure modes. This is what lets an unknown proxy's or framework's line still get an answer.
 */
export const genericVocabulary: readonly {
  re: RegExp;
  code: 500 | 502 | 503 | 504;
  modes: readonly string[];
  label: string;
  /** How much a hit adds to a mode's score (1.5 unless the phrase is one vendor's exact wording). */
  weight?: number;
}[] = [
  {
    re: /\bgateway time-?out\b|\btimed? ?out\b|\btiming out\b|\btimeout\b|\btimely response\b|\bdeadline exceeded\b|\btook too long\b/i,
    code: 504,
    modes: ['FM-504-SLOW-DEPENDENCY', 'FM-504-TIMEOUT-BUDGETS', 'FM-504-CONNECT-VS-READ'],
    label: 'a timeout',
  },
  {
    re: /\bconnect\(\) (to \S+ )?failed\b|\bfailed to connect\b|\bcould not connect\b|\bunable to connect\b/i,
    code: 502,
    modes: ['FM-502-CONNECTION-REFUSED', 'FM-504-CONNECT-VS-READ'],
    label: 'a failed connect',
  },
  {
    re: /\bconnection refused\b|\brefused\b|\bECONNREFUSED\b|\bnot listening\b/i,
    code: 502,
    modes: ['FM-502-CONNECTION-REFUSED'],
    label: 'a refused connection',
  },
  {
    re: /\breset\b|\bECONNRESET\b|\bprematurely closed\b|\bclosed (the )?connection\b|\bconnection closed\b|\bbroken pipe\b|\bEOF\b|\bhang up\b/i,
    code: 502,
    modes: ['FM-502-RESET-BEFORE-HEADERS', 'FM-502-KEEPALIVE-RACE'],
    label: 'a reset or closed connection',
  },
  {
    // A read from the backend that failed before a response came: Apache mod_proxy_ajp's
    // "ajp_read_header: ajp_ilink_receive failed", "read response failed from ..." and "read zero bytes,
    // expecting ..." (https://github.com/apache/httpd/blob/trunk/modules/proxy/mod_proxy_ajp.c, ajp_header.c),
    // answered 503 or 502 when the request can be retried elsewhere.
    re: /(?<![A-Za-z])(receive|read response|reading response) failed\b|\bread zero bytes\b/i,
    code: 502,
    modes: ['FM-502-RESET-BEFORE-HEADERS', 'FM-502-KEEPALIVE-RACE'],
    label: 'a failed read from the backend',
    weight: 3,
  },
  {
    // A response cut after its headers: Caddy "aborting with incomplete response"
    // (https://github.com/caddyserver/caddy/blob/master/modules/caddyhttp/reverseproxy/reverseproxy.go),
    // Go "httputil: ReverseProxy read error during body copy"
    // (https://github.com/golang/go/blob/master/src/net/http/httputil/reverseproxy.go), HAProxy SD "died with
    // an error during the data transfer" (https://github.com/haproxy/haproxy/blob/master/doc/configuration.txt).
    re: /\bincomplete (response|body)\b|\bbody copy\b|\bduring (the )?data transfer\b|\btruncated (response|body)\b/i,
    code: 502,
    modes: ['FM-502-BROKEN-RESPONSE-BODY', 'FM-502-RESET-BEFORE-HEADERS'],
    label: 'a response cut short',
  },
  {
    // A Google API client reporting the provider's own 5xx: "googleapi: got HTTP response code %d with
    // body: %v" and "googleapi: Error %d: ..." (https://github.com/googleapis/google-api-go-client/blob/main/googleapi/googleapi.go).
    re: /\bgoogleapi: (got HTTP response code|Error) 5\d\d\b/i,
    code: 502,
    modes: ['FM-502-PROVIDER-FAULT', 'FM-500-VENDOR-DEFECT'],
    label: "a cloud provider API's own error",
    weight: 4,
  },
  {
    // A proxy whose client went away: Go's context.Canceled, which Caddy and Traefik log as 499
    // (caddy reverseproxy.go statusError; https://github.com/traefik/traefik/blob/master/pkg/proxy/httputil/proxy.go).
    re: /\bcontext cancel+ed\b|\bclient (closed|disconnected|went away)\b/i,
    code: 502,
    modes: ['FM-500-CLIENT-CLOSED-REQUEST'],
    label: 'a client that went away',
  },
  {
    re: /\bbad gateway\b|\binvalid response\b|\bmalformed response\b|\bunexpected response\b/i,
    code: 502,
    modes: ['FM-502-PROTOCOL-MISMATCH', 'FM-502-CONNECTION-REFUSED', 'FM-502-RESET-BEFORE-HEADERS'],
    label: 'a bad gateway',
  },
  {
    re: /\b(no|zero) (healthy|available|live) (upstream|backend|server|host|target|instance|endpoint)s?\b|\bno (upstream|backend|server|host|target|endpoint)s? (is |are )?available\b|\ball (backends|upstreams|servers) (are )?down\b|\bno server is available\b/i,
    code: 503,
    modes: ['FM-503-NO-HEALTHY-UPSTREAM', 'FM-503-EMPTY-ENDPOINTS'],
    label: 'no healthy backend',
  },
  {
    re: /\bservice (temporarily )?unavailable\b|\bunavailable\b|\bover ?capacity\b|\boverload(ed)?\b|\btoo many requests\b|\bthrottl/i,
    code: 503,
    modes: ['FM-503-OVERLOAD-SHEDDING', 'FM-503-NO-HEALTHY-UPSTREAM'],
    label: 'unavailability or overload',
  },
  { re: /\bmaintenance\b/i, code: 503, modes: ['FM-503-PLANNED-MAINTENANCE'], label: 'maintenance' },
  {
    re: /\bcircuit (breaker )?(is )?open\b|\bshort-?circuit/i,
    code: 503,
    modes: ['FM-503-CIRCUIT-OPEN'],
    label: 'an open circuit breaker',
  },
  {
    re: /\bdns\b|\bresolve\b|\bresolution\b|\bno such host\b|\bname not known\b|\bNXDOMAIN\b/i,
    code: 502,
    modes: ['FM-502-UPSTREAM-DNS'],
    label: 'name resolution',
  },
  { re: /\bssl\b|\btls\b|\bcertificate\b|\bhandshake\b|\bx509\b/i, code: 502, modes: ['FM-502-UPSTREAM-TLS'], label: 'TLS' },
  {
    re: /\bheader(s)? (too (big|large|long))\b|\btoo (big|large) header\b|\bbuffer\b/i,
    code: 502,
    modes: ['FM-502-HEADER-TOO-BIG'],
    label: 'headers too large',
  },
  {
    re: /\bout of memory\b|\bOOM\b|\bmemory\b|\btoo many open files\b|\bdisk full\b|\bno space left\b/i,
    code: 500,
    modes: ['FM-500-RESOURCE-EXHAUSTION'],
    label: 'resource exhaustion',
  },
  {
    re: /\bpool\b.*\b(exhausted|timeout|timed out|not available)\b|\btoo many connections\b/i,
    code: 500,
    modes: ['FM-500-DB-POOL-EXHAUSTION'],
    label: 'a full connection pool',
  },
  {
    re: /\binternal server error\b|\bexception\b|\btraceback\b|\bpanic\b|\bstack trace\b|\bunhandled\b|\bfatal\b/i,
    code: 500,
    modes: ['FM-500-DEPLOY-REGRESSION', 'FM-500-LEGACY-DATA-SHAPE', 'FM-500-ERROR-HANDLER-THROWS'],
    label: 'an application error',
  },
  {
    re: /\bcrash(ed|ing)?\b|\brestart(ing|ed)?\b|\bexited\b|\bkilled\b|\bsegfault\b/i,
    code: 502,
    modes: ['FM-500-CRASH-LOOP', 'FM-502-WORKER-TIMEOUT-KILL'],
    label: 'a crash or kill',
  },
  {
    re: /\bworker(s)?\b.*\b(busy|exhausted|queue|backlog)\b|\bqueue (is )?full\b|\bbacklog\b/i,
    code: 504,
    modes: ['FM-504-WORKER-STARVATION', 'FM-503-OVERLOAD-SHEDDING'],
    label: 'busy workers',
  },
  { re: /\bwaf\b|\bforbidden\b|\bblocked\b|\bdenied\b/i, code: 500, modes: ['FM-500-WAF-RULE'], label: 'a blocking rule' },
  {
    re: /\bupstream\b|\bbackend\b|\borigin\b|\bgateway\b|\bproxy\b|\bload ?balancer\b/i,
    code: 502,
    modes: [],
    label: 'a proxy, gateway or backend',
  },
];

const applicationError = genericVocabulary.find((v) => v.label === 'an application error');

const STATUS_IN_TEXT = /(?:^|[^\d.:/a-zA-Z-])(5\d\d)(?![\d./a-zA-Z-]|:\d)/g;

/** 5xx codes the text names, in order of appearance (ports, times and sizes excluded). */
export function statusCodesIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(STATUS_IN_TEXT)) {
    const n = Number(m[1]);
    if (n >= 500 && n <= 599 && !out.includes(n)) out.push(n);
  }
  return out;
}

/** Whether a text resembles a server error at all: a 5xx code or the generic vocabulary. */
export function resemblesServerError(text: string): boolean {
  return statusCodesIn(text).length > 0 || genericVocabulary.some((v) => v.modes.length > 0 && v.re.test(text));
}

const K1 = 1.2;
const B = 0.75;

/**
 * Rank failure modes for a text. `knownStatus` is a status a decoder read from a field (stronger
 * than a number found anywhere in the text). Returns [] only when the text resembles no server
 * error: no 5xx code, none of the generic vocabulary, and no lexical overlap.
 */
export function rankFallback(text: string, index: RankerIndex, knownStatus: number | null = null, limit = 5): WeakCandidate[] {
  const codes = knownStatus !== null && knownStatus >= 500 ? [knownStatus] : statusCodesIn(text);
  const matchedVocab = genericVocabulary.filter((v) => v.re.test(text));
  // "Exception" or "fatal" around a named cause (a timeout, a refused connect) is the wrapper, not
  // the cause: the generic application-error words count only when nothing more specific matched.
  const specificVocab = matchedVocab.filter((v) => v.modes.length > 0 && v.code !== 500);
  const vocab = specificVocab.length > 0 ? matchedVocab.filter((v) => v !== applicationError) : matchedVocab;
  const impliedCodes = vocab.map((v) => v.code);
  const causeCodes: number[] = vocab.filter((v) => v.modes.length > 0 && v !== applicationError).map((v) => v.code);
  const primary = codes.map(coveredCode).find((c) => c !== null) ?? null;
  const treeCode = primary ?? (impliedCodes[0] as WeakCandidate['treeCode'] | undefined) ?? null;
  const q = [...new Set(terms(text))];
  const N = index.docs.length;
  const scored = index.docs.map((doc, i) => {
    const tf = index.tf[i] ?? new Map<string, number>();
    const len = index.lengths[i] ?? 0;
    let lexical = 0;
    const matched: string[] = [];
    for (const t of q) {
      const f = tf.get(t);
      if (!f) continue;
      const df = index.df.get(t) ?? 0;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      lexical += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * len) / index.avgLength));
      matched.push(t);
    }
    let prior = 0;
    const reasons: string[] = [];
    // A code the text carries outweighs shared words: a runbook for another code keeps only part
    // of its lexical score (net/http's "request canceled" in a 502 line is a proxy's 502, not a 500).
    // Without a code, the codes a named cause implies (a timeout: 504) weigh the same way, less.
    if (primary !== null && !doc.status.includes(primary)) lexical *= 0.4;
    else if (primary === null && causeCodes.length > 0 && !doc.status.some((c) => causeCodes.includes(c))) lexical *= 0.6;
    if (primary !== null) {
      if (doc.status.includes(primary)) {
        prior += 2.5;
        const rank = (statusPriorModes[primary] ?? []).indexOf(doc.id);
        if (rank >= 0) prior += 1.2 - rank * 0.25;
        reasons.push(`the text carries ${codes[0]}${codes[0] !== primary ? ` (treated as ${primary})` : ''}, a code this runbook covers`);
      } else prior -= 1.5;
    } else if (impliedCodes.length > 0 && doc.status.some((s) => impliedCodes.includes(s as 500 | 502 | 503 | 504))) {
      prior += 0.8;
    }
    const vocabHits = vocab.filter((v) => v.modes.includes(doc.id));
    if (vocabHits.length > 0) {
      prior += vocabHits.reduce((sum, v) => sum + (v.weight ?? 1.5), 0);
      reasons.push(`it mentions ${vocabHits.map((v) => v.label).join(' and ')}`);
    }
    if (matched.length > 0) reasons.push(`shared words: ${matched.slice(0, 6).join(', ')}`);
    return { doc, raw: lexical + prior, lexical, reasons, matched };
  });
  // Without a code or the generic vocabulary, only a clear overlap of several words counts.
  const anySignal = primary !== null || vocab.length > 0 || scored.some((s) => s.matched.length >= 3 && s.lexical > 6);
  if (!anySignal) return [];
  const ranked = scored.filter((s) => s.raw > 0.5).sort((a, b) => b.raw - a.raw || a.doc.id.localeCompare(b.doc.id));
  const top = ranked[0]?.raw ?? 1;
  return ranked.slice(0, limit).map((s) => ({
    id: s.doc.id,
    // Squash into (0, 0.45]: weak answers always sort below strong ones.
    score: Math.round(Math.max(0.05, Math.min(0.45, 0.45 * (s.raw / top))) * 100) / 100,
    reason: s.reasons.length > 0 ? `Weak match: ${s.reasons.join('; ')}.` : 'Weak match on shared words.',
    terms: s.matched,
    treeCode,
  }));
}
