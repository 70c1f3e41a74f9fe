import { ValidationError } from '@usm/errors';
import { privacyErrorCodes } from '../../domain/privacy-error-codes';
import type { SecretSource } from '../../domain/policy/privacy-policy';

/** Environment variables as the config module hands them over. */
export type PolicyEnvironment = Readonly<Record<string, string | undefined>>;

/** Reads a secret file; rejects when it cannot. */
export type ReadSecretFile = (path: string) => Promise<Uint8Array>;

// HMAC-SHA-256 gains nothing from keys over 64 bytes, and loses strength under 32.
const minimumSecretBytes = 32;

async function secretText(source: SecretSource, env: PolicyEnvironment, readFile: ReadSecretFile): Promise<string> {
  if ('env' in source) {
    const value = env[source.env];
    if (value === undefined || value.trim() === '') {
      throw new ValidationError(privacyErrorCodes.missingSecret, [
        { field: 'pseudonymisation.secret.env', rule: 'present', message: `environment variable ${source.env} is not set` },
      ]);
    }
    return value;
  }
  try {
    return Buffer.from(await readFile(source.file)).toString('utf8');
  } catch (cause) {
    const violation = { field: 'pseudonymisation.secret.file', rule: 'readable', message: `cannot read ${source.file}` };
    throw new ValidationError(privacyErrorCodes.missingSecret, [violation], { cause });
  }
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
