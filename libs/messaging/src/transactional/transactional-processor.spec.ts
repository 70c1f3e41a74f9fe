import type { EachBatchPayload, Kafka } from 'kafkajs';
import type { AvroCodec } from '../codec/avro-codec';
import { TransactionalProcessor } from './transactional-processor';

/** kafkajs and codec fakes: JSON instead of Avro, a producer that records calls, a consumer whose eachBatch we drive. */
function fakes(committedOffset = '-1') {
  const calls: string[] = [];
  const failures: { commit?: Error } = {};
  let eachBatch: ((payload: EachBatchPayload) => Promise<void>) | undefined;
  const seeks: unknown[] = [];
  let stops = 0;
  const consumerSide: { restartOnFailure?: (error: Error) => Promise<boolean>; onCrash?: (event: { payload: { error: Error; restart: boolean } }) => void; duringRun?: () => Promise<void> } = {};
  const kafka = {
    producer: () => ({
      connect: async () => undefined,
      disconnect: async () => void calls.push('disconnect producer'),
      transaction: async () => ({
        sendBatch: async ({ topicMessages }: { topicMessages: { topic: string; messages: unknown[] }[] }) => void calls.push(`send ${topicMessages.map((t) => `${t.topic}x${t.messages.length}`).join(',')}`),
        sendOffsets: async ({ topics }: { topics: { partitions: { offset: string }[] }[] }) => void calls.push(`offsets ${topics[0]?.partitions[0]?.offset}`),
        commit: async () => {
          const failure = failures.commit;
          delete failures.commit;
          if (failure) throw failure;
          calls.push('commit');
        },
        abort: async () => void calls.push('abort'),
      }),
    }),
    admin: () => ({ connect: async () => undefined, disconnect: async () => undefined, fetchOffsets: async () => [{ topic: 'raw', partitions: [{ partition: 0, offset: committedOffset }] }] }),
    consumer: (config: { retry?: { restartOnFailure?: (error: Error) => Promise<boolean> } }) => ({
      ...((consumerSide.restartOnFailure = config.retry?.restartOnFailure), {}),
      events: { CRASH: 'consumer.crash' },
      on: (event: string, handler: (event: { payload: { error: Error; restart: boolean } }) => void) => {
        if (event === 'consumer.crash') consumerSide.onCrash = handler;
      },
      connect: async () => undefined,
      disconnect: async () => undefined,
      stop: async () => void stops++,
      subscribe: async () => undefined,
      seek: (seek: unknown) => void seeks.push(seek),
      run: async (config: { eachBatch: (payload: EachBatchPayload) => Promise<void> }) => {
        eachBatch = config.eachBatch;
        await consumerSide.duringRun?.();
      },
    }),
  } as unknown as Kafka;
  const encode = async (_subject: string, value: unknown) => Buffer.from(JSON.stringify(value));
  const codec = { decode: async (value: Buffer) => ({ schemaId: 1, value: JSON.parse(value.toString()) }), encode, encodeSoon: encode } as unknown as AvroCodec;
  const resolved: string[] = [];
  const deliver = (offsets: string[], lastOffset = offsets.at(-1) as string) =>
    (eachBatch as (payload: EachBatchPayload) => Promise<void>)({
      batch: {
        topic: 'raw', partition: 0, highWatermark: '10',
        messages: offsets.map((offset) => ({ offset, key: Buffer.from(`k${offset}`), value: Buffer.from(JSON.stringify({ n: Number(offset) })), timestamp: '0', attributes: 0, headers: {} })),
        firstOffset: () => offsets[0] ?? null,
        lastOffset: () => lastOffset,
      },
      resolveOffset: (offset: string) => void resolved.push(offset),
      heartbeat: async () => undefined,
      isRunning: () => true,
      isStale: () => false,
    } as unknown as EachBatchPayload);
  return { kafka, codec, calls, failures, deliver, resolved, seeks, stops: () => stops, consumerSide };
}

function processorOn(fake: ReturnType<typeof fakes>, onFatal?: (error: Error) => void) {
  return new TransactionalProcessor<{ n: number }>(fake.kafka, fake.codec, {
    inputTopic: 'raw', groupId: 'g', transactionalId: 'i-0:raw', settings: { maxChunkRecords: 2, stuckAfterFailedChunks: 2 }, onFatal,
    transform: ({ value }) => {
      // A record of an unexpected shape: the transform chokes on it like anonymiseEvent on another contract.
      if (value.n === 5) throw new TypeError("Cannot read properties of undefined (reading 'latitude')");
      return value.n === 1 ? { outcome: 'skipped', outputs: [] } : { outcome: 'processed', outputs: [{ topic: 'out', key: `k${value.n}`, value }] };
    },
  });
}

