import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

export interface ClusterScan {
  readonly topics: readonly string[];
  readonly records: number;
  /** Which needle was found in which topic (key, value or header bytes). */
  readonly hits: readonly { readonly topic: string; readonly needle: string }[];
}

/**
 * Reads every record of every topic on a cluster, uncommitted ones included, and looks for each needle
 * in the raw bytes of keys, values and headers. Avro writes strings as plain UTF-8, so a leaked value
 * shows up verbatim whatever schema carried it.
 */
export async function scanCluster(kafka: Kafka, needles: readonly string[], quietMs = 5_000): Promise<ClusterScan> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = await admin.listTopics();
  const remaining = new Map<string, number>();
  for (const topic of topics) {
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (Number(high) > Number(low)) remaining.set(`${topic}:${partition}`, Number(high));
    }
  }
  await admin.disconnect();
  const patterns = needles.map((needle) => ({ needle, bytes: Buffer.from(needle, 'utf8') }));
  const hits = new Map<string, { topic: string; needle: string }>();
  let records = 0;
  let lastRecordAt = Date.now();
  const consumer = kafka.consumer({ groupId: `cluster-scan-${randomUUID()}`, readUncommitted: true, maxBytesPerPartition: 4 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topics: [...topics], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        records += 1;
        const parts = [message.key, message.value, ...Object.values(message.headers ?? {}).flat()].filter((p): p is Buffer => Buffer.isBuffer(p));
        for (const { needle, bytes } of patterns) {
          if (parts.some((part) => part.includes(bytes))) hits.set(`${batch.topic}|${needle}`, { topic: batch.topic, needle });
        }
      }
      const end = remaining.get(`${batch.topic}:${batch.partition}`);
      if (end !== undefined && Number(batch.lastOffset()) >= end - 1) remaining.delete(`${batch.topic}:${batch.partition}`);
      lastRecordAt = Date.now();
    },
  });
  // Partitions ending in a transaction marker never deliver their last offset: a quiet period ends the scan too.
  while (remaining.size > 0 && Date.now() - lastRecordAt < quietMs) await new Promise((resolve) => setTimeout(resolve, 100));
  await consumer.disconnect();
  return { topics, records, hits: [...hits.values()] };
}
