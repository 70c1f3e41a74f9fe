import { AvroCodec } from '../codec/avro-codec';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { AvroKafkaDeserializer } from './avro-kafka.deserializer';
import { AvroKafkaSerializer } from './avro-kafka.serializer';

describe('Nest Kafka serializer and deserializer', () => {
  const schemas = new InMemorySchemaSource();
  schemas.register('incidents-value', incidentSchema);
  const codec = new AvroCodec(schemas);
  const serializer = new AvroKafkaSerializer(codec);
  const deserializer = new AvroKafkaDeserializer(codec);

  it('round-trips an emitted record into the payload of an event handler', async () => {
    const message = await serializer.serialize({ key: 'inc-1', value: anIncident }, { pattern: 'incidents' });
    expect(message).toMatchObject({ key: 'inc-1', headers: {} });
    expect(await deserializer.deserialize({ value: message.value as Buffer }, { channel: 'incidents' })).toEqual({
      pattern: 'incidents',
      data: expect.objectContaining(anIncident),
    });
  });

  it('insists on a string key', async () => {
    await expect(serializer.serialize({ value: anIncident } as never, { pattern: 'incidents' })).rejects.toMatchObject({ code: MessagingErrorCode.MissingKey });
  });

  it('insists on knowing the topic', async () => {
    await expect(serializer.serialize({ key: 'k', value: anIncident })).rejects.toThrow('needs the topic');
  });

  it('lets a poison value fail as a contract error', async () => {
    await expect(deserializer.deserialize({ value: Buffer.from('{"not":"avro"}') }, { channel: 'incidents' })).rejects.toMatchObject({
      code: MessagingErrorCode.WrongMagicByte,
    });
  });
});
