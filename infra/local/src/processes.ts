import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';

export interface DetachedProcess {
  readonly pid: number;
  readonly logFile: string;
}

/** Starts a long-running process that outlives this CLI, its output appended to `logFile`, its pid in `pidFile`. */
export function startDetached(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; logFile: string; pidFile: string }): DetachedProcess {
  mkdirSync(dirname(options.logFile), { recursive: true });
  mkdirSync(dirname(options.pidFile), { recursive: true });
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`Could not start ${command}: see ${options.logFile}`);
  child.unref();
  writeFileSync(options.pidFile, String(child.pid));
  return { pid: child.pid, logFile: options.logFile };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid recorded in a pid file, if that process still runs. */
export function runningPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Stops the process of a pid file: SIGTERM for a clean shutdown, SIGKILL once `graceMs` has passed. */
export async function stopByPidFile(pidFile: string, graceMs = 20_000): Promise<'stopped' | 'killed' | 'not-running'> {
  const pid = runningPid(pidFile);
  rmSync(pidFile, { force: true });
  if (pid === undefined) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

/** True when something accepts TCP connections on 127.0.0.1:`port`. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => socket.destroy() && resolve(true));
    socket.once('timeout', () => socket.destroy() && resolve(false));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Refuses to start a component on a port some other process holds: that process would answer the readiness
 * probe in place of ours, and `down` could never stop it (it is not in our pid file).
 */
export async function assertPortFree(port: number, component: string, pidFile: string): Promise<void> {
  if (await portInUse(port)) {
    throw new Error(`Port ${port} for ${component} is held by a process this stack did not start (no live pid in ${pidFile}). Stop that process, or use another MESH_PORT_BASE.`);
  }
}

/** Fails when the process we started is gone although its port answers: another process took the port. */
export function assertStillRunning(pid: number, component: string, logFile: string): void {
  if (!isAlive(pid)) throw new Error(`${component} exited right after start although its port answers: another process holds it; see ${logFile}`);
}
