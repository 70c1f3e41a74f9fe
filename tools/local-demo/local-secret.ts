import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The city's pseudonymisation secret on this machine: made once under the stack's state, never in the repository. */
export function localHmacSecret(stateDir: string, city: string): string {
  const file = join(stateDir, 'secrets', `${city}-hmac`);
  if (!existsSync(file)) {
    mkdirSync(join(stateDir, 'secrets'), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
