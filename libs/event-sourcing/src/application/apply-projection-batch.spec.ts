import { InMemoryProjectionStore } from '../adapters/in-memory/in-memory-projection-store';
import type { ProjectionEvent } from '../domain/projection';
import type { CounterRecord } from '../testing/counter-topic';
import type { CounterTotal } from '../testing/counter-totals.projection';
import { counterTotalsProjection, deletedAtTotal } from '../testing/counter-totals.projection';
import { applyProjectionBatch } from './apply-projection-batch';

const projection = counterTotalsProjection('counters');
const record = (offset: number, counterId: string, by: number, partition = 0): ProjectionEvent<CounterRecord> => ({
  topic: 'counters',
  partition,
  offset: String(offset),
  timestamp: '0',
  key: `counter-${counterId}`,
  headers: {},
  value: { eventId: `e${offset}`, counterId, by, version: offset + 1 },
});

describe('applyProjectionBatch', () => {
  let store: InMemoryProjectionStore<CounterTotal>;
  const batchOf = (records: ProjectionEvent<CounterRecord>[]) => ({ topic: 'counters', partition: records[0]?.partition ?? 0, records });
  const apply = (records: ProjectionEvent<CounterRecord>[]): Promise<string[]> => store.inTransaction((tx) => applyProjectionBatch(projection, tx, batchOf(records)));
  beforeEach(() => {
    store = new InMemoryProjectionStore<CounterTotal>(['counterId']);
  });

  it('folds the records into their rows and stores the last offset', async () => {
    await expect(apply([record(0, 'a', 1), record(1, 'b', 2), record(2, 'a', 3)])).resolves.toEqual(['applied', 'applied', 'applied']);
    expect(store.allRows()).toEqual([
      { counterId: 'a', total: 4, events: 2, lastVersion: 3 },
      { counterId: 'b', total: 2, events: 1, lastVersion: 2 },
    ]);
    await expect(store.readOffsets()).resolves.toEqual(new Map([['counters:0', 2n]]));
  });

  it('ignores records at or below the stored offset, as a value', async () => {
    await apply([record(0, 'a', 1), record(1, 'a', 1)]);
    await expect(apply([record(1, 'a', 1), record(2, 'a', 1)])).resolves.toEqual(['ignored', 'applied']);
    await expect(apply([record(0, 'a', 1)])).resolves.toEqual(['ignored']);
    expect(store.allRows()).toEqual([{ counterId: 'a', total: 3, events: 3, lastVersion: 3 }]);
  });

  it('deletes a row when evolve returns null', async () => {
    await apply([record(0, 'a', 10), record(1, 'b', 1)]);
    await apply([record(2, 'a', deletedAtTotal - 10)]);
    expect(store.allRows().map((row) => row.counterId)).toEqual(['b']);
  });

  it('keeps offsets per partition', async () => {
    await apply([record(5, 'a', 1, 0)]);
    await expect(apply([record(3, 'b', 1, 1)])).resolves.toEqual(['applied']);
    await expect(store.readOffsets()).resolves.toEqual(new Map([['counters:0', 5n], ['counters:1', 3n]]));
  });

  it('leaves rows and offset untouched when the transaction fails mid-batch', async () => {
    await apply([record(0, 'a', 1)]);
    const crashing = store.inTransaction(async (tx) => {
      await applyProjectionBatch(projection, tx, batchOf([record(1, 'a', 1)]));
      throw new Error('killed');
    });
    await expect(crashing).rejects.toThrow('killed');
    await expect(apply([record(1, 'a', 1)])).resolves.toEqual(['applied']);
    expect(store.allRows()).toEqual([{ counterId: 'a', total: 2, events: 2, lastVersion: 2 }]);
  });

  it('does nothing for an empty batch', async () => {
    await expect(apply([])).resolves.toEqual([]);
    await expect(store.readOffsets()).resolves.toEqual(new Map());
  });

  it('moves the offset past records it could not project (dead-lettered)', async () => {
    await store.inTransaction((tx) => applyProjectionBatch(projection, tx, { topic: 'counters', partition: 0, records: [record(0, 'a', 1)], throughOffset: '4' }));
    await expect(store.readOffsets()).resolves.toEqual(new Map([['counters:0', 4n]]));
    await expect(apply([record(3, 'a', 1), record(5, 'a', 1)])).resolves.toEqual(['ignored', 'applied']);
  });
});
