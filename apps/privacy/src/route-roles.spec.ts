import { routeRoleTable } from '@usm/security';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const config = loadConfig({
  MESH_CITY: 'incheon',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
  KAFKA_BROKERS: '127.0.0.1:19092',
  KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT',
  MESH_INSECURE: 'true',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7',
  PRIVACY_POLICY_FILE: '/etc/usm/privacy-policy.yaml',
});
const table = routeRoleTable(AppModule.register(config));

describe('privacy service route-role table', () => {
  it('serves only the public probes and metrics; every other path needs a token', () => {
    expect(Object.fromEntries(table.map((r) => [r.route, r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
    });
  });
});
