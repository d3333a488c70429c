import { compareText } from './compare';
/**
 * Review intervals: each page carries `last_reviewed` and may set `review_every` ("6 months",
 * "90 days", "1 year"); without it the kind's default applies. A page past its due date is
 * overdue: the page shows a quiet note and the build lists it (a warning, never a failure). Pure.
 */

export const reviewKinds = ['runbook', 'reference'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Runbooks hold commands and vendor numbers that drift faster than reference pages. */
export const defaultReviewEvery: Record<ReviewKind, string> = { runbook: '6 months', reference: '12 months' };

const INTERVAL = /^\s*(\d{1,3})\s+(day|week|month|year)s?\s*$/i;

export interface Interval {
  count: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

export function parseInterval(text: unknown): Interval | null {
  if (typeof text !== 'string') return null;
  const m = INTERVAL.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const count = Number(m[1]);
  return count > 0 ? { count, unit: m[2].toLowerCase() as Interval['unit'] } : null;
}

/** The date (YYYY-MM-DD, UTC) a page reviewed on `lastReviewed` is due again. */
export function reviewDueDate(lastReviewed: string, every: Interval): string {
  const d = new Date(`${lastReviewed}T00:00:00Z`);
  if (every.unit === 'day') d.setUTCDate(d.getUTCDate() + every.count);
  if (every.unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * every.count);
  if (every.unit === 'month') d.setUTCMonth(d.getUTCMonth() + every.count);
  if (every.unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + every.count);
  return d.toISOString().slice(0, 10);
}

export interface ReviewStatus {
  due: string;
  overdue: boolean;
}

/**
 * Review status on `today` (YYYY-MM-DD). An unreadable `review_every` falls back to the kind's
 * default here; the content check reports it to the author.
 */
export function reviewStatus(lastReviewed: string, reviewEvery: unknown, kind: ReviewKind, today: string): ReviewStatus {
  const every = parseInterval(reviewEvery) ?? (parseInterval(defaultReviewEvery[kind]) as Interval);
  const due = reviewDueDate(lastReviewed, every);
  return { due, overdue: today >= due };
}

export interface ReviewedPage {
  file: string;
  kind: ReviewKind;
  lastReviewed: string;
  reviewEvery?: unknown;
}

/** Pages past their review date on `today`, most overdue first. */
export function overduePages(pages: readonly ReviewedPage[], today: string): (ReviewedPage & { due: string })[] {
  return pages
    .map((p) => ({ ...p, ...reviewStatus(p.lastReviewed, p.reviewEvery, p.kind, today) }))
    .filter((p) => p.overdue)
    .sort((a, b) => compareText(a.due, b.due))
    .map(({ overdue: _overdue, ...p }) => p);
}

/** `review_every` problems for the content check: present but not "<number> days|weeks|months|years". */
export function reviewEveryProblem(value: unknown): string | null {
  if (value === undefined || parseInterval(value)) return null;
  return `expected a number and a unit, such as "6 months", "90 days" or "1 year"; found ${JSON.stringify(value)}`;
}
