import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { SchemaRegistry, aclEntryOf, bindingsOf, consumes, createKafka } from '@usm/messaging';
import type { ServiceProcess } from '@usm/testing';
import { Client } from 'pg';
import { authEnvOf, authHeaderFor, cityStack, freePort, kafkaConnectionOf, kafkaEnvOf, registryCredentialsOf, registryEnvOf, runSql, spawnService, uniqueName, waitFor } from '@usm/testing';

const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const adminKafka = () => createKafka(kafkaConnectionOf(incheon, 'admin', 'federation-app-spec'));
const passwordFile = (city: typeof incheon, principal: string) => city.kafka.security.principals[principal]?.passwordFile ?? `/missing/${principal}`;
const run = uniqueName('fedapp');
const agreementsTopic = `${run}-${topicCatalog.agreements.name}`;
const schema = run.replace(/-/g, '_');
const cacheDir = join(homedir(), '.cache', 'urban-safety-mesh');
const classpathFile = join(cacheDir, readdirSync(cacheDir).find((f) => /^kafka-.*\.classpath$/.test(f)) ?? 'missing.classpath');

let app: ServiceProcess;
let base: string;

beforeAll(async () => {
  const admin = adminKafka().admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: agreementsTopic, numPartitions: 3, replicationFactor: 1 }] });
  // topics:apply grants the federation principal the catalog's own names; this run's topic gets the same rules.
  await admin.createAcls({ acl: bindingsOf('federation', consumes(agreementsTopic)).map(aclEntryOf) });
  await admin.disconnect();
  await new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-provisioning') }).register(subjectOf(agreementsTopic), loadValueSchema(topicCatalog.agreements) as never);
  await runSql(incheon.database.url, `CREATE SCHEMA "${schema}"`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = spawnService('apps/federation/src/main.ts', {
    MESH_CITY: 'incheon',
    ...kafkaEnvOf(incheon, 'federation'),
    ...registryEnvOf(incheon, 'registry-federation'),
    DATABASE_URL: incheon.database.url,
    DATABASE_SCHEMA: schema,
    FEDERATION_PARTNERS: `barcelona=${barcelona.kafka.bootstrapServers.join(',')}`,
    FEDERATION_TOPIC_PREFIX: `${run}-`,
    FEDERATION_WORK_DIR: mkdtempSync(join(tmpdir(), 'fed-app-')),
    FEDERATION_PORT: String(port),
    MIRROR_MAKER_CLASSPATH_FILE: classpathFile,
    FEDERATION_PARTNER_CA_FILES: `barcelona=${barcelona.kafka.security.caFile}`,
    FEDERATION_MM2_PASSWORD_FILES: `barcelona=${passwordFile(barcelona, 'mm2-incheon')}`,
    FEDERATION_PARTNER_PASSWORD_FILES: `barcelona=${passwordFile(incheon, 'partner-barcelona')}`,
    ...authEnvOf(incheon, 'federation'),
  });
  const operator = await authHeaderFor(incheon, 'operator');
  await waitFor(async () => ((await (await fetch(`${base}/federation/status`, { headers: operator })).json()) as { caughtUp: boolean }).caughtUp, { timeoutMs: 90_000, description: 'federation to answer and catch up' }).catch((error: Error) => {
    throw new Error(`${error.message}\n${app.output.join('')}`);
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await runSql(incheon.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  const admin = adminKafka().admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [agreementsTopic] });
  await admin.deleteAcls({ filters: bindingsOf('federation', consumes(agreementsTopic)).map(aclEntryOf) });
  await admin.disconnect();
}, 60_000);

describe('apps/federation, started with node -r @swc-node/register', () => {
  it('migrates its audit table at boot, reports its dependencies on /health and audits the startup reconciliation', async () => {
    const health = (await (await fetch(`${base}/health/ready`)).json()) as { status: string; details: Record<string, { status: string }> };
    expect(health).toMatchObject({ status: 'ok', details: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' }, mirrorMaker: { status: 'up' } } });
    const client = new Client({ connectionString: incheon.database.url });
    await client.connect();
    const { rows } = await client.query<{ trigger: string; outcome: string }>(`SELECT trigger, outcome FROM "${schema}".federation_replication_audit`);
    await client.end();
    expect(rows).toEqual([{ trigger: 'startup', outcome: 'unchanged' }]);
  });

  it('shows no flow and a stopped MirrorMaker 2 without agreements, and exposes federation metrics', async () => {
    const status = await (await fetch(`${base}/federation/status`, { headers: await authHeaderFor(incheon, 'operator') })).json();
    expect(status).toMatchObject({ city: 'incheon', caughtUp: true, flows: [], agreements: [], mirrorMaker: { status: 'stopped' }, lastError: null });
    await waitFor(async () => (await (await fetch(`${base}/metrics`)).text()).includes('usm_federation_mirror_maker_up'), { timeoutMs: 15_000, description: 'federation gauges' });
  });

  it('answers 401 without a valid token, 403 to a persona without federation:read, and the status to an operator', async () => {
    for (const path of ['/federation/status', '/v1/audit', '/no-such-path']) expect((await fetch(`${base}${path}`)).status).toBe(401);
    const status = async (persona: string) => (await fetch(`${base}/federation/status`, { headers: await authHeaderFor(incheon, persona) })).status;
    expect(await status('integrator')).toBe(401);
    expect(await status('city-admin')).toBe(200);
    expect(await status('operator')).toBe(200);
    const audit = async (persona: string) => (await fetch(`${base}/v1/audit`, { headers: await authHeaderFor(incheon, persona) })).status;
    expect(await audit('operator')).toBe(403);
    expect(await audit('dpo')).toBe(200);
  });

  it('writes structured JSON logs tagged with service and city', () => {
    const lines = app.output.join('').split('\n').filter((line) => line.startsWith('{"level":"info"'));
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ service: 'federation', city: 'incheon', msg: 'agreements replayed; replication follows them from now on' }));
  });

  it('refuses to start on a bad environment, naming the variables', async () => {
    const broken = spawnService('apps/federation/src/main.ts', { MESH_CITY: 'incheon', KAFKA_BROKERS: 'nohost', SCHEMA_REGISTRY_URL: incheon.registry.url, DATABASE_URL: incheon.database.url, MIRROR_MAKER_CLASSPATH_FILE: classpathFile, FEDERATION_PARTNERS: 'barcelona' });
    expect(await broken.exited).toBe(1);
    const output = broken.output.join('');
    expect(output).toMatch(/KAFKA_BROKERS: must be host:port/);
    expect(output).toMatch(/FEDERATION_PARTNERS: /);
    expect(readFileSync(classpathFile, 'utf8').length).toBeGreaterThan(0);
  });
});
