import type { Kafka, Producer, ProducerConfig, ProducerRecord } from 'kafkajs';
import { ContractError, InfrastructureError } from '@usm/errors';
import { AvroCodec } from '../codec/avro-codec';
import { parseWireFormat } from '../codec/wire-format';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { AvroPublisher } from './avro-publisher';

function fakeKafka(send: (record: ProducerRecord) => Promise<unknown> = async () => [{ topicName: 'incidents', partition: 0, errorCode: 0 }]) {
  const configs: ProducerConfig[] = [];
  const sent: ProducerRecord[] = [];
  const producer = { send: jest.fn(async (record: ProducerRecord) => (sent.push(record), send(record))), connect: jest.fn(), disconnect: jest.fn() };
  const kafka = { producer: (config: ProducerConfig) => (configs.push(config), producer as unknown as Producer) } as unknown as Kafka;
  return { kafka, configs, sent, producer };
}

describe('AvroPublisher', () => {
  const schemas = new InMemorySchemaSource();
  const schemaId = schemas.register('incidents-value', incidentSchema);
  const codec = new AvroCodec(schemas);

  it('uses an idempotent producer with one request in flight', () => {
    const { kafka, configs } = fakeKafka();
    new AvroPublisher(kafka, codec);
    expect(configs[0]).toMatchObject({ idempotent: true, maxInFlightRequests: 1 });
  });

  it('encodes every value with the latest schema of <topic>-value and waits for all replicas', async () => {
    const { kafka, sent } = fakeKafka();
    const publisher = new AvroPublisher(kafka, codec);
    await publisher.publish('incidents', [
      { key: 'inc-1', value: anIncident, headers: { 'mesh.trace-id': 't-1' } },
      { key: 'inc-2', value: { ...anIncident, incidentId: 'inc-2' } },
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'incidents', acks: -1 });
    expect(sent[0]?.messages.map((m) => m.key)).toEqual(['inc-1', 'inc-2']);
    expect(sent[0]?.messages[0]?.headers).toEqual({ 'mesh.trace-id': 't-1' });
    expect(parseWireFormat(sent[0]?.messages[1]?.value as Buffer).schemaId).toBe(schemaId);
    await expect(codec.decode(sent[0]?.messages[1]?.value as Buffer)).resolves.toMatchObject({ value: { incidentId: 'inc-2' } });
  });

  it('publishes nothing when one value breaks the schema', async () => {
    const { kafka, producer } = fakeKafka();
    const publisher = new AvroPublisher(kafka, codec);
    const batch = [{ key: 'inc-1', value: anIncident }, { key: 'inc-2', value: { ...anIncident, category: 'flood' } }];
    await expect(publisher.publish('incidents', batch)).rejects.toBeInstanceOf(ContractError);
    expect(producer.send).not.toHaveBeenCalled();
  });

  it('reports a send Kafka did not acknowledge as retriable', async () => {
    const { kafka } = fakeKafka(() => Promise.reject(new Error('NOT_ENOUGH_REPLICAS')));
    const publisher = new AvroPublisher(kafka, codec);
    const failure: unknown = await publisher.publish('incidents', [{ key: 'inc-1', value: anIncident }]).catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(InfrastructureError);
    expect(failure).toMatchObject({ code: MessagingErrorCode.PublishFailed, details: { topic: 'incidents' } });
  });

  it('sends nothing for an empty batch', async () => {
    const { kafka, producer } = fakeKafka();
    await expect(new AvroPublisher(kafka, codec).publish('incidents', [])).resolves.toEqual([]);
    expect(producer.send).not.toHaveBeenCalled();
  });
});
