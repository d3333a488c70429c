/** The alert-link checker on the command line, against the real production build. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-alert-links.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run check-alert-links', () => {
  it('finds that the shipped example rules all resolve to pages of the built site', () => {
    const out = run('examples/prometheus/5xx-alerts.yml');
    expect(out.stdout).toContain('0 broken');
    expect(out.status).toBe(0);
  });

  it('reports broken links one by one, and exits 1', () => {
    const out = run('tests/fixtures/broken-alert-rules.yml');
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/FAIL .*UnknownRunbook: no runbook has the id fm-502-no-such-runbook/);
    expect(out.stdout).toMatch(/FAIL .*MissingPage: no page at \/docs\/runbooks\/502/);
    expect(out.stdout).toMatch(/FAIL .*TemplatedPath/);
    expect(out.stdout).toMatch(/ok {3}.*GoodOne/);
    expect(out.stdout).toMatch(/skip .*OtherSite/);
    expect(out.stdout).toContain('3 broken');
  });

  it('exits 2 on bad usage', () => {
    expect(run().status).toBe(2);
    expect(run('--frobnicate', 'x.yml').status).toBe(2);
  });
});
