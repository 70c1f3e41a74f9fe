import { contextEnvOf } from './context-env';
import { parseNodeConfig } from './load-node-config';
import { validNodeDocument } from './node-config.fixture';
import { nodeConfigSchema } from './node-config.schema';

const config = parseNodeConfig(nodeConfigSchema(['ingest', 'privacy']), validNodeDocument());

describe('contextEnvOf', () => {
  it('gives a context the environment of its standalone app: its own principal, registry client, database role and port', () => {
    expect(contextEnvOf(config, 'ingest', 'INGEST_')).toEqual({
      MESH_CITY: 'incheon',
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: '127.0.0.1:23092',
      KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_SSL_CA_FILE: '/srv/mesh/secrets/incheon/kafka/ca.pem',
      KAFKA_SASL_USERNAME: 'ingest',
      KAFKA_SASL_PASSWORD_FILE: '/srv/mesh/secrets/incheon/kafka/ingest.password',
      SCHEMA_REGISTRY_URL: 'http://127.0.0.1:23081/apis/ccompat/v7',
      SCHEMA_REGISTRY_CLIENT_ID: 'registry-ingest',
      SCHEMA_REGISTRY_CLIENT_SECRET_FILE: '/srv/mesh/secrets/incheon/registry/registry-ingest.secret',
      DATABASE_URL: 'postgres://usm_incheon_ingest@127.0.0.1:5432/usm',
      DATABASE_PASSWORD_FILE: '/srv/mesh/secrets/incheon/postgres/ingest.password',
      AUTH_ISSUER: 'http://127.0.0.1:23080/realms/incheon',
      AUTH_PARTNER_ISSUERS: 'barcelona=http://127.0.0.1:23080/realms/barcelona',
      INGEST_HOST: '127.0.0.1',
      INGEST_PORT: '23010',
      MQTT_URL: 'mqtt://127.0.0.1:23083',
    });
  });

  it('keeps contexts apart: privacy gets its principal, its client and its settings, none of ingest\'s', () => {
    const env = contextEnvOf(config, 'privacy', 'PRIVACY_');
    expect(env).toMatchObject({ KAFKA_SASL_USERNAME: 'privacy', AUTH_CLIENT_ID: 'privacy', PRIVACY_PORT: '23011', PRIVACY_POLICY_FILE: '/srv/mesh/policies/default.yaml' });
    expect(env).not.toHaveProperty('DATABASE_URL');
    expect(env).not.toHaveProperty('MQTT_URL');
    expect(env).not.toHaveProperty('INGEST_PORT');
  });

  it('hands over only the variables passEnvironment names from the node\'s environment', () => {
    const env = contextEnvOf(config, 'privacy', 'PRIVACY_', { USM_PRIVACY_HMAC_SECRET: 'k'.repeat(32), KAFKA_SASL_USERNAME: 'admin', MESH_INSECURE: 'true' });
    expect(env['USM_PRIVACY_HMAC_SECRET']).toBe('k'.repeat(32));
    expect(env['KAFKA_SASL_USERNAME']).toBe('privacy');
    expect(env).not.toHaveProperty('MESH_INSECURE');
  });

  it('turns verification off only for an insecure node, which then has no issuer', () => {
    const insecure = parseNodeConfig(nodeConfigSchema(['ingest']), { city: 'incheon', statusPort: 3009, kafka: { brokers: ['localhost:9092'], securityProtocol: 'PLAINTEXT' }, registry: { url: 'http://localhost:8081' }, auth: { insecure: true, issuer: 'http://idp/realms/incheon' }, contexts: { ingest: { port: 3000 } } });
    const env = contextEnvOf(insecure, 'ingest', 'INGEST_');
    expect(env['MESH_INSECURE']).toBe('true');
    expect(env).not.toHaveProperty('AUTH_ISSUER');
  });

  it('refuses a context the configuration does not hold', () => {
    expect(() => contextEnvOf(config, 'datasets', 'DATASETS_')).toThrow('context datasets is not configured');
  });
});
