import { routeRoleTable } from '@usm/security';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const config = loadConfig({ MESH_CITY: 'incheon', AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon', DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon' });
const table = routeRoleTable(AppModule.register(config));

describe('sites service route-role table', () => {
  it('declares access beside every route (an undeclared route would be refused to everyone)', () => {
    expect(table.filter((r) => r.access === 'undeclared')).toEqual([]);
  });

  it('requires exactly these roles, trusts no partner issuer, and leaves only probes and metrics without a token', () => {
    expect(table.some((r) => r.partners)).toBe(false);
    expect(Object.fromEntries(table.map((r) => [r.route, r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
      'GET /asyncapi.json': 'any-city-role',
      'GET /v1/audit': ['audit:read'],
      'GET /v1/sites': ['sites:read'],
      'GET /v1/sites/:siteId': ['sites:read'],
      'POST /v1/sites/import': ['sites:manage'],
      'POST /v1/applications': ['applications:submit'],
      'GET /v1/applications': ['sites:read'],
      'GET /v1/applications/:applicationId': ['sites:read'],
      'POST /v1/applications/:applicationId/screen': ['applications:review'],
      'POST /v1/applications/:applicationId/approve': ['applications:review'],
      'POST /v1/applications/:applicationId/reject': ['applications:review'],
      'POST /v1/applications/:applicationId/schedule': ['applications:review'],
      'POST /v1/applications/:applicationId/start': ['applications:review'],
      'POST /v1/applications/:applicationId/complete': ['applications:review'],
      'POST /v1/applications/:applicationId/withdraw': ['applications:submit'],
    });
  });
});
