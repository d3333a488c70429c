import { describe, expect, it } from 'vitest';
import { parseRunbookFrontMatter } from '../../src/lib/runbookModel';
import { catalogRowFields, toCatalogRow } from '../../src/lib/catalogRow';
import { readRunbookFrontMatter } from '../../src/lib/frontMatterView';
import { runbookListFields } from '../../src/lib/runbookTypes';
import { validFrontMatter } from './fixtures/runbooks';
import { ownerKeys } from '../../src/data/owners';

const FILE = 'docs/failure-modes/502/fm-502-test-case.mdx';

function parsed(extra: Record<string, unknown> = {}) {
  const result = parseRunbookFrontMatter(FILE, { ...validFrontMatter(), ...extra }, ownerKeys);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.meta;
}

describe('views derived from the runbook schema', () => {
  it("keeps only the schema's fields, leaving Docusaurus' own front matter out", () => {
    const meta = parsed({ sidebar_position: 3, slug: '/x' });
    expect(meta).not.toHaveProperty('sidebar_position');
    expect(meta).not.toHaveProperty('slug');
    expect(meta).not.toHaveProperty('escalate_when');
  });

  it('builds a catalog row with exactly the picked fields and the path, never the long ones', () => {
    const meta = parsed({ escalate_when: 'the owner does not answer in 15 minutes' });
    const row = toCatalogRow(meta);
    expect(Object.keys(row)).toEqual([...catalogRowFields, 'path']);
    expect(row).not.toHaveProperty('sources');
    expect(row).not.toHaveProperty('signals');
    expect(row.escalate_when).toBe('the owner does not answer in 15 minutes');
    expect(row.path).toBe(`/docs/failure-modes/${meta.id.toLowerCase()}`);
  });

  it('leaves out an absent optional field instead of writing undefined', () => {
    expect(Object.keys(toCatalogRow(parsed()))).not.toContain('escalate_when');
  });

  it("reads every list field in the browser's light reading, dropping what is not a string", () => {
    const fm = { ...validFrontMatter(), signals: ['a', 3, 'b'], related: 'not a list' };
    const meta = readRunbookFrontMatter(fm, ownerKeys);
    expect(meta?.signals).toEqual(['a', 'b']);
    expect(meta?.related).toEqual([]);
    for (const field of runbookListFields) expect(Array.isArray(meta?.[field])).toBe(true);
  });
});
