import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const config = loadConfig({
  ...securedServiceEnv('consent'),
  DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon',
});
const table = routeRoleTable(AppModule.register(config));

describe('consent service route-role table', () => {
  it('declares access beside every route (an undeclared route would be refused to everyone)', () => {
    expect(table.filter((r) => r.access === 'undeclared')).toEqual([]);
  });

  it('requires exactly these roles, and trusts partners only to sign and read agreements', () => {
    expect(Object.fromEntries(table.map((r) => [r.route, r.partners ? [r.access, 'partners'] : r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
      'GET /asyncapi.json': 'any-city-role',
      'GET /v1/audit': ['audit:read'],
      'POST /v1/consents/:subjectId/:purpose/grant': ['consent:write'],
      'POST /v1/consents/:subjectId/:purpose/revoke': ['consent:write'],
      'POST /v1/consents/:subjectId/:purpose/renew': ['consent:write'],
      'GET /v1/consents/:subjectId/history': ['consent:read'],
      'GET /v1/consents/:subjectId/:purpose': ['consent:read'],
      'POST /v1/agreements': ['agreements:draft'],
      'POST /v1/agreements/:agreementId/propose': ['agreements:draft'],
      'POST /v1/agreements/:agreementId/sign': [['agreements:sign'], 'partners'],
      'POST /v1/agreements/:agreementId/activate': ['agreements:activate'],
      'POST /v1/agreements/:agreementId/suspend': ['agreements:activate'],
      'POST /v1/agreements/:agreementId/terminate': ['agreements:activate'],
      'GET /v1/agreements/active': [['agreements:read'], 'partners'],
      'GET /v1/agreements/:agreementId': [['agreements:read'], 'partners'],
      'GET /v1/legal-basis/allows': ['legal-basis:read'],
      'GET /v1/read-models': ['read-models:read'],
      'POST /v1/read-models/:name/rebuild': ['read-models:rebuild'],
    });
  });
});
