import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '@usm/errors';
import { DecidingCommandHandler } from '../../application/deciding-command-handler';
import { counterDecider, increment } from '../../testing/counter.decider';
import type { TestDatabase } from '../../testing/test-database';
import { openTestDatabase } from '../../testing/test-database';
import { OutboxRouting } from './outbox-routing';
import { PostgresEventStore } from './postgres-event-store';

const streams = 10;
const racers = 50;

describe('PostgresEventStore under concurrent conflicting writers', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 60 });
    store = new PostgresEventStore(database.dataSource, new OutboxRouting([]));
  });
  afterAll(async () => database.drop());

  it(`lets exactly one of ${racers} parallel appends at the same expected version win, on each of ${streams} streams`, async () => {
    const ids = Array.from({ length: streams }, (_, s) => `counter-race-${s}-${randomUUID()}`);
    await Promise.all(ids.map((id) => store.appendToStream(id, 0, [{ type: 'Incremented', data: { counterId: id, by: 1 } }], { commandId: randomUUID() })));
    const started = performance.now();
    const attempts = ids.flatMap((id) =>
      Array.from({ length: racers }, (_, r) => store.appendToStream(id, 1, [{ type: 'Incremented', data: { counterId: id, by: r } }], { commandId: randomUUID() })),
    );
    const settled = await Promise.allSettled(attempts);
    const elapsedMs = Math.round(performance.now() - started);
    const winners = settled.filter((s) => s.status === 'fulfilled').length;
    const conflicts = settled.filter((s) => s.status === 'rejected' && s.reason instanceof ConcurrencyError).length;
    console.info(`concurrency: ${attempts.length} appends on ${streams} streams in ${elapsedMs} ms → ${winners} winners, ${conflicts} ConcurrencyError, ${attempts.length - winners - conflicts} other`);
    expect(winners).toBe(streams);
    expect(conflicts).toBe(streams * (racers - 1));
    const versions = await Promise.all(ids.map(async (id) => (await store.readStream(id)).version));
    expect(versions).toEqual(ids.map(() => 2));
  });

  it('surfaces ConcurrencyError through the command handler to all but one of racing commands', async () => {
    const handler = new DecidingCommandHandler(store);
    const id = `counter-handler-race-${randomUUID()}`;
    const settled = await Promise.allSettled(Array.from({ length: racers }, () => handler.handleCommand(counterDecider, id, increment(id, 1, randomUUID()))));
    const winners = settled.filter((s) => s.status === 'fulfilled').length;
    const conflicts = settled.filter((s) => s.status === 'rejected' && s.reason instanceof ConcurrencyError).length;
    // Racers that loaded after the first commit decide on version 1 and may win the next round: one winner per version.
    expect(winners + conflicts).toBe(racers);
    expect((await store.readStream(id)).version).toBe(winners);
  });

  it('turns racing repeats of one command id into one append and duplicates', async () => {
    const handler = new DecidingCommandHandler(store);
    const id = `counter-dup-race-${randomUUID()}`;
    const commandId = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => handler.handleCommand(counterDecider, id, increment(id, 1, commandId))));
    expect(results.filter((result) => result.status === 'appended')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'duplicate')).toHaveLength(19);
    expect((await store.readStream(id)).version).toBe(1);
  });
});
