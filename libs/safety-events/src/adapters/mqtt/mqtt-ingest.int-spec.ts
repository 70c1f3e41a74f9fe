import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import type { MqttClient } from 'mqtt';
import { connectAsync } from 'mqtt';
import { startTracing } from '@usm/tracing';
import type { MosquittoBroker } from '@usm/testing';
import { startMosquitto, waitFor } from '@usm/testing';
import type { IngestTestNode } from '../../testing/ingest-test-node';
import { startIngestTestNode } from '../../testing/ingest-test-node';
import { fullEvent, minimalEvent } from '../../testing/sample-events';

const ingestAccount = { username: 'incheon-ingest', password: 'ingest-secret' };
const radar = { username: 'radar-incheon-004', password: 'radar-secret' };
const camera = { username: 'cctv-incheon-017', password: 'camera-secret' };

let broker: MosquittoBroker;
let node: IngestTestNode;
const devices: MqttClient[] = [];

async function device(account: { username: string; password: string }): Promise<MqttClient> {
  const client = await connectAsync(broker.url, { ...account, clientId: `${account.username}-${devices.length}`, protocolVersion: 5, reconnectPeriod: 0 });
  devices.push(client);
  return client;
}

beforeAll(async () => {
  broker = await startMosquitto('incheon', ingestAccount, [radar, camera]);
  node = await startIngestTestNode({ mqtt: { url: broker.url, ...ingestAccount } });
});

afterAll(async () => {
  await Promise.all(devices.map((client) => client.endAsync(true)));
  await node?.close();
  await broker?.stop();
});

const eventOf = (systemId: string, overrides: Record<string, unknown> = {}) =>
  fullEvent({ source: { systemId, kind: 'trafficHazardDetector', legalBasis: 'publicTask' }, occurredAt: new Date(Date.now() - 60_000).toISOString(), reportedAt: new Date().toISOString(), ...overrides });

