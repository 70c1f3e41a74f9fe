import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..');

export interface RunningService {
  readonly name: string;
  readonly pid: number | undefined;
  readonly logFile: string;
  stop(): Promise<void>;
}

/** Whether a readiness URL answers 200 now. */
export async function answersReady(url: string, timeoutMs = 3_000): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  });
}

/**
 * Starts a TypeScript entry of the workspace as a child process (SWC keeps Nest's decorator metadata), logs to
 * `logFile`, and waits until `readyUrl` answers 200, calling `waiting` every few seconds while it does.
 */
export async function startService(name: string, entry: string, args: readonly string[], env: Record<string, string>, readyUrl: string, logFile: string, waiting: (seconds: number) => void, timeoutMs = 300_000): Promise<RunningService> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(workspaceRoot, entry), ...args], {
    cwd: workspaceRoot,
    env: { ...process.env, SWC_NODE_PROJECT: join(workspaceRoot, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const started = Date.now();
  let lastReport = started;
  while (!(await answersReady(readyUrl, 15_000))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
    if (Date.now() - started > timeoutMs) {
      await stopChild(child);
      throw new Error(`${name} was not ready at ${readyUrl} within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      waiting(Math.round((lastReport - started) / 1000));
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { name, pid: child.pid, logFile, stop: () => stopChild(child) };
}
