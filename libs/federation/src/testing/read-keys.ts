import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

/**
 * The record keys of a whole topic, in offset order per partition, read with the given isolation level.
 * Read until nothing new arrives for `quietMs` (a read_committed reader never sees the offsets of aborted
 * records or transaction markers, so "reached the end offset" cannot end it), bounded by `timeoutMs`.
 */
export async function readKeys(kafka: Kafka, topic: string, options: { readUncommitted: boolean; quietMs?: number; timeoutMs?: number }): Promise<string[]> {
  const keys: string[] = [];
  let lastAt = Date.now();
  const started = Date.now();
  const consumer = kafka.consumer({ groupId: `read-keys-${randomUUID()}`, readUncommitted: options.readUncommitted, maxWaitTimeInMs: 200 });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
    lastAt = Date.now();
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) keys.push(message.key?.toString('utf8') ?? '');
        lastAt = Date.now();
      },
    });
    while (!joined || Date.now() - lastAt < (options.quietMs ?? 4_000)) {
      if (Date.now() - started > (options.timeoutMs ?? 60_000)) throw new Error(`reading ${topic} did not settle`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return keys;
  } finally {
    await consumer.disconnect();
  }
}

/** Keys seen more than once, with their counts. */
export function duplicatesOf(keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1);
}
