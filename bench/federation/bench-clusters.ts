import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, SchemaRegistry, createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';
import type { Admin, Kafka } from 'kafkajs';
import { anonymisedEvent } from '../../libs/federation/src/testing/safety-event-fixtures';

/** The source and partner clusters of the benchmark, with admin clients kept open. */
export class BenchClusters {
  readonly source: Kafka;
  readonly target: Kafka;
  private sourceAdmin: Admin | undefined;
  private targetAdmin: Admin | undefined;

  constructor(readonly sourceCity: CityStack, readonly targetCity: CityStack) {
    this.source = createKafka(kafkaConnectionOf(sourceCity, 'admin', 'bench-federation'));
    this.target = createKafka(kafkaConnectionOf(targetCity, 'admin', 'bench-federation'));
  }

  async open(): Promise<this> {
    this.sourceAdmin = this.source.admin();
    this.targetAdmin = this.target.admin();
    await Promise.all([this.sourceAdmin.connect(), this.targetAdmin.connect()]);
    return this;
  }

  /** Creates the source topic (catalog partitioning) and registers the anonymised schema under its subject. */
  async createSourceTopic(topic: string): Promise<AvroCodec> {
    await this.sourceAdmin?.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: topicCatalog.safetyEventsAnonymised.partitions, replicationFactor: 1 }] });
    const registry = new SchemaRegistry({ url: this.sourceCity.registry.url, credentials: registryCredentialsOf(this.sourceCity, 'registry-provisioning') });
    await registry.register(subjectOf(topic), loadValueSchema(topicCatalog.safetyEventsAnonymised) as never);
    return new AvroCodec(registry);
  }

  /** Records on the partner's remote topic (sum of end offsets), 0 until MirrorMaker 2 created it. */
  async targetCount(topic: string): Promise<number> {
    const admin = this.targetAdmin as Admin;
    try {
      if (!(await admin.listTopics()).includes(topic)) return 0;
      return (await admin.fetchTopicOffsets(topic)).reduce((sum, { high }) => sum + Number(high), 0);
    } catch {
      // Right after MirrorMaker 2 creates the topic, metadata can name no leader yet; ask again on the next poll.
      return 0;
    }
  }

  async deleteTopics(prefix: string): Promise<void> {
    for (const admin of [this.sourceAdmin, this.targetAdmin]) {
      const topics = (await admin?.listTopics())?.filter((t) => t.includes(prefix)) ?? [];
      if (topics.length > 0) await admin?.deleteTopics({ topics });
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.sourceAdmin?.disconnect(), this.targetAdmin?.disconnect()]);
  }
}

/** Pre-encoded anonymised events, so encoding never competes with the send loop for the CPU. */
export async function encodedEvents(codec: AvroCodec, topic: string, count: number, offset: number): Promise<{ key: string; value: Buffer }[]> {
  const subject = subjectOf(topic);
  const messages = [];
  for (let n = 0; n < count; n += 1) {
    const event = anonymisedEvent('incheon', offset + n);
    messages.push({ key: event.eventId, value: await codec.encode(subject, event) });
  }
  return messages;
}
