/**
 * The error-signature matcher: ranks failure modes for pasted text (one line or a log excerpt),
 * explains each match, and extracts the identifiers a responder needs (status codes, Envoy
 * flags, request ids, Cloudflare Ray ids). Pure: nothing leaves the caller.
 */
import type { MatchableSignature } from './signatureTypes';

/** Inputs larger than this are cut (a log excerpt, not a whole log file). */
export const MAX_INPUT_CHARS = 200_000;
export const MAX_LINES = 5_000;
const MAX_LINE_CHARS = 4_000;

export interface CompiledSignature {
  signature: MatchableSignature;
  regex: RegExp | null;
  flags: readonly string[] | null;
}

/** Compile once; throws with the signature id when a pattern is not a valid regular expression. */
export function compileSignatures(signatures: readonly MatchableSignature[]): CompiledSignature[] {
  return signatures.map((signature) => {
    let regex: RegExp | null = null;
    if (signature.pattern !== undefined) {
      try {
        regex = new RegExp(signature.pattern, 'i');
      } catch (error) {
        throw new Error(`signature ${signature.id}: pattern is not a valid regular expression: ${(error as Error).message}`);
      }
    }
    return { signature, regex, flags: signature.flags && signature.flags.length > 0 ? signature.flags.map((f) => f.toUpperCase()) : null };
  });
}

const ENVOY_FLAG = '(?:UH|UF|UO|NR|URX|UC|UT|UR|DC|LH|LR|UAEX|RLSE|IH|SI|DPE|UPE|UMSDR|OM|DF|DO|DI|FI|RL|NC|ECON|NFCF|RFCF)';
/** A flags field: after a status code (0 when nothing was sent) in Envoy's text format, or a `response_flags` JSON/kv field. */
const FLAGS_AFTER_STATUS = new RegExp(`(?:^|\\s)(?:[1-5]\\d\\d|0)\\s+(${ENVOY_FLAG}(?:,${ENVOY_FLAG})*)(?=\\s|$)`, 'g');
const FLAGS_FIELD = new RegExp(`response_flags"?\\s*[:=]\\s*"?(${ENVOY_FLAG}(?:,${ENVOY_FLAG})*)`, 'gi');

/** Envoy flag sets found in a line, each normalised to an upper-case, sorted list. */
export function extractEnvoyFlagSets(line: string): string[][] {
  const sets: string[][] = [];
  for (const re of [FLAGS_AFTER_STATUS, FLAGS_FIELD]) {
    re.lastIndex = 0;
    for (const m of line.matchAll(re)) {
      if (m[1]) sets.push([...new Set(m[1].toUpperCase().split(','))].sort());
    }
  }
  return sets;
}

export interface Extracted {
  statusCodes: number[];
  envoyFlags: string[];
  requestIds: string[];
  rayIds: string[];
}

const STATUS_RE = /(?:^|[^\d.:/-])(5\d\d)(?![\d.:/-])/g;
const REQUEST_ID_RE =
  /(?:x-request-id|request[_-]?id|requestid|req[_-]id|trace[_-]?id|correlation[_-]?id)["']?\s*[:=]\s*["']?([A-Za-z0-9._:-]{6,80})/gi;
const RAY_ID_RE = /(?:ray\s*id|cf-ray)["']?\s*[:=]?\s*["']?([0-9a-f]{16})(?:-[A-Z]{3})?/gi;

function unique<T>(items: T[], limit = 20): T[] {
  return [...new Set(items)].slice(0, limit);
}

export function extractIdentifiers(lines: readonly string[]): Extracted {
  const statusCodes: number[] = [];
  const flags: string[] = [];
  const requestIds: string[] = [];
  const rayIds: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(STATUS_RE)) {
      const code = Number(m[1]);
      if (code <= 599) statusCodes.push(code);
    }
    for (const set of extractEnvoyFlagSets(line)) flags.push(...set);
    for (const m of line.matchAll(REQUEST_ID_RE)) if (m[1]) requestIds.push(m[1]);
    for (const m of line.matchAll(RAY_ID_RE)) if (m[1]) rayIds.push(m[1].toLowerCase());
  }
  return {
    statusCodes: unique(statusCodes).sort(),
    envoyFlags: unique(flags).sort(),
    requestIds: unique(requestIds),
    rayIds: unique(rayIds),
  };
}

