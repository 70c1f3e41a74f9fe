import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const classpathFile = join(tmpdir(), `federation-config-spec-${process.pid}.classpath`);
writeFileSync(classpathFile, '/jars/kafka-clients.jar:/jars/connect-mirror.jar\n');
afterAll(() => rmSync(classpathFile, { force: true }));

const required = {
  MESH_CITY: 'incheon',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
  KAFKA_BROKERS: '127.0.0.1:19092',
  // The secure default is covered by its own test below; the rest of this spec is about other variables.
  KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT',
  MESH_INSECURE: 'true',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7/',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mesh_incheon',
  MIRROR_MAKER_CLASSPATH_FILE: classpathFile,
};

function fieldsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map((v) => v.field);
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('reads partners with their brokers, the classpath and the defaults', () => {
    const config = loadConfig({ ...required, FEDERATION_PARTNERS: 'barcelona=127.0.0.1:19192; osaka=10.0.0.5:9092,10.0.0.6:9092' });
    expect(config.federation.partners).toEqual([
      { alias: 'barcelona', bootstrapServers: ['127.0.0.1:19192'] },
      { alias: 'osaka', bootstrapServers: ['10.0.0.5:9092', '10.0.0.6:9092'] },
    ]);
    expect(config.federation.mirrorMaker).toMatchObject({ classpath: '/jars/kafka-clients.jar:/jars/connect-mirror.jar', javaBin: 'java', jvmOptions: ['-Xms128M', '-Xmx512M'], settings: { replicationFactor: 1, refreshTopicsSeconds: 5 } });
    expect(config.federation.mirrorMaker.workDir).toMatch(/\.mesh\/federation\/incheon$/);
    expect(config).toMatchObject({ registryUrl: 'http://127.0.0.1:19081/apis/ccompat/v7', http: { port: 3040 }, federation: { topicPrefix: '', retryDelayMs: 2_000, brokerAcls: false } });
  });

  it('names every missing required variable', () => {
    expect(fieldsOf({})).toEqual(['MESH_CITY', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL', 'MIRROR_MAKER_CLASSPATH_FILE', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL_CA_FILE', 'AUTH_ISSUER']);
  });

  it('with FEDERATION_RUNTIME=strimzi writes KafkaMirrorMaker2 resources instead of running MirrorMaker 2: no classpath, an output directory', () => {
    const { MIRROR_MAKER_CLASSPATH_FILE: _classpath, ...withoutClasspath } = required;
    expect(fieldsOf({ ...withoutClasspath, FEDERATION_RUNTIME: 'strimzi' })).toEqual(['FEDERATION_STRIMZI_DIR']);
    const config = loadConfig({ ...withoutClasspath, FEDERATION_RUNTIME: 'strimzi', FEDERATION_STRIMZI_DIR: '/var/run/federation/strimzi', FEDERATION_PARTNERS: 'barcelona=kafka.barcelona.example:9093' });
    expect(config.federation.runtime).toEqual({
      kind: 'strimzi',
      directory: '/var/run/federation/strimzi',
      local: { city: 'incheon', bootstrapServers: '127.0.0.1:19092', caSecret: 'incheon-cluster-ca-cert' },
      partners: [{ city: 'barcelona', bootstrapServers: 'kafka.barcelona.example:9093', caSecret: 'barcelona-cluster-ca-cert' }],
    });
    expect(loadConfig(required).federation.runtime).toBeUndefined();
  });

  it('refuses malformed partners, the city as its own partner and an unreadable classpath, naming the variable', () => {
    expect(fieldsOf({ ...required, FEDERATION_PARTNERS: 'Barcelona=127.0.0.1:1' })).toEqual(['FEDERATION_PARTNERS']);
    expect(fieldsOf({ ...required, FEDERATION_PARTNERS: 'barcelona=localhost' })).toEqual(['FEDERATION_PARTNERS']);
    expect(() => loadConfig({ ...required, FEDERATION_PARTNERS: 'incheon=127.0.0.1:1' })).toThrow(/^FEDERATION_PARTNERS: must not list this city/);
    expect(() => loadConfig({ ...required, MIRROR_MAKER_CLASSPATH_FILE: '/nonexistent/kafka.classpath' })).toThrow(/^MIRROR_MAKER_CLASSPATH_FILE: /);
    expect(() => loadConfig({ ...required, MIRROR_MAKER_HEAP: 'lots' })).toThrow(/^MIRROR_MAKER_HEAP: /);
  });

  it('connects as its own principal over SASL_SSL by default, reading the CA and the password from their files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-config-spec-'));
    const pem = '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n';
    writeFileSync(join(dir, 'ca.pem'), pem);
    writeFileSync(join(dir, 'federation.password'), 'pw');
    const { KAFKA_SECURITY_PROTOCOL: _protocol, MESH_INSECURE: _insecure, ...secure } = required;
    const kafkaEnv = { KAFKA_SASL_USERNAME: 'federation', KAFKA_SASL_PASSWORD_FILE: join(dir, 'federation.password'), KAFKA_SSL_CA_FILE: join(dir, 'ca.pem') };
    try {
      expect(loadConfig({ ...secure, ...kafkaEnv }).kafkaSecurity).toEqual({ ca: pem, sasl: { mechanism: 'scram-sha-512', username: 'federation', password: 'pw' } });
      expect(fieldsOf({ ...secure })).toEqual(expect.arrayContaining(['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD_FILE', 'KAFKA_SSL_CA_FILE']));
      expect(fieldsOf({ ...secure, KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT' })).toEqual(['KAFKA_SECURITY_PROTOCOL']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives MirrorMaker 2 each partner CA and the principals issued for it over SASL_SSL, manages partner rules, and names a partner missing its files', () => {
    const { KAFKA_SECURITY_PROTOCOL: _protocol, MESH_INSECURE: _insecure, ...secure } = required;
    const caFile = join(tmpdir(), `federation-config-spec-${process.pid}.pem`);
    writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n');
    const kafkaEnv = { KAFKA_SASL_USERNAME: 'federation', KAFKA_SASL_PASSWORD: 'pw', KAFKA_SSL_CA_FILE: caFile };
    const env = {
      ...secure,
      ...kafkaEnv,
      FEDERATION_PARTNERS: 'barcelona=127.0.0.1:19192',
      FEDERATION_PARTNER_CA_FILES: 'barcelona=/s/barcelona/ca.pem',
      FEDERATION_MM2_PASSWORD_FILES: 'barcelona=/s/barcelona/mm2-incheon.password',
      FEDERATION_PARTNER_PASSWORD_FILES: 'barcelona=/s/incheon/partner-barcelona.password',
    };
    expect(loadConfig(env).federation).toMatchObject({
      brokerAcls: true,
      localSecurity: { caFile, passwordFiles: { 'partner-barcelona': '/s/incheon/partner-barcelona.password' } },
      partners: [{ alias: 'barcelona', security: { caFile: '/s/barcelona/ca.pem', passwordFiles: { 'mm2-incheon': '/s/barcelona/mm2-incheon.password' } } }],
    });
    expect(fieldsOf({ ...env, FEDERATION_MM2_PASSWORD_FILES: '' })).toEqual(['FEDERATION_MM2_PASSWORD_FILES']);
    expect(fieldsOf({ ...env, FEDERATION_PARTNER_CA_FILES: 'barcelona=relative.pem' })).toEqual(['FEDERATION_PARTNER_CA_FILES']);
    rmSync(caFile, { force: true });
  });
});
