/**
 * `npm test`: every check of the project, as before (typecheck, lint, unit tests, the production
 * build, the offline bundle, the tests over the build output, the browser tests), but side by side
 * where they do not depend on each other. tsc, ESLint, Prettier, vitest (one worker on two cores)
 * and most of the Docusaurus build each keep one core busy, so on a two-core machine running them
 * in a row left the other core idle for about four minutes.
 *
 * Order: the build and the unit tests start at once; the offline bundle follows the build and the
 * tests over the build output follow the bundle; typecheck and lint fill the free slot. The browser
 * tests start as soon as the build, the offline bundle, the unit tests and the tests over the
 * build have passed, in the foreground: every other step runs at the lowest CPU priority
 * (`nice -n 19`), so typecheck and lint, when still running, take only the CPU time the browsers
 * leave idle (about an eighth of two cores: waits for pages, polls between checks).
 *
 * Each step's output is printed in one block when it ends, with its time; the browser tests
 * print as they run. The first step to fail stops the others, and its output is printed last, so
 * the end of the log is the reason. Exit status 1 when a step failed.
 *
 *   npm test                    # everything
 *   npm test -- --jobs 1        # one step at a time, in the order above, the browser tests last
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { startGroup, type ProcessGroup } from './lib/processGroup';

interface Step {
  /** The npm script it runs (package.json), which is also how to run the step alone. */
  script: string;
  /** Steps that must have passed first. */
  after?: string[];
  /**
   * Runs at normal priority with its output shown as it comes (the browser tests); every other
   * step runs at the lowest priority, and at most `jobs` of them at once.
   */
  foreground?: boolean;
}

// In order of priority: the longest chain (build, bundle, tests over the build) and the longest
// single step (unit tests) first, the short ones fill in.
const steps: Step[] = [
  { script: 'build' },
  { script: 'test:unit' },
  { script: 'bundle:offline', after: ['build'] },
  { script: 'typecheck' },
  { script: 'test:built', after: ['bundle:offline'] },
  { script: 'lint:code' },
  { script: 'lint:format' },
];
const checksFirst = steps.map((s) => s.script);

const args = process.argv.slice(2);
const jobsArg = args.indexOf('--jobs');
const jobs = jobsArg >= 0 ? Number(args[jobsArg + 1]) : Math.min(4, Math.max(2, availableParallelism()));
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('Usage: npm test [-- --jobs N]   (N: how many steps may run at once; default 2 to 4 by cores)');
  process.exit(2);
}

// The browser tests read build/ and build-offline/, and start once the tests with time limits
// have passed too (unit tests and tests over the build: at the lowest priority beside the
// browsers, a test that starts processes could starve past its limit). Typecheck and lint have no
// time limits, and run beside the browsers. With one step at a time the browser tests run last.
const beforeBrowsers = ['build', 'bundle:offline', 'test:built', 'test:unit'];
steps.push({ script: 'test:e2e', after: jobs === 1 ? checksFirst : beforeBrowsers, foreground: true });

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
for (const step of steps) {
  if (!scripts[step.script]) throw new Error(`scripts/test.ts runs "npm run ${step.script}", which package.json does not define.`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const passed = new Set<string>();
const running = new Map<string, ProcessGroup>();
const times: { script: string; from: number; ms: number }[] = [];
const waiting = [...steps];
let failed = false;

function run(step: Step): Promise<{ code: number; output: string }> {
  const command = ['npm', 'run', '--silent', step.script];
  // `nice` (coreutils) starts the step and everything it starts at the lowest priority.
  const [program = 'npm', ...args] = step.foreground ? command : ['nice', '-n', '19', ...command];
  const group = startGroup(program, args, {
    stdio: step.foreground ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    // Piped output is not a terminal; keep the colours where the caller has one.
    env: { ...process.env, ...(process.stdout.isTTY && !step.foreground ? { FORCE_COLOR: '1' } : {}) },
  });
  running.set(step.script, group);
  const chunks: Buffer[] = [];
  group.child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  group.child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  return new Promise((resolve) => {
    group.child.once('close', (code, signal) => {
      running.delete(step.script);
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() });
    });
  });
}

async function schedule(): Promise<void> {
  const active = new Set<Promise<void>>();
  let background = 0;
  while (waiting.length > 0 && !failed) {
    const ready = waiting.find((s) => (s.after ?? []).every((a) => passed.has(a)) && (s.foreground || background < jobs));
    if (!ready) {
      if (active.size === 0) throw new Error('scripts/test.ts: no step can start (a dependency names no step).');
      await Promise.race(active);
      continue;
    }
    waiting.splice(waiting.indexOf(ready), 1);
    const from = Date.now() - started;
    if (ready.foreground) console.log(`\n=== npm run ${ready.script} (at ${seconds(from)}; the other steps go on at low priority)\n`);
    else background++;
    const job = run(ready).then(({ code, output }) => {
      const ms = Date.now() - started - from;
      times.push({ script: ready.script, from, ms });
      if (!ready.foreground) background--;
      if (failed) return; // stopped because another step failed
      if (code === 0) {
        passed.add(ready.script);
        if (!ready.foreground) console.log(`\n=== npm run ${ready.script}: passed in ${seconds(ms)}\n${output.trimEnd()}`);
      } else {
        failed = true;
        for (const [, group] of running) void group.stop();
        console.log(`\n=== npm run ${ready.script}: FAILED (exit ${code}) after ${seconds(ms)}\n${output.trimEnd()}`);
        if (running.size > 0) console.log(`(stopped: ${[...running.keys()].join(', ')})`);
      }
    });
    const tracked = job.finally(() => active.delete(tracked));
    active.add(tracked);
  }
  await Promise.all(active);
}

async function main(): Promise<void> {
  await schedule();
  const wall = Date.now() - started;
  console.log(`\nnpm test: ${failed ? 'FAILED' : 'passed'} in ${seconds(wall)} (${jobs} steps at a time). Step times:`);
  for (const t of times.sort((a, b) => a.from - b.from)) {
    const state = passed.has(t.script) ? '' : '  (failed or stopped)';
    console.log(`  ${seconds(t.ms).padStart(8)}  ${t.script.padEnd(15)} started at ${seconds(t.from)}${state}`);
  }
  if (waiting.length > 0) console.log(`  not run: ${waiting.map((s) => s.script).join(', ')}`);
  process.exit(failed ? 1 : 0);
}

void main();
