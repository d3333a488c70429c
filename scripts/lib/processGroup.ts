/**
 * Child processes that must not outlive the script that started them (the bench's web servers).
 *
 * Each is started in its own process group (`detached`), so stopping it stops everything under it
 * too: a process started through `npx` or a wrapper is a tree, and killing the top of it left the
 * server below running. Every group started here is stopped when this process exits, fails, or is
 * interrupted (SIGINT, SIGTERM, SIGHUP).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface ProcessGroup {
  /** Process id of the group's leader (also the group id). */
  readonly pid: number;
  readonly child: ChildProcess;
  /** Stops every process of the group (SIGTERM, then SIGKILL after `graceMs`); resolves once the leader is gone. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ProcessGroup>();
let hooked = false;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Stops every group still running, at once (for exit handlers, where nothing can be awaited). */
export function stopAllNow(): void {
  for (const group of running) signalGroup(group.pid, 'SIGKILL');
  running.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', stopAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stopAllNow();
      // The conventional exit status for a signal: 128 + its number.
      process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
    });
  }
}

/** Starts `command` in a new process group that is stopped with this process at the latest. */
export function startGroup(command: string, args: readonly string[], options: SpawnOptions = {}): ProcessGroup {
  hookExit();
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command} ${args.join(' ')}`);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const group: ProcessGroup = {
    pid,
    child,
    async stop(graceMs = 2000) {
      running.delete(group);
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // The leader is gone; anything it left in the group goes too.
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(group);
  return group;
}

/** Whether a process with this id is still running (signal 0 checks without sending anything). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
