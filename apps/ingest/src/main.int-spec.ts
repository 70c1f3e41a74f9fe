import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cityStack, uniqueName, waitFor } from '@usm/testing';
import { Client } from 'pg';

const workspaceRoot = join(__dirname, '..', '..', '..');
const city = cityStack('incheon');
const database = uniqueName('ingest_app_spec').replace(/-/g, '_');
const databaseUrl = Object.assign(new URL(city.database.url), { pathname: `/${database}` }).toString();

interface RunningApp {
  readonly process: ChildProcess;
  readonly output: string[];
  readonly exited: Promise<number | null>;
}

/** Starts apps/ingest exactly as documented: node with @swc-node/register, configured by the environment only. */
function runIngest(env: Record<string, string>): RunningApp {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/ingest/src/main.ts'], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: 'tsconfig.json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output, exited };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: city.database.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let app: RunningApp;
let base: string;

beforeAll(async () => {
  await onServer(`CREATE DATABASE "${database}"`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = runIngest({
    MESH_CITY: 'incheon',
    KAFKA_BROKERS: city.kafka.bootstrapServers.join(','),
    SCHEMA_REGISTRY_URL: city.registry.url,
    DATABASE_URL: databaseUrl,
    INGEST_PORT: String(port),
    INGEST_MAX_BODY_BYTES: '4096',
  });
  await waitFor(async () => (await fetch(`${base}/health`)).ok, { timeoutMs: 90_000, description: 'ingest to answer /health' }).catch((error: Error) => {
    throw new Error(`${error.message}\n${app.output.join('')}`);
  });
}, 120_000);

afterAll(async () => {
  app?.process.kill('SIGTERM');
  await app?.exited;
  await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

describe('apps/ingest, started with node -r @swc-node/register', () => {
  it('migrates its database at boot and reports Kafka, registry and database up', async () => {
    const health = (await (await fetch(`${base}/health`)).json()) as { status: string; details: Record<string, { status: string }> };
    expect(health).toMatchObject({ status: 'ok', details: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' } } });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT to_regclass('public.ingest_ledger')::text AS name`);
    await client.end();
    expect(rows[0]?.name).toBe('ingest_ledger');
  });

  it('serves the OpenAPI document at /docs-json and its UI at /docs', async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/events', '/health', '/metrics']));
    expect(JSON.stringify(document.paths['/v1/events']?.['post']?.requestBody)).toContain('"x-privacy":"direct"');
    const ui = await fetch(`${base}/docs`);
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers contract violations with 400 and oversized bodies with a JSON 413', async () => {
    const post = (body: string) => fetch(`${base}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const invalid = await post(JSON.stringify({ events: [{ city: 'osaka' }] }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'INGEST.INVALID_EVENTS', violations: expect.arrayContaining([{ field: 'events[0].city', rule: 'nodeCity', message: expect.any(String) }]) });
    const oversized = await post(JSON.stringify({ description: 'x'.repeat(5_000) }));
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({ code: 'HTTP.PAYLOAD_TOO_LARGE', message: 'Request body exceeds the limit of 4096 bytes; send fewer events per request' });
  });

  it('writes structured JSON logs tagged with service and city', () => {
    const lines = app.output.join('').split('\n').filter((line) => line.startsWith('{"level":"info"'));
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ service: 'ingest', city: 'incheon', msg: 'Nest application successfully started' }),
    );
  });

  it('refuses to start on a bad environment, naming the variable', async () => {
    const broken = runIngest({ MESH_CITY: 'incheon', SCHEMA_REGISTRY_URL: city.registry.url, DATABASE_URL: databaseUrl, INGEST_PORT: 'eighty' });
    expect(await broken.exited).toBe(1);
    const output = broken.output.join('');
    expect(output).toMatch(/KAFKA_BROKERS: is required/);
    expect(output).toMatch(/INGEST_PORT: /);
  });
});
