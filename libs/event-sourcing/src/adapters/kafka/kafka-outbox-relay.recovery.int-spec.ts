import { meshProducerConfig } from '@usm/messaging';
import { uniqueName, waitFor } from '@usm/testing';
import { DecidingCommandHandler } from '../../application/deciding-command-handler';
import type { CounterTopic } from '../../testing/counter-topic';
import { openCounterTopic } from '../../testing/counter-topic';
import { readWholeTopic } from '../../testing/read-topic';
import type { TestDatabase } from '../../testing/test-database';
import { openTestDatabase } from '../../testing/test-database';
import { writeCounterEvents } from '../../testing/write-counter-events';
import { OutboxRouting } from '../postgres/outbox-routing';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { PostgresOutbox } from '../postgres/postgres-outbox';
import { PostgresRelayLeadership } from '../postgres/postgres-relay-leadership';
import { KafkaOutboxRelay } from './kafka-outbox-relay';
import { OutboxHeader } from './outbox-messages';

describe('KafkaOutboxRelay: fencing and leadership recover by themselves', () => {
  let database: TestDatabase;
  let counter: CounterTopic;
  let relays: KafkaOutboxRelay[];
  beforeEach(async () => {
    database = await openTestDatabase();
    counter = await openCounterTopic();
    relays = [];
  });
  afterEach(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await counter.drop();
    await database.drop();
  });

  const routing = () => new OutboxRouting([counter.route]);
  const relayOf = (relayId: string, withLeadership: boolean): KafkaOutboxRelay => {
    const leadership = withLeadership ? new PostgresRelayLeadership(database.dataSource, relayId) : undefined;
    const outbox = new PostgresOutbox(database.dataSource, [counter.topic]);
    const settings = { relayId, batchSize: 10, pollIntervalMs: 20, retryBackoffMs: 50, maxRetryBackoffMs: 400 };
    const relay = new KafkaOutboxRelay(counter.kafka, outbox, routing(), counter.codec, settings, undefined, leadership);
    relays.push(relay);
    return relay;
  };
  const write = (counters: number, prefix: string) => writeCounterEvents(new DecidingCommandHandler(new PostgresEventStore(database.dataSource, routing())), counters, 5, prefix);
  const emptyOutbox = (description: string) =>
    waitFor(async () => ((await database.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')) as [{ n: number }])[0].n === 0, {
      timeoutMs: 30_000,
      description,
    });
  const publishedOnce = async (expected: number) => {
    const published = await readWholeTopic(counter.kafka, counter.topic);
    expect(published.length).toBe(expected);
    expect(new Set(published.map(({ message }) => message.headers?.[OutboxHeader.EventId]?.toString())).size).toBe(expected);
  };

  it('given a running relay fenced by another producer of its id, then it backs off, re-opens its producer and publishes its backlog', async () => {
    const relayId = uniqueName('relay');
    const relay = relayOf(relayId, true);
    await relay.start();
    await write(2, 'a');
    await emptyOutbox('the first events published');

    // Another replica's producer (same transactional id) fences the running relay, then goes away.
    const other = counter.kafka.producer(meshProducerConfig({ transactionalId: `usm.outbox-relay.${relayId}`, maxInFlightRequests: 1 }));
    await other.connect();
    // kafkajs registers the transactional id (InitProducerId, bumping the epoch) at the first transaction.
    await (await other.transaction()).abort();
    await other.disconnect();
    await write(2, 'b');
    expect((await relay.report()).backlogRows).toBeGreaterThan(0);

    await emptyOutbox('the backlog written after the fencing, published by the same relay');
    expect(await relay.report()).toMatchObject({ status: 'leading', backlogRows: 0, oldestPendingMs: null, lastFailure: expect.stringMatching(/FENCED|PRODUCER_EPOCH/) });
    await publishedOnce(20);
  }, 120_000);

  it('given two replicas with leadership, then one leads and one waits; when the leader stops, the standby takes over and publishes the backlog', async () => {
    const relayId = uniqueName('relay');
    const [first, second] = [relayOf(relayId, true), relayOf(relayId, true)] as [KafkaOutboxRelay, KafkaOutboxRelay];
    await first.start();
    await second.start();
    expect((await first.report()).status).toBe('leading');
    expect((await second.report()).status).toBe('standby');
    await write(2, 'a');
    await emptyOutbox('the leader to publish');

    await first.stop();
    await write(2, 'b');
    await emptyOutbox('the standby to take over and publish the backlog');
    expect((await second.report()).status).toBe('leading');
    expect((await first.report()).status).toBe('stopped');
    await publishedOnce(20);
  }, 120_000);
});
