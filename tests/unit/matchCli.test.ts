/**
 * The command-line contract of `npm run --silent match`: output, exit codes, standard input.
 * The cases call the command's function (scripts/lib/matchCommand.ts) in this process; two start
 * the real script, through npm as documented and with text piped in, so the wrapper that passes
 * arguments, input and exit code is tested too. (Each process costs one to two seconds of CPU:
 * eleven of them were a sixth of the unit tests' time.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runMatch } from '../../scripts/lib/matchCommand';

async function run(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMatch(args, {
    readStdin: () => stdin,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    siteDir: process.cwd(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('match command', () => {
  it('prints a JSON array best first with id, status, owner, score, signature, confidence and hop (exit 0)', async () => {
    // https://github.com/unbit/uwsgi/issues/480
    const r = await run(['--json', 'Dec 15 19:11:01 servername app: *** HARAKIRI ON WORKER 10 (pid: 97702, try: 1) ***']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ id: 'FM-502-WORKER-TIMEOUT-KILL', confidence: 'strong', hop: 'app-server' });
    for (const key of ['id', 'status', 'owner', 'score', 'signature', 'confidence', 'hop']) expect(rows[0]).toHaveProperty(key);
    const scores = rows.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('prints JSON for an nginx line: its runbook first, with its codes, owner and signature (exit 0)', async () => {
    const r = await run(['--json', 'connect() failed (111: Connection refused) while connecting to upstream']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { id: string; status: number[]; owner: string; score: number; signature: string }[];
    expect(rows[0]).toMatchObject({
      id: 'FM-502-CONNECTION-REFUSED',
      status: expect.arrayContaining([502]),
      owner: expect.any(String),
      signature: expect.any(String),
    });
    expect(rows.map((x) => x.score)).toEqual([...rows.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('answers weakly from standard input when only a status is known (exit 0)', async () => {
    const r = await run(['--json'], 'Error 503: service temporarily unavailable\n');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { confidence: string; signature: unknown }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.confidence === 'weak' && x.signature === null)).toBe(true);
  });

  it('exits 1 when nothing resembles a server error, 2 on bad usage', async () => {
    for (const text of ['all good, nothing to see', 'all good here']) {
      const none = await run(['--json', text]);
      expect(none.code).toBe(1);
      expect(JSON.parse(none.out)).toEqual([]);
    }
    for (const args of [
      ['--bogus', 'x'],
      ['--frobnicate', 'x'],
      ['--json', '   '],
      ['a', 'b'],
    ]) {
      const bad = await run(args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.err).toContain('usage: npm run --silent match');
    }
    // No text and nothing piped in (a terminal): the usage, not a wait for input.
    expect((await run([])).code).toBe(2);
  });

  // The real script, started as a process: arguments, standard input and the exit code pass through.
  it('reads standard input and prints a table (the real script, text piped in)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/match.ts'], {
      input: 'upstream timed out (110: Connection timed out) while reading response header from upstream\n',
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/score\s+failure mode\s+status\s+owner\s+signature/);
  }, 90_000);

  it('is reachable through npm as documented', () => {
    const out = execFileSync('npm', ['run', '--silent', 'match', '--', '--json', 'no healthy upstream'], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect((JSON.parse(out) as { id: string }[]).map((x) => x.id)).toContain('FM-503-NO-HEALTHY-UPSTREAM');
  }, 90_000);
});
