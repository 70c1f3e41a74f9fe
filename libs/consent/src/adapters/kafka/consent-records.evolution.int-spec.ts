import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { foldEvents } from '@usm/event-sourcing';
import { AvroCodec, SchemaRegistry, createKafka, meshProducerConfig } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import type { Schema } from 'avsc';
import { consentDecider } from '../../domain/consent/consent.decider';
import type { ConsentEvent } from '../../domain/consent/consent.events';
import { day, granted, renewed, t0 } from '../../domain/consent/consent.spec-fixtures';
import type { Recorded } from '../../domain/recorded';
import { consentRecordsSchemaV1 } from './consent-records-schema-history';
import { fromConsentRecordValue } from './consent-record.mapping';

/** The envelope of an event as the real topic carries it. */
const envelopeOf = (type: string, data: object, version: number) => ({
  type,
  data: { [`mesh.consent.${type}`]: data },
  metadata: {
    eventId: `00000000-0000-4000-8000-00000000000${version}`,
    aggregateId: 'consent-psn-7f3a-aiTraining',
    aggregateVersion: version,
    occurredAt: t0,
    commandId: `cmd-${version}`,
    causationId: null,
    correlationId: null,
  },
});

describe('consent.records: v1 and v2 ConsentGranted on one real topic', () => {
  const stack = cityStack('incheon');
  const topic = uniqueName('consent-records-evolution');
  const subject = subjectOf(topic);
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  const codec = new AvroCodec(registry);
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    kafka = createKafka(kafkaConnectionOf(stack, 'admin', uniqueName('consent-evolution')));
    admin = kafka.admin();
    producer = kafka.producer(meshProducerConfig({}));
    consumer = kafka.consumer({ groupId: uniqueName('consent-evolution-group') });
    await Promise.all([admin.connect(), producer.connect(), consumer.connect()]);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  });

  afterAll(async () => {
    await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('registers v2 over v1 under BACKWARD_TRANSITIVE, and folds records of both shapes alike', async () => {
    const v1Id = await registry.register(subject, consentRecordsSchemaV1() as Schema);
    const v2Id = await registry.register(subject, loadValueSchema(topicCatalog.consentRecords) as Schema);
    expect(v2Id).not.toBe(v1Id);

    const { jurisdiction: _absentInV1, ...v1Grant } = granted(t0, t0 + 30 * day).data;
    const v2Grant = granted(t0 + day, t0 + 60 * day).data;
    const renewal = renewed(t0 + 2 * day, t0 + 90 * day).data;
    const values = [
      await codec.encode(v1Id, envelopeOf('ConsentGranted', v1Grant, 1)),
      await codec.encode(v2Id, envelopeOf('ConsentGranted', v2Grant, 2)),
      await codec.encode(v2Id, envelopeOf('ConsentRenewed', renewal, 3)),
    ];
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ key: 'consent-psn-7f3a-aiTraining', value })) });

    const read: { schemaId: number; recorded: Recorded<ConsentEvent> }[] = [];
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const decoded = await codec.decode(message.value);
        read.push({ schemaId: decoded.schemaId, recorded: fromConsentRecordValue(decoded.value as never) });
      },
    });
    await waitFor(() => read.length === 3, { timeoutMs: 60_000, description: 'three consent records consumed' });

    expect(read.map((r) => r.schemaId)).toEqual([v1Id, v2Id, v2Id]);
    expect(read[0]?.recorded.event).toEqual({ type: 'ConsentGranted', data: { ...v1Grant, jurisdiction: null } });
    expect(read[1]?.recorded.event).toEqual({ type: 'ConsentGranted', data: v2Grant });
    const state = foldEvents(consentDecider, read.map((r) => r.recorded.event));
    expect(state).toMatchObject({ status: 'granted', terms: { jurisdiction: 'KR', grantedAt: t0 + day, expiresAt: t0 + 90 * day } });
    const fromV1Only = foldEvents(consentDecider, read.slice(0, 1).map((r) => r.recorded.event));
    expect(fromV1Only).toMatchObject({ status: 'granted', terms: { jurisdiction: null, grantedAt: t0, expiresAt: t0 + 30 * day } });
  });
});
