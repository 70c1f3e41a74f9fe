import { ValidationError } from '@usm/errors';
import { privacyErrorCodes } from '../../domain/privacy-error-codes';
import type { SecretSource } from '../../domain/policy/privacy-policy';

/** Environment variables as the config module hands them over. */
export type PolicyEnvironment = Readonly<Record<string, string | undefined>>;

/** Reads a secret file; rejects when it cannot. */
export type ReadSecretFile = (path: string) => Promise<Uint8Array>;

// HMAC-SHA-256 gains nothing from keys over 64 bytes, and loses strength under 32.
const minimumSecretBytes = 32;

async function fileText(file: string, field: string, readFile: ReadSecretFile): Promise<string> {
  try {
    return Buffer.from(await readFile(file)).toString('utf8');
  } catch (cause) {
    throw new ValidationError(privacyErrorCodes.missingSecret, [{ field, rule: 'readable', message: `cannot read ${file}` }], { cause });
  }
}

/**
 * A policy that names the variable `X` also takes the file named by `X_FILE` (the container convention, for
 * orchestrators that mount secrets as files); setting both is refused, as two sources of one key would be ambiguous.
 */
async function secretText(source: SecretSource, env: PolicyEnvironment, readFile: ReadSecretFile): Promise<string> {
  if ('file' in source) return fileText(source.file, 'pseudonymisation.secret.file', readFile);
  const value = env[source.env];
  const file = env[`${source.env}_FILE`];
  const present = value !== undefined && value.trim() !== '';
  if (present && file !== undefined) {
    throw new ValidationError(privacyErrorCodes.missingSecret, [
      { field: 'pseudonymisation.secret.env', rule: 'one-source', message: `set ${source.env} or ${source.env}_FILE, not both` },
    ]);
  }
  if (present) return value;
  if (file !== undefined && file.trim() !== '') return fileText(file, 'pseudonymisation.secret.env', readFile);
  throw new ValidationError(privacyErrorCodes.missingSecret, [
    { field: 'pseudonymisation.secret.env', rule: 'present', message: `environment variable ${source.env} (or ${source.env}_FILE naming a file) is not set` },
  ]);
}

/** The pseudonymisation secret named by a policy, as bytes; never echoed in errors. */
export async function resolvePolicySecret(source: SecretSource, env: PolicyEnvironment, readFile: ReadSecretFile): Promise<Uint8Array> {
  // Trailing newlines come from `echo` and editors, not from the key.
  const secret = Buffer.from((await secretText(source, env, readFile)).replace(/[\r\n]+$/, ''), 'utf8');
  if (secret.length < minimumSecretBytes) {
    const field = 'env' in source ? 'pseudonymisation.secret.env' : 'pseudonymisation.secret.file';
    throw new ValidationError(privacyErrorCodes.weakSecret, [
      { field, rule: 'min-bytes', message: `the secret must be at least ${minimumSecretBytes} bytes` },
    ]);
  }
  return secret;
}
