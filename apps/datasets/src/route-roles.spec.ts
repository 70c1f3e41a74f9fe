import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const key = join(mkdtempSync(join(tmpdir(), 'datasets-routes-')), 'signing.key');
writeFileSync(key, 'k'.repeat(32));
const config = loadConfig({ ...securedServiceEnv('datasets'), DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon', DATASETS_URL_SIGNING_SECRET_FILE: key });
const table = routeRoleTable(AppModule.register(config));

describe('datasets service route-role table', () => {
  it('declares access beside every route (an undeclared route would be refused to everyone)', () => {
    expect(table.filter((r) => r.access === 'undeclared')).toEqual([]);
  });

  it('requires exactly these roles, trusts no partner issuer, and leaves only probes and signed URLs without a token', () => {
    expect(table.some((r) => r.partners)).toBe(false);
    expect(Object.fromEntries(table.map((r) => [r.route, r.access]))).toEqual({
      'GET /health/ready': 'public',
      'GET /health/live': 'public',
      'GET /metrics': 'public',
      'GET /asyncapi.json': 'any-city-role',
      'GET /v1/audit': ['audit:read'],
      'POST /v1/definitions': ['datasets:define'],
      'GET /v1/definitions/:definitionId': ['datasets:read'],
      'POST /v1/releases': ['datasets:build'],
      'GET /v1/releases': ['datasets:read'],
      'GET /v1/releases/:releaseId': ['datasets:read'],
      'POST /v1/releases/:releaseId/withdraw': ['datasets:withdraw'],
      'GET /v1/releases/:releaseId/lineage/:rowId': ['datasets:read'],
      'GET /v1/catalog': ['datasets:read'],
      'GET /v1/releases/:releaseId/files/:path': ['datasets:download'],
      'POST /v1/releases/:releaseId/files/:path/signed-url': ['datasets:download'],
      'GET /v1/signed/releases/:releaseId/files/:path': 'public',
    });
  });
});