describe('MQTT ingest on a real broker and the real stack', () => {
  it('produces a QoS 1 event to the raw topic, read back by an independent consumer', async () => {
    const client = await device(radar);
    const sent = eventOf(radar.username);
    await client.publishAsync(`mesh/incheon/events/${radar.username}`, JSON.stringify(sent), { qos: 1 });
    const record = await waitFor(() => node.records.find((r) => r.key === sent['eventId']), { timeoutMs: 30_000, description: 'the MQTT event on the raw topic' });
    expect(record.value).toMatchObject({ eventId: sent['eventId'], source: { systemId: radar.username, kind: 'trafficHazardDetector', legalBasis: 'publicTask' }, reporter: { name: 'Kim Min-jun' } });
  });

  it('answers a bad payload on the device\'s error topic with field and rule only, and dead-letters it with its reason', async () => {
    const client = await device(radar);
    const replies: string[] = [];
    client.on('message', (_topic, payload) => replies.push(payload.toString()));
    await client.subscribeAsync(`mesh/incheon/errors/${radar.username}`, { qos: 1 });
    const bad = eventOf(radar.username, { severity: 'apocalyptic' });
    await client.publishAsync(`mesh/incheon/events/${radar.username}`, JSON.stringify(bad), { qos: 1 });
    const reply = JSON.parse(await waitFor(() => replies[0], { timeoutMs: 30_000, description: 'the error reply' })) as Record<string, unknown>;
    expect(reply).toEqual({ code: 'INGEST.INVALID_EVENTS', eventId: bad['eventId'], violations: [expect.objectContaining({ field: 'severity', rule: 'enum' })] });
    expect(JSON.stringify(reply)).not.toContain('Kim Min-jun');
    const letter = await waitFor(() => node.deadLetters.find((d) => d.key === bad['eventId']), { timeoutMs: 30_000, description: 'the dead letter' });
    expect(letter.value.toString()).toBe(JSON.stringify(bad));
    expect(letter.headers).toMatchObject({ 'mesh.dlq.code': 'INGEST.INVALID_EVENTS', 'mesh.dlq.source-topic': `mqtt:mesh/incheon/events/${radar.username}` });
    expect(letter.headers['mesh.dlq.reason']).toContain('severity');
    expect(node.records.find((r) => r.key === bad['eventId'])).toBeUndefined();
  });

  it('refuses an event whose source.systemId is not the topic\'s, naming the field and the rule', async () => {
    const client = await device(radar);
    const replies: string[] = [];
    client.on('message', (_topic, payload) => replies.push(payload.toString()));
    await client.subscribeAsync(`mesh/incheon/errors/${radar.username}`, { qos: 1 });
    const impostor = eventOf('some-other-system');
    await client.publishAsync(`mesh/incheon/events/${radar.username}`, JSON.stringify(impostor), { qos: 1 });
    const reply = JSON.parse(await waitFor(() => replies[0], { timeoutMs: 30_000, description: 'the error reply' })) as { violations: unknown[] };
    expect(reply.violations).toEqual([expect.objectContaining({ field: 'source.systemId', rule: 'topic-system-id' })]);
    await waitFor(() => node.deadLetters.find((d) => d.key === impostor['eventId']), { timeoutMs: 30_000, description: 'the dead letter' });
  });

  it('refuses a connection without credentials or with a wrong password', async () => {
    await expect(connectAsync(broker.url, { protocolVersion: 5, reconnectPeriod: 0, clientId: 'anonymous' })).rejects.toThrow(/authori/i);
    await expect(connectAsync(broker.url, { username: radar.username, password: 'wrong', protocolVersion: 5, reconnectPeriod: 0, clientId: 'guess' })).rejects.toThrow(/bad user name or password|authori/i);
  });

  it('refuses a device publishing under another device\'s systemId, so nothing reaches Kafka', async () => {
    const client = await device(camera);
    const spoofed = minimalEvent({ source: { systemId: radar.username, kind: 'trafficHazardDetector', legalBasis: 'publicTask' }, occurredAt: new Date(Date.now() - 60_000).toISOString(), reportedAt: new Date().toISOString() });
    await expect(client.publishAsync(`mesh/incheon/events/${radar.username}`, JSON.stringify(spoofed), { qos: 1 })).rejects.toThrow(/authori/i);
    // A legitimate message sent after it is ingested, so the refused one had its chance to arrive and did not.
    const own = eventOf(camera.username);
    await client.publishAsync(`mesh/incheon/events/${camera.username}`, JSON.stringify(own), { qos: 1 });
    await waitFor(() => node.records.find((r) => r.key === own['eventId']), { timeoutMs: 30_000, description: 'the camera\'s own event' });
    expect(node.records.find((r) => r.key === spoofed['eventId'])).toBeUndefined();
  });

  it('continues the trace a device sends as its traceparent user property into the produce to Kafka', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = startTracing({ enabled: true, tracesUrl: 'http://127.0.0.1:9/v1/traces', serviceName: 'ingest', sampler: 'parentbased_always_on', samplerRatio: 1, exportDelayMs: 60_000 }, { city: 'incheon' }, exporter);
    try {
      const deviceTrace = '5a1e0c3d7b9f4e21a6c8d0f2b4e6a8c1';
      const client = await device(radar);
      const sent = eventOf(radar.username);
      await client.publishAsync(`mesh/incheon/events/${radar.username}`, JSON.stringify(sent), { qos: 1, properties: { userProperties: { traceparent: `00-${deviceTrace}-1f2e3d4c5b6a7988-01` } } });
      await waitFor(() => node.records.find((r) => r.key === sent['eventId']), { timeoutMs: 30_000, description: 'the traced event on the raw topic' });
      const spans = await waitFor(async () => {
        await tracing.flush();
        const finished = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === deviceTrace);
        return finished.some((span) => span.name.startsWith('process ')) && finished.some((span) => span.name === `send ${node.topic}`) ? finished : undefined;
      }, { timeoutMs: 10_000, description: 'the process and send spans of the device\'s trace' });
      const received = spans.find((span) => span.name === 'process mesh/incheon/events/+');
      expect(received?.parentSpanContext?.spanId).toBe('1f2e3d4c5b6a7988');
      expect(received?.attributes).toMatchObject({ 'messaging.system': 'mqtt', 'mesh.record.outcome': 'processed' });
      expect(spans.find((span) => span.name === `send ${node.topic}`)?.parentSpanContext?.spanId).toBe(received?.spanContext().spanId);
    } finally {
      await tracing.shutdown();
    }
  });
});
