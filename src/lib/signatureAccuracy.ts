/**
 * Accuracy of the lookup over a corpus of real lines: per vendor and overall, the share of lines
 * whose first answer is a right failure mode (top-1), with a right one among the first three
 * (top-3), with the right owner among the first three, and with no answer at all. Pure: the caller
 * passes the corpus and the ranked ids of each line.
 */
import { coveredCode } from './decoders/common';
import { resemblesServerError } from './ranker';

export interface CorpusLine {
  vendor: string;
  line: string;
  source: string;
  status: number[];
  modes: string[];
  owner: string;
}

export interface RankedAnswer {
  id: string;
  owner: string;
  status: readonly number[];
}

export interface AccuracyRow {
  vendor: string;
  lines: number;
  top1: number;
  top3: number;
  ownerTop3: number;
  statusTop3: number;
  /** Lines with a 5xx signal that got no answer. */
  noAnswer: number;
  /** Lines with a 5xx signal (the no-answer share's denominator). */
  withSignal: number;
}

export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Rows per vendor (sorted by name) and a last row named `all`. */
export function corpusAccuracy(corpus: readonly CorpusLine[], answer: (line: string) => readonly RankedAnswer[]): AccuracyRow[] {
  const rows = new Map<string, AccuracyRow>();
  const all: AccuracyRow = { vendor: 'all', lines: 0, top1: 0, top3: 0, ownerTop3: 0, statusTop3: 0, noAnswer: 0, withSignal: 0 };
  for (const entry of corpus) {
    const row = rows.get(entry.vendor) ?? {
      vendor: entry.vendor,
      lines: 0,
      top1: 0,
      top3: 0,
      ownerTop3: 0,
      statusTop3: 0,
      noAnswer: 0,
      withSignal: 0,
    };
    const ranked = answer(entry.line);
    const top3 = ranked.slice(0, 3);
    const signal = entry.status.some((s) => s >= 500) || resemblesServerError(entry.line);
    const hit = {
      lines: 1,
      top1: ranked[0] !== undefined && entry.modes.includes(ranked[0].id) ? 1 : 0,
      top3: top3.some((r) => entry.modes.includes(r.id)) ? 1 : 0,
      ownerTop3: top3.some((r) => r.owner === entry.owner) ? 1 : 0,
      statusTop3: top3.some((r) => r.status.some((s) => entry.status.some((e) => e === s || coveredCode(e) === s))) ? 1 : 0,
      noAnswer: signal && ranked.length === 0 ? 1 : 0,
      withSignal: signal ? 1 : 0,
    };
    for (const target of [row, all]) {
      target.lines += hit.lines;
      target.top1 += hit.top1;
      target.top3 += hit.top3;
      target.ownerTop3 += hit.ownerTop3;
      target.statusTop3 += hit.statusTop3;
      target.noAnswer += hit.noAnswer;
      target.withSignal += hit.withSignal;
    }
    rows.set(entry.vendor, row);
  }
  return [...[...rows.values()].sort((a, b) => a.vendor.localeCompare(b.vendor)), all];
}

/** The table `npm run bench` prints. */
export function formatAccuracyTable(rows: readonly AccuracyRow[]): string {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
  const header = ['vendor', 'lines', 'top-1', 'top-3', 'owner top-3', 'status top-3', 'no answer'];
  const body = rows.map((r) => [
    r.vendor,
    String(r.lines),
    pct(share(r.top1, r.lines)),
    pct(share(r.top3, r.lines)),
    pct(share(r.ownerTop3, r.lines)),
    pct(share(r.statusTop3, r.lines)),
    pct(share(r.noAnswer, r.withSignal)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  return [header, ...body]
    .map((line) => line.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}
