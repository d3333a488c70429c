/**
 * Light run-time reading of doc front matter for the views. The build has already validated it
 * with zod (plugins/runbook-catalog); this only narrows types without shipping zod to browsers.
 */
import type { OwnerKey } from './ownerTypes';
import { runbookIdPattern, runbookListFields, type RunbookMeta, type RunbookSource } from './runbookTypes';

/** `ownerKeys`: the organisation's owner keys (src/data/owners.ts). */
export function isOwnerKey(value: unknown, ownerKeys: readonly OwnerKey[]): value is OwnerKey {
  return typeof value === 'string' && (ownerKeys as readonly string[]).includes(value);
}

/** The runbook fields of a doc's front matter, or null when the doc is not a runbook. */
export function readRunbookFrontMatter(fm: Record<string, unknown>, ownerKeys: readonly OwnerKey[]): RunbookMeta | null {
  if (typeof fm.id !== 'string' || !runbookIdPattern.test(fm.id) || !Array.isArray(fm.status)) return null;
  if (!isOwnerKey(fm.owner, ownerKeys) || !isOwnerKey(fm.escalate_to, ownerKeys)) return null;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const base = fm as unknown as RunbookMeta;
  return {
    ...base,
    ...(Object.fromEntries(runbookListFields.map((field) => [field, list(fm[field])])) as Pick<
      RunbookMeta,
      (typeof runbookListFields)[number]
    >),
    sources: readSources(fm),
    last_reviewed: readLastReviewed(fm) ?? '',
  };
}

export function readSources(fm: Record<string, unknown>): RunbookSource[] {
  if (!Array.isArray(fm.sources)) return [];
  return fm.sources.filter(
    (s): s is RunbookSource =>
      typeof s === 'object' && s !== null && typeof (s as RunbookSource).url === 'string' && typeof (s as RunbookSource).title === 'string',
  );
}

/** `last_reviewed` as YYYY-MM-DD, whether YAML gave a string or a Date. */
export function readLastReviewed(fm: Record<string, unknown>): string | null {
  const value = fm.last_reviewed;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  // In the browser, YAML dates arrive serialised as full ISO timestamps.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** "22 November 2026", fixed to UTC and English so server and client render the same text. */
export function formatReviewDate(iso: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${months[m - 1] ?? ''} ${y}`;
}
