import { randomUUID } from 'node:crypto';
import type { FederatedAvroDeserializer, FederatedDecodedValue } from '@usm/messaging';
import type { Consumer, Kafka } from 'kafkajs';

/** One record a partner's typed consumer received, with its arrival time. */
export interface ReceivedRecord<T> extends FederatedDecodedValue<T> {
  readonly topic: string;
  readonly timestamp: number;
  readonly arrivedAt: number;
  /** The record's headers as UTF-8 text (MirrorMaker 2 copies a source record's headers). */
  readonly headers: Readonly<Record<string, string>>;
}

/** A typed consumer on a partner's cluster reading local and replicated topics alike, through the federation-aware deserializer. */
export class RemoteRecords<T> {
  readonly received: ReceivedRecord<T>[] = [];
  private consumer: Consumer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly deserializer: FederatedAvroDeserializer,
  ) {}

  async start(topics: readonly string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: `federation-spec-${randomUUID()}`, maxWaitTimeInMs: 200, readUncommitted: false });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, message }) => {
        const arrivedAt = Date.now();
        const decoded = await this.deserializer.decode<T>(topic, message.value);
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
        this.received.push({ ...decoded, topic, timestamp: Number(message.timestamp), arrivedAt, headers });
      },
    });
  }

  from(topic: string): ReceivedRecord<T>[] {
    return this.received.filter((r) => r.topic === topic);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/** Waits until a topic exists on a cluster (MirrorMaker 2 creates remote topics itself). */
export async function topicExists(kafka: Kafka, topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).includes(topic);
  } finally {
    await admin.disconnect();
  }
}

/** Sum of a topic's end offsets on a cluster; 0 while it does not exist. */
export async function recordCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return 0;
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, { high }) => sum + Number(high), 0);
  } finally {
    await admin.disconnect();
  }
}
