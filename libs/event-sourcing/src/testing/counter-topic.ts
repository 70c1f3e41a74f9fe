import type { Schema } from 'avsc';
import type { Admin, Kafka } from 'kafkajs';
import { subjectOf } from '@usm/contracts';
import { AvroCodec, createKafka, SchemaRegistry } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName } from '@usm/testing';
import type { RecordedEvent, StreamRoute } from '../application/ports';
import type { Incremented } from './counter.decider';

/** Avro value of the counter's events on its test topic. */
export interface CounterRecord {
  readonly eventId: string;
  readonly counterId: string;
  readonly by: number;
  readonly version: number;
}

/** Inline Avro schema of the spec topic, registered under `<topic>-value`. */
export const counterValueSchema: Schema = {
  type: 'record',
  name: 'CounterIncremented',
  namespace: 'mesh.test.eventsourcing',
  doc: 'Test-only event of the event-sourcing library specs; key = counter stream id.',
  fields: [
    { name: 'eventId', type: 'string' },
    { name: 'counterId', type: 'string' },
    { name: 'by', type: 'int' },
    { name: 'version', type: 'int' },
  ],
};

/** A topic of its own for one spec, with the counter schema registered under `<topic>-value`. */
export interface CounterTopic {
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly topic: string;
  readonly codec: AvroCodec;
  readonly route: StreamRoute<Incremented>;
  drop(): Promise<void>;
}

/** Creates the topic (dropped by `drop`) and registers the counter schema. */
export async function openCounterTopic(partitions = 3): Promise<CounterTopic> {
  const stack = cityStack('incheon');
  const kafka = createKafka(kafkaConnectionOf(stack, 'admin', uniqueName('es-spec')));
  const admin = kafka.admin();
  await admin.connect();
  const topic = uniqueName('es.spec.counter');
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  await registry.register(subjectOf(topic), counterValueSchema);
  const route: StreamRoute<Incremented> = { category: 'counter', topic, toValue: counterRecordOf };
  const drop = async (): Promise<void> => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  };
  return { kafka, admin, topic, codec: new AvroCodec(registry), route, drop };
}

/** The Avro value of a recorded counter event. */
export function counterRecordOf(event: RecordedEvent<Incremented>): CounterRecord {
  return { eventId: event.eventId, counterId: event.data.counterId, by: event.data.by, version: event.version };
}
