import { describe, expect, it } from 'vitest';
import { createIdleQueue, type IdleDeadline } from '../../src/lib/idleQueue';

/** A fake scheduler: idle periods run only when the test says so, each with a given budget. */
function fakeIdle() {
  const waiting: ((d: IdleDeadline) => void)[] = [];
  return {
    schedule: (run: (d: IdleDeadline) => void) => void waiting.push(run),
    /** Runs the next idle period; time drops by `costMs` per job done. */
    period(budgetMs: number, costMs: number, done: string[]) {
      const run = waiting.shift();
      if (!run) return false;
      const left = budgetMs;
      const before = done.length;
      run({ timeRemaining: () => left - (done.length - before) * costMs });
      return true;
    },
    get scheduled() {
      return waiting.length;
    },
  };
}

describe('createIdleQueue', () => {
  it('runs nothing until the thread is idle, then jobs in order', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    const q = createIdleQueue<string>(idle.schedule, (j) => done.push(j));
    q.push('/a', '/a');
    q.push('/b', '/b');
    expect(done).toEqual([]);
    expect(idle.scheduled).toBe(1);
    idle.period(50, 5, done);
    expect(done).toEqual(['/a', '/b']);
    expect(q.pending).toBe(0);
  });

  it('stops when the idle period runs short and continues in the next one', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    const q = createIdleQueue<string>(idle.schedule, (j) => done.push(j), 8);
    for (const p of ['/a', '/b', '/c', '/d']) q.push(p, p);
    idle.period(20, 10, done); // 20 ms: one job, then 10 left >= 8: a second, then 0 left: stop
    expect(done).toEqual(['/a', '/b']);
    expect(idle.scheduled).toBe(1);
    idle.period(0, 10, done); // an idle period with no time left still does one job
    expect(done).toEqual(['/a', '/b', '/c']);
  });

  it('ignores a key already queued or done, and survives a failing job', () => {
    const idle = fakeIdle();
    const done: string[] = [];
    const q = createIdleQueue<string>(idle.schedule, (j) => {
      if (j === '/bad') throw new Error('no chunk');
      done.push(j);
    });
    expect(q.push('/a', '/a')).toBe(true);
    expect(q.push('/a', '/a')).toBe(false);
    q.push('/bad', '/bad');
    q.push('/b', '/b');
    idle.period(50, 1, done);
    expect(done).toEqual(['/a', '/b']);
    expect(q.push('/a', '/a')).toBe(false);
  });
});
