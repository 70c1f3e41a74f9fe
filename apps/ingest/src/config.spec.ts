import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const required = {
  MESH_CITY: 'incheon',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
  KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19093',
  // The secure default is covered by its own test below; the rest of this spec is about other variables.
  KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT',
  MESH_INSECURE: 'true',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7/',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mesh_incheon',
};

function violationsOf(env: Record<string, string | undefined>): { field: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map(({ field, message }) => ({ field, message }));
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('reads the required variables and applies the defaults', () => {
    expect(loadConfig(required)).toEqual({
      city: 'incheon',
      kafkaBrokers: ['127.0.0.1:19092', '127.0.0.1:19093'],
      registryUrl: 'http://127.0.0.1:19081/apis/ccompat/v7',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/mesh_incheon',
      http: { host: '127.0.0.1', port: 3000, maxBodyBytes: 1_048_576 },
      ingest: { maxBatchSize: 500, maxClockSkewMs: 300_000, claimLeaseMs: 600_000, maxInFlight: 64 },
      topicPrefix: '',
      healthTimeoutMs: 2_000,
      logLevel: 'info',
      tracing: { enabled: false },
      auth: { kind: 'verify', settings: { city: 'incheon', issuer: 'http://127.0.0.1:19080/realms/incheon', audience: 'usm-ingest', partnerIssuers: {} } },
    });
  });

  it('takes the optional variables when given', () => {
    const config = loadConfig({ ...required, INGEST_PORT: '8080', INGEST_HOST: '0.0.0.0', INGEST_MAX_BATCH: '50', INGEST_MAX_BODY_BYTES: '65536', INGEST_MAX_IN_FLIGHT: '8', LOG_LEVEL: 'debug' });
    expect(config).toMatchObject({ http: { host: '0.0.0.0', port: 8080, maxBodyBytes: 65_536 }, ingest: { maxBatchSize: 50, maxInFlight: 8 }, logLevel: 'debug' });
  });

  it('traces to an OTLP endpoint as ingest, and gives the raw topic a prefix, when told to', () => {
    const config = loadConfig({ ...required, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', INGEST_TOPIC_PREFIX: 'run-1-' });
    expect(config).toMatchObject({ topicPrefix: 'run-1-', tracing: { enabled: true, serviceName: 'ingest', tracesUrl: 'http://127.0.0.1:4318/v1/traces' } });
    expect(violationsOf({ ...required, OTEL_TRACES_SAMPLER: 'often' }).map((v) => v.field)).toEqual(['OTEL_TRACES_SAMPLER']);
  });

  it('names every missing required variable', () => {
    expect(violationsOf({}).map((v) => v.field)).toEqual(['MESH_CITY', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL_CA_FILE', 'AUTH_ISSUER']);
    expect(violationsOf({ ...required, DATABASE_URL: ' ' })).toEqual([{ field: 'DATABASE_URL', message: 'is required' }]);
  });

  it('names each malformed variable with what it must be', () => {
    expect(
      violationsOf({ ...required, MESH_CITY: 'Incheon', KAFKA_BROKERS: 'localhost', SCHEMA_REGISTRY_URL: 'registry', DATABASE_URL: 'mysql://db/x' }),
    ).toEqual([
      { field: 'MESH_CITY', message: 'must be a lowercase ASCII city id, e.g. incheon' },
      { field: 'KAFKA_BROKERS', message: 'must be host:port' },
      { field: 'SCHEMA_REGISTRY_URL', message: 'must be an http(s) URL of the Confluent-compatible API' },
      { field: 'DATABASE_URL', message: 'must be a postgres:// URL' },
    ]);
  });

  it('refuses numbers out of range and unknown log levels, naming the variable in the message', () => {
    const refuse = (env: Record<string, string>) => () => loadConfig({ ...required, ...env });
    expect(refuse({ INGEST_PORT: '70000' })).toThrow(/^INGEST_PORT: /);
    expect(refuse({ INGEST_MAX_BATCH: '0' })).toThrow(/^INGEST_MAX_BATCH: /);
    expect(refuse({ INGEST_MAX_BODY_BYTES: 'a lot' })).toThrow(/^INGEST_MAX_BODY_BYTES: /);
    expect(refuse({ LOG_LEVEL: 'verbose' })).toThrow(/^LOG_LEVEL: /);
  });

  it('turns MQTT ingest on with MQTT_URL and refuses it without the service\'s account', () => {
    expect(loadConfig(required).mqtt).toBeUndefined();
    const account = { MQTT_URL: 'mqtts://broker.incheon:8883', MQTT_USERNAME: 'incheon-ingest', MQTT_PASSWORD: 'p' };
    expect(loadConfig({ ...required, ...account }).mqtt).toEqual({ url: 'mqtts://broker.incheon:8883', username: 'incheon-ingest', password: 'p' });
    expect(() => loadConfig({ ...required, MQTT_URL: 'mqtt://127.0.0.1:1883' })).toThrow(/MQTT_USERNAME: .*MQTT_PASSWORD: |MQTT_USERNAME/);
    expect(() => loadConfig({ ...required, ...account, MQTT_URL: 'http://broker' })).toThrow(/MQTT_URL: /);
  });

  it('never quotes a value in an error: the database URL may hold a password', () => {
    expect(() => loadConfig({ ...required, DATABASE_URL: 'mysql://user:s3cret@db/x' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
  });

  it('connects as its own principal over SASL_SSL by default, reading the CA and the password from their files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-config-spec-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n';
    writeFileSync(join(dir, 'ca.pem'), pem);
    writeFileSync(join(dir, 'ingest.password'), 'pw');
    const { KAFKA_SECURITY_PROTOCOL: _protocol, MESH_INSECURE: _insecure, ...secure } = required;
    const kafkaEnv = { KAFKA_SASL_USERNAME: 'ingest', KAFKA_SASL_PASSWORD_FILE: join(dir, 'ingest.password'), KAFKA_SSL_CA_FILE: join(dir, 'ca.pem') };
    try {
      expect(loadConfig({ ...secure, ...kafkaEnv }).kafkaSecurity).toEqual({ ca: pem, sasl: { mechanism: 'scram-sha-512', username: 'ingest', password: 'pw' } });
      expect(fieldsOfIngest({ ...secure })).toEqual(expect.arrayContaining(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL_CA_FILE']));
      expect(fieldsOfIngest({ ...secure, KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT' })).toEqual(['KAFKA_SECURITY_PROTOCOL']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const fieldsOfIngest = (environment: Record<string, string | undefined>): string[] => violationsOf(environment).map((v) => v.field);