export interface SignatureHit {
  signatureId: string;
  title: string;
  explain: string;
  source: { title: string; url: string };
  /** 1-based line number of the first occurrence. */
  line: number;
  /** The part of the text that matched (the flags for a flag signature). */
  matched: string;
  occurrences: number;
  weight: number;
}

export interface ModeResult {
  /** Failure-mode (runbook) id. */
  id: string;
  score: number;
  hits: SignatureHit[];
}

export interface MatchResult {
  modes: ModeResult[];
  extracted: Extracted;
  /** Lines read (after cutting). */
  linesRead: number;
  truncated: boolean;
}

function splitInput(text: string): { lines: string[]; truncated: boolean } {
  const cut = text.length > MAX_INPUT_CHARS;
  const lines = (cut ? text.slice(0, MAX_INPUT_CHARS) : text).split(/\r?\n/);
  const truncated = cut || lines.length > MAX_LINES;
  return { lines: lines.slice(0, MAX_LINES).map((l) => l.slice(0, MAX_LINE_CHARS)), truncated };
}

/**
 * Rank failure modes for the text. Each signature counts once per mode with its weight, plus a
 * small bonus for repeated occurrences; a flag signature that needs more flags beats one that
 * needs fewer when both match (it is more specific).
 */
export function matchText(text: string, compiled: readonly CompiledSignature[]): MatchResult {
  const { lines, truncated } = splitInput(text);
  const hits = new Map<string, SignatureHit & { modes: MatchableSignature['modes'] }>();
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const flagSets = extractEnvoyFlagSets(line);
    for (const { signature, regex, flags } of compiled) {
      let matched: string | null = null;
      if (regex) {
        const m = regex.exec(line);
        if (m) matched = m[0];
      } else if (flags) {
        const set = flagSets.find((s) => flags.every((f) => s.includes(f)));
        if (set) matched = set.join(',');
      }
      if (matched === null) continue;
      const existing = hits.get(signature.id);
      if (existing) existing.occurrences += 1;
      else
        hits.set(signature.id, {
          signatureId: signature.id,
          title: signature.title,
          explain: signature.explain,
          source: signature.source,
          line: index + 1,
          matched: matched.slice(0, 200),
          occurrences: 1,
          weight: 0,
          modes: signature.modes,
        });
    }
  });

  const byMode = new Map<string, ModeResult>();
  for (const hit of hits.values()) {
    const specificity = 1 + 0.1 * Math.max(0, (compiled.find((c) => c.signature.id === hit.signatureId)?.flags?.length ?? 1) - 1);
    const repeat = Math.min(0.5, 0.1 * (hit.occurrences - 1));
    for (const { id, weight } of hit.modes) {
      const contribution = weight * specificity + repeat * weight;
      const mode = byMode.get(id) ?? { id, score: 0, hits: [] };
      mode.score += contribution;
      const { modes: _modes, ...plain } = hit;
      mode.hits.push({ ...plain, weight });
      byMode.set(id, mode);
    }
  }
  const modes = [...byMode.values()]
    .map((m) => ({ ...m, score: Math.round(m.score * 100) / 100, hits: m.hits.sort((a, b) => b.weight - a.weight || a.line - b.line) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { modes, extracted: extractIdentifiers(lines), linesRead: lines.length, truncated };
}

/** A signature that matched one line, and the part of the line it matched. */
export interface LineSignatureHit {
  signature: MatchableSignature;
  matched: string;
  /** Flag signatures that need more flags are more specific (1 for one flag or a pattern). */
  specificity: number;
}

/** The signatures that match one line (the per-line form of `matchText`). */
export function matchLine(line: string, compiled: readonly CompiledSignature[]): LineSignatureHit[] {
  const text = line.slice(0, MAX_LINE_CHARS);
  if (text.trim() === '') return [];
  const flagSets = extractEnvoyFlagSets(text);
  const out: LineSignatureHit[] = [];
  for (const { signature, regex, flags } of compiled) {
    if (regex) {
      const m = regex.exec(text);
      if (m) out.push({ signature, matched: m[0].slice(0, 200), specificity: 1 });
    } else if (flags) {
      const set = flagSets.find((s) => flags.every((f) => s.includes(f)));
      if (set) out.push({ signature, matched: set.join(','), specificity: 1 + 0.1 * (flags.length - 1) });
    }
  }
  return out;
}
