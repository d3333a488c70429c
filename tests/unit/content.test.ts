/**
 * The real catalog: every runbook and reference page in docs/ passes the content model, and the
 * catalog meets the coverage the guide promises. The same loader runs inside `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadRunbooks } from '../../plugins/runbook-catalog/loadRunbooks';
import runbookCatalogPlugin from '../../plugins/runbook-catalog';
import { statusCodes } from '../../src/lib/vocabulary';
import { publishedIds } from '../../src/data/runbookLedger';
import type { LoadContext } from '@docusaurus/types';

const siteDir = path.resolve(__dirname, '../..');

describe('the catalog in docs/', async () => {
  const { entries, problems } = await loadRunbooks(siteDir);

  it('has no problem in any runbook or reference page', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 44 runbooks and at least 10 per status code', () => {
    expect(entries.length).toBeGreaterThanOrEqual(44);
    for (const code of statusCodes) {
      expect(entries.filter((e) => e.meta.status[0] === code).length, `runbooks for ${code}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('publishes every runbook id exactly once', () => {
    const ids = entries.map((e) => e.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...publishedIds].sort());
  });
});

describe('the build step', () => {
  async function siteWith(file: string, content: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'fg-site-'));
    await cp(path.join(siteDir, 'docs'), path.join(dir, 'docs'), { recursive: true });
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
    return dir;
  }

  async function buildError(dir: string): Promise<string> {
    const plugin = runbookCatalogPlugin({ siteDir: dir, siteConfig: { baseUrl: '/', url: 'https://x.example' } } as LoadContext);
    try {
      await plugin.loadContent?.();
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  }

  it('fails on a runbook with an unknown owner, naming the file and the field', async () => {
    const file = 'docs/failure-modes/500/fm-500-legacy-data-shape.mdx';
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(path.join(siteDir, file), 'utf8');
    const dir = await siteWith(file, original.replace('owner: app-team', 'owner: dba-team'));
    const message = await buildError(dir);
    expect(message).toContain(file);
    expect(message).toContain('field owner');
    expect(message).toContain('"dba-team"');
  });

  it('fails on a runbook with a missing field, naming the file and the field', async () => {
    const file = 'docs/failure-modes/500/fm-500-legacy-data-shape.mdx';
    const { readFile } = await import('node:fs/promises');
    const original = await readFile(path.join(siteDir, file), 'utf8');
    const dir = await siteWith(file, original.replace(/^last_reviewed: .*$/m, ''));
    const message = await buildError(dir);
    expect(message).toContain(file);
    expect(message).toContain('field last_reviewed');
  });

  it('fails when a published runbook is deleted without being retired', async () => {
    const dir = await siteWith('docs/.keep', '');
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'docs/failure-modes/502/fm-502-keepalive-race.mdx'));
    const message = await buildError(dir);
    expect(message).toContain('src/data/runbookLedger.ts');
    expect(message).toContain('FM-502-KEEPALIVE-RACE');
  });
});
