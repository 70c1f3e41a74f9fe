import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { createKafka } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { kafkaConnectionOf } from '@usm/testing';

/** Whether a topic exists on a city's cluster (MirrorMaker 2 creates a remote topic once its flow runs). */
export async function topicExists(city: CityStack, topic: string): Promise<boolean> {
  const admin = createKafka(kafkaConnectionOf(city, 'admin', 'ds-withdrawal-spec')).admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).includes(topic);
  } finally {
    await admin.disconnect();
  }
}

/** One record of a topic as read, with when this reader saw it. */
export interface SeenRecord {
  readonly topic: string;
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: readonly Buffer[];
  readonly timestamp: number;
  readonly seenAt: number;
}

/**
 * Follows topics from the beginning (read_uncommitted, so a privacy scan sees aborted records too) and keeps
 * every record with the time it was seen: the arrival of a replicated notice, or the bytes to scan.
 */
export class TopicRecords {
  readonly records: SeenRecord[] = [];
  private stopped: (() => Promise<void>) | undefined;

  constructor(private readonly kafka: Kafka) {}

  async follow(topics: readonly string[]): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: `ds-withdrawal-spec-${randomUUID()}`, readUncommitted: true, maxWaitTimeInMs: 200 });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, message }) => {
        const headers = Object.values(message.headers ?? {}).flat().filter((h): h is Buffer => Buffer.isBuffer(h));
        this.records.push({ topic, key: message.key?.toString('utf8') ?? null, value: message.value ?? Buffer.alloc(0), headers, timestamp: Number(message.timestamp), seenAt: Date.now() });
      },
    });
    this.stopped = () => consumer.disconnect();
    // Following means assigned: a record arriving from now on is seen when it arrives.
    await joined;
  }

  from(topic: string): readonly SeenRecord[] {
    return this.records.filter((record) => record.topic === topic);
  }

  /** Records whose key, value or headers hold the needle's UTF-8 bytes. */
  holding(needle: string): readonly SeenRecord[] {
    const bytes = Buffer.from(needle, 'utf8');
    return this.records.filter((r) => r.value.includes(bytes) || (r.key ?? '').includes(needle) || r.headers.some((h) => h.includes(bytes)));
  }

  async stop(): Promise<void> {
    await this.stopped?.();
  }
}
