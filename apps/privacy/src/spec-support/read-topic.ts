import type { Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName, waitFor } from '@usm/testing';

/** One record as it lies on a topic: the bytes a leak scan must look at. */
export interface TopicRecord {
  readonly partition: number;
  readonly message: KafkaMessage;
}

/**
 * Every record of `topic` from the beginning, read with a plain kafkajs consumer until each partition is
 * caught up with its high watermark (waiting on offsets, bounded). `readUncommitted: false` is Kafka's
 * read_committed: records of aborted or open transactions are never returned.
 */
export async function readTopic(kafka: Kafka, topic: string, options: { readUncommitted?: boolean; timeoutMs?: number } = {}): Promise<TopicRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const pending = new Set(ends.filter((p) => p.high !== '0').map((p) => p.partition));
  const records: TopicRecord[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('it-reader'), readUncommitted: options.readUncommitted ?? false, maxWaitTimeInMs: 200 });
  // Emitted for every fetched batch, also those whose records were all filtered out (aborted, markers).
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    if (payload.offsetLag === '0') pending.delete(payload.partition);
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void records.push({ partition, message }) });
    await waitFor(() => pending.size === 0, { timeoutMs: options.timeoutMs ?? 60_000, description: `reading ${topic} to its end` });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Every byte of a record that could carry data: key, value, header names and values. */
export function bytesOf({ message }: TopicRecord): Buffer {
  const headers = Object.entries(message.headers ?? {}).flatMap(([name, value]) => [Buffer.from(name), ...[value ?? []].flat().map((v) => Buffer.from(v))]);
  return Buffer.concat([message.key ?? Buffer.alloc(0), message.value ?? Buffer.alloc(0), ...headers]);
}
