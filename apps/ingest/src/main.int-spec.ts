import { randomUUID } from 'node:crypto';
import type { MosquittoBroker, ServiceProcess } from '@usm/testing';
import { connectAsync } from 'mqtt';
import { logLevel } from 'kafkajs';
import { topicCatalog } from '@usm/contracts';
import { createKafka } from '@usm/messaging';
import { Client } from 'pg';
import { authEnvOf, authHeaderFor, cityStack, freePort, kafkaConnectionOf, kafkaEnvOf, registryEnvOf, runSql, spawnService, startMosquitto, uniqueName, waitFor } from '@usm/testing';

const city = cityStack('incheon');
const database = uniqueName('ingest_app_spec').replace(/-/g, '_');
const databaseUrl = Object.assign(new URL(city.database.url), { pathname: `/${database}` }).toString();

let app: ServiceProcess;
let base: string;
let broker: MosquittoBroker;
const mqttAccount = { username: 'incheon-ingest', password: 'ingest-secret' };
const sensor = { username: 'radar-incheon-009', password: 'sensor-secret' };

beforeAll(async () => {
  await runSql(city.database.url, `CREATE DATABASE "${database}"`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  broker = await startMosquitto('incheon', mqttAccount, [sensor]);
  app = spawnService('apps/ingest/src/main.ts', {
    MESH_CITY: 'incheon',
    ...kafkaEnvOf(city, 'ingest'),
    ...registryEnvOf(city, 'registry-ingest'),
    DATABASE_URL: databaseUrl,
    INGEST_PORT: String(port),
    INGEST_MAX_BODY_BYTES: '4096',
    ...authEnvOf(city, 'ingest'),
    MQTT_URL: broker.url,
    MQTT_USERNAME: mqttAccount.username,
    MQTT_PASSWORD: mqttAccount.password,
  });
  await waitFor(async () => (await fetch(`${base}/health/ready`)).ok, { timeoutMs: 90_000, description: 'ingest to answer /health/ready' }).catch((error: Error) => {
    throw new Error(`${error.message}\n${app.output.join('')}`);
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await broker?.stop();
  await runSql(city.database.url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

describe('apps/ingest, started with node -r @swc-node/register', () => {
  it('migrates its database at boot and reports Kafka, registry and database up', async () => {
    const health = (await (await fetch(`${base}/health/ready`)).json()) as { status: string; details: Record<string, { status: string }> };
    expect(health).toMatchObject({ status: 'ok', details: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' } } });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT to_regclass('public.ingest_ledger')::text AS name`);
    await client.end();
    expect(rows[0]?.name).toBe('ingest_ledger');
  });

  it('serves the OpenAPI document at /docs-json and its UI at /docs', async () => {
    const document = (await (await fetch(`${base}/docs-json`, { headers: await authHeaderFor(city, 'city-admin') })).json()) as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/events', '/health/ready', '/metrics', '/v1/audit']));
    expect(JSON.stringify(document.paths['/v1/events']?.['post']?.requestBody)).toContain('"x-privacy":"direct"');
    const ui = await fetch(`${base}/docs`, { headers: await authHeaderFor(city, 'city-admin') });
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('serves the AsyncAPI document at /asyncapi.json to a city persona, never without a token', async () => {
    expect((await fetch(`${base}/asyncapi.json`)).status).toBe(401);
    const answer = await fetch(`${base}/asyncapi.json`, { headers: await authHeaderFor(city, 'integrator') });
    expect(answer.status).toBe(200);
    const document = (await answer.json()) as { asyncapi: string; channels: Record<string, { address: string }> };
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.values(document.channels).map((channel) => channel.address)).toContain('safety.events.raw.v1');
  });

  it('answers a sensor\'s bad MQTT payload on its error topic (the MQTT adapter runs in the app)', async () => {
    const device = await connectAsync(broker.url, { ...sensor, clientId: uniqueName('sensor'), protocolVersion: 5, reconnectPeriod: 0 });
    try {
      const replies: string[] = [];
      device.on('message', (_topic, payload) => replies.push(payload.toString()));
      await device.subscribeAsync(`mesh/incheon/errors/${sensor.username}`, { qos: 1 });
      await device.publishAsync(`mesh/incheon/events/${sensor.username}`, '{"eventId": 42', { qos: 1 });
      const reply = await waitFor(() => replies[0], { timeoutMs: 30_000, description: 'the error reply' });
      expect(JSON.parse(reply)).toEqual({ code: 'INGEST.INVALID_EVENTS', violations: [{ field: '(payload)', rule: 'json', message: 'must be one JSON event object' }] });
    } finally {
      await device.endAsync(true);
    }
  });

  it('produces a sensor\'s valid QoS 1 MQTT event to safety.events.raw.v1, read back by an independent consumer', async () => {
    const now = Date.now();
    const eventId = randomUUID();
    const event = {
      eventId,
      city: 'incheon',
      source: { systemId: sensor.username, kind: 'trafficHazardDetector', legalBasis: 'publicTask' },
      category: 'traffic',
      subCategory: 'carAccident',
      severity: 'high',
      occurredAt: new Date(now - 5_000).toISOString(),
      reportedAt: new Date(now).toISOString(),
      location: { latitude: 37.4563, longitude: 126.7052 },
    };
    const kafka = createKafka({ ...kafkaConnectionOf(city, 'admin', uniqueName('ingest-app-spec-reader')), logLevel: logLevel.WARN });
    const consumer = kafka.consumer({ groupId: uniqueName('ingest-app-spec-reader') });
    const keys: string[] = [];
    await consumer.connect();
    const device = await connectAsync(broker.url, { ...sensor, clientId: uniqueName('sensor'), protocolVersion: 5, reconnectPeriod: 0 });
    try {
      await consumer.subscribe({ topic: topicCatalog.safetyEventsRaw.name, fromBeginning: true });
      await consumer.run({ eachMessage: ({ message }) => Promise.resolve(void keys.push(message.key?.toString() ?? '')) });
      await device.publishAsync(`mesh/incheon/events/${sensor.username}`, JSON.stringify(event), { qos: 1 });
      await waitFor(() => keys.includes(eventId), { timeoutMs: 60_000, description: `event ${eventId} on ${topicCatalog.safetyEventsRaw.name}` });
    } finally {
      await device.endAsync(true);
      await consumer.disconnect();
    }
  });

  it('answers contract violations with 400 and oversized bodies with a JSON 413', async () => {
    const headers = { 'content-type': 'application/json', ...(await authHeaderFor(city, 'integrator')) };
    const post = (body: string) => fetch(`${base}/v1/events`, { method: 'POST', headers, body });
    const invalid = await post(JSON.stringify({ events: [{ city: 'osaka' }] }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ code: 'INGEST.INVALID_EVENTS', violations: expect.arrayContaining([{ field: 'events[0].city', rule: 'nodeCity', message: expect.any(String) }]) });
    const oversized = await post(JSON.stringify({ description: 'x'.repeat(5_000) }));
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({ code: 'HTTP.PAYLOAD_TOO_LARGE', message: 'Request body exceeds the limit of 4096 bytes; send fewer events per request' });
  });

  it('answers 401 without a valid token on any path, 403 to a persona without the role, and takes events from an integrator', async () => {
    for (const path of ['/v1/events', '/v1/audit', '/docs', '/docs-json', '/no-such-path']) expect((await fetch(`${base}${path}`)).status).toBe(401);
    const now = Date.now();
    const event = () => ({
      eventId: randomUUID(),
      city: 'incheon',
      source: { systemId: 'cctv-incheon-017', kind: 'cctvAnalytics', legalBasis: 'publicTask' },
      category: 'traffic',
      subCategory: 'carAccident',
      severity: 'high',
      occurredAt: new Date(now - 5_000).toISOString(),
      reportedAt: new Date(now).toISOString(),
      location: { latitude: 37.4563, longitude: 126.7052 },
    });
    const post = async (persona: string) => fetch(`${base}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaderFor(city, persona)) }, body: JSON.stringify(event()) });
    // dpo's token is meant for ingest but lacks ingest:write; consent-desk's token is not meant for ingest at all.
    expect((await post('dpo')).status).toBe(403);
    expect((await post('consent-desk')).status).toBe(401);
    expect((await post('integrator')).status).toBe(202);
    const audit = async (persona: string) => (await fetch(`${base}/v1/audit`, { headers: await authHeaderFor(city, persona) })).status;
    expect(await audit('integrator')).toBe(403);
    expect(await audit('dpo')).toBe(200);
  });

  it('writes structured JSON logs tagged with service and city', () => {
    const lines = app.output.join('').split('\n').filter((line) => line.startsWith('{"level":"info"'));
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ service: 'ingest', city: 'incheon', msg: 'Nest application successfully started' }),
    );
  });

  it('refuses to start on a bad environment, naming the variable', async () => {
    const broken = spawnService('apps/ingest/src/main.ts', { MESH_CITY: 'incheon', SCHEMA_REGISTRY_URL: city.registry.url, DATABASE_URL: databaseUrl, INGEST_PORT: 'eighty' });
    expect(await broken.exited).toBe(1);
    const output = broken.output.join('');
    expect(output).toMatch(/KAFKA_BROKERS: is required/);
    expect(output).toMatch(/INGEST_PORT: /);
  });
});
