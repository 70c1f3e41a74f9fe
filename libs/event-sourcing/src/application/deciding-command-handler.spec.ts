import { ConcurrencyError, RuleViolationError, ValidationError } from '@usm/errors';
import { InMemoryEventStore } from '../adapters/in-memory/in-memory-event-store';
import { counterDecider, increment } from '../testing/counter.decider';
import { DecidingCommandHandler } from './deciding-command-handler';
import type { DomainEvent } from '../decider/decider';
import type { EventStore } from './ports';

const stream = 'counter-c1';

describe('DecidingCommandHandler', () => {
  let store: InMemoryEventStore;
  let handler: DecidingCommandHandler;
  beforeEach(() => {
    store = new InMemoryEventStore();
    handler = new DecidingCommandHandler(store);
  });

  it('loads, decides and appends at the loaded version', async () => {
    await handler.handleCommand(counterDecider, stream, increment('c1', 2, 'cmd-1'));
    const result = await handler.handleCommand(counterDecider, stream, increment('c1', 3, 'cmd-2'));
    expect(result).toEqual({ status: 'appended', streamId: stream, nextVersion: 2, events: [{ type: 'Incremented', data: { counterId: 'c1', by: 3 } }] });
  });

  it('returns the first result for a repeated command id and appends nothing', async () => {
    const first = await handler.handleCommand(counterDecider, stream, increment('c1', 2, 'cmd-1'));
    const repeat = await handler.handleCommand(counterDecider, stream, increment('c1', 2, 'cmd-1'));
    expect(repeat).toEqual({ ...first, status: 'duplicate' });
    expect((await store.readStream(stream)).version).toBe(1);
  });

  it('refuses a command id reused for another stream', async () => {
    await handler.handleCommand(counterDecider, stream, increment('c1', 2, 'cmd-1'));
    await expect(handler.handleCommand(counterDecider, 'counter-c2', increment('c2', 2, 'cmd-1'))).rejects.toBeInstanceOf(ValidationError);
  });

  it('appends nothing when the decider decides nothing', async () => {
    await expect(handler.handleCommand(counterDecider, stream, increment('c1', 0, 'cmd-1'))).resolves.toMatchObject({ status: 'unchanged', nextVersion: 0, events: [] });
  });

  it('lets a decider error through and appends nothing', async () => {
    await expect(handler.handleCommand(counterDecider, stream, increment('c1', 5_000, 'cmd-1'))).rejects.toBeInstanceOf(RuleViolationError);
    expect(await store.findCommand('cmd-1')).toBeUndefined();
    expect((await store.readStream(stream)).version).toBe(0);
  });

  it('surfaces a conflict by default', async () => {
    const racing = racingStore(store);
    await expect(new DecidingCommandHandler(racing).handleCommand(counterDecider, stream, increment('c1', 1, 'cmd-1'))).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('re-loads and re-decides on a conflict when asked to retry', async () => {
    const result = await new DecidingCommandHandler(racingStore(store)).handleCommand(counterDecider, stream, increment('c1', 1, 'cmd-1'), { retriesOnConflict: 1 });
    expect(result).toMatchObject({ status: 'appended', nextVersion: 2 });
  });

  it('answers a conflict lost to the same command id as a duplicate', async () => {
    const sameCommandRaces: EventStore = {
      readStream: (id) => store.readStream(id),
      findCommand: (id) => store.findCommand(id),
      appendToStream: async (id, version, events, options) => {
        await store.appendToStream(id, version, events, options);
        throw new ConcurrencyError('EVENT_SOURCING.VERSION_CONFLICT', version, version + 1);
      },
    };
    const result = await new DecidingCommandHandler(sameCommandRaces).handleCommand(counterDecider, stream, increment('c1', 1, 'cmd-1'));
    expect(result).toMatchObject({ status: 'duplicate', nextVersion: 1 });
  });
});

/** A store where another writer appends to the stream between each read and the next append, once. */
function racingStore(inner: InMemoryEventStore): EventStore {
  let raced = false;
  return {
    readStream: async <E extends DomainEvent>(id: string) => {
      const snapshot = await inner.readStream<E>(id);
      if (!raced) {
        raced = true;
        await inner.appendToStream(id, snapshot.version, [{ type: 'Incremented', data: { counterId: 'c1', by: 1 } }], { commandId: 'other-writer' });
      }
      return snapshot;
    },
    findCommand: (id) => inner.findCommand(id),
    appendToStream: (id, version, events, options) => inner.appendToStream(id, version, events, options),
  };
}
