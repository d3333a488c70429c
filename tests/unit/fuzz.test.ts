/**
 * Hostile and random query strings against the URL parsers: no exception, no markup passes through
 * a field that forbids it, and every length limit holds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contextFields, parseAlertContext } from '../../src/lib/alertContext';
import { decodePath, MAX_PATH_LENGTH, walkPath } from '../../src/lib/decisionTree';
import { decodeRun, MAX_CHOICES } from '../../src/lib/simulator';
import { parseCatalogFilters } from '../../src/lib/catalogFilter';
import { trees } from '../../src/data/trees';
import { ownerKeys } from '../../src/data/owners';

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%00%0a%0d',
  '\u202eevil',
  '../../etc/passwd',
  '{{7*7}}',
  '%E0%A4%A',
  '&&&===???',
  'a'.repeat(5000),
);
const key = fc.constantFrom(...contextFields, 'tree', 'path', 'scenario', 'choices', 'step', 'status', 'q', '__proto__', 'constructor', '');
const value = fc.oneof(hostile, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));
const query = fc.oneof(
  fc
    .array(fc.tuple(key, value), { maxLength: 12 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 500 }).map((s) => `?${s}`),
);

const MARKUP = /[<>"]/;

describe('fuzzing the URL parsers', () => {
  it('the alert-context parser never throws, never lets markup into strict fields, and holds limits', () => {
    fc.assert(
      fc.property(query, (q) => {
        const ctx = parseAlertContext(q);
        for (const [field, v] of Object.entries(ctx.values)) {
          expect(v.length).toBeLessThanOrEqual(200);
          if (['alertname', 'status', 'severity', 'value', 'starts_at', 'request_id'].includes(field)) expect(MARKUP.test(v)).toBe(false);
        }
        for (const p of ctx.problems) expect(p.received.length).toBeLessThanOrEqual(41);
      }),
      { numRuns: 10_000 },
    );
  });

  it('the tree-path decoder never throws, keeps keys clean, bounds the path, and the walk survives', () => {
    fc.assert(
      fc.property(query, (q) => {
        const d = decodePath(q, 'start');
        expect(d.answers.length).toBeLessThanOrEqual(MAX_PATH_LENGTH);
        for (const a of d.answers) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(d.tree).toMatch(/^[a-z0-9-]{1,20}$/);
        walkPath(trees, d.tree, d.answers);
      }),
      { numRuns: 10_000 },
    );
  });

  it('the simulator-run and table-filter decoders never throw and stay bounded', () => {
    fc.assert(
      fc.property(query, (q) => {
        const run = decodeRun(q, 'canary-flag-legacy-data');
        expect(run.choices.length).toBeLessThanOrEqual(MAX_CHOICES);
        expect(MARKUP.test(run.scenario + run.choices.join(''))).toBe(false);
        const filters = parseCatalogFilters(q, ownerKeys);
        expect((filters.q ?? '').length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 10_000 },
    );
  });
});
