import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicCatalog } from '@usm/contracts';
import { createKafka } from '@usm/messaging';
import type { CityStack, ServiceProcess } from '@usm/testing';
import { authHeaderFor, cityNodeConfigOf, cityStack, freePort, kafkaConnectionOf, registryCredentialsOf, runSql, shareableRadarEvent, spawnService, uniqueName, waitFor } from '@usm/testing';
import { logLevel } from 'kafkajs';
import type { TopicWatch } from './spec-support/topic-watch';
import { watchTopic } from './spec-support/topic-watch';

const contexts = ['ingest', 'consent', 'privacy', 'federation', 'datasets', 'validation', 'labels', 'sites'] as const;
const run = uniqueName('citynode').replace(/-/g, '_');
const privacyGroup = `incheon-privacy-${run}`;
const readerGroup = uniqueName('city-node-reader');

let city: CityStack;
let node: ServiceProcess | undefined;
let watch: TopicWatch | undefined;
let stateDir: string;
let status: string;
let ingest: string;
const schemas: [string, string][] = [];

/** A schema of the spec's own for a context's tables, owned by the context's role. */
async function ownSchema(context: string): Promise<string> {
  const name = `${run}_${context}`;
  const role = new URL(city.database.services[context]?.url ?? '').username;
  await runSql(city.database.url, `CREATE SCHEMA "${name}" AUTHORIZATION "${role}"`);
  schemas.push([context, name]);
  return name;
}

beforeAll(async () => {
  city = cityStack('incheon');
  stateDir = mkdtempSync(join(tmpdir(), 'city-node-spec-'));
  const ports = Object.fromEntries(await Promise.all(['status', ...contexts].map(async (name) => [name, await freePort()] as const))) as Record<'status' | (typeof contexts)[number], number>;
  const document = cityNodeConfigOf(city, {
    ports,
    stateDir,
    partners: [],
    privacyPolicyFile: join(__dirname, '..', '..', '..', 'libs', 'privacy', 'policies', 'default.yaml'),
    logLevel: 'warn',
    mqtt: false,
    settings: {
      // Its own group, starting at the end of the raw topic, so the spec never re-anonymises earlier specs' events.
      privacy: { PRIVACY_GROUP_ID: privacyGroup, PRIVACY_TRANSACTIONAL_ID: `${privacyGroup}-0`, PRIVACY_FROM_BEGINNING: 'false' },
      consent: { DATABASE_SCHEMA: await ownSchema('consent') },
      federation: { DATABASE_SCHEMA: await ownSchema('federation') },
      datasets: { DATABASE_SCHEMA: await ownSchema('datasets') },
      validation: { DATABASE_SCHEMA: await ownSchema('validation') },
      labels: { DATABASE_SCHEMA: await ownSchema('labels') },
      sites: { DATABASE_SCHEMA: await ownSchema('sites') },
    },
  });
  status = `http://127.0.0.1:${ports.status}`;
  ingest = `http://127.0.0.1:${ports.ingest}`;
  node = spawnService('apps/city-node/src/main.ts', { CITY_NODE_CONFIG_JSON: JSON.stringify(document), USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url') });
  const service = node;
  const ready = waitFor(async () => (await fetch(`${status}/health/ready`).catch(() => undefined))?.status === 200, { timeoutMs: 240_000, intervalMs: 1_000, description: 'every context of the node to be ready' });
  const exited = service.exited.then((code) => Promise.reject(new Error(`the city node exited with ${String(code)}`)));
  await Promise.race([ready, exited]).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('').slice(-4_000)}`);
  });
}, 300_000);

afterAll(async () => {
  await watch?.stop();
  await node?.stop();
  const admin = createKafka({ ...kafkaConnectionOf(city, 'admin', 'city-node-spec-cleanup'), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  await admin.deleteGroups([privacyGroup, readerGroup]).catch(() => undefined);
  await admin.disconnect();
  for (const [, schema] of schemas) await runSql(city.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  rmSync(stateDir, { recursive: true, force: true });
}, 120_000);

describe('apps/city-node: every context of Incheon in one process', () => {
  it('is ready only when every context answers ready on its own port', async () => {
    const ready = (await (await fetch(`${status}/health/ready`)).json()) as { status: string; contexts: Record<string, string> };
    expect(ready).toEqual({ status: 'ok', contexts: Object.fromEntries(contexts.map((c) => [c, 'up'])) });
    expect((await fetch(`${status}/health/live`)).status).toBe(200);
  });

  it('keeps the security model per context: a route needs a token of the context\'s audience', async () => {
    expect((await fetch(`${ingest}/v1/events`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('takes an event over HTTP at ingest and its privacy context puts it on the anonymised topic', async () => {
    const kafka = createKafka({ ...kafkaConnectionOf(city, 'admin', 'city-node-spec'), logLevel: logLevel.NOTHING });
    const reader = registryCredentialsOf(city, 'registry-privacy');
    watch = await watchTopic(kafka, topicCatalog.safetyEventsAnonymised.name, readerGroup, { url: city.registry.url, ...reader });
    const posted: string[] = [];
    // A fresh event each round: privacy's new group starts at the raw topic's end once it has joined.
    await waitFor(
      async () => {
        const eventId = randomUUID();
        const response = await fetch(`${ingest}/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await authHeaderFor(city, 'integrator')) }, body: JSON.stringify(shareableRadarEvent(eventId)) });
        expect(response.status).toBe(202);
        posted.push(eventId);
        return posted.some((id) => watch?.eventIds.has(id));
      },
      { timeoutMs: 120_000, intervalMs: 5_000, description: 'an ingested event on the anonymised topic' },
    );
  }, 180_000);

  it('answers /metrics on the node port with the metrics of every context, apart by service label', async () => {
    const text = await (await fetch(`${status}/metrics`)).text();
    for (const context of contexts) expect(text).toContain(`process_resident_memory_bytes{service="${context}",city="incheon"}`);
    expect(text).toMatch(/^usm_ingest_events_accepted_total\{service="ingest",city="incheon"\} [1-9]/m);
    const own = await (await fetch(`${ingest}/metrics`)).text();
    expect(own).toContain('usm_ingest_events_accepted_total');
    expect(own).not.toContain('service="privacy"');
  });
});

