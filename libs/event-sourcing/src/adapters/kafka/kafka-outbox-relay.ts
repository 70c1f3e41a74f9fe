import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import { ACKS_ALL, meshProducerConfig } from '@usm/messaging';
import type { OutboxRelay } from '../../application/ports';
import type { RelayCursor } from '../../domain/relay-cursor';
import type { EventSourcingMetrics } from '../metrics/event-sourcing-metrics';
import type { OutboxRouting } from '../postgres/outbox-routing';
import type { PostgresOutbox } from '../postgres/postgres-outbox';
import { isFenced } from './kafka-failures';
import { encodeOutboxMessages } from './outbox-messages';
import { RelayLoop } from './relay-loop';
import { RelayProgress } from './relay-progress';

/** How the outbox relay identifies itself and paces its work. */
export interface OutboxRelaySettings {
  /** Stable per deployment: the transactional id and progress group derive from it, fencing older relays. */
  readonly relayId: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly retryBackoffMs?: number;
}

/**
 * Publishes outbox rows in (transaction id, global position) order, each batch in one Kafka transaction
 * that also commits the relay's cursor. Rows are marked published after the commit. After a crash or
 * any failed step (a failed commit may still have landed) it recovers from the cursor in Kafka first.
 */
export class KafkaOutboxRelay implements OutboxRelay {
  private readonly logger = new Logger(KafkaOutboxRelay.name);
  private readonly transactionalId: string;
  private readonly progress: RelayProgress;
  private readonly loop: RelayLoop;
  private producer: Producer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly outbox: PostgresOutbox,
    private readonly routing: OutboxRouting,
    private readonly codec: AvroCodec,
    private readonly settings: OutboxRelaySettings,
    private readonly metrics?: EventSourcingMetrics,
  ) {
    this.transactionalId = `usm.outbox-relay.${settings.relayId}`;
    this.progress = new RelayProgress(this.transactionalId, routing.routes[0]?.topic ?? '');
    this.loop = new RelayLoop(() => this.step(), {
      pollIntervalMs: settings.pollIntervalMs ?? 200,
      retryBackoffMs: settings.retryBackoffMs ?? 1_000,
      onError: (error) => this.onError(error),
    });
  }

  async start(): Promise<void> {
    if (this.routing.routes.length === 0) return;
    // The first step (fence, repair, publish) runs before start resolves; an outage there is retried, not fatal.
    await this.loop.runOnce().catch((error: unknown) => this.onError(error));
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  async drain(): Promise<number> {
    let total = 0;
    for (let published = await this.loop.runOnce(); published > 0; published = await this.loop.runOnce()) total += published;
    return total;
  }

  private async step(): Promise<number> {
    const producer = this.producer ?? (await this.recover());
    try {
      return await this.publishBatch(producer);
    } catch (error) {
      // Whether a failed commit landed is unknown: start over from what Kafka says.
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  /** A new producer fences older ones and aborts their open transaction; then the outbox catches up with Kafka. */
  private async recover(): Promise<Producer> {
    const producer = this.kafka.producer(meshProducerConfig({ transactionalId: this.transactionalId, maxInFlightRequests: 1 }));
    await producer.connect();
    await (await producer.transaction()).abort();
    const cursor = await this.readCursor();
    if (cursor) await this.outbox.markPublished(cursor);
    this.producer = producer;
    return producer;
  }

  private async readCursor(): Promise<RelayCursor | undefined> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await this.progress.read(admin);
    } finally {
      await admin.disconnect();
    }
  }

  private async publishBatch(producer: Producer): Promise<number> {
    const pending = await this.outbox.pending(this.settings.batchSize ?? 500);
    const last = pending.at(-1);
    if (!last) return 0;
    const topicMessages = await encodeOutboxMessages(pending, this.routing, this.codec);
    const transaction = await producer.transaction();
    try {
      await transaction.sendBatch({ topicMessages, acks: ACKS_ALL });
      await transaction.sendOffsets(this.progress.offsetsFor(last.cursor));
      await transaction.commit();
    } catch (error) {
      if (transaction.isActive()) await transaction.abort().catch(() => undefined);
      throw error;
    }
    await this.outbox.markPublished(last.cursor);
    this.metrics?.countPublished(this.settings.relayId, pending.length);
    return pending.length;
  }

  private onError(error: unknown): 'retry' | 'stop' {
    if (isFenced(error)) {
      this.logger.error('another outbox relay with the same id took over; this one stops');
      return 'stop';
    }
    this.logger.warn(`outbox relay step failed, recovering: ${error instanceof Error ? error.message : String(error)}`);
    return 'retry';
  }
}
