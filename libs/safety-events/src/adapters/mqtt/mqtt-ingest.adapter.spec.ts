import { InfrastructureError } from '@usm/errors';
import { waitFor } from '@usm/testing';
import type { IngestEvents, IngestReceipt } from '../../application/ingest-events.handler';
import { minimalEvent } from '../../testing/sample-events';
import { MqttIngestAdapter } from './mqtt-ingest.adapter';
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

describe('MQTT topics', () => {
  it('takes the systemId from exactly one level under the city\'s events', () => {
    expect(systemIdOf('incheon', topic)).toBe('cctv-incheon-017');
    expect(systemIdOf('incheon', 'mesh/barcelona/events/x')).toBeUndefined();
    expect(systemIdOf('incheon', 'mesh/incheon/events/a/b')).toBeUndefined();
  });
});
