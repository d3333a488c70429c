import { describe, expect, it } from 'vitest';
import { summariseTrace } from '../../scripts/bench/trace';

const thread = { pid: 1, tid: 7 };
const meta = { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, ...thread, args: { name: 'CrRendererMain' } };
const x = (name: string, ts: number, dur: number, url?: string) => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  ...thread,
  args: url ? { data: { url } } : {},
});

describe('summariseTrace', () => {
  it('counts self time by script and by kind, and the long tasks', () => {
    const events = [
      meta,
      // A 200 ms task: 150 ms evaluating main.js, of which 30 ms layout, and 50 ms of its own.
      x('RunTask', 0, 200_000),
      x('EvaluateScript', 10_000, 150_000, 'http://127.0.0.1:1/assets/js/main.abc.js'),
      x('Layout', 20_000, 30_000),
      // A 40 ms task parsing HTML: not a long task.
      x('RunTask', 300_000, 40_000),
      x('ParseHTML', 300_000, 40_000),
      // Another thread's work does not count.
      { ...x('RunTask', 0, 900_000), tid: 8 },
    ];
    const s = summariseTrace(events, 'u', 4);
    expect(s.mainThreadBusyMs).toBe(240);
    expect(s.longTasks).toBe(1);
    expect(s.blockingMs).toBe(150);
    expect(s.top).toEqual([
      { cost: 'script main.abc.js', ms: 120 },
      { cost: 'other: RunTask', ms: 50 },
      { cost: 'parse HTML', ms: 40 },
      { cost: 'layout', ms: 30 },
    ]);
  });
});
