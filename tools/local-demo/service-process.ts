import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..');

export interface RunningService {
  readonly name: string;
  readonly url: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/** Starts a Nest app of `apps/` as a child process (SWC keeps Nest's decorator metadata) and waits for /health/ready. */
export async function startService(name: string, entry: string, env: Record<string, string>, url: string, logFile: string): Promise<RunningService> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(workspaceRoot, entry)], {
    cwd: workspaceRoot,
    env: { ...process.env, SWC_NODE_PROJECT: join(workspaceRoot, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 60_000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${name} did not become healthy at ${url}/health/ready within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { name, url, logFile, stop: () => stopChild(child) };
}
