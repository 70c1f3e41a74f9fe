import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const config = loadConfig({
  ...securedServiceEnv('privacy'),
  PRIVACY_POLICY_FILE: '/etc/usm/privacy-policy.yaml',
});
const table = routeRoleTable(AppModule.register(config));

describe('privacy service route-role table', () => {
  it('serves the public probes and metrics, and its AsyncAPI document to any role of the city', () => {
    expect(Object.fromEntries(table.map((r) => [r.route, r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
      'GET /asyncapi.json': 'any-city-role',
    });
  });
});
