/** The command-line contract of `npm run --silent match` (spawns the real script). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/match.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    input,
    timeout: 90_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('match command', () => {
  it('prints a JSON array best first with id, status, owner, score, signature, confidence and hop (exit 0)', () => {
    // https://github.com/unbit/uwsgi/issues/480
    const r = run(['--json', 'Dec 15 19:11:01 servername app: *** HARAKIRI ON WORKER 10 (pid: 97702, try: 1) ***']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ id: 'FM-502-WORKER-TIMEOUT-KILL', confidence: 'strong', hop: 'app-server' });
    for (const key of ['id', 'status', 'owner', 'score', 'signature', 'confidence', 'hop']) expect(rows[0]).toHaveProperty(key);
    const scores = rows.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  }, 90_000);

  it('answers weakly from standard input when only a status is known (exit 0)', () => {
    const r = run(['--json'], 'Error 503: service temporarily unavailable\n');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { confidence: string; signature: unknown }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.confidence === 'weak' && x.signature === null)).toBe(true);
  }, 90_000);

  it('exits 1 when nothing resembles a server error, 2 on bad usage', () => {
    const none = run(['--json', 'all good, nothing to see']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out)).toEqual([]);
    expect(run(['--bogus', 'x']).code).toBe(2);
    expect(run(['--json', '   ']).code).toBe(2);
  }, 120_000);
});
