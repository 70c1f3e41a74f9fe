import type { Admin, Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { logLevel } from 'kafkajs';
import type { schema } from 'avsc';
import { dlqTopicOf, subjectOf } from '@usm/contracts';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { AvroCodec } from '../codec/avro-codec';
import type { KafkaConnection } from '../kafka/kafka-connection';
import { createKafka } from '../kafka/kafka-connection';
import { SchemaRegistry } from '../registry/schema-registry';

/**
 * Real Kafka and registry of one city from `.mesh/stack.json`, for integration specs: unique topics
 * (with their DLQ), schemas registered under `<topic>-value`, a raw producer for poison bytes, and
 * collectors that read a topic from the beginning. `close()` stops and deletes everything it made.
 */
export class KafkaTestBed {
  readonly city: CityStack;
  readonly connection: KafkaConnection;
  readonly kafka: Kafka;
  readonly registry: SchemaRegistry;
  readonly codec: AvroCodec;
  private readonly admin: Admin;
  private readonly rawProducer: Producer;
  private readonly topics: string[] = [];
  private readonly consumers: Consumer[] = [];

  constructor(cityId = 'incheon') {
    this.city = cityStack(cityId);
    // The provisioning principal: these specs test messaging, not ACLs (the security spec does).
    this.connection = { ...kafkaConnectionOf(this.city, 'admin', uniqueName('messaging-it')), logLevel: logLevel.ERROR };
    this.kafka = createKafka(this.connection);
    // Specs register their own subjects: the bed is the city's provisioning client.
    this.registry = new SchemaRegistry({ url: this.city.registry.url, clientId: this.connection.clientId, credentials: registryCredentialsOf(this.city, 'registry-provisioning') });
    this.codec = new AvroCodec(this.registry);
    this.admin = this.kafka.admin();
    this.rawProducer = this.kafka.producer({ allowAutoTopicCreation: false });
  }

  async open(): Promise<this> {
    await this.admin.connect();
    await this.rawProducer.connect();
    return this;
  }

  /** A new one-partition topic and its DLQ, with `valueSchema` registered under `<topic>-value`. */
  async topicWithSchema(prefix: string, valueSchema: schema.RecordType): Promise<{ topic: string; schemaId: number }> {
    const topic = uniqueName(prefix);
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: [topic, dlqTopicOf(topic)].map((name) => ({ topic: name, numPartitions: 1, replicationFactor: 1 })),
    });
    this.topics.push(topic, dlqTopicOf(topic));
    return { topic, schemaId: await this.registry.register(subjectOf(topic), valueSchema) };
  }

  /** Writes bytes as they are, bypassing the codec; resolves with the record's offset. */
  async produceRaw(topic: string, key: string, value: Buffer): Promise<string> {
    const [metadata] = await this.rawProducer.send({ topic, messages: [{ key, value }] });
    if (metadata?.baseOffset === undefined) throw new Error(`no offset acknowledged on ${topic}`);
    return metadata.baseOffset;
  }

  /** Every record of `topic`, read from the beginning into a live array. */
  async collect(topic: string): Promise<KafkaMessage[]> {
    const messages: KafkaMessage[] = [];
    const consumer = this.kafka.consumer({ groupId: uniqueName('collector') });
    this.consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
    return messages;
  }

  /** Waits until a group's committed offset on partition 0 of `topic` reaches `offset`. */
  async committedOffset(groupId: string, topic: string, offset: string): Promise<void> {
    await waitFor(
      async () => {
        const [committed] = await this.admin.fetchOffsets({ groupId, topics: [topic] });
        return committed?.partitions.find((p) => p.partition === 0)?.offset === offset;
      },
      { timeoutMs: 30_000, description: `group ${groupId} to commit ${topic}@${offset}` },
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.disconnect()));
    if (this.topics.length > 0) await this.admin.deleteTopics({ topics: this.topics }).catch(() => undefined);
    await this.rawProducer.disconnect();
    await this.admin.disconnect();
  }
}
