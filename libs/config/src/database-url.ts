import { readFileSync } from 'node:fs';
import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { envFields } from './env-fields';

/** zod fields of a service's database: the URL (its role, no password) and the file holding the role's password. */
export const databaseEnvFields = {
  DATABASE_URL: envFields.postgresUrl(),
  /** Optional: a URL that carries its own password (or a trusting server) needs none. */
  DATABASE_PASSWORD_FILE: z.string().min(1).optional(),
};

interface DatabaseEnv {
  readonly DATABASE_URL: string;
  readonly DATABASE_PASSWORD_FILE?: string | undefined;
}

function passwordIn(file: string, code: string, read: (file: string) => string): string {
  let password: string;
  try {
    password = read(file).trim();
  } catch {
    throw new ValidationError(code, [{ field: 'DATABASE_PASSWORD_FILE', rule: 'readable', message: 'must name a readable file holding the database password' }]);
  }
  if (password === '') throw new ValidationError(code, [{ field: 'DATABASE_PASSWORD_FILE', rule: 'non-empty', message: 'must name a file holding the database password, not an empty one' }]);
  return password;
}

/**
 * DATABASE_URL with the password of DATABASE_PASSWORD_FILE when one is given. A ValidationError (`code`) names the
 * variable when the file cannot be read, is empty, or the URL already holds a password; it never quotes either.
 */
export function databaseUrlOf(env: DatabaseEnv, code: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): string {
  if (env.DATABASE_PASSWORD_FILE === undefined) return env.DATABASE_URL;
  const url = new URL(env.DATABASE_URL);
  if (url.password !== '') throw new ValidationError(code, [{ field: 'DATABASE_PASSWORD_FILE', rule: 'one-password', message: 'must not be set when DATABASE_URL holds a password' }]);
  url.password = encodeURIComponent(passwordIn(env.DATABASE_PASSWORD_FILE, code, read));
  return url.toString();
}
