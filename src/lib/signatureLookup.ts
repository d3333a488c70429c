/**
 * Signature lookup v2: every line of a pasted text gets a ranked, explained answer.
 *
 * For each line: the signatures that match it and the decoders that read it give `strong`
 * results (their evidence is a message, a flag, a decoded field); when neither says anything
 * specific, the fallback ranker gives `weak` candidates from the status code and the words of the
 * line. Each result names the hop that wrote the line and the owner of the fix for that hop.
 * Lines are grouped by template first, so a 10,000-line excerpt costs one match per template.
 * Pure: signatures and catalog come in as arguments.
 */
import { decodeLine, type Decoded, type DecodedField, type Hop } from './decoders';
import { coveredCode } from './decoders/common';
import { groupByTemplate, type TemplateGroup } from './excerpt';
import { buildRankerIndex, rankFallback, resemblesServerError, type RankerDoc, type RankerIndex } from './ranker';
import { ownerForHop, hopOwner, type ConditionalOwner } from './signatureHops';
import { compileSignatures, extractIdentifiers, matchLine, type CompiledSignature, type Extracted } from './signatureMatcher';
import type { MatchableSignature, SignatureSystemInfo } from './signatureTypes';

export type Confidence = 'strong' | 'weak';

/** What the lookup needs of each runbook. */
export interface LookupCatalogEntry {
  id: string;
  title: string;
  description: string;
  status: readonly number[];
  owner: string;
  signals: readonly string[];
  /** Conditional owners from the runbook's front matter, when it has them. */
  owners?: readonly ConditionalOwner[];
}

/** A runbook's front matter as the lookup needs it (conditional `owners` when the runbook has them). */
export function toLookupEntry(meta: {
  id: string;
  title: string;
  description: string;
  status: readonly number[];
  owner: string;
  signals: readonly string[];
}): LookupCatalogEntry {
  const raw = (meta as { owners?: unknown }).owners;
  const owners = Array.isArray(raw)
    ? raw.flatMap((o: unknown) => {
        if (o === null || typeof o !== 'object') return [];
        const { when, owner } = o as { when?: unknown; owner?: unknown };
        return typeof when === 'string' && typeof owner === 'string' ? [{ when, owner }] : [];
      })
    : [];
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    status: meta.status,
    owner: meta.owner,
    signals: meta.signals,
    owners,
  };
}

export interface LookupData {
  compiled: CompiledSignature[];
  index: RankerIndex;
  entries: ReadonlyMap<string, LookupCatalogEntry>;
  ownerKeys: readonly string[];
  /** The hop each signature system speaks for (from the systems passed to prepareLookup). */
  systemHops: ReadonlyMap<string, Hop>;
}

/**
 * Prepares the lookup once: the signatures compiled, the fallback ranker's index over the catalog,
 * and the systems' hops (the list of systems is data, src/data/signatures/index.ts).
 */
export function prepareLookup(
  signatures: readonly MatchableSignature[],
  catalog: readonly LookupCatalogEntry[],
  ownerKeys: readonly string[],
  systems: readonly Pick<SignatureSystemInfo, 'id' | 'hop'>[],
): LookupData {
  const texts = new Map<string, string[]>();
  for (const s of signatures) {
    for (const m of s.modes) {
      const list = texts.get(m.id) ?? [];
      list.push(`${s.title}. ${s.explain}`);
      texts.set(m.id, list);
    }
  }
  const docs: RankerDoc[] = catalog.map((e) => ({
    id: e.id,
    status: e.status,
    title: e.title,
    description: e.description,
    signals: e.signals,
    signatureTexts: texts.get(e.id) ?? [],
  }));
  return {
    compiled: compileSignatures(signatures),
    index: buildRankerIndex(docs),
    entries: new Map(catalog.map((e) => [e.id, e])),
    ownerKeys,
    systemHops: new Map(systems.map((sys) => [sys.id, sys.hop])),
  };
}

export interface Evidence {
  /** 1-based line of the input. */
  line: number;
  kind: 'signature' | 'decoder' | 'fallback';
  /** Signature title, decoded format name, or "fallback ranking". */
  label: string;
  /** The part of the text that matched (or the decoded field that decided). */
  matched: string;
  /** Why this evidence points to the failure mode, in words. */
  explain: string;
  signatureId?: string;
  source?: { title: string; url: string };
  /** Decoded fields of the line (decoders only). */
  fields?: DecodedField[];
}

