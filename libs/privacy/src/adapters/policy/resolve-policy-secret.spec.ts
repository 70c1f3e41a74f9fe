import { ValidationError } from '@usm/errors';
import { resolvePolicySecret } from './resolve-policy-secret';

const strong = 'abcdefghijklmnopqrstuvwxyz0123456789';
const noFiles = async (): Promise<Uint8Array> => {
  throw new Error('no such file');
};

describe('resolvePolicySecret', () => {
  it('reads the secret from the named environment variable', async () => {
    await expect(resolvePolicySecret({ env: 'KEY' }, { KEY: strong }, noFiles)).resolves.toEqual(Buffer.from(strong));
  });

  it('reads the secret from a file, without its trailing newline', async () => {
    const readFile = jest.fn().mockResolvedValue(Buffer.from(`${strong}\n`));
    await expect(resolvePolicySecret({ file: '/run/secrets/hmac' }, {}, readFile)).resolves.toEqual(Buffer.from(strong));
    expect(readFile).toHaveBeenCalledWith('/run/secrets/hmac');
  });

  it('reads the secret from the file named by <variable>_FILE when the variable itself is not set', async () => {
    const readFile = jest.fn().mockResolvedValue(Buffer.from(`${strong}\n`));
    await expect(resolvePolicySecret({ env: 'KEY' }, { KEY_FILE: '/run/secrets/privacy-hmac.secret' }, readFile)).resolves.toEqual(Buffer.from(strong));
    expect(readFile).toHaveBeenCalledWith('/run/secrets/privacy-hmac.secret');
  });

  it.each([
    ['both the variable and <variable>_FILE', { env: 'KEY' }, { KEY: strong, KEY_FILE: '/run/secrets/hmac' }, 'PRIVACY.MISSING_SECRET', 'pseudonymisation.secret.env'],
    ['a <variable>_FILE that cannot be read', { env: 'KEY' }, { KEY_FILE: '/nope' }, 'PRIVACY.MISSING_SECRET', 'pseudonymisation.secret.env'],
    ['a short secret in <variable>_FILE', { env: 'KEY' }, { KEY_FILE: '/short' }, 'PRIVACY.WEAK_SECRET', 'pseudonymisation.secret.env'],
    ['a variable that is not set', { env: 'KEY' }, {}, 'PRIVACY.MISSING_SECRET', 'pseudonymisation.secret.env'],
    ['an empty variable', { env: 'KEY' }, { KEY: '  ' }, 'PRIVACY.MISSING_SECRET', 'pseudonymisation.secret.env'],
    ['a file that cannot be read', { file: '/nope' }, {}, 'PRIVACY.MISSING_SECRET', 'pseudonymisation.secret.file'],
    ['a secret under 32 bytes', { env: 'KEY' }, { KEY: 'short-secret' }, 'PRIVACY.WEAK_SECRET', 'pseudonymisation.secret.env'],
  ])('refuses %s', async (_, source, env, code, field) => {
    const files = async (path: string): Promise<Uint8Array> => (path === '/short' ? Buffer.from('short-secret\n') : noFiles());
    const refusal = resolvePolicySecret(source, env, files);
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(resolvePolicySecret(source, env, files)).rejects.toMatchObject({ code, details: { field } });
  });

  it('never puts the secret in an error', async () => {
    const error = await resolvePolicySecret({ env: 'KEY' }, { KEY: 'short-secret' }, noFiles).catch((caught: unknown) => caught);
    expect(JSON.stringify(error)).not.toContain('short-secret');
    expect(String((error as Error).message)).not.toContain('short-secret');
  });
});
