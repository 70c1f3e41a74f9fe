import type { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { AvroCodec } from '@usm/messaging';
import { Registry } from 'prom-client';
import { EventSourcingMetrics } from '../metrics/event-sourcing-metrics';
import { InMemoryProjectionStore } from '../in-memory/in-memory-projection-store';
import type { CounterRecord } from '../../testing/counter-topic';
import { counterValueSchema } from '../../testing/counter-topic';
import type { CounterTotal } from '../../testing/counter-totals.projection';
import { counterTotalsProjection } from '../../testing/counter-totals.projection';
import { fixedSchemaSource } from '../../testing/fixed-schema-source';
import { ProjectionConsumer } from './projection-consumer';

const codec = new AvroCodec(fixedSchemaSource(counterValueSchema));
const message = async (offset: number, counterId = 'a', by = 1): Promise<KafkaMessage> => {
  const value: CounterRecord = { eventId: `e${offset}`, counterId, by, version: offset + 1 };
  return { offset: String(offset), key: Buffer.from(counterId), value: await codec.encode('counters-value', value), timestamp: '0', attributes: 0, headers: {} };
};

/** Just enough of a kafkajs consumer to drive the projection consumer by hand. */
function fakeKafka() {
  const joinListeners: ((event: { payload: { memberAssignment: Record<string, number[]> } }) => void)[] = [];
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join' },
    seeks: [] as { topic: string; partition: number; offset: string }[],
    eachBatch: undefined as ((payload: EachBatchPayload) => Promise<void>) | undefined,
    on: (_event: string, listener: (typeof joinListeners)[number]) => void joinListeners.push(listener),
    connect: async () => undefined,
    subscribe: async () => undefined,
    disconnect: async () => undefined,
    run: async (config: { eachBatch: (payload: EachBatchPayload) => Promise<void> }) => void (consumer.eachBatch = config.eachBatch),
    seek: (entry: { topic: string; partition: number; offset: string }) => void consumer.seeks.push(entry),
  };
  const join = (memberAssignment: Record<string, number[]>): void => joinListeners.forEach((listener) => listener({ payload: { memberAssignment } }));
  return { kafka: { consumer: () => consumer } as unknown as Kafka, consumer, join };
}

describe('ProjectionConsumer', () => {
  let store: InMemoryProjectionStore<CounterTotal>;
  let fake: ReturnType<typeof fakeKafka>;
  let registry: Registry;
  const deadLettered: string[] = [];
  const resolved: string[] = [];
  const deliver = async (partition: number, messages: KafkaMessage[]): Promise<void> => {
    const batch = { topic: 'counters', partition, messages };
    const payload = { batch, resolveOffset: (offset: string) => void resolved.push(offset), heartbeat: async () => undefined, isRunning: () => true, isStale: () => false };
    await fake.consumer.eachBatch?.(payload as unknown as EachBatchPayload);
  };

  beforeEach(async () => {
    store = new InMemoryProjectionStore<CounterTotal>(['counterId']);
    await store.inTransaction(async (tx) => {
      await tx.lockOffset('counters', 0);
      await tx.storeOffset('counters', 0, 4n);
    });
    fake = fakeKafka();
    deadLettered.length = 0;
    resolved.length = 0;
    const deadLetters = { publish: async (record: { offset: string }) => void deadLettered.push(record.offset) };
    registry = new Registry();
    const settings = { groupPrefix: 'spec', maxRecordsPerTransaction: 2 };
    await new ProjectionConsumer(fake.kafka, codec, deadLetters, counterTotalsProjection('counters'), store, settings, new EventSourcingMetrics(registry)).start();
  });

  it('seeks every assigned partition with a stored offset to the next one on group join', () => {
    fake.join({ counters: [0, 1] });
    expect(fake.consumer.seeks).toEqual([{ topic: 'counters', partition: 0, offset: '5' }]);
  });

  it('ignores redelivered records and applies the rest in transactions of the configured size', async () => {
    await deliver(0, await Promise.all([3, 4, 5, 6, 7].map((offset) => message(offset))));
    expect(store.allRows()).toEqual([{ counterId: 'a', total: 3, events: 3, lastVersion: 8 }]);
    expect(resolved).toEqual(['4', '6', '7']);
    await expect(store.readOffsets()).resolves.toEqual(new Map([['counters:0', 7n]]));
    const metrics = await registry.metrics();
    expect(metrics).toContain('usm_event_sourcing_projection_records_total{projection="counter-totals",outcome="applied"} 3');
    expect(metrics).toContain('usm_event_sourcing_projection_records_total{projection="counter-totals",outcome="ignored"} 2');
  });

  it('dead-letters a record that cannot decode and moves the offset past it', async () => {
    const garbage: KafkaMessage = { ...(await message(5)), value: Buffer.from('not avro') };
    await deliver(0, [garbage]);
    expect(deadLettered).toEqual(['5']);
    await expect(store.readOffsets()).resolves.toEqual(new Map([['counters:0', 5n]]));
    expect(store.allRows()).toEqual([]);
  });

  it('seeks to where it got after a later rebalance', async () => {
    await deliver(1, [await message(0, 'b')]);
    fake.join({ counters: [1] });
    expect(fake.consumer.seeks).toEqual([{ topic: 'counters', partition: 1, offset: '1' }]);
  });
});
