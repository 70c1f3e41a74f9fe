import type { Kafka } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import { uniqueName, waitFor } from '@usm/testing';

/** A decoded record of a topic, with its key. */
export interface TopicValue<V> {
  readonly key: string | null;
  readonly value: V;
}

/** Reads a topic from the beginning (committed records only) until `enough` holds, then stops. */
export async function readTopicValues<V>(kafka: Kafka, codec: AvroCodec, topic: string, enough: (values: readonly TopicValue<V>[]) => boolean): Promise<TopicValue<V>[]> {
  const values: TopicValue<V>[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('consent-int-reader') });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        values.push({ key: message.key?.toString('utf8') ?? null, value: (await codec.decode<V>(message.value)).value });
      },
    });
    await waitFor(() => enough(values), { timeoutMs: 60_000, description: `records on ${topic}` });
    return values;
  } finally {
    await consumer.disconnect();
  }
}
