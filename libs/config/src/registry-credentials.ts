import { readFileSync } from 'node:fs';
import { ValidationError } from '@usm/errors';
import { z } from 'zod';

/** zod fields of the realm client a service reads the registry as; a registry without authentication needs none. */
export const registryClientEnvFields = {
  SCHEMA_REGISTRY_CLIENT_ID: z.string().regex(/^[A-Za-z0-9._-]{1,255}$/, 'must be a client id of the city\'s realm, e.g. registry-ingest').optional(),
  SCHEMA_REGISTRY_CLIENT_SECRET: z.string().min(1).optional(),
  SCHEMA_REGISTRY_CLIENT_SECRET_FILE: z.string().min(1).optional(),
};

interface RegistryClientEnv {
  readonly SCHEMA_REGISTRY_CLIENT_ID?: string | undefined;
  readonly SCHEMA_REGISTRY_CLIENT_SECRET?: string | undefined;
  readonly SCHEMA_REGISTRY_CLIENT_SECRET_FILE?: string | undefined;
}

const violation = (field: string, rule: string, message: string) => ({ field, rule, message });

/**
 * The registry client (`{ clientId, secret }`) from SCHEMA_REGISTRY_CLIENT_ID and SCHEMA_REGISTRY_CLIENT_SECRET or
 * _SECRET_FILE, or undefined when no client id is set. A ValidationError (`code`) names the variable; never the secret.
 */
export function registryCredentialsOf(env: RegistryClientEnv, code: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): { clientId: string; secret: string } | undefined {
  const clientId = env.SCHEMA_REGISTRY_CLIENT_ID;
  const file = env.SCHEMA_REGISTRY_CLIENT_SECRET_FILE;
  if (clientId === undefined) {
    if (file !== undefined || env.SCHEMA_REGISTRY_CLIENT_SECRET !== undefined) throw new ValidationError(code, [violation('SCHEMA_REGISTRY_CLIENT_ID', 'required', 'is required with a registry client secret')]);
    return undefined;
  }
  if (file !== undefined && env.SCHEMA_REGISTRY_CLIENT_SECRET !== undefined) {
    throw new ValidationError(code, [violation('SCHEMA_REGISTRY_CLIENT_SECRET_FILE', 'one-secret', 'must not be set together with SCHEMA_REGISTRY_CLIENT_SECRET')]);
  }
  if (file === undefined) {
    if (env.SCHEMA_REGISTRY_CLIENT_SECRET === undefined) throw new ValidationError(code, [violation('SCHEMA_REGISTRY_CLIENT_SECRET', 'required', 'is required with SCHEMA_REGISTRY_CLIENT_ID (or SCHEMA_REGISTRY_CLIENT_SECRET_FILE)')]);
    return { clientId, secret: env.SCHEMA_REGISTRY_CLIENT_SECRET };
  }
  let secret: string;
  try {
    secret = read(file).trim();
  } catch {
    throw new ValidationError(code, [violation('SCHEMA_REGISTRY_CLIENT_SECRET_FILE', 'readable', 'must name a readable file holding the client secret')]);
  }
  if (secret === '') throw new ValidationError(code, [violation('SCHEMA_REGISTRY_CLIENT_SECRET_FILE', 'non-empty', 'must name a file holding the client secret, not an empty one')]);
  return { clientId, secret };
}
