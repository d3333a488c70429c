/**
 * The schemas of the kinds written as TypeScript data (trees, alert mappings, the owners registry):
 * the real data passes, and a broken copy is reported with file, field and what to do.
 */
import { describe, expect, it } from 'vitest';
import { checkTreeShapes } from '../../src/lib/treeSchema';
import { checkAlertShapes } from '../../src/lib/alertSchema';
import { validateOwnersRegistry } from '../../src/lib/ownerSchema';
import { validateContent } from '../../src/lib/content/validateContent';
import { trees } from '../../src/data/trees';
import { alertMappings } from '../../src/data/alerts';
import { ownerKeys, owners } from '../../src/data/owners';
import { fixtureTrees } from './fixtures/trees';

const clone = <T>(value: T): T => structuredClone(value);

describe('tree schema', () => {
  it('accepts every tree of src/data/trees', () => {
    expect(checkTreeShapes(trees)).toEqual([]);
  });

  it('names the tree, the node and the field', () => {
    const broken = clone(fixtureTrees()) as Record<string, { nodes: Record<string, Record<string, unknown>> }>;
    const node = broken['502']?.nodes['q-log'] as { options: { label: string }[] };
    (node.options[1] as { label: string }).label = ' ';
    (broken['502']?.nodes ?? {})['leaf-reset'] = { kind: 'leaf', runbok: 'FM-502-RESET' };
    (broken.start?.nodes ?? {})['go-502'] = { kind: 'jump', tree: '502' };
    // Integer-like keys ('502') come first in a JavaScript object.
    expect(checkTreeShapes(broken)).toEqual([
      { treeId: '502', node: 'q-log', field: 'options[1].label', message: 'the option label must not be empty' },
      { treeId: '502', node: 'leaf-reset', field: 'runbook', message: 'runbook is required' },
      {
        treeId: '502',
        node: 'leaf-reset',
        field: '(node)',
        message: 'unknown field runbok (check the spelling against src/lib/treeSchema.ts)',
      },
      { treeId: 'start', node: 'go-502', field: 'kind', message: 'kind must be "question", "leaf" or "goto"' },
    ]);
  });

  it('reports a misshapen tree once in validateContent, without echoes from the trees and alerts that name it', () => {
    const broken = clone(fixtureTrees()) as Record<string, { title: unknown }>;
    (broken['502'] as { title: unknown }).title = 42;
    const { problems } = validateContent(
      {
        runbooks: { entries: [], problems: [] },
        trees: broken as never,
        signatureFiles: [],
        scenarios: [],
        alerts: [{ alertname: 'Bad502', target: { tree: '502' }, source: 'test', note: 'test' }],
        training: [],
        ownerKeys,
        owners,
      },
      { requireTreeCoverage: false },
    );
    // (The fixture's start tree has problems of its own here: no runbooks, no observe tokens.)
    expect(problems.filter((p) => p.file === 'src/data/trees/tree502.ts')).toEqual([
      { file: 'src/data/trees/tree502.ts', field: 'title', message: 'title must be text' },
    ]);
    expect(problems.filter((p) => p.file === 'src/data/alerts.ts' || p.message.includes('tree "502"'))).toEqual([]);
  });
});

describe('alert mapping schema', () => {
  it('accepts every mapping of src/data/alerts.ts', () => {
    expect(checkAlertShapes(alertMappings).problems).toEqual([]);
  });

  it('names the alert and the field, and keeps the valid entries', () => {
    const { problems, valid } = checkAlertShapes([
      { alertname: 'Good', target: { runbook: 'FM-502-X' }, source: 's', note: 'n' },
      { alertname: 'NoNote', target: { runbook: 'FM-502-X' }, source: 's' },
      { alertname: 'BadTarget', target: { tree: '418' }, source: 's', note: 'n' },
    ]);
    expect(valid.map((m) => m.alertname)).toEqual(['Good']);
    expect(problems).toEqual([
      { file: 'src/data/alerts.ts', field: 'alert NoNote note', message: 'note is required' },
      { file: 'src/data/alerts.ts', field: 'alert BadTarget target', message: expect.stringContaining("{ runbook: 'FM-...' }") },
    ]);
  });
});

describe('owners registry schema', () => {
  it('accepts the registry in src/data/owners.ts', () => {
    expect(validateOwnersRegistry(ownerKeys, owners)).toEqual([]);
  });

  it('checks every field of an entry, not only its key', () => {
    const broken = clone(owners) as unknown as Record<string, Record<string, unknown>>;
    (broken['app-team'] as Record<string, unknown>).escalation = { label: 'Page', href: 'javascript:alert(1)' };
    (broken.vendor as Record<string, unknown>).mayDo = [];
    (broken.client as Record<string, unknown>).key = 'clients';
    delete broken['cdn-provider'];
    broken['db-team'] = { ...broken.vendor, key: 'db-team' };
    const file = 'src/data/owners.ts';
    expect(validateOwnersRegistry(ownerKeys, broken)).toEqual([
      { file, field: 'owners.app-team.escalation.href', message: expect.stringContaining('an https:// address') },
      { file, field: 'owners.vendor.mayDo', message: 'list at least one thing on-call may do alone' },
      { file, field: 'owners.cdn-provider', message: expect.stringContaining('missing: add an entry for "cdn-provider"') },
      { file, field: 'owners.client.key', message: expect.stringContaining('filed under "client"') },
      { file, field: 'owners.db-team', message: expect.stringContaining('not in ownerKeys') },
    ]);
  });

  it('refuses a key listed twice or not in kebab-case', () => {
    const problems = validateOwnersRegistry([...ownerKeys, 'Ops Team', 'vendor'], owners);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'the key "Ops Team" must be kebab-case, e.g. platform-sre',
        'the key "vendor" is listed twice',
        expect.stringContaining('missing: add an entry for "Ops Team"'),
      ]),
    );
  });
});

describe('tree-answer recipe claims', () => {
  it('refuses a question with more options than the contributor page allows', () => {
    const broken = clone(fixtureTrees());
    const node = broken['502']?.nodes['q-log'] as unknown as { options: { key: string; label: string; next: string }[] };
    node.options = Array.from({ length: 13 }, (_, i) => ({ key: `k${i}`, label: `L${i}`, next: 'leaf-reset' }));
    expect(checkTreeShapes(broken)).toEqual([
      expect.objectContaining({ treeId: '502', node: 'q-log', field: 'options', message: expect.stringContaining('at most 12 answers') }),
    ]);
  });
});
