import { ValidationError } from '@usm/errors';
import { registryCredentialsOf } from './registry-credentials';

const read = (file: string): string => {
  if (file === '/secrets/registry-ingest.secret') return 's3cret\n';
  if (file === '/secrets/empty') return '';
  throw new Error('ENOENT');
};
const fieldsOf = (env: Record<string, string>): unknown => {
  try {
    registryCredentialsOf(env, 'TEST.INVALID_CONFIG', read);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toContain('s3cret');
    return (error as ValidationError).violations.map((v) => `${v.field}:${v.rule}`);
  }
  throw new Error('expected a ValidationError');
};

describe('registryCredentialsOf', () => {
  it('reads the client id with its secret from a file or the environment, and nothing without a client id', () => {
    expect(registryCredentialsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'registry-ingest', SCHEMA_REGISTRY_CLIENT_SECRET_FILE: '/secrets/registry-ingest.secret' }, 'X', read)).toEqual({ clientId: 'registry-ingest', secret: 's3cret' });
    expect(registryCredentialsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'registry-ingest', SCHEMA_REGISTRY_CLIENT_SECRET: 'inline' }, 'X', read)).toEqual({ clientId: 'registry-ingest', secret: 'inline' });
    expect(registryCredentialsOf({}, 'X', read)).toBeUndefined();
  });

  it('names the variable that is missing, unreadable, empty or doubled', () => {
    expect(fieldsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'registry-ingest' })).toEqual(['SCHEMA_REGISTRY_CLIENT_SECRET:required']);
    expect(fieldsOf({ SCHEMA_REGISTRY_CLIENT_SECRET: 'x' })).toEqual(['SCHEMA_REGISTRY_CLIENT_ID:required']);
    expect(fieldsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'c', SCHEMA_REGISTRY_CLIENT_SECRET_FILE: '/secrets/none' })).toEqual(['SCHEMA_REGISTRY_CLIENT_SECRET_FILE:readable']);
    expect(fieldsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'c', SCHEMA_REGISTRY_CLIENT_SECRET_FILE: '/secrets/empty' })).toEqual(['SCHEMA_REGISTRY_CLIENT_SECRET_FILE:non-empty']);
    expect(fieldsOf({ SCHEMA_REGISTRY_CLIENT_ID: 'c', SCHEMA_REGISTRY_CLIENT_SECRET: 's3cret', SCHEMA_REGISTRY_CLIENT_SECRET_FILE: '/secrets/registry-ingest.secret' })).toEqual([
      'SCHEMA_REGISTRY_CLIENT_SECRET_FILE:one-secret',
    ]);
  });
});
