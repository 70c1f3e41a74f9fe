import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const dir = mkdtempSync(join(tmpdir(), 'datasets-config-spec-'));
writeFileSync(join(dir, 'signing.key'), 'k'.repeat(32));
writeFileSync(join(dir, 'short.key'), 'k'.repeat(8));
writeFileSync(join(dir, 'partner.secret'), 'partner-secret\n');

const env = {
  MESH_CITY: 'barcelona',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/barcelona',
  KAFKA_BROKERS: '127.0.0.1:19092',
  KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT',
  MESH_INSECURE: 'true',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:18081/apis/ccompat/v7/',
  DATABASE_URL: 'postgres://mesh@127.0.0.1:15432/barcelona',
  DATASETS_URL_SIGNING_SECRET_FILE: join(dir, 'signing.key'),
  DATASETS_ARTIFACT_DIR: '/var/lib/datasets',
};

const violationsOf = (input: Record<string, string | undefined>) => {
  try {
    loadConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations;
  }
  throw new Error('expected a ValidationError');
};

describe('datasets service config', () => {
  it('reads the environment with defaults for port, TTL, public URL and read sizes', () => {
    expect(loadConfig(env)).toMatchObject({
      city: 'barcelona',
      registryUrl: 'http://127.0.0.1:18081/apis/ccompat/v7',
      http: { host: '127.0.0.1', port: 3050 },
      publicUrl: 'http://127.0.0.1:3050',
      artifactDir: '/var/lib/datasets',
      signedUrlTtlSeconds: 300,
      topicPrefix: '',
      partnerRegistries: {},
      read: { maxBytes: 67_108_864, stallTimeoutMs: 60_000 },
      subjectIndex: { catchUpTimeoutMs: 20_000 },
      auth: { kind: 'verify', settings: { audience: 'usm-datasets' } },
    });
  });

  it('takes the subject index catch-up timeout from the environment and refuses one out of range', () => {
    expect(loadConfig({ ...env, DATASETS_SUBJECT_INDEX_CATCH_UP_TIMEOUT_MS: '5000' }).subjectIndex).toEqual({ catchUpTimeoutMs: 5_000 });
    expect(violationsOf({ ...env, DATASETS_SUBJECT_INDEX_CATCH_UP_TIMEOUT_MS: '10' })).toEqual([expect.objectContaining({ field: 'DATASETS_SUBJECT_INDEX_CATCH_UP_TIMEOUT_MS' })]);
  });

  it('reads partner registries with the partner-<city> client secret its realm issued', () => {
    const config = loadConfig({ ...env, DATASETS_PARTNER_REGISTRIES: 'incheon=http://127.0.0.1:19081/apis/ccompat/v7', DATASETS_PARTNER_REGISTRY_SECRET_FILES: `incheon=${join(dir, 'partner.secret')}` });
    expect(config.partnerRegistries).toEqual({ incheon: { url: 'http://127.0.0.1:19081/apis/ccompat/v7', credentials: { clientId: 'partner-barcelona', secret: 'partner-secret' } } });
  });

  it('names every missing or invalid variable', () => {
    const violations = violationsOf({ MESH_CITY: 'Barcelona', KAFKA_BROKERS: 'nope', DATASETS_PORT: '0', DATASETS_ARTIFACT_DIR: 'relative', DATASETS_SIGNED_URL_TTL_SECONDS: '1', DATASETS_PARTNER_REGISTRIES: 'Incheon=ftp://x' });
    expect(violations.map((v) => v.field).sort()).toEqual(
      expect.arrayContaining(['AUTH_ISSUER', 'DATABASE_URL', 'DATASETS_ARTIFACT_DIR', 'DATASETS_PARTNER_REGISTRIES', 'DATASETS_PORT', 'DATASETS_SIGNED_URL_TTL_SECONDS', 'DATASETS_URL_SIGNING_SECRET_FILE', 'KAFKA_BROKERS', 'MESH_CITY', 'SCHEMA_REGISTRY_URL']),
    );
  });

  it('refuses a signing key shorter than 32 bytes or unreadable, naming the variable', () => {
    expect(violationsOf({ ...env, DATASETS_URL_SIGNING_SECRET_FILE: join(dir, 'short.key') })).toEqual([expect.objectContaining({ field: 'DATASETS_URL_SIGNING_SECRET_FILE', rule: 'min-32-bytes' })]);
    expect(violationsOf({ ...env, DATASETS_URL_SIGNING_SECRET_FILE: join(dir, 'missing.key') })).toEqual([expect.objectContaining({ field: 'DATASETS_URL_SIGNING_SECRET_FILE', rule: 'readable' })]);
  });

  it('refuses a secret file for a partner without a registry, and this city as its own partner', () => {
    expect(violationsOf({ ...env, DATASETS_PARTNER_REGISTRY_SECRET_FILES: `osaka=${join(dir, 'partner.secret')}` })).toEqual([expect.objectContaining({ field: 'DATASETS_PARTNER_REGISTRY_SECRET_FILES', rule: 'known-partner' })]);
    expect(violationsOf({ ...env, DATASETS_PARTNER_REGISTRIES: 'barcelona=http://x/apis' })).toEqual([expect.objectContaining({ field: 'DATASETS_PARTNER_REGISTRIES', rule: 'not-self' })]);
  });
});
