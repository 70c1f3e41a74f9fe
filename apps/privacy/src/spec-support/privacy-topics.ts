import type { Admin, Kafka, Producer } from 'kafkajs';
import { logLevel } from 'kafkajs';
import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import type { RawSafetyEvent } from '@usm/privacy';
import type { AclBinding } from '@usm/messaging';
import { AvroCodec, SchemaRegistry, bindingsOf, consumes, createKafka, grantAcls, groups, meshProducerConfig, produces, revokeAcls, transactionalIds } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName } from '@usm/testing';

/** Consumer groups and transactional ids of privacy services in integration tests start with these. */
export const privacyTestGroupPrefix = 'it-privacy-group';
export const privacyTestTransactionalPrefix = 'it-privacy';

/**
 * Unique raw, anonymised and dead-letter topics on a city's real Kafka, with the catalog's value schemas
 * registered under `<topic>-value`, for one integration test. `close()` deletes them.
 */
export class PrivacyTopics {
  readonly city: CityStack;
  readonly kafka: Kafka;
  readonly codec: AvroCodec;
  readonly raw = uniqueName('it-privacy-raw');
  readonly anonymised = uniqueName('it-privacy-anon');
  readonly deadLetters = dlqTopicOf(this.raw);
  /** The egress guard's quarantine topic of this test (local, never shared, like the catalog's). */
  readonly quarantine = uniqueName('it-privacy-quarantine');
  private readonly registry: SchemaRegistry;
  /** The privacy principal's rules on this test's topics, and on the group and transactional ids `serviceEnv` gives out. */
  private readonly grants: AclBinding[];
  private added: AclBinding[] = [];
  private readonly admin: Admin;
  private readonly producer: Producer;

  constructor(cityId = 'incheon') {
    this.city = cityStack(cityId);
    this.kafka = createKafka({ ...kafkaConnectionOf(this.city, 'admin', uniqueName('privacy-it')), logLevel: logLevel.ERROR });
    const registry = new SchemaRegistry({ url: this.city.registry.url, credentials: registryCredentialsOf(this.city, 'registry-provisioning') });
    this.codec = new AvroCodec(registry);
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer(meshProducerConfig());
    this.registry = registry;
    this.grants = bindingsOf('privacy', [
      ...consumes(this.raw),
      produces(this.anonymised),
      produces(this.quarantine),
      groups(privacyTestGroupPrefix, 'prefixed'),
      transactionalIds(privacyTestTransactionalPrefix),
    ]);
  }

  async open(partitions = 3): Promise<this> {
    this.added = await grantAcls(this.kafka, this.grants);
    await this.admin.connect();
    await this.producer.connect();
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: this.raw, numPartitions: partitions, replicationFactor: 1 },
        { topic: this.anonymised, numPartitions: partitions, replicationFactor: 1 },
        { topic: this.deadLetters, numPartitions: 1, replicationFactor: 1 },
        { topic: this.quarantine, numPartitions: partitions, replicationFactor: 1 },
      ],
    });
    await this.registry.register(subjectOf(this.raw), loadValueSchema(topicCatalog.safetyEventsRaw) as never);
    await this.registry.register(subjectOf(this.anonymised), loadValueSchema(topicCatalog.safetyEventsAnonymised) as never);
    await this.registry.register(subjectOf(this.quarantine), loadValueSchema(topicCatalog.safetyEventsQuarantine) as never);
    return this;
  }

  /** Produces raw events keyed by event id, encoded with the registered raw schema; to one partition when given. */
  async produceRaw(events: readonly RawSafetyEvent[], partition?: number): Promise<void> {
    const messages = await Promise.all(events.map(async (event) => ({ key: event.eventId, value: await this.codec.encode(subjectOf(this.raw), event), partition })));
    await this.producer.send({ topic: this.raw, acks: -1, messages });
  }

  /** Writes bytes as they are, bypassing the codec: poison records, or records of another contract. */
  async produceBytes(key: string, value: Buffer, partition?: number): Promise<void> {
    await this.producer.send({ topic: this.raw, acks: -1, messages: [{ key, value, partition }] });
  }

  /** Records per partition of the raw topic (its end offsets): what the pipeline must have committed when done. */
  async rawEndOffsets(): Promise<Map<number, string>> {
    const offsets = await this.admin.fetchTopicOffsets(this.raw);
    return new Map(offsets.map((p) => [p.partition, p.high]));
  }

  /** Offsets a group committed on the raw topic, per partition ('-1' when none). */
  async committedOffsets(groupId: string): Promise<Map<number, string>> {
    const [topic] = await this.admin.fetchOffsets({ groupId, topics: [this.raw] });
    return new Map((topic?.partitions ?? []).map((p) => [p.partition, p.offset]));
  }

  /** Whether `groupId` committed the raw topic up to its end on every partition. */
  async caughtUp(groupId: string): Promise<boolean> {
    const [ends, committed] = await Promise.all([this.rawEndOffsets(), this.committedOffsets(groupId)]);
    return [...ends].every(([partition, end]) => end === '0' || committed.get(partition) === end);
  }

  async close(): Promise<void> {
    await this.admin.deleteTopics({ topics: [this.raw, this.anonymised, this.deadLetters, this.quarantine] }).catch(() => undefined);
    await revokeAcls(this.kafka, this.added).catch(() => undefined);
    await this.producer.disconnect();
    await this.admin.disconnect();
  }
}
