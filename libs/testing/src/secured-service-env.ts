import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The environment a service's config needs to load on the secure defaults (SASL_SSL, a token issuer), for
 * unit specs that build the app module without connecting: the CA and password files are placeholders.
 */
export function securedServiceEnv(service: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), `${service}-spec-secrets-`));
  writeFileSync(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n');
  writeFileSync(join(dir, `${service}.password`), 'spec-password');
  return {
    MESH_CITY: 'incheon',
    AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
    KAFKA_BROKERS: '127.0.0.1:19092',
    KAFKA_SASL_USERNAME: service,
    KAFKA_SASL_PASSWORD_FILE: join(dir, `${service}.password`),
    KAFKA_SSL_CA_FILE: join(dir, 'ca.pem'),
    SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7',
  };
}
