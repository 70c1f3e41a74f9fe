import { InfrastructureError } from '@usm/errors';
import { waitFor } from '@usm/testing';
import type { IngestEvents, IngestReceipt } from '../../application/ingest-events.handler';
import { minimalEvent } from '../../testing/sample-events';
import { Registry } from 'prom-client';
import { MqttIngestAdapter } from './mqtt-ingest.adapter';
import type { MqttIngestMetrics } from './mqtt-ingest-metrics';
import { PrometheusMqttIngestMetrics } from './mqtt-ingest-metrics';
import { systemIdOf } from './mqtt-topics';

const settings = { city: 'incheon', url: 'mqtt://unused', username: 'ingest', password: 'x', clientId: 'incheon-ingest', deadLetterTopic: 'raw.dlq' };
const topic = 'mesh/incheon/events/cctv-incheon-017';

/** An ingest port whose Kafka answer the spec controls. */
function controlledIngest() {
  const calls: IngestEvents[] = [];
  const answers: { resolve: (r: IngestReceipt) => void; reject: (e: unknown) => void }[] = [];
  const ingest = {
    execute: (command: IngestEvents) => {
      calls.push(command);
      return new Promise<IngestReceipt>((resolve, reject) => answers.push({ resolve, reject }));
    },
  };
  return { ingest, calls, answers };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('MQTT ingest acknowledgement', () => {
  it('sends the PUBACK only once Kafka acknowledged, and retries (without acknowledging) while it does not', async () => {
    const { ingest, calls, answers } = controlledIngest();
    const adapter = new MqttIngestAdapter({ ingest, deadLetters: { publishBytes: () => Promise.resolve() }, clock: { now: () => 0 }, warn: () => undefined }, settings);
    const acks: number[] = [];
    adapter.onDelivery(topic, Buffer.from(JSON.stringify(minimalEvent())), (code) => acks.push(code));
    await flush();
    expect(calls).toHaveLength(1);
    expect(acks).toEqual([]);
    answers[0]?.reject(new InfrastructureError('INGEST.PUBLISH_FAILED', 'Kafka did not acknowledge the events'));
    await waitFor(() => calls.length === 2, { description: 'the retry' });
    expect(acks).toEqual([]);
    answers[1]?.resolve({ accepted: ['x'], duplicates: [] });
    await flush();
    expect(acks).toEqual([0]);
  });

  it('acknowledges a refused message only after its dead letter is on Kafka', async () => {
    const letters: { resolve: () => void }[] = [];
    const adapter = new MqttIngestAdapter(
      {
        ingest: { execute: () => Promise.reject(new Error('never called for bad JSON')) },
        deadLetters: { publishBytes: () => new Promise<void>((resolve) => letters.push({ resolve })) },
        clock: { now: () => 0 },
        warn: () => undefined,
      },
      settings,
    );
    const acks: number[] = [];
    adapter.onDelivery(topic, Buffer.from('{not json'), (code) => acks.push(code));
    await flush();
    expect(letters).toHaveLength(1);
    expect(acks).toEqual([]);
    letters[0]?.resolve();
    await flush();
    await flush();
    expect(acks).toEqual([0]);
  });
});

describe('MQTT ingest metrics', () => {
  const recording = () => {
    const seen: string[] = [];
    const metrics: MqttIngestMetrics = { message: (outcome) => seen.push(outcome), retried: () => seen.push('retried'), connected: (up) => seen.push(up ? 'up' : 'down') };
    return { seen, metrics };
  };

  it('counts a retry for each failed attempt and the outcome once, when the PUBACK goes out', async () => {
    const { ingest, answers } = controlledIngest();
    const { seen, metrics } = recording();
    const adapter = new MqttIngestAdapter({ ingest, deadLetters: { publishBytes: () => Promise.resolve() }, clock: { now: () => 0 }, warn: () => undefined, metrics }, settings);
    adapter.onDelivery(topic, Buffer.from(JSON.stringify(minimalEvent())), () => undefined);
    await flush();
    answers[0]?.reject(new InfrastructureError('INGEST.PUBLISH_FAILED', 'Kafka did not acknowledge the events'));
    await waitFor(() => answers.length === 2, { description: 'the retry' });
    answers[1]?.resolve({ accepted: ['x'], duplicates: [] });
    await waitFor(() => seen.length === 2, { description: 'the outcome' });
    expect(seen).toEqual(['retried', 'ingested']);
  });

  it('counts a dead-lettered message as refused', async () => {
    const { seen, metrics } = recording();
    const adapter = new MqttIngestAdapter({ ingest: { execute: () => Promise.reject(new Error('unused')) }, deadLetters: { publishBytes: () => Promise.resolve() }, clock: { now: () => 0 }, warn: () => undefined, metrics }, settings);
    adapter.onDelivery(topic, Buffer.from('{not json'), () => undefined);
    await waitFor(() => seen.length === 1, { description: 'the outcome' });
    expect(seen).toEqual(['refused']);
  });

  it('exports the outcomes, retries and session state under the mesh\'s names, and shares them between two instances on one registry', async () => {
    const registry = new Registry();
    const first = new PrometheusMqttIngestMetrics(registry);
    const second = new PrometheusMqttIngestMetrics(registry);
    first.message('ingested');
    second.message('ingested');
    second.message('refused');
    first.retried();
    first.connected(true);
    const text = await registry.metrics();
    expect(text).toContain('usm_ingest_mqtt_messages_total{outcome="ingested"} 2');
    expect(text).toContain('usm_ingest_mqtt_messages_total{outcome="refused"} 1');
    expect(text).toContain('usm_ingest_mqtt_retries_total 1');
    expect(text).toContain('usm_ingest_mqtt_connected 1');
    second.connected(false);
    expect(await registry.metrics()).toContain('usm_ingest_mqtt_connected 0');
  });
});

describe('MQTT topics', () => {
  it('takes the systemId from exactly one level under the city\'s events', () => {
    expect(systemIdOf('incheon', topic)).toBe('cctv-incheon-017');
    expect(systemIdOf('incheon', 'mesh/barcelona/events/x')).toBeUndefined();
    expect(systemIdOf('incheon', 'mesh/incheon/events/a/b')).toBeUndefined();
  });
});
