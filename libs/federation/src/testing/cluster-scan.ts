import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

export interface ClusterScan {
  readonly topics: readonly string[];
  readonly records: number;
  /** Which needle was found in which topic (key, value or header bytes), with the key of the first record it was in. */
  readonly hits: readonly ScanHit[];
}

export interface ScanHit {
  readonly topic: string;
  readonly needle: string;
  readonly key?: string;
}

/** Which needles (by index) one part of a record (key, value or a header) contains. */
export type BytesMatcher = (bytes: Buffer) => readonly number[];

/**
 * Reads every record of every topic on a cluster, uncommitted ones included, and looks for each needle
 * in the raw bytes of keys, values and headers. Avro writes strings as plain UTF-8, so a leaked value
 * shows up verbatim whatever schema carried it.
 */
export function scanCluster(kafka: Kafka, needles: readonly string[], quietMs = 5_000): Promise<ClusterScan> {
  const patterns = needles.map((needle) => Buffer.from(needle, 'utf8'));
  const match: BytesMatcher = (bytes) => patterns.flatMap((pattern, index) => (bytes.includes(pattern) ? [index] : []));
  return scanTopics(kafka, { needles, match, quietMs });
}

/**
 * The same scan with a matcher of one's own (e.g. the privacy leak guard, which also finds a value in another
 * case or spacing) over the topics `include` accepts (all by default). Deliberately read_uncommitted: a leak
 * scan must see records of aborted transactions too, which no mesh consumer would ever read.
 */
export async function scanTopics(kafka: Kafka, options: { needles: readonly string[]; match: BytesMatcher; include?: (topic: string) => boolean; quietMs?: number }): Promise<ClusterScan> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter(options.include ?? (() => true));
  const remaining = new Map<string, number>();
  for (const topic of topics) {
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (Number(high) > Number(low)) remaining.set(`${topic}:${partition}`, Number(high));
    }
  }
  await admin.disconnect();
  const hits = new Map<string, ScanHit>();
  let records = 0;
  let lastRecordAt = Date.now();
  if (remaining.size === 0) return { topics, records, hits: [] };
  const consumer = kafka.consumer({ groupId: `cluster-scan-${randomUUID()}`, readUncommitted: true, maxBytesPerPartition: 4 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topics: [...new Set([...remaining.keys()].map((k) => k.slice(0, k.lastIndexOf(':'))))], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        records += 1;
        const parts = [message.key, message.value, ...Object.values(message.headers ?? {}).flat()].filter((p): p is Buffer => Buffer.isBuffer(p));
        for (const index of new Set(parts.flatMap((part) => options.match(part)))) {
          const needle = options.needles[index] ?? `#${index}`;
          const id = `${batch.topic}|${needle}`;
          if (!hits.has(id)) hits.set(id, { topic: batch.topic, needle, key: message.key?.toString('utf8') ?? '' });
        }
      }
      const end = remaining.get(`${batch.topic}:${batch.partition}`);
      if (end !== undefined && Number(batch.lastOffset()) >= end - 1) remaining.delete(`${batch.topic}:${batch.partition}`);
      lastRecordAt = Date.now();
    },
  });
  // Partitions ending in a transaction marker never deliver their last offset: a quiet period ends the scan too.
  while (remaining.size > 0 && Date.now() - lastRecordAt < (options.quietMs ?? 5_000)) await new Promise((resolve) => setTimeout(resolve, 100));
  await consumer.disconnect();
  return { topics, records, hits: [...hits.values()] };
}
