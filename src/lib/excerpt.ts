/**
 * A pasted excerpt, grouped by template: every line is masked (timestamps, addresses, ids, hex,
 * durations, numbers) so that lines that differ only in those parts fall into one group. Each
 * group keeps its count, first and last line, and first and last time seen. Pure and linear: a
 * few regular-expression passes per line, one map lookup.
 */

export interface TemplateGroup {
  /** The masked line, e.g. `<ts> [error] <n>#<n>: *<n> connect() failed (<n>: Connection refused) ...`. */
  template: string;
  count: number;
  /** 1-based numbers of the first and last line in this group. */
  firstLine: number;
  lastLine: number;
  /** Timestamps as written in the first and last line (null when the lines carry none). */
  firstSeen: string | null;
  lastSeen: string | null;
  /** The first line of the group, unmasked (what the matcher reads). */
  example: string;
  /** Every line number of the group (capped at MAX_LINE_REFS). */
  lines: number[];
}

export const MAX_LINE_REFS = 1000;

const TIMESTAMP =
  /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}|\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [+-]\d{4})?|\b[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}\b/;

type Replacement = string | ((match: string) => string);

const MASKS: readonly [RegExp, Replacement][] = [
  [new RegExp(TIMESTAMP.source, 'g'), '<ts>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>'],
  [/\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi, '<ip>'],
  // Hex ids (trace ids, hashes): 8+ hex digits with at least one letter; plain numbers come later.
  [/\b[0-9a-f]{8,}\b/gi, (m) => (/[a-f]/i.test(m) && /\d/.test(m) ? '<hex>' : m)],
  [/\b(?:Root|Self)=1-[0-9a-f]{8}-[0-9a-f]{24}\b/g, '<trace>'],
  [/\b\d+(?:\.\d+)?\s?(?:ms|us|µs|s|sec|secs|seconds|m|min)\b/g, '<dur>'],
  [/-?\b\d+(?:\.\d+)?\b/g, '<n>'],
];

/** The template of one line: variable parts replaced by placeholders. */
export function maskLine(line: string): string {
  let out = line.length > 2000 ? line.slice(0, 2000) : line;
  for (const [re, replacement] of MASKS)
    out = typeof replacement === 'string' ? out.replace(re, replacement) : out.replace(re, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

export function timestampOf(line: string): string | null {
  return TIMESTAMP.exec(line)?.[0] ?? null;
}

/** Group lines by template, in order of first appearance. Blank lines are skipped. */
export function groupByTemplate(lines: readonly string[]): TemplateGroup[] {
  const groups = new Map<string, TemplateGroup>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const template = maskLine(line);
    const ts = timestampOf(line);
    const existing = groups.get(template);
    if (existing) {
      existing.count += 1;
      existing.lastLine = i + 1;
      if (ts !== null) {
        existing.lastSeen = ts;
        existing.firstSeen ??= ts;
      }
      if (existing.lines.length < MAX_LINE_REFS) existing.lines.push(i + 1);
    } else {
      groups.set(template, {
        template,
        count: 1,
        firstLine: i + 1,
        lastLine: i + 1,
        firstSeen: ts,
        lastSeen: ts,
        example: line,
        lines: [i + 1],
      });
    }
  });
  return [...groups.values()];
}
