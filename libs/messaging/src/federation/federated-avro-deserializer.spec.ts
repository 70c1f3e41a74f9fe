import type { schema } from 'avsc';
import { AvroCodec } from '../codec/avro-codec';
import { InMemorySchemaSource } from '../spec-support/in-memory-schema-source';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { FederatedAvroDeserializer } from './federated-avro-deserializer';
import { FederatedAvroKafkaDeserializer } from './federated-kafka.deserializer';

/** A different record that takes the same id in the local registry: decoding with the wrong registry would garble it. */
const otherSchema: schema.RecordType = { type: 'record', name: 'Other', namespace: 'mesh.test', fields: [{ name: 'n', type: 'long' }] };

function cities() {
  const barcelona = new InMemorySchemaSource();
  const incheon = new InMemorySchemaSource();
  barcelona.register('local.v1-value', otherSchema);
  const incheonId = incheon.register('safety.events.anonymised.v1-value', incidentSchema);
  const localId = barcelona.register('safety.events.anonymised.v1-value', incidentSchema);
  return { barcelona, incheon, incheonId, localId, deserializer: new FederatedAvroDeserializer(barcelona, { incheon }) };
}

describe('FederatedAvroDeserializer', () => {
  it('decodes a replicated topic with the source city registry, and a local topic with the local one', async () => {
    const { barcelona, incheon, incheonId, localId, deserializer } = cities();
    expect(incheonId).toBe(1);
    const remote = await new AvroCodec(incheon).encode(incheonId, anIncident);
    const local = await new AvroCodec(barcelona).encode(localId, { ...anIncident, incidentId: 'inc-local' });
    barcelona.lookups.length = 0;
    await expect(deserializer.decode('incheon.safety.events.anonymised.v1', remote)).resolves.toEqual({ schemaId: 1, value: anIncident, originCity: 'incheon' });
    await expect(deserializer.decode('safety.events.anonymised.v1', local)).resolves.toMatchObject({ schemaId: localId, value: { incidentId: 'inc-local' }, originCity: null });
    expect(barcelona.lookups).toEqual([`id:${localId}`]);
  });

  it('uses the local registry for a prefix that is no known partner', async () => {
    const { barcelona, localId, deserializer } = cities();
    const value = await new AvroCodec(barcelona).encode(localId, anIncident);
    await expect(deserializer.decode('osaka.safety.events.anonymised.v1', value)).resolves.toMatchObject({ originCity: null, value: anIncident });
  });

  it('asks a partner registry once per schema id', async () => {
    const { incheon, incheonId, deserializer } = cities();
    const value = await new AvroCodec(incheon).encode(incheonId, anIncident);
    incheon.lookups.length = 0;
    await Promise.all([1, 2, 3].map(() => deserializer.decode('incheon.safety.events.anonymised.v1', value)));
    await deserializer.decode('incheon.safety.events.anonymised.v1', value);
    expect(incheon.lookups).toEqual([`id:${incheonId}`]);
  });

  it('fails a record whose id the source registry does not know as a contract error, not with another city schema', async () => {
    const { barcelona, deserializer } = cities();
    const localOnly = await new AvroCodec(barcelona).encode(2, anIncident);
    await expect(deserializer.decode('incheon.safety.events.anonymised.v1', localOnly)).rejects.toMatchObject({ code: 'MESSAGING.UNKNOWN_SCHEMA_ID', retriable: false });
  });

  it('never encodes against a partner registry', async () => {
    const { incheon } = cities();
    const { ReadOnlySchemaSource } = await import('./read-only-schema-source');
    await expect(new AvroCodec(new ReadOnlySchemaSource('incheon', incheon)).encode('x-value', anIncident)).rejects.toMatchObject({ code: 'MESSAGING.REMOTE_REGISTRY_READ_ONLY' });
  });

  it('feeds Nest handlers through FederatedAvroKafkaDeserializer, routing by channel', async () => {
    const { incheon, incheonId, deserializer } = cities();
    const value = await new AvroCodec(incheon).encode(incheonId, anIncident);
    const event = await new FederatedAvroKafkaDeserializer(deserializer).deserialize({ value }, { channel: 'incheon.safety.events.anonymised.v1' });
    expect(event).toEqual({ pattern: 'incheon.safety.events.anonymised.v1', data: anIncident });
  });
});
