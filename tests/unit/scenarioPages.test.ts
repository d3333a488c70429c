import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenarios, SCENARIO_DIR } from '../../plugins/scenarios/loadScenarios';

// A scenario's page imports its own scenario's data file only (its chunk then carries that
// scenario, not all of them): a page that names another scenario's file, or none, is a problem.
describe('scenario pages load their own scenario', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  const siteWith = (edit: (text: string) => string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-scenario-page-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, SCENARIO_DIR), { recursive: true });
    cpSync(path.join(SCENARIO_DIR, 'index.mdx'), path.join(dir, SCENARIO_DIR, 'index.mdx'));
    const text = readFileSync(path.join(SCENARIO_DIR, 'retry-storm.mdx'), 'utf8');
    writeFileSync(path.join(dir, SCENARIO_DIR, 'retry-storm.mdx'), edit(text));
    return dir;
  };

  it('accepts the page as written', () => {
    expect(loadScenarios(siteWith((t) => t)).problems).toEqual([]);
  });

  it.each([
    [
      'the old form, every scenario by id',
      (t: string) => t.replace(/import scenario from .*\n/, '').replace('scenario={scenario}', 'scenario="retry-storm"'),
    ],
    ['another scenario', (t: string) => t.replace('by-id/retry-storm.json', 'by-id/keepalive-race.json')],
  ])('names the page and the fix for %s', (_, edit) => {
    expect(loadScenarios(siteWith(edit)).problems).toEqual([
      expect.objectContaining({
        file: `${SCENARIO_DIR}/retry-storm.mdx`,
        field: '(page body)',
        message: expect.stringContaining("import scenario from '@generated/scenarios/default/by-id/retry-storm.json'"),
      }),
    ]);
  });
});
