import { rmSync, writeFileSync } from 'node:fs';
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
    expect(config).toMatchObject({ registryUrl: 'http://127.0.0.1:19081/apis/ccompat/v7', http: { port: 3040 }, federation: { topicPrefix: '', catchUpQuietMs: 3_000 } });
  });

  it('names every missing required variable', () => {
    expect(fieldsOf({})).toEqual(['MESH_CITY', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL', 'MIRROR_MAKER_CLASSPATH_FILE', 'AUTH_ISSUER']);
  });

  it('refuses malformed partners, the city as its own partner and an unreadable classpath, naming the variable', () => {
    expect(fieldsOf({ ...required, FEDERATION_PARTNERS: 'Barcelona=127.0.0.1:1' })).toEqual(['FEDERATION_PARTNERS']);
    expect(fieldsOf({ ...required, FEDERATION_PARTNERS: 'barcelona=localhost' })).toEqual(['FEDERATION_PARTNERS']);
    expect(() => loadConfig({ ...required, FEDERATION_PARTNERS: 'incheon=127.0.0.1:1' })).toThrow(/^FEDERATION_PARTNERS: must not list this city/);
    expect(() => loadConfig({ ...required, MIRROR_MAKER_CLASSPATH_FILE: '/nonexistent/kafka.classpath' })).toThrow(/^MIRROR_MAKER_CLASSPATH_FILE: /);
    expect(() => loadConfig({ ...required, MIRROR_MAKER_HEAP: 'lots' })).toThrow(/^MIRROR_MAKER_HEAP: /);
  });
});