export interface LookupResult {
  /** Failure-mode (runbook) id. */
  id: string;
  /** 0..1; strong results score above 0.5, weak ones at most 0.45. */
  score: number;
  confidence: Confidence;
  /** The hop that wrote the line. */
  hop: Hop;
  /** Owner of the fix for this failure mode at this hop. */
  owner: string;
  /** The owner of the hop itself (who runs the component that wrote the line). */
  hopOwner: string;
  /** When a conditional owner applied, its condition. */
  ownerBecause: string | null;
  /** Best evidence first. */
  evidence: Evidence[];
  /** Weak results: why they were offered. */
  reason: string | null;
  /** The decision tree to offer (the status code), when one is known. */
  treeCode: 500 | 502 | 503 | 504 | null;
  /** Input lines (1-based) this result came from. */
  lines: number[];
  /** How many input lines support it (a template's count included). */
  occurrences: number;
}

export interface LineReport {
  /** 1-based number of the line (the first of its template group). */
  line: number;
  text: string;
  /** Lines of the input that share this line's template (this one included). */
  count: number;
  decoded: Decoded[];
  results: LookupResult[];
}

export interface LookupReport {
  /** Input lines that gave at least one result, grouped by template, in input order. */
  matched: LineReport[];
  /** Input lines (templates) that resembled nothing. */
  unmatched: LineReport[];
  /** All results over the whole text, best first. */
  results: LookupResult[];
  templates: TemplateGroup[];
  extracted: Extracted;
  linesRead: number;
  truncated: boolean;
}

export const MAX_LOOKUP_LINES = 20_000;
/** Longer inputs are cut (about 20,000 log lines of 150 characters). */
export const MAX_LOOKUP_CHARS = 3_000_000;

function strongScore(weight: number): number {
  return Math.round((0.5 + 0.5 * Math.min(1, weight)) * 100) / 100;
}

interface Acc {
  id: string;
  weight: number;
  sources: number;
  hop: Hop | null;
  evidence: Evidence[];
}

/** Results for one line, best first. */
export function lookupLine(text: string, lineNo: number, data: LookupData): { decoded: Decoded[]; results: LookupResult[] } {
  const decoded = decodeLine(text);
  const hits = matchLine(text, data.compiled);
  const acc = new Map<string, Acc>();
  const add = (id: string, weight: number, hop: Hop | null, ev: Evidence) => {
    if (!data.entries.has(id)) return;
    const a = acc.get(id) ?? { id, weight: 0, sources: 0, hop: null, evidence: [] };
    a.weight = Math.max(a.weight, weight);
    a.sources += 1;
    a.hop ??= hop;
    a.evidence.push(ev);
    acc.set(id, a);
  };
  const primaryDecoded = decoded.find((d) => d.specific) ?? decoded[0] ?? null;
  for (const d of decoded) {
    if (!d.specific) continue;
    for (const m of d.modes) {
      add(m.id, m.weight, d.hop, {
        line: lineNo,
        kind: 'decoder',
        label: d.formatName,
        matched: m.why.split(':')[0] ?? '',
        explain: m.why,
        fields: d.fields,
      });
    }
  }
  for (const h of hits) {
    const hop = primaryDecoded?.hop ?? data.systemHops.get(h.signature.system) ?? 'application';
    for (const m of h.signature.modes) {
      add(m.id, m.weight * h.specificity, hop, {
        line: lineNo,
        kind: 'signature',
        label: h.signature.title,
        matched: h.matched,
        explain: h.signature.explain,
        signatureId: h.signature.id,
        source: h.signature.source,
      });
    }
  }
  const status = decoded.find((d) => d.status !== null)?.status ?? null;
  const results: LookupResult[] = [];
  for (const a of acc.values()) {
    const entry = data.entries.get(a.id);
    if (!entry) continue;
    const hop = a.hop ?? 'application';
    const o = ownerForHop(hop, entry.owner, entry.owners);
    // Evidence: signatures first (they cite a source), then decoders.
    a.evidence.sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'signature' ? -1 : 1));
    results.push({
      id: a.id,
      score: strongScore(a.weight + 0.05 * (a.sources - 1)),
      confidence: 'strong',
      hop,
      owner: o.owner,
      hopOwner: hopOwner(hop, data.ownerKeys),
      ownerBecause: o.because,
      evidence: a.evidence,
      reason: null,
      treeCode: status !== null ? coveredCode(status) : ((entry.status[0] as LookupResult['treeCode']) ?? null),
      lines: [lineNo],
      occurrences: 1,
    });
  }
  if (results.length === 0) {
    const weak = rankFallback(text, data.index, status);
    const hop: Hop = primaryDecoded?.hop ?? guessHop(text);
    for (const w of weak) {
      const entry = data.entries.get(w.id);
      if (!entry) continue;
      const o = ownerForHop(hop, entry.owner, entry.owners);
      results.push({
        id: w.id,
        score: w.score,
        confidence: 'weak',
        hop,
        owner: o.owner,
        hopOwner: hopOwner(hop, data.ownerKeys),
        ownerBecause: o.because,
        evidence: [
          {
            line: lineNo,
            kind: 'fallback',
            label: primaryDecoded ? `${primaryDecoded.formatName} (status only)` : 'Fallback ranking',
            matched: w.terms.join(', '),
            explain: w.reason,
            fields: primaryDecoded?.fields,
          },
        ],
        reason: w.reason,
        treeCode: w.treeCode,
        lines: [lineNo],
        occurrences: 1,
      });
    }
  }
  results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { decoded, results };
}

