import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isAlive } from './processes';

/**
 * Runs `work` while holding the stack's lock file, so two `up`/`down` runs never start or stop the same
 * components at once (two registries on one database allocate clashing ids). A lock whose holder died is taken over.
 */
export async function withStackLock<T>(lockFile: string, work: () => Promise<T>, timeoutMs = 300_000): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const holder = Number(readFileSync(lockFile, { encoding: 'utf8', flag: 'a+' }).trim());
      if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) throw new Error(`Another stack command (pid ${holder}) holds ${lockFile}; wait for it or remove the file`);
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
