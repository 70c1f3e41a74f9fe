import { Type } from 'avsc';
import type { KafkaMessage } from 'kafkajs';
import { Registry } from 'prom-client';
import { uniqueName, waitFor } from '@usm/testing';
import { frameWireFormat } from '../codec/wire-format';
import { DeadLetterHeader } from '../dead-letter/dead-letter-headers';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { AvroPublisher } from '../publisher/avro-publisher';
import type { Incident } from '../spec-support/incident-schema';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { KafkaTestBed } from '../spec-support/kafka-test-bed';
import { ConsumerRunner } from './consumer-runner';
import type { DecodedRecord } from './record-outcome';

const wait = { timeoutMs: 30_000 };
const header = (message: KafkaMessage | undefined, name: string) => message?.headers?.[name]?.toString();

describe('AvroPublisher and ConsumerRunner on the real Kafka and registry', () => {
  let bed: KafkaTestBed;
  let publisher: AvroPublisher;
  const runners: ConsumerRunner<Incident>[] = [];

  beforeAll(async () => {
    bed = await new KafkaTestBed().open();
    publisher = new AvroPublisher(bed.kafka, bed.codec);
    await publisher.connect();
  });

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await publisher?.disconnect();
    await bed?.close();
  });

  async function startRunner(topic: string, received: DecodedRecord<Incident>[]) {
    const groupId = uniqueName('runner');
    const runner = new ConsumerRunner<Incident>(bed.kafka, bed.codec, {
      topic,
      groupId,
      fromBeginning: true,
      metricsRegistry: new Registry(),
      handler: async (record) => (received.push(record), 'processed'),
    });
    runners.push(runner);
    await runner.start();
    return { runner, groupId };
  }

  it('round-trips published records, decoded with the registered schema, and commits their offsets', async () => {
    const { topic, schemaId } = await bed.topicWithSchema('messaging-roundtrip', incidentSchema);
    const received: DecodedRecord<Incident>[] = [];
    const { runner, groupId } = await startRunner(topic, received);

    await publisher.publish<Incident>(topic, [
      { key: 'inc-1', value: anIncident, headers: { 'mesh.trace-id': 'trace-1' } },
      { key: 'inc-2', value: { ...anIncident, incidentId: 'inc-2', note: null } },
    ]);

    await waitFor(() => received.length >= 2, { ...wait, description: 'two decoded records' });
    expect(received.map((r) => [r.key, r.schemaId, r.offset])).toEqual([
      ['inc-1', schemaId, '0'],
      ['inc-2', schemaId, '1'],
    ]);
    expect(received[0]?.value).toMatchObject(anIncident);
    expect(received[0]?.headers).toEqual({ 'mesh.trace-id': 'trace-1' });
    await bed.committedOffset(groupId, topic, '2');
    expect(await runner.metrics.countOf(topic, 'processed')).toBe(2);
  });

  it('dead-letters poison records with their original bytes and reasons, and keeps processing good ones', async () => {
    const { topic, schemaId } = await bed.topicWithSchema('messaging-poison', incidentSchema);
    const body = Type.forSchema(incidentSchema).toBuffer(anIncident);
    const poison = [
      { key: 'json', value: Buffer.from(JSON.stringify(anIncident)), code: MessagingErrorCode.WrongMagicByte },
      { key: 'unknown-id', value: frameWireFormat(2_000_000_000, body), code: MessagingErrorCode.UnknownSchemaId },
      { key: 'truncated', value: frameWireFormat(schemaId, body.subarray(0, body.length - 4)), code: MessagingErrorCode.TruncatedRecord },
    ];
    const offsets: string[] = [];
    for (const record of poison) offsets.push(await bed.produceRaw(topic, record.key, record.value));
    await publisher.publish<Incident>(topic, [{ key: 'good', value: anIncident }]);

    const received: DecodedRecord<Incident>[] = [];
    const { runner, groupId } = await startRunner(topic, received);
    const deadLetters = await bed.collect(`${topic}.dlq`);

    await waitFor(() => received.length >= 1 && deadLetters.length >= 3, { ...wait, description: 'the good record and three dead letters' });
    expect(received.map((r) => r.key)).toEqual(['good']);
    deadLetters.forEach((message, index) => {
      const sent = poison[index];
      expect(message.key?.toString()).toBe(sent?.key);
      expect(message.value?.equals(sent?.value ?? Buffer.alloc(0))).toBe(true);
      expect(header(message, DeadLetterHeader.Code)).toBe(sent?.code);
      expect(header(message, DeadLetterHeader.Reason)).toEqual(expect.any(String));
      expect(header(message, DeadLetterHeader.SourceTopic)).toBe(topic);
      expect(header(message, DeadLetterHeader.SourcePartition)).toBe('0');
      expect(header(message, DeadLetterHeader.SourceOffset)).toBe(offsets[index]);
      expect(Date.parse(header(message, DeadLetterHeader.FailedAt) ?? '')).not.toBeNaN();
    });
    await bed.committedOffset(groupId, topic, '4');
    expect(await runner.metrics.countOf(topic, 'deadLettered')).toBe(3);
  });
});
