/** Small parsing helpers shared by the decoders. Pure. */
import type { DecodedMode } from './types';

/** A rule: when the pattern matches, the line points to these modes, for this reason. */
export interface PhraseRule {
  re: RegExp;
  modes: readonly (readonly [id: string, weight: number])[];
  why: string;
  /** Status the client usually sees with this message, when the line has none. */
  status?: number;
}

/** Apply phrase rules; every matching rule contributes, the first match of a mode keeps its reason. */
export function applyRules(text: string, rules: readonly PhraseRule[]): { modes: DecodedMode[]; status: number | null; matched: string[] } {
  const modes = new Map<string, DecodedMode>();
  let status: number | null = null;
  const matched: string[] = [];
  for (const rule of rules) {
    const m = rule.re.exec(text);
    if (!m) continue;
    matched.push(m[0]);
    if (status === null && rule.status !== undefined) status = rule.status;
    for (const [id, weight] of rule.modes) {
      const existing = modes.get(id);
      if (!existing) modes.set(id, { id, weight, why: rule.why });
      else if (weight > existing.weight) modes.set(id, { id, weight, why: rule.why });
    }
  }
  return { modes: sortModes([...modes.values()]), status, matched };
}

export function sortModes(modes: DecodedMode[]): DecodedMode[] {
  return modes.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

export function modes(list: readonly (readonly [string, number])[], why: string): DecodedMode[] {
  return list.map(([id, weight]) => ({ id, weight, why }));
}

/** Split on spaces, keeping "quoted strings" (without the quotes) and [bracketed] parts whole. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|\[([^\]]*)\]|(\S+)/g;
  for (const m of line.matchAll(re)) tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
  return tokens;
}

/** key=value and key="quoted value" pairs of a line (logfmt, Heroku router, nginx key=value formats). */
export function keyValues(line: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of line.matchAll(/([A-Za-z_][\w.-]*)=("((?:[^"\\]|\\.)*)"|\S*)/g)) {
    const key = m[1];
    if (key !== undefined && !out.has(key)) out.set(key, m[3] ?? m[2] ?? '');
  }
  return out;
}

/** Parse a line as JSON when it is (or ends in) a JSON object; null otherwise. */
export function parseJsonObject(line: string): Record<string, unknown> | null {
  const start = line.indexOf('{');
  if (start < 0 || !line.trimEnd().endsWith('}')) return null;
  try {
    const value: unknown = JSON.parse(line.slice(start));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Read a nested field such as `jsonPayload.statusDetails` from a parsed JSON object. */
export function getPath(obj: Record<string, unknown>, dotted: string): unknown {
  let current: unknown = obj;
  for (const key of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function toStatus(value: string | null | undefined): number | null {
  if (!value || !/^\d{3}$/.test(value)) return null;
  return Number(value);
}

/** The modes a bare status code suggests, most common first (used when a line says no more). */
export const statusPriorModes: Readonly<Record<number, readonly string[]>> = {
  500: ['FM-500-DEPLOY-REGRESSION', 'FM-500-CONFIG-DRIFT', 'FM-500-LEGACY-DATA-SHAPE', 'FM-500-DB-POOL-EXHAUSTION'],
  502: ['FM-502-CONNECTION-REFUSED', 'FM-502-RESET-BEFORE-HEADERS', 'FM-502-KEEPALIVE-RACE', 'FM-502-WORKER-TIMEOUT-KILL'],
  503: ['FM-503-NO-HEALTHY-UPSTREAM', 'FM-503-OVERLOAD-SHEDDING', 'FM-503-EMPTY-ENDPOINTS', 'FM-503-PLANNED-MAINTENANCE'],
  504: ['FM-504-SLOW-DEPENDENCY', 'FM-504-TIMEOUT-BUDGETS', 'FM-504-CONNECT-VS-READ', 'FM-504-LB-IDLE-TIMEOUT'],
};

/** The nearest of the four codes the guide covers (501 -> 500, 505-599 -> by family). */
export function coveredCode(status: number): 500 | 502 | 503 | 504 | null {
  if (status === 500 || status === 502 || status === 503 || status === 504) return status;
  if (status === 501 || status === 505 || status === 507 || status === 508 || status === 510 || status === 511) return 500;
  if (status === 520 || status === 521 || status === 523 || status === 525 || status === 526 || status === 530) return 502;
  if (status === 522 || status === 524 || status === 598 || status === 599) return 504;
  if (status === 529) return 503;
  if (status >= 500 && status <= 599) return 500;
  return null;
}

export function priorModes(status: number | null, weight: number, why: string): DecodedMode[] {
  const code = status === null ? null : coveredCode(status);
  if (code === null) return [];
  return (statusPriorModes[code] ?? []).map((id, i) => ({ id, weight: Math.max(0.1, weight - i * 0.05), why }));
}

export const reasonPhrases: Readonly<Record<number, string>> = {
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  511: 'Network Authentication Required',
};

/** Seconds from a duration text such as `0.004`, `30000ms`, `5.2s`; null for `-`. */
export function seconds(value: string | undefined): number | null {
  if (value === undefined || value === '-' || value === '') return null;
  const m = /^(-?\d+(?:\.\d+)?)(ms|s)?$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n / 1000 : n;
}
