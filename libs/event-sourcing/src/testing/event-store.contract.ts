import { randomUUID } from 'node:crypto';
import { ConcurrencyError, ValidationError } from '@usm/errors';
import type { DomainEvent } from '../decider/decider';
import type { AppendOptions, EventStore } from '../application/ports';

type Tick = DomainEvent<'Ticked', { readonly n: number; readonly label: string | null }>;

const tick = (n: number): Tick => ({ type: 'Ticked', data: { n, label: n % 2 === 0 ? null : `t${n}` } });
const fresh = (): string => `contract-${randomUUID()}`;
const by = (commandId = randomUUID()): AppendOptions => ({ commandId, actor: 'contract-spec', now: new Date('2026-01-01T00:00:00Z') });

/** The behaviour every `EventStore` adapter shares; run it from each adapter's spec. */
export function eventStoreContract(adapter: string, open: () => Promise<{ store: EventStore; close?: () => Promise<void> }>): void {
  describe(`EventStore contract: ${adapter}`, () => {
    let store: EventStore;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => ({ store, close } = await open()));
    afterAll(async () => close?.());

    it('reads an unknown stream as empty at version 0', async () => {
      await expect(store.readStream(fresh())).resolves.toEqual({ events: [], version: 0 });
    });

    it('appends to a new stream and reads the events back in order', async () => {
      const stream = fresh();
      await expect(store.appendToStream(stream, 0, [tick(1), tick(2)], by())).resolves.toEqual({ status: 'appended', nextVersion: 2 });
      await expect(store.appendToStream(stream, 2, [tick(3)], by())).resolves.toEqual({ status: 'appended', nextVersion: 3 });
      await expect(store.readStream(stream)).resolves.toEqual({ events: [tick(1), tick(2), tick(3)], version: 3 });
    });

    it('refuses an append at a stale or future version with the expected and actual versions', async () => {
      const stream = fresh();
      await store.appendToStream(stream, 0, [tick(1)], by());
      await expect(store.appendToStream(stream, 0, [tick(2)], by())).rejects.toMatchObject({ expectedVersion: 0, actualVersion: 1 });
      await expect(store.appendToStream(stream, 5, [tick(2)], by())).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.readStream(stream)).resolves.toMatchObject({ version: 1 });
    });

    it('refuses an expected version no stream can have', async () => {
      await expect(store.appendToStream(fresh(), -1, [tick(1)], by())).rejects.toBeInstanceOf(ValidationError);
    });

    it('records a command id once: a repeat is a duplicate carrying the first result, with no new events', async () => {
      const stream = fresh();
      const commandId = randomUUID();
      await store.appendToStream(stream, 0, [tick(1)], by(commandId));
      const repeat = await store.appendToStream(stream, 1, [tick(9)], by(commandId));
      expect(repeat).toEqual({ status: 'duplicate', nextVersion: 1, recorded: { commandId, streamId: stream, nextVersion: 1, events: [tick(1)] } });
      await expect(store.findCommand(commandId)).resolves.toEqual({ commandId, streamId: stream, nextVersion: 1, events: [tick(1)] });
      await expect(store.readStream(stream)).resolves.toMatchObject({ version: 1 });
    });

    it('does not know a command id that was never appended', async () => {
      await expect(store.findCommand(randomUUID())).resolves.toBeUndefined();
    });

    it('lets exactly one of several concurrent appends at the same version win', async () => {
      const stream = fresh();
      const attempts = Array.from({ length: 8 }, (_, i) => store.appendToStream(stream, 0, [tick(i)], by()));
      const settled = await Promise.allSettled(attempts);
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      const losers = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
      expect(losers.every((reason) => reason instanceof ConcurrencyError)).toBe(true);
      await expect(store.readStream(stream)).resolves.toMatchObject({ version: 1 });
    });

    it('keeps streams apart', async () => {
      const [a, b] = [fresh(), fresh()];
      await store.appendToStream(a, 0, [tick(1)], by());
      await store.appendToStream(b, 0, [tick(2), tick(3)], by());
      await expect(store.readStream(a)).resolves.toEqual({ events: [tick(1)], version: 1 });
      await expect(store.readStream(b)).resolves.toMatchObject({ version: 2 });
    });
  });
}
