import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const classpathFile = join(tmpdir(), `federation-route-roles-${process.pid}.classpath`);
writeFileSync(classpathFile, '/jars/connect-mirror.jar\n');
afterAll(() => rmSync(classpathFile, { force: true }));

describe('federation route-role table', () => {
  const table = routeRoleTable(
    AppModule.register(
      loadConfig({
        ...securedServiceEnv('federation'),
        DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon',
        MIRROR_MAKER_CLASSPATH_FILE: classpathFile,
      }),
    ),
  );

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
      'GET /federation/status': ['federation:read'],
    });
  });
});
