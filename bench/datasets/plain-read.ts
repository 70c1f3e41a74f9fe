import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

/** The baseline: a plain kafkajs consumer reading every record of `topic` to its end offsets, no decoding. */
export async function plainRead(kafka: Kafka, topic: string, maxBytes: number): Promise<{ records: number; ms: number }> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, BigInt(o.high) - 1n] as const));
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `incheon-datasets-bench-plain-${randomUUID()}`, maxBytes, maxBytesPerPartition: Math.floor(maxBytes / 4), minBytes: 1, maxWaitTimeInMs: 200 });
  let records = 0;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
    consumer
      .connect()
      .then(() => consumer.subscribe({ topic, fromBeginning: true }))
      .then(() =>
        consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            records += batch.messages.length;
            const end = ends.get(batch.partition);
            if (end !== undefined && BigInt(batch.lastOffset()) >= end) ends.delete(batch.partition);
            if (ends.size === 0) resolve();
          },
        }),
      )
      .catch(reject);
  });
  const ms = performance.now() - started;
  await consumer.disconnect();
  return { records, ms };
}
