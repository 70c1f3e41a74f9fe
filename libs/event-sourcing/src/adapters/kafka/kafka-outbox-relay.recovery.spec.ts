import type { Kafka } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import type { RecordedEvent } from '../../application/ports';
import { OutboxRouting } from '../postgres/outbox-routing';
import type { PendingMessage, PostgresOutbox } from '../postgres/postgres-outbox';
import type { RelayLeadership } from '../postgres/postgres-relay-leadership';
import { KafkaOutboxRelay } from './kafka-outbox-relay';

const fenced = Object.assign(new Error('The producer has been fenced'), { type: 'PRODUCER_FENCED' });
const event: RecordedEvent = { eventId: 'e', streamId: 'counter-1', version: 1, globalPosition: '1', type: 'Incremented', data: {}, metadata: { commandId: 'c', actor: null, occurredAt: '' } };
const row = (position: number): PendingMessage => ({ topic: 't', key: 'counter-1', cursor: { transactionId: '9', globalPosition: String(position) }, event });

/** Given: an outbox with a backlog, a Kafka whose commits fail with the given errors in turn, then succeed. */
function relayOver(commitFailures: unknown[], leadership?: RelayLeadership) {
  const backlog = [row(1), row(2), row(3)];
  const opened: string[] = [];
  const outbox = {
    pending: async (limit: number) => backlog.slice(0, limit),
    markPublished: async ({ globalPosition }: { globalPosition: string }) => backlog.splice(0, backlog.filter((r) => Number(r.cursor.globalPosition) <= Number(globalPosition)).length).length,
    backlog: async () => ({ rows: backlog.length, oldestPendingMs: backlog.length > 0 ? 5 : null }),
  } as unknown as PostgresOutbox;
  const transaction = () => ({
    sendBatch: async () => undefined,
    sendOffsets: async () => undefined,
    abort: async () => undefined,
    isActive: () => true,
    commit: async () => {
      const failure = commitFailures.shift();
      if (failure) throw failure;
    },
  });
  const kafka = {
    producer: () => (opened.push('producer'), { connect: async () => undefined, disconnect: async () => undefined, transaction: async () => transaction() }),
    admin: () => ({ connect: async () => undefined, disconnect: async () => undefined, fetchOffsets: async () => [] }),
  } as unknown as Kafka;
  const routing = new OutboxRouting([{ category: 'counter', topic: 't', toValue: () => ({}) }]);
  const codec = { encode: async () => Buffer.from('v') } as unknown as AvroCodec;
  const relay = new KafkaOutboxRelay(kafka, outbox, routing, codec, { relayId: 'r', batchSize: 2, pollIntervalMs: 1, retryBackoffMs: 1 }, undefined, leadership);
  return { relay, opened, backlog };
}

describe('KafkaOutboxRelay recovery', () => {
  it('given a relay fenced by another replica, when it steps again, then it re-opens its producer and publishes the backlog', async () => {
    const { relay, opened, backlog } = relayOver([fenced]);
    await expect(relay.drain()).rejects.toMatchObject({ type: 'PRODUCER_FENCED' });
    expect((await relay.report()).status).toBe('stopped');
    await expect(relay.drain()).resolves.toBe(3);
    expect(opened).toHaveLength(2);
    expect(backlog).toHaveLength(0);
    expect(await relay.report()).toMatchObject({ status: 'leading', backlogRows: 0, oldestPendingMs: null, lastFailure: null });
  });

  it('given the background loop is fenced twice, then it never stops for good, reports fenced meanwhile, and catches up', async () => {
    const { relay, backlog } = relayOver([fenced, fenced]);
    const statuses: string[] = [];
    await relay.start();
    for (let i = 0; i < 2_000 && backlog.length > 0; i += 1) {
      statuses.push((await relay.report()).status);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await relay.stop();
    expect(backlog).toHaveLength(0);
    expect(statuses).toContain('fenced');
    expect((await relay.report()).status).toBe('stopped');
  });

  it('gives leadership up when fenced, and waits in standby while another replica leads', async () => {
    let leader: 'other' | 'none' = 'none';
    const released: string[] = [];
    const leadership: RelayLeadership = { acquire: async () => leader === 'none', release: async () => void released.push('released') };
    const { relay, backlog } = relayOver([fenced], leadership);
    await expect(relay.drain()).rejects.toMatchObject({ type: 'PRODUCER_FENCED' });
    expect(released).toEqual(['released']);
    leader = 'other';
    await expect(relay.drain()).rejects.toMatchObject({ code: 'EVENT_SOURCING.RELAY_STANDBY' });
    expect(backlog).toHaveLength(3);
    leader = 'none';
    await expect(relay.drain()).resolves.toBe(3);
  });

  it('reports a relay with nothing to publish as disabled, with no backlog', async () => {
    const relay = new KafkaOutboxRelay({} as Kafka, {} as PostgresOutbox, new OutboxRouting([]), {} as AvroCodec, { relayId: 'none' });
    await relay.start();
    expect(await relay.report()).toMatchObject({ status: 'disabled', backlogRows: 0 });
  });
});
