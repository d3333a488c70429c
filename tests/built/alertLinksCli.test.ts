/**
 * The alert-link checker on the command line, against the real production build. The shipped
 * example rules go through the real script in its own process (arguments, output and exit code
 * pass through); the other cases call the command's function (scripts/lib/alertLinksCommand.ts)
 * in this process, a process each cost one to two seconds of CPU.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckAlertLinks } from '../../scripts/lib/alertLinksCommand';

const root = process.cwd();

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCheckAlertLinks(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { SITE_URL: process.env.SITE_URL, BASE_URL: process.env.BASE_URL },
    cwd: root,
  });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run check-alert-links', () => {
  it('finds that the shipped example rules all resolve to pages of the built site (the real script)', () => {
    const out = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-alert-links.ts', 'examples/prometheus/5xx-alerts.yml'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(out.stdout).toContain('0 broken');
    expect(out.status, out.stderr).toBe(0);
  });

  it('reports broken links one by one, and exits 1', async () => {
    const out = await run('tests/fixtures/broken-alert-rules.yml');
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/FAIL .*UnknownRunbook: no runbook has the id fm-502-no-such-runbook/);
    expect(out.stdout).toMatch(/FAIL .*MissingPage: no page at \/docs\/runbooks\/502/);
    expect(out.stdout).toMatch(/FAIL .*TemplatedPath/);
    expect(out.stdout).toMatch(/ok {3}.*GoodOne/);
    expect(out.stdout).toMatch(/skip .*OtherSite/);
    expect(out.stdout).toContain('3 broken');
  });

  it('exits 2 on bad usage', async () => {
    expect((await run()).status).toBe(2);
    const unknown = await run('--frobnicate', 'x.yml');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
  });
});
