import { existsSync, readFileSync, rmSync } from 'node:fs';

/** The main class every MirrorMaker 2 process we start runs; used to recognise ours behind a pid. */
export const MIRROR_MAKER_MAIN_CLASS = 'org.apache.kafka.connect.mirror.MirrorMaker';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` still runs MirrorMaker 2 with our properties file; a recycled pid must never be signalled. */
export function runsMirrorMaker(pid: number, propertiesFile: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return commandLine.includes(MIRROR_MAKER_MAIN_CLASS) && commandLine.includes(propertiesFile);
  } catch {
    // No /proc (macOS): trust the pid file, which only this adapter writes.
    return true;
  }
}

/** The pid recorded in a pid file, if any. */
export function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** SIGTERM for MirrorMaker 2's shutdown hook (it commits source offsets), SIGKILL once `graceMs` has passed. */
export async function terminate(pid: number, graceMs: number): Promise<'stopped' | 'killed' | 'not-running'> {
  if (!isAlive(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
  return 'killed';
}

/** Stops a MirrorMaker 2 left behind by an earlier run of the service (it crashed or was killed). */
export async function stopLeftover(pidFile: string, propertiesFile: string, graceMs: number): Promise<number | undefined> {
  const pid = readPid(pidFile);
  if (pid !== undefined && runsMirrorMaker(pid, propertiesFile)) await terminate(pid, graceMs);
  rmSync(pidFile, { force: true });
  return pid;
}
