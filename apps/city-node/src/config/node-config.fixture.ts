/** A valid node document of the shape `npm start` writes, for specs to break one field at a time. */
export function validNodeDocument(): Record<string, unknown> {
  const secrets = '/srv/mesh/secrets/incheon';
  return {
    city: 'incheon',
    statusPort: 23019,
    kafka: { brokers: ['127.0.0.1:23092'], caFile: `${secrets}/kafka/ca.pem` },
    registry: { url: 'http://127.0.0.1:23081/apis/ccompat/v7' },
    auth: { issuer: 'http://127.0.0.1:23080/realms/incheon', partnerIssuers: { barcelona: 'http://127.0.0.1:23080/realms/barcelona' } },
    passEnvironment: ['USM_PRIVACY_HMAC_SECRET'],
    contexts: {
      ingest: {
        port: 23010,
        kafka: { username: 'ingest', passwordFile: `${secrets}/kafka/ingest.password` },
        registryClient: { clientId: 'registry-ingest', secretFile: `${secrets}/registry/registry-ingest.secret` },
        database: { url: 'postgres://usm_incheon_ingest@127.0.0.1:5432/usm', passwordFile: `${secrets}/postgres/ingest.password` },
        settings: { MQTT_URL: 'mqtt://127.0.0.1:23083' },
      },
      privacy: {
        port: 23011,
        kafka: { username: 'privacy', passwordFile: `${secrets}/kafka/privacy.password` },
        client: { clientId: 'privacy', secretFile: `${secrets}/identity/privacy.secret` },
        settings: { PRIVACY_POLICY_FILE: '/srv/mesh/policies/default.yaml' },
      },
    },
  };
}
