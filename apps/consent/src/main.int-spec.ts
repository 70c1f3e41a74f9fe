import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { cityStack, uniqueName, waitFor } from '@usm/testing';

const root = join(__dirname, '..', '..', '..');

async function sql(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

describe('consent service process', () => {
  const stack = cityStack('incheon');
  const schema = uniqueName('consent_app').replace(/-/g, '_');
  const port = 20_000 + Math.floor(Math.random() * 10_000);
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    await sql(stack.database.url, `CREATE SCHEMA ${schema}`);
    const env = {
      ...process.env,
      SWC_NODE_PROJECT: join(root, 'tsconfig.json'),
      MESH_CITY: 'incheon',
      KAFKA_BROKERS: stack.kafka.bootstrapServers.join(','),
      SCHEMA_REGISTRY_URL: stack.registry.url,
      DATABASE_URL: stack.database.url,
      DATABASE_SCHEMA: schema,
      CONSENT_PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, 'apps/consent/src/main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(async () => (await fetch(`${base}/health`)).ok, { timeoutMs: 90_000, description: `the consent service on ${base} (output: ${output})` });
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((resolve) => (child?.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    await sql(stack.database.url, `DROP SCHEMA ${schema} CASCADE`);
  });

  it('serves /health, /metrics and the OpenAPI document', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' } } });
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^# HELP ledger_commands_total /m);
    const openApi = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openApi.paths)).toContain('/v1/consents/{subjectId}/{purpose}/grant');
  });

  it('answers a query from its read model and refuses a bad command with 400', async () => {
    const subject = uniqueName('psn');
    const none = (await (await fetch(`${base}/v1/consents/${subject}/research`)).json()) as { status: string };
    expect(none.status).toBe('none');
    const bad = await fetch(`${base}/v1/consents/${subject}/research/grant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(400);
  });
});
