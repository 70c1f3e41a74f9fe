import type { ProjectionStore } from '../application/ports';
import { partitionKey } from '../domain/row-key';
import type { CounterTotal } from './counter-totals.projection';

const row = (counterId: string, total: number): CounterTotal => ({ counterId, total, events: 1, lastVersion: 1 });
const byId = (rows: CounterTotal[]): CounterTotal[] => [...rows].sort((a, b) => a.counterId.localeCompare(b.counterId));

/** The behaviour every `ProjectionStore` adapter shares, on the counter read model; run it from each adapter's spec. */
export function projectionStoreContract(adapter: string, open: () => Promise<{ store: ProjectionStore<CounterTotal>; close?: () => Promise<void> }>): void {
  describe(`ProjectionStore contract: ${adapter}`, () => {
    let store: ProjectionStore<CounterTotal>;
    let close: (() => Promise<void>) | undefined;
    beforeEach(async () => ({ store, close } = await open()));
    afterEach(async () => close?.());

    it('starts with no offset (-1) and no rows', async () => {
      await expect(store.inTransaction((tx) => tx.lockOffset('t', 0))).resolves.toBe(-1n);
      await expect(store.readOffsets()).resolves.toEqual(new Map([[partitionKey('t', 0), -1n]]));
      await expect(store.inTransaction((tx) => tx.loadRows([{ counterId: 'a' }]))).resolves.toEqual([]);
    });

    it('commits rows and offsets together', async () => {
      await store.inTransaction(async (tx) => {
        await tx.lockOffset('t', 2);
        await tx.saveRows([row('a', 1), row('b', 2)]);
        await tx.storeOffset('t', 2, 41n);
      });
      await expect(store.readOffsets()).resolves.toEqual(new Map([[partitionKey('t', 2), 41n]]));
      await expect(store.inTransaction((tx) => tx.loadRows([{ counterId: 'b' }, { counterId: 'a' }])).then(byId)).resolves.toEqual([row('a', 1), row('b', 2)]);
    });

    it('overwrites and deletes rows by key', async () => {
      await store.inTransaction((tx) => tx.saveRows([row('a', 1), row('b', 2)]));
      await store.inTransaction(async (tx) => {
        await tx.saveRows([row('a', 5)]);
        await tx.deleteRows([{ counterId: 'b' }, { counterId: 'never-existed' }]);
      });
      await expect(store.inTransaction((tx) => tx.loadRows([{ counterId: 'a' }, { counterId: 'b' }]))).resolves.toEqual([row('a', 5)]);
    });

    it('keeps nothing of a transaction that failed', async () => {
      const failing = store.inTransaction(async (tx) => {
        await tx.lockOffset('t', 0);
        await tx.saveRows([row('a', 1)]);
        await tx.storeOffset('t', 0, 7n);
        throw new Error('crash mid-batch');
      });
      await expect(failing).rejects.toThrow('crash mid-batch');
      await expect(store.readOffsets()).resolves.toEqual(new Map());
      await expect(store.inTransaction((tx) => tx.loadRows([{ counterId: 'a' }]))).resolves.toEqual([]);
    });

    it('forgets rows and offsets on reset', async () => {
      await store.inTransaction(async (tx) => {
        await tx.lockOffset('t', 0);
        await tx.saveRows([row('a', 1)]);
        await tx.storeOffset('t', 0, 3n);
      });
      await store.reset();
      await expect(store.readOffsets()).resolves.toEqual(new Map());
      await expect(store.inTransaction((tx) => tx.loadRows([{ counterId: 'a' }]))).resolves.toEqual([]);
    });
  });
}
