import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const env = {
  MESH_CITY: 'incheon',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
  KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19093',
  // The secure default is covered by its own test below; the rest of this spec is about other variables.
  KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT',
  MESH_INSECURE: 'true',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:18081/apis/ccompat/v7/',
  DATABASE_URL: 'postgres://mesh@127.0.0.1:15432/incheon',
};

describe('consent service config', () => {
  it('reads the environment with defaults for host, port and log level', () => {
    expect(loadConfig(env)).toEqual({
      city: 'incheon',
      kafkaBrokers: ['127.0.0.1:19092', '127.0.0.1:19093'],
      registryUrl: 'http://127.0.0.1:18081/apis/ccompat/v7',
      databaseUrl: 'postgres://mesh@127.0.0.1:15432/incheon',
      healthTimeoutMs: 2_000,
      http: { host: '127.0.0.1', port: 3002 },
      relayMaxPendingMs: 30_000,
      logLevel: 'info',
      tracing: { enabled: false },
      auth: { kind: 'verify', settings: { city: 'incheon', issuer: 'http://127.0.0.1:19080/realms/incheon', audience: 'usm-consent', partnerIssuers: {} } },
    });
  });

  it('traces to the OTLP endpoint when OTEL_EXPORTER_OTLP_ENDPOINT is set, as the consent service', () => {
    expect(loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({
      enabled: true,
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'consent',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
      exportDelayMs: 5_000,
    });
  });

  it('takes CONSENT_RELAY_MAX_PENDING_MS, the readiness bound of the outbox backlog', () => {
    expect(loadConfig({ ...env, CONSENT_RELAY_MAX_PENDING_MS: '5000' }).relayMaxPendingMs).toBe(5_000);
  });

  it('takes CONSENT_PORT, CONSENT_HOST, LOG_LEVEL and DATABASE_SCHEMA when set', () => {
    expect(loadConfig({ ...env, CONSENT_PORT: '4100', CONSENT_HOST: '0.0.0.0', LOG_LEVEL: 'debug', DATABASE_SCHEMA: 'ledger' })).toMatchObject({
      http: { host: '0.0.0.0', port: 4100 },
      logLevel: 'debug',
      databaseSchema: 'ledger',
    });
  });

  it('takes HEALTH_TIMEOUT_MS for a busy node, and refuses one below 100 ms naming it', () => {
    expect(loadConfig({ ...env, HEALTH_TIMEOUT_MS: '10000' }).healthTimeoutMs).toBe(10_000);
    expect(() => loadConfig({ ...env, HEALTH_TIMEOUT_MS: '5' })).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ field: 'HEALTH_TIMEOUT_MS' })] }));
  });

  it('names every missing or invalid variable', () => {
    let error: unknown;
    try {
      loadConfig({ MESH_CITY: 'Incheon', KAFKA_BROKERS: 'nope', DATABASE_URL: '', CONSENT_PORT: '70000' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const violations = (error as ValidationError).violations;
    expect(violations.map((v) => v.field).sort()).toEqual(['AUTH_ISSUER', 'CONSENT_PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SASL_USERNAME', 'KAFKA_SSL_CA_FILE', 'MESH_CITY', 'SCHEMA_REGISTRY_URL']);
    expect(violations.find((v) => v.field === 'DATABASE_URL')?.message).toBe('is required');
  });

  it('connects as its own principal over SASL_SSL by default, reading the CA and the password from their files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-config-spec-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n';
    writeFileSync(join(dir, 'ca.pem'), pem);
    writeFileSync(join(dir, 'consent.password'), 'pw');
    const { KAFKA_SECURITY_PROTOCOL: _protocol, MESH_INSECURE: _insecure, ...secure } = env;
    const kafkaEnv = { KAFKA_SASL_USERNAME: 'consent', KAFKA_SASL_PASSWORD_FILE: join(dir, 'consent.password'), KAFKA_SSL_CA_FILE: join(dir, 'ca.pem') };
    try {
      expect(loadConfig({ ...secure, ...kafkaEnv }).kafkaSecurity).toEqual({ ca: pem, sasl: { mechanism: 'scram-sha-512', username: 'consent', password: 'pw' } });
      expect(fieldsOfConsent({ ...secure })).toEqual(expect.arrayContaining(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL_CA_FILE']));
      expect(fieldsOfConsent({ ...secure, KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT' })).toEqual(['KAFKA_SECURITY_PROTOCOL']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without AUTH_ISSUER unless MESH_INSECURE=true, and then lets every call act as one local principal', () => {
    const { AUTH_ISSUER: _issuer, MESH_INSECURE: _insecure, ...withoutIssuer } = env;
    expect(fieldsOfConsent(withoutIssuer)).toContain('AUTH_ISSUER');
    expect(loadConfig({ ...withoutIssuer, MESH_INSECURE: 'true' }).auth).toEqual({ kind: 'insecure', city: 'incheon' });
  });

  it('reads the audience and the partner issuers', () => {
    const auth = loadConfig({ ...env, AUTH_AUDIENCE: 'ledger', AUTH_PARTNER_ISSUERS: 'barcelona=http://127.0.0.1:19080/realms/barcelona, hamburg=https://id.hamburg.example/realms/hamburg' }).auth;
    expect(auth).toEqual({
      kind: 'verify',
      settings: {
        city: 'incheon',
        issuer: 'http://127.0.0.1:19080/realms/incheon',
        audience: 'ledger',
        partnerIssuers: { barcelona: 'http://127.0.0.1:19080/realms/barcelona', hamburg: 'https://id.hamburg.example/realms/hamburg' },
      },
    });
  });
});

function fieldsOfConsent(environment: Record<string, string | undefined>): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}
