import { join } from 'node:path';
import { routeRoleTable } from '@usm/security';
import { securedServiceEnv } from '@usm/testing';
import { AppModule } from './app.module';
import { loadConfig } from './config';

const ruleSet = join(__dirname, '..', '..', '..', 'libs', 'labels', 'rule-sets', 'incheon-child-commute.yaml');
const config = loadConfig({ ...securedServiceEnv('labels'), DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon', LABELS_RULE_SET_FILE: ruleSet });
const table = routeRoleTable(AppModule.register(config));

describe('labels service route-role table', () => {
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
      'POST /v1/task-sets': ['labels:manage'],
      'GET /v1/task-sets/:taskSetId/tasks/next': ['labels:annotate'],
      'GET /v1/task-sets/:taskSetId/agreement': ['labels:read'],
      'POST /v1/tasks/:taskId/answers': ['labels:annotate'],
      'POST /v1/model-labels': ['labels:submit-model'],
      'GET /v1/events/:eventId/labels': ['labels:read'],
    });
  });
});