/** For text no decoder read: the hop its words suggest. */
function guessHop(text: string): Hop {
  if (/\b(cdn|edge|cloudflare|cloudfront|fastly|akamai)\b/i.test(text)) return 'cdn';
  if (/\b(load ?balancer|elb|alb|gateway)\b/i.test(text)) return 'load-balancer';
  if (/\b(upstream|proxy|backend|ingress|mesh|sidecar)\b/i.test(text)) return 'proxy-mesh';
  if (/\b(database|postgres|mysql|redis|dependency)\b/i.test(text)) return 'dependency';
  if (/\b(worker|gunicorn|uwsgi|puma|unicorn|php-fpm|pod|container)\b/i.test(text)) return 'app-server';
  if (/\b50[24]\b/.test(text)) return 'proxy-mesh';
  return 'application';
}

/**
 * Look up a text (a line or an excerpt). Lines are grouped by template; each template is matched
 * once and counts as many times as it occurs.
 */
export function lookup(input: string, data: LookupData): LookupReport {
  const cut = input.length > MAX_LOOKUP_CHARS;
  const allLines = (cut ? input.slice(0, MAX_LOOKUP_CHARS) : input).split(/\r?\n/);
  const truncated = cut || allLines.length > MAX_LOOKUP_LINES;
  const lines = allLines.slice(0, MAX_LOOKUP_LINES);
  const templates = groupByTemplate(lines);
  const matched: LineReport[] = [];
  const unmatched: LineReport[] = [];
  const overall = new Map<string, LookupResult>();
  for (const group of templates) {
    const { decoded, results } = lookupLine(group.example, group.firstLine, data);
    const withCounts = results.map((r) => ({ ...r, lines: group.lines, occurrences: group.count }));
    const report: LineReport = { line: group.firstLine, text: group.example, count: group.count, decoded, results: withCounts };
    (results.length > 0 ? matched : unmatched).push(report);
    for (const r of withCounts) {
      const existing = overall.get(r.id);
      if (!existing) {
        overall.set(r.id, { ...r, evidence: [...r.evidence], lines: [...r.lines] });
        continue;
      }
      const better = r.confidence === 'strong' && existing.confidence === 'weak';
      const base = better
        ? { ...r, evidence: [...r.evidence, ...existing.evidence], lines: [...r.lines, ...existing.lines] }
        : { ...existing, evidence: [...existing.evidence, ...r.evidence], lines: [...existing.lines, ...r.lines] };
      base.score = better ? r.score : Math.max(existing.score, r.score);
      base.occurrences = existing.occurrences + r.occurrences;
      overall.set(r.id, base);
    }
  }
  const results = [...overall.values()]
    .map((r) => ({
      ...r,
      // Repetition across lines nudges a mode up, never past the strong/weak line.
      score:
        Math.round(
          Math.min(
            r.confidence === 'strong' ? 1 : 0.49,
            r.score + 0.01 * Math.min(10, r.occurrences - 1) + 0.02 * Math.min(5, new Set(r.evidence.map((e) => e.line)).size - 1),
          ) * 100,
        ) / 100,
      lines: [...new Set(r.lines)].sort((a, b) => a - b).slice(0, 1000),
      evidence: r.evidence.slice(0, 12),
    }))
    .sort(
      (a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'strong' ? -1 : 1) || b.score - a.score || a.id.localeCompare(b.id),
    );
  return {
    matched,
    unmatched,
    results,
    templates,
    extracted: extractIdentifiers(lines.length > 2000 ? [...lines.slice(0, 2000), ...templates.map((t) => t.example)] : lines),
    linesRead: lines.length,
    truncated,
  };
}

/** Whether the text resembles a server error at all (the command's exit 1 when not). */
export { resemblesServerError };
