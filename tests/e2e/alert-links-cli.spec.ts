/** The alert-link checker against the real production build (runs after `npm run build`). */
import { test, expect } from './support/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = process.cwd();
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-alert-links.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

test('the shipped example rules all resolve to pages of the built site', () => {
  const out = run('examples/prometheus/5xx-alerts.yml');
  expect(out.stdout).toContain('0 broken');
  expect(out.status).toBe(0);
});

test('broken links are reported one by one, and the exit code is 1', () => {
  const out = run('tests/fixtures/broken-alert-rules.yml');
  expect(out.status).toBe(1);
  expect(out.stdout).toMatch(/FAIL .*UnknownRunbook: no runbook has the id fm-502-no-such-runbook/);
  expect(out.stdout).toMatch(/FAIL .*MissingPage: no page at \/docs\/runbooks\/502/);
  expect(out.stdout).toMatch(/FAIL .*TemplatedPath/);
  expect(out.stdout).toMatch(/ok {3}.*GoodOne/);
  expect(out.stdout).toMatch(/skip .*OtherSite/);
  expect(out.stdout).toContain('3 broken');
});

test('bad usage exits 2', () => {
  expect(run().status).toBe(2);
  expect(run('--frobnicate', 'x.yml').status).toBe(2);
});
