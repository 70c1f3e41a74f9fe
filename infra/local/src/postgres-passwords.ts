import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `<state>/secrets/<city>/postgres/<service>.password`: where a service role's password lives. */
export function servicePasswordFile(stateDir: string, city: string, service: string): string {
  return join(stateDir, 'secrets', city, 'postgres', `${service}.password`);
}

/**
 * The password in `file`, generated once (32 random bytes, base64url: no quote or backslash can reach SQL) with
 * mode 0600 in 0700 folders, so `up` is idempotent and a restarted stack keeps its roles' passwords.
 */
export function ensurePasswordFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error(`${file} does not hold a generated password; delete it and run "npm run stack -- up" again`);
  return password;
}
