/**
 * Prints, at the end of a run, the ten slowest tests and the worker time: the sum of all test
 * durations, in all and per worker. Wall time depends on how busy the machine is; the sum of
 * durations, and how evenly it is spread over the workers, is what to watch when the suite grows.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Timing {
  title: string;
  file: string;
  duration: number;
  worker: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class SlowestReporter implements Reporter {
  private readonly timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.replace(/^.*[/\\]tests[/\\]e2e[/\\]/, '');
    this.timings.push({ title: test.title, file, duration: result.duration, worker: result.parallelIndex });
  }

  onEnd(result: FullResult): void {
    if (this.timings.length === 0) return;
    const total = this.timings.reduce((sum, t) => sum + t.duration, 0);
    const perWorker = new Map<number, number>();
    for (const t of this.timings) perWorker.set(t.worker, (perWorker.get(t.worker) ?? 0) + t.duration);
    const perFile = new Map<string, number>();
    for (const t of this.timings) perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.duration);

    const lines = ['', `Ten slowest of ${this.timings.length} tests:`];
    for (const t of [...this.timings].sort((a, b) => b.duration - a.duration).slice(0, 10)) {
      lines.push(`  ${seconds(t.duration).padStart(8)}  ${t.file} › ${t.title}`);
    }
    lines.push('Worker time by spec file:');
    for (const [file, ms] of [...perFile].sort((a, b) => b[1] - a[1])) lines.push(`  ${seconds(ms).padStart(8)}  ${file}`);
    const workers = [...perWorker]
      .sort((a, b) => a[0] - b[0])
      .map(([w, ms]) => `worker ${w}: ${seconds(ms)}`)
      .join(', ');
    lines.push(`Worker time: ${seconds(total)} in all (${workers}); wall time ${seconds(result.duration)}.`);
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return false;
  }
}
