import { describe, expect, it } from 'vitest';
import { checkCatalog, formatProblems, runbookPath, type RunbookEntry } from '../../src/lib/catalog';
import { parseRunbookFrontMatter, type RunbookMeta } from '../../src/lib/runbookModel';
import { validFrontMatter } from './fixtures/runbooks';
import { ownerKeys } from '../../src/data/owners';

function entry(id: string, related: string[] = []): RunbookEntry {
  const result = parseRunbookFrontMatter('x', { ...validFrontMatter(), id, status: [Number(id.slice(3, 6))], related }, ownerKeys);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { file: `docs/failure-modes/${id.slice(3, 6)}/${id.toLowerCase()}.mdx`, meta: result.meta as RunbookMeta };
}

describe('catalog checks', () => {
  const a = entry('FM-502-ALPHA', ['FM-503-BETA']);
  const b = entry('FM-503-BETA');

  it('accepts a consistent catalog and ledger', () => {
    expect(checkCatalog([a, b], { publishedIds: ['FM-502-ALPHA', 'FM-503-BETA'], retiredIds: {} })).toEqual([]);
  });

  it('rejects a duplicate id, naming both files', () => {
    const dup = { ...b, file: 'docs/failure-modes/503/copy.mdx' };
    const [problem] = checkCatalog([a, b, dup], { publishedIds: ['FM-502-ALPHA', 'FM-503-BETA'], retiredIds: {} });
    expect(problem).toMatchObject({ file: 'docs/failure-modes/503/copy.mdx', field: 'id' });
    expect(problem?.message).toContain(b.file);
  });

  it('rejects a related id that no runbook has', () => {
    const lonely = entry('FM-502-ALPHA', ['FM-504-GHOST']);
    const problems = checkCatalog([lonely], { publishedIds: ['FM-502-ALPHA'], retiredIds: {} });
    expect(problems).toEqual([expect.objectContaining({ field: 'related', message: expect.stringContaining('FM-504-GHOST') })]);
  });

  it('fails when a published id disappears from the catalog', () => {
    const problems = checkCatalog([a, entry('FM-503-BETA')], {
      publishedIds: ['FM-502-ALPHA', 'FM-503-BETA', 'FM-500-GONE'],
      retiredIds: {},
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'src/data/runbookLedger.ts', message: expect.stringContaining('FM-500-GONE') }),
    ]);
    expect(problems[0]?.message).toContain('retiredIds');
  });

  it('accepts a removed id once it is retired with a forwarding target that exists', () => {
    const ledger = { publishedIds: ['FM-502-ALPHA', 'FM-503-BETA', 'FM-500-GONE'], retiredIds: { 'FM-500-GONE': 'FM-503-BETA' } };
    expect(checkCatalog([a, b], ledger)).toEqual([]);
  });

  it('rejects a retired id that forwards nowhere, or is reused, or was never published', () => {
    expect(
      checkCatalog([a, b], {
        publishedIds: ['FM-502-ALPHA', 'FM-503-BETA', 'FM-500-GONE'],
        retiredIds: { 'FM-500-GONE': 'FM-500-NOWHERE' },
      })[0]?.message,
    ).toContain('FM-500-NOWHERE');
    expect(
      checkCatalog([a, b], { publishedIds: ['FM-502-ALPHA', 'FM-503-BETA'], retiredIds: { 'FM-503-BETA': 'FM-502-ALPHA' } })[0]?.message,
    ).toContain('never reused');
    expect(
      checkCatalog([a, b], { publishedIds: ['FM-502-ALPHA', 'FM-503-BETA'], retiredIds: { 'FM-500-OLD': 'FM-502-ALPHA' } })[0]?.message,
    ).toContain('never in publishedIds');
  });

  it('asks for a new id to be added to the ledger', () => {
    const problems = checkCatalog([a, b], { publishedIds: ['FM-502-ALPHA'], retiredIds: {} });
    expect(problems).toEqual([expect.objectContaining({ file: b.file, field: 'id', message: expect.stringContaining('publishedIds') })]);
  });

  it('formats problems with file and field for the build log', () => {
    const text = formatProblems([{ file: 'f.mdx', field: 'owner', message: 'bad' }]);
    expect(text).toContain('1 problem:');
    expect(text).toContain('f.mdx');
    expect(text).toContain('field owner: bad');
  });

  it('derives the page path from the id', () => {
    expect(runbookPath('FM-502-KEEPALIVE-RACE')).toBe('/docs/failure-modes/fm-502-keepalive-race');
  });
});
