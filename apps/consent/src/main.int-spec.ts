import type { ServiceProcess } from '@usm/testing';
import { authEnvOf, authHeaderFor, cityStack, databaseEnvOf, freePort, kafkaEnvOf, registryEnvOf, runSql, spawnService, uniqueName, waitFor } from '@usm/testing';

describe('consent service process', () => {
  const stack = cityStack('incheon');
  const schema = uniqueName('consent_app').replace(/-/g, '_');
  let base = '';
  let app: ServiceProcess;

  beforeAll(async () => {
    // The service runs as the consent role (no superuser); its spec schema belongs to that role.
    const database = databaseEnvOf(stack, 'consent');
    await runSql(stack.database.url, `CREATE SCHEMA ${schema} AUTHORIZATION "${new URL(database['DATABASE_URL'] ?? '').username}"`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = spawnService('apps/consent/src/main.ts', {
      MESH_CITY: 'incheon',
      ...kafkaEnvOf(stack, 'consent'),
      ...registryEnvOf(stack, 'registry-consent'),
      ...database,
      DATABASE_SCHEMA: schema,
      CONSENT_PORT: String(port),
      LOG_LEVEL: 'warn',
      ...authEnvOf(stack, 'consent'),
    });
    await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, { timeoutMs: 90_000, description: `the consent service on ${base}` }).catch((error: Error) => {
      throw new Error(`${error.message}\n${app.output.join('')}`);
    });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await runSql(stack.database.url, `DROP SCHEMA ${schema} CASCADE`);
  });

  it('serves /health/ready, /metrics and the OpenAPI document', async () => {
    const health = await fetch(`${base}/health/ready`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      info: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' }, outboxRelay: { status: 'up', relayStatus: expect.stringMatching(/^(leading|standby)$/), backlogRows: 0 } },
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^# HELP usm_consent_commands_total /m);
    expect(metrics).toMatch(/^usm_event_sourcing_outbox_backlog_rows\{[^}]*relay="[^"]+"[^}]*\} 0$/m);
    expect(metrics).toMatch(/^usm_event_sourcing_outbox_relay_status\{[^}]*status="(leading|standby)"[^}]*\} 1$/m);
    const openApi = (await (await fetch(`${base}/docs-json`, { headers: await authHeaderFor(stack, 'city-admin') })).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openApi.paths)).toContain('/v1/consents/{subjectId}/{purpose}/grant');
  });

  it('answers a query from its read model and refuses a bad command with 400', async () => {
    const subject = uniqueName('psn');
    const desk = await authHeaderFor(stack, 'consent-desk');
    const none = (await (await fetch(`${base}/v1/consents/${subject}/research`, { headers: desk })).json()) as { status: string };
    expect(none.status).toBe('none');
    const bad = await fetch(`${base}/v1/consents/${subject}/research/grant`, { method: 'POST', headers: { 'content-type': 'application/json', ...desk }, body: '{}' });
    expect(bad.status).toBe(400);
  });
});
