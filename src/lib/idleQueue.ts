/**
 * A queue that runs small jobs one at a time when the main thread is idle, never two in the same
 * idle period once the period's budget is spent. Pure: the scheduler is passed in, so tests drive
 * it without a browser.
 */

/** What `requestIdleCallback` hands a callback: how long the current idle period still lasts. */
export interface IdleDeadline {
  timeRemaining(): number;
}

/** Schedules `run` for the next idle period (requestIdleCallback in a browser). */
export type IdleScheduler = (run: (deadline: IdleDeadline) => void) => void;

export interface IdleQueue<T> {
  /** Adds a job unless an equal key is already queued or done; returns whether it was added. */
  push(key: string, job: T): boolean;
  /** Jobs still waiting. */
  readonly pending: number;
}

/**
 * Runs `perform(job)` for each pushed job in idle time, first in first out. A job's key is
 * remembered forever: the same key pushed again is ignored (prefetching a route twice is waste).
 * `minRemainingMs`: start another job in the same idle period only while at least this much of
 * it remains.
 */
export function createIdleQueue<T>(schedule: IdleScheduler, perform: (job: T) => void, minRemainingMs = 8): IdleQueue<T> {
  const seen = new Set<string>();
  const queue: T[] = [];
  let scheduled = false;

  const drain = (deadline: IdleDeadline) => {
    scheduled = false;
    let first = true;
    while (queue.length > 0 && (first || deadline.timeRemaining() >= minRemainingMs)) {
      first = false;
      const job = queue.shift() as T;
      try {
        perform(job);
      } catch {
        // A failed prefetch costs nothing but the prefetch: the link still works when clicked.
      }
    }
    if (queue.length > 0) ensureScheduled();
  };
  const ensureScheduled = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(drain);
  };

  return {
    push(key, job) {
      if (seen.has(key)) return false;
      seen.add(key);
      queue.push(job);
      ensureScheduled();
      return true;
    },
    get pending() {
      return queue.length;
    },
  };
}
