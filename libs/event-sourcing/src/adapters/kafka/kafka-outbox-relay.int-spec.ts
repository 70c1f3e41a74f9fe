import { randomUUID } from 'node:crypto';
import { uniqueName, waitFor } from '@usm/testing';
import { DecidingCommandHandler } from '../../application/deciding-command-handler';
import type { CounterTopic } from '../../testing/counter-topic';
import { openCounterTopic } from '../../testing/counter-topic';
import { counterDecider, increment } from '../../testing/counter.decider';
import { readWholeTopic } from '../../testing/read-topic';
import { writeCounterEvents } from '../../testing/write-counter-events';
import type { TestDatabase } from '../../testing/test-database';
import { openTestDatabase } from '../../testing/test-database';
import { OutboxRouting } from '../postgres/outbox-routing';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { PostgresOutbox } from '../postgres/postgres-outbox';
import { KafkaOutboxRelay } from './kafka-outbox-relay';
import { OutboxHeader } from './outbox-messages';

/** An outbox whose marking "crashes": Kafka has the records, the database does not know it. */
class OutboxThatNeverMarks extends PostgresOutbox {
  override async markPublished(): Promise<number> {
    throw new Error('simulated crash between the Kafka commit and the database update');
  }
}

describe('KafkaOutboxRelay', () => {
  let database: TestDatabase;
  let counter: CounterTopic;
  beforeEach(async () => {
    database = await openTestDatabase();
    counter = await openCounterTopic();
  });
  afterEach(async () => {
    await counter.drop();
    await database.drop();
  });

  it('publishes every event exactly once, in stream order, across restarts and a crash before marking', async () => {
    const routing = new OutboxRouting([counter.route]);
    const handler = new DecidingCommandHandler(new PostgresEventStore(database.dataSource, routing));
    const relayId = uniqueName('relay');
    const relayWith = (outbox: PostgresOutbox): KafkaOutboxRelay =>
      new KafkaOutboxRelay(counter.kafka, outbox, routing, counter.codec, { relayId, batchSize: 25, pollIntervalMs: 20, retryBackoffMs: 50 });
    const write = (from: number, to: number): Promise<unknown> =>
      Promise.all(Array.from({ length: 20 }, async (_, s) => {
        for (let i = from; i < to; i += 1) await handler.handleCommand(counterDecider, `counter-${s}`, increment(`c${s}`, 1, randomUUID()));
      }));
    const pendingRows = async (): Promise<number> =>
      Number(((await database.dataSource.query('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL')) as [{ n: string }])[0].n);

    const first = relayWith(new PostgresOutbox(database.dataSource, [counter.topic]));
    await first.start();
    await write(0, 5);
    await first.stop();

    const crashing = relayWith(new OutboxThatNeverMarks(database.dataSource, [counter.topic]));
    await write(5, 10);
    await expect(crashing.drain()).rejects.toThrow(/simulated crash/);
    await crashing.stop();
    expect(await pendingRows()).toBeGreaterThan(0);

    const last = relayWith(new PostgresOutbox(database.dataSource, [counter.topic]));
    await last.start();
    await write(10, 15);
    await waitFor(async () => (await pendingRows()) === 0, { timeoutMs: 30_000, description: 'an empty outbox' });
    await last.stop();

    const stored = (await database.dataSource.query('SELECT event_id, stream_id, version FROM events ORDER BY global_position')) as { event_id: string; stream_id: string; version: number }[];
    const published = await readWholeTopic(counter.kafka, counter.topic);
    const publishedIds = published.map(({ message }) => message.headers?.[OutboxHeader.EventId]?.toString());
    expect(stored).toHaveLength(300);
    expect(published.length).toBe(300);
    expect(new Set(publishedIds).size).toBe(300);
    expect([...publishedIds].sort()).toEqual(stored.map((row) => row.event_id).sort());
    for (const stream of new Set(stored.map((row) => row.stream_id))) {
      const versions = published.filter(({ message }) => message.key?.toString() === stream).map(({ message }) => Number(message.headers?.[OutboxHeader.StreamVersion]?.toString()));
      expect(versions).toEqual(versions.map((_, index) => index + 1));
    }
  });

  it('stays exactly once with two relays of the same id running at once (the newer fences the older)', async () => {
    const routing = new OutboxRouting([counter.route]);
    const handler = new DecidingCommandHandler(new PostgresEventStore(database.dataSource, routing));
    const relayId = uniqueName('relay');
    const relays = [0, 1].map(() => new KafkaOutboxRelay(counter.kafka, new PostgresOutbox(database.dataSource, [counter.topic]), routing, counter.codec, { relayId, batchSize: 10, pollIntervalMs: 10, retryBackoffMs: 50 }));
    await Promise.all(relays.map((relay) => relay.start()));
    await writeCounterEvents(handler, 10, 20);
    await waitFor(async () => ((await database.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')) as [{ n: number }])[0].n === 0, {
      timeoutMs: 30_000,
      description: 'an empty outbox',
    });
    await Promise.all(relays.map((relay) => relay.stop()));
    const published = await readWholeTopic(counter.kafka, counter.topic);
    const ids = new Set(published.map(({ message }) => message.headers?.[OutboxHeader.EventId]?.toString()));
    expect(published.length).toBe(200);
    expect(ids.size).toBe(200);
  });
});
