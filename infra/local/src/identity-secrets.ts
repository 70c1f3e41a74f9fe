import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Reads a generated secret file, creating it (mode 0600) the first time: `up` stays idempotent. */
export function ensureSecretFile(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

/** Where a city's client secret lives: `<state>/secrets/<city>/identity/<client>.secret`. */
export const clientSecretFile = (state: string, city: string, client: string): string => join(state, 'secrets', city, 'identity', `${client}.secret`);

/** The Keycloak bootstrap administrator's password, one per stack. */
export const keycloakAdminPasswordFile = (state: string): string => join(state, 'secrets', 'keycloak', 'admin.password');
