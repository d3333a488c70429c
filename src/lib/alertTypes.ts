/**
 * Types of the alert-name mapping (src/data/alerts.ts): which page an alert links to when a rule
 * points at /alerts/<alertname>. Inferred from the schema in alertSchema.ts; type-only, so the
 * views that resolve alert names never ship zod.
 */
export type { AlertMapping } from './alertSchema';