describe('TransactionalProcessor with fakes', () => {
  it('commits a batch chunk by chunk, resolving each chunk only after its commit, and counts after commits', async () => {
    const fake = fakes();
    const processor = processorOn(fake);
    await processor.start();
    await fake.deliver(['0', '1', '2'], '3');
    // The first abort is the empty transaction that fences earlier incarnations at start.
    expect(fake.calls).toEqual(['abort', 'send outx1', 'offsets 2', 'commit', 'send outx1', 'offsets 4', 'commit']);
    expect(fake.resolved).toEqual(['1', '3']);
    expect(await processor.metrics.countOf('raw', 'processed')).toBe(2);
    expect(await processor.metrics.countOf('raw', 'skipped')).toBe(1);
    expect(await processor.metrics.transactionsOf('raw', 'committed')).toBe(2);
  });

  it('rejects a batch whose commit failed, and seeks back to the committed offset before the next one', async () => {
    const fake = fakes('2');
    const processor = processorOn(fake);
    await processor.start();
    fake.failures.commit = new Error('timeout');
    await expect(fake.deliver(['2', '3'])).rejects.toMatchObject({ code: 'MESSAGING.TRANSACTION_ABORTED', retriable: true });
    expect(fake.resolved).toEqual([]);
    expect(await processor.metrics.transactionsOf('raw', 'aborted')).toBe(1);
    await fake.deliver(['0', '1']);
    expect(fake.seeks).toEqual([{ topic: 'raw', partition: 0, offset: '2' }]);
    expect(fake.resolved).toEqual([]);
  });

  it('sends nothing of the chunk planned ahead when the transaction before it fails, and reads it again after seeking back', async () => {
    const fake = fakes('0');
    const processor = processorOn(fake);
    await processor.start();
    fake.failures.commit = new Error('timeout');
    await expect(fake.deliver(['0', '1', '2', '3'])).rejects.toMatchObject({ code: 'MESSAGING.TRANSACTION_ABORTED' });
    expect(fake.calls).toEqual(['abort', 'send outx1', 'offsets 2', 'disconnect producer']);
    expect(fake.resolved).toEqual([]);
    expect(await processor.metrics.countOf('raw', 'processed')).toBe(0);
    await fake.deliver(['0', '1', '2', '3']);
    expect(fake.calls.slice(4)).toEqual(['abort', 'send outx1', 'offsets 2', 'commit', 'send outx2', 'offsets 4', 'commit']);
    expect(fake.resolved).toEqual(['1', '3']);
    expect(await processor.metrics.countOf('raw', 'processed')).toBe(3);
  });

  it('has the consumer restarted after a crash while it joins (a coordinator still loading), and not once stopped', async () => {
    const fake = fakes();
    const processor = processorOn(fake);
    let restartWhileJoining: boolean | undefined;
    fake.consumerSide.duringRun = async () => {
      restartWhileJoining = await fake.consumerSide.restartOnFailure?.(new Error('The coordinator is loading and hence can\'t process requests for this group'));
    };
    await processor.start();
    expect(restartWhileJoining).toBe(true);
    expect(await fake.consumerSide.restartOnFailure?.(new Error('later'))).toBe(true);
    await processor.stop();
    expect(await fake.consumerSide.restartOnFailure?.(new Error('after stop'))).toBe(false);
  });

  it('fails when the consumer crashed for good while joining, instead of reporting a dead stream as running', async () => {
    const fake = fakes();
    const fatal: Error[] = [];
    const processor = processorOn(fake, (error) => fatal.push(error));
    fake.consumerSide.duringRun = async () => fake.consumerSide.onCrash?.({ payload: { error: new Error('not retriable'), restart: false } });
    await processor.start().catch(() => undefined);
    expect(processor.state()).toBe('failed');
  });

  it('stops for good and says so once when fenced', async () => {
    const fake = fakes();
    const fatal: Error[] = [];
    const processor = processorOn(fake, (error) => fatal.push(error));
    await processor.start();
    fake.failures.commit = Object.assign(new Error('old epoch'), { name: 'KafkaJSProtocolError', type: 'INVALID_PRODUCER_EPOCH' });
    await expect(fake.deliver(['0'])).rejects.toThrow('old epoch');
    expect(processor.state()).toBe('failed');
    expect(fatal).toHaveLength(1);
    expect(fake.stops()).toBe(1);
  });

  it('dead-letters a record the transform throws a plain error on, and commits the rest of its chunk in the same transaction', async () => {
    const fake = fakes();
    const processor = processorOn(fake);
    await processor.start();
    await fake.deliver(['4', '5']);
    expect(fake.calls).toEqual(['abort', 'send outx1,raw.dlqx1', 'offsets 6', 'commit']);
    expect(await processor.metrics.countOf('raw', 'deadLettered')).toBe(1);
    expect(await processor.metrics.transactionsOf('raw', 'aborted')).toBe(0);
    expect(processor.stuckPartitions()).toEqual([]);
  });

  it('calls a partition stuck after the configured aborted chunks in a row, and healthy again once a chunk commits', async () => {
    const fake = fakes();
    const processor = processorOn(fake);
    await processor.start();
    fake.failures.commit = new Error('timeout');
    await expect(fake.deliver(['0'])).rejects.toThrow();
    expect(processor.stuckPartitions()).toEqual([]);
    fake.failures.commit = new Error('timeout');
    await expect(fake.deliver(['0'])).rejects.toThrow();
    expect(processor.stuckPartitions()).toEqual([{ topic: 'raw', partition: 0, failedChunks: 2 }]);
    await fake.deliver(['0']);
    expect(processor.stuckPartitions()).toEqual([]);
  });
});
