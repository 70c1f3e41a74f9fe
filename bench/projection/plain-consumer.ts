import type { Kafka } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import type { Throughput } from '../support/progress';
import { say } from '../support/progress';

/**
 * A bare kafkajs consumer over a topic that counts records (decoding them when asked) and writes
 * nothing. It times itself from its first batch, since polling from outside misses most of a fast run.
 */
export async function readWithPlainConsumer(kafka: Kafka, topic: string, groupId: string, target: number, codec?: AvroCodec): Promise<Throughput> {
  let seen = 0;
  let started: number | undefined;
  let finished: (ms: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finished = resolve));
  const consumer = kafka.consumer({ groupId, readUncommitted: false });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      started ??= performance.now();
      if (codec) for (const message of batch.messages) await codec.decode(message.value);
      seen += batch.messages.length;
      if (seen >= target) finished(performance.now() - started);
    },
  });
  const progress = setInterval(() => say(groupId.split('-').at(-1) ?? 'plain', `${seen}/${target} records`), 1_000);
  try {
    return { records: target, ms: await done };
  } finally {
    clearInterval(progress);
    await consumer.disconnect();
  }
}
