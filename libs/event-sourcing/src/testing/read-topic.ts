import type { Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName, waitFor } from '@usm/testing';

/**
 * Every committed record of a topic, with its partition, once the writers have stopped. "Seen all" is
 * when each partition's processed batches (control markers included) reach its end offset as of the call.
 */
export async function readWholeTopic(kafka: Kafka, topic: string, timeoutMs = 60_000): Promise<{ partition: number; message: KafkaMessage }[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((entry) => [entry.partition, BigInt(entry.high)]));
  await admin.disconnect();
  const pending = new Set([...ends.entries()].filter(([, end]) => end > 0n).map(([partition]) => partition));
  const records: { partition: number; message: KafkaMessage }[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('es-spec-reader') });
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    if (BigInt(payload.lastOffset) + 1n >= (ends.get(payload.partition) ?? 0n)) pending.delete(payload.partition);
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({ eachMessage: async ({ partition, message }) => void records.push({ partition, message }) });
  try {
    await waitFor(() => pending.size === 0, { timeoutMs, description: `the end of every partition of ${topic}` });
  } finally {
    await consumer.disconnect();
  }
  return records;
}
