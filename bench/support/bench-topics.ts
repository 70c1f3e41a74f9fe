import type { Admin, Kafka } from 'kafkajs';
import { logLevel } from 'kafkajs';
import { createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf } from '@usm/testing';
import { cityStack } from '@usm/testing';

/** A city's real Kafka for a benchmark run: fresh topics it deletes at the end. */
export class BenchCluster {
  readonly city: CityStack;
  readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly created: string[] = [];

  constructor(cityId = 'incheon') {
    this.city = cityStack(cityId);
    this.kafka = createKafka({ ...kafkaConnectionOf(this.city, 'admin', 'bench'), logLevel: logLevel.ERROR });
    this.admin = this.kafka.admin();
  }

  async open(): Promise<this> {
    await this.admin.connect();
    return this;
  }

  async createTopics(names: readonly string[], partitions: number): Promise<void> {
    await this.admin.createTopics({ waitForLeaders: true, topics: names.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })) });
    this.created.push(...names);
  }

  /** Sum over partitions of the records a group has committed on `topic`. */
  async committedCount(groupId: string, topic: string): Promise<number> {
    const [offsets] = await this.admin.fetchOffsets({ groupId, topics: [topic] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  }

  /** Sum over partitions of the end offsets of `topic`. */
  async endCount(topic: string): Promise<number> {
    return (await this.admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
  }

  async close(): Promise<void> {
    if (this.created.length > 0) await this.admin.deleteTopics({ topics: this.created }).catch(() => undefined);
    await this.admin.disconnect();
  }
}
