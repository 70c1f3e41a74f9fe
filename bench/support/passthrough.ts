import type { Consumer, Kafka, Producer } from 'kafkajs';
import { ACKS_ALL, meshProducerConfig } from '@usm/messaging';
import { transactionalRetry } from '../../libs/messaging/src/transactional/transactional-session';

export interface PassthroughOptions {
  readonly input: string;
  readonly output: string;
  readonly groupId: string;
  /** Same settings as the privacy pipeline (transactional producer, read_committed, offsets in the transaction), or at-least-once. */
  readonly transactional: boolean;
  readonly chunkRecords: number;
  /** Fetch size per partition; the processor's default when the bench compares with it. */
  readonly maxBytesPerPartition?: number;
  /** How long a fetch waits for data; the processor's default when the bench compares with it. */
  readonly maxWaitTimeInMs?: number;
}

/**
 * A plain kafkajs consume-and-produce loop that copies record bytes as they are: the baseline the
 * pipeline is compared with. Written against kafkajs directly, not our processor, on purpose.
 */
export async function startPassthrough(kafka: Kafka, options: PassthroughOptions): Promise<() => Promise<void>> {
  // Transactional, it retries CONCURRENT_TRANSACTIONS as soon as the processor does (20 ms, not kafkajs's 300 ms), so the
  // baseline is not slowed by a retry policy the pipeline does not have.
  const producer = kafka.producer(
    meshProducerConfig(options.transactional ? { transactionalId: `${options.groupId}-tx`, maxInFlightRequests: 1, idempotent: true, retry: transactionalRetry } : {}),
  );
  const consumer = kafka.consumer({
    groupId: options.groupId,
    readUncommitted: false,
    ...(options.maxBytesPerPartition ? { maxBytesPerPartition: options.maxBytesPerPartition } : {}),
    ...(options.maxWaitTimeInMs ? { maxWaitTimeInMs: options.maxWaitTimeInMs } : {}),
  });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [options.input], fromBeginning: true });
  await consumer.run({
    autoCommit: !options.transactional,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }) => {
      for (let start = 0; start < batch.messages.length; start += options.chunkRecords) {
        const chunk = batch.messages.slice(start, start + options.chunkRecords);
        const last = chunk[chunk.length - 1];
        if (!last) continue;
        const messages = chunk.map((m) => ({ key: m.key, value: m.value, headers: m.headers }));
        if (options.transactional) await copyInTransaction(producer, options, batch.partition, messages, (BigInt(last.offset) + 1n).toString());
        else await producer.send({ topic: options.output, acks: ACKS_ALL, messages });
        resolveOffset(last.offset);
        if (!options.transactional) await commitOffsetsIfNecessary();
        await heartbeat();
      }
    },
  });
  return () => stop(consumer, producer);
}

async function copyInTransaction(producer: Producer, options: PassthroughOptions, partition: number, messages: { key: Buffer | null; value: Buffer | null }[], next: string): Promise<void> {
  const transaction = await producer.transaction();
  try {
    await transaction.send({ topic: options.output, acks: ACKS_ALL, messages });
    await transaction.sendOffsets({ consumerGroupId: options.groupId, topics: [{ topic: options.input, partitions: [{ partition, offset: next }] }] });
    await transaction.commit();
  } catch (error) {
    await transaction.abort().catch(() => undefined);
    throw error;
  }
}

async function stop(consumer: Consumer, producer: Producer): Promise<void> {
  await consumer.disconnect();
  await producer.disconnect();
}
