import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const config = loadConfig({
  ...securedServiceEnv('ingest'),
  DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon',
});
const table = routeRoleTable(AppModule.register(config));

describe('ingest route-role table', () => {
  it('declares access beside every route (an undeclared route would be refused to everyone)', () => {
    expect(table.filter((r) => r.access === 'undeclared')).toEqual([]);
  });

  it('requires exactly these roles and trusts no partner', () => {
    expect(table.filter((r) => r.partners)).toEqual([]);
    expect(Object.fromEntries(table.map((r) => [r.route, r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
      'GET /asyncapi.json': 'any-city-role',
      'GET /v1/audit': ['audit:read'],
      'POST /v1/events': ['ingest:write'],
    });
  });
});
