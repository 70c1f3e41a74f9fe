import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import { ACKS_ALL, meshProducerConfig } from '@usm/messaging';
import type { OutboxRelay } from '../../application/ports';
import type { RelayCursor } from '../../domain/relay-cursor';
import type { RelayReport, RelayStatus } from '../../domain/relay-status';
import type { EventSourcingMetrics } from '../metrics/event-sourcing-metrics';
import type { OutboxRouting } from '../postgres/outbox-routing';
import type { PostgresOutbox } from '../postgres/postgres-outbox';
import type { RelayLeadership } from '../postgres/postgres-relay-leadership';
import { isFenced } from './kafka-failures';
import { encodeOutboxMessages } from './outbox-messages';
import { RelayLoop } from './relay-loop';
import { RelayProgress } from './relay-progress';
import { failureCodeOf, isStandby, relayStandby } from './relay-standby';

/** How the outbox relay identifies itself and paces its work. */
export interface OutboxRelaySettings {
  /** Stable per deployment: the transactional id and progress group derive from it, fencing older relays. */
  readonly relayId: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  /** First pause after a failure (or in standby); doubles up to `maxRetryBackoffMs`. */
  readonly retryBackoffMs?: number;
  readonly maxRetryBackoffMs?: number;
}

/**
 * Publishes outbox rows in (transaction id, global position) order, each batch in one Kafka transaction
 * that also commits the relay's cursor. Rows are marked published after the commit. After a crash or
 * any failed step (a failed commit may still have landed) it recovers from the cursor in Kafka first.
 * Only the replica holding leadership publishes; a fenced one gives leadership up, backs off and tries
 * again, so it takes over by itself once the other replica is gone.
 */
export class KafkaOutboxRelay implements OutboxRelay {
  private readonly logger = new Logger(KafkaOutboxRelay.name);
  private readonly transactionalId: string;
  private readonly progress: RelayProgress;
  private readonly loop: RelayLoop;
  private producer: Producer | undefined;
  private status: RelayStatus = 'stopped';
  /** The last failure's code, kept after recovery so `/health` shows what happened last. */
  private lastFailure: string | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly outbox: PostgresOutbox,
    private readonly routing: OutboxRouting,
    private readonly codec: AvroCodec,
    private readonly settings: OutboxRelaySettings,
    private readonly metrics?: EventSourcingMetrics,
    private readonly leadership?: RelayLeadership,
  ) {
    this.transactionalId = `usm.outbox-relay.${settings.relayId}`;
    this.progress = new RelayProgress(this.transactionalId, routing.routes[0]?.topic ?? '');
    const retryBackoffMs = settings.retryBackoffMs ?? 1_000;
    this.loop = new RelayLoop(() => this.step(), {
      pollIntervalMs: settings.pollIntervalMs ?? 200,
      retryBackoffMs,
      maxRetryBackoffMs: settings.maxRetryBackoffMs ?? Math.max(retryBackoffMs, 10_000),
      onError: (error) => this.onError(error),
    });
    metrics?.observeRelay(settings.relayId, () => this.report());
  }

  async start(): Promise<void> {
    if (this.routing.routes.length === 0) {
      this.status = 'disabled';
      return;
    }
    this.status = 'starting';
    // The first step (lead, fence, repair, publish) runs before start resolves; a failure there is retried, not fatal.
    await this.loop.runOnce().catch((error: unknown) => this.onError(error));
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.producer?.disconnect();
    this.producer = undefined;
    await this.leadership?.release();
    this.status = this.routing.routes.length === 0 ? 'disabled' : 'stopped';
  }

  async drain(): Promise<number> {
    let total = 0;
    for (let published = await this.loop.runOnce(); published > 0; published = await this.loop.runOnce()) total += published;
    return total;
  }

  /** Status, failures and backlog for `/health` and `/metrics`. */
  async report(): Promise<RelayReport> {
    const backlog = this.routing.routes.length === 0 ? { rows: 0, oldestPendingMs: null } : await this.outbox.backlog();
    const { status, lastFailure } = this;
    return { relayId: this.settings.relayId, status, consecutiveFailures: this.loop.consecutiveFailures, lastFailure, backlogRows: backlog.rows, oldestPendingMs: backlog.oldestPendingMs };
  }

  private async step(): Promise<number> {
    const producer = this.producer ?? (await this.recover());
    try {
      const published = await this.publishBatch(producer);
      this.status = 'leading';
      return published;
    } catch (error) {
      // Whether a failed commit landed is unknown: start over from what Kafka says.
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      if (isFenced(error)) await this.leadership?.release();
      throw error;
    }
  }

  /** A new producer fences older ones and aborts their open transaction; then the outbox catches up with Kafka. */
  private async recover(): Promise<Producer> {
    if (this.leadership && !(await this.leadership.acquire())) throw relayStandby(this.settings.relayId);
    const producer = this.kafka.producer(meshProducerConfig({ transactionalId: this.transactionalId, maxInFlightRequests: 1 }));
    try {
      await producer.connect();
      await (await producer.transaction()).abort();
      const cursor = await this.readCursor();
      if (cursor) await this.outbox.markPublished(cursor);
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      if (isFenced(error)) await this.leadership?.release();
      throw error;
    }
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

  /** Never stops for good: standby waits for leadership, a fenced or failing relay backs off and re-opens its producer. */
  private onError(error: unknown): 'retry' {
    if (isStandby(error)) {
      this.status = 'standby';
      return 'retry';
    }
    this.lastFailure = failureCodeOf(error);
    if (isFenced(error)) {
      this.status = 'fenced';
      this.logger.warn('another outbox relay with the same id fenced this one; backing off, then re-opening the producer');
      return 'retry';
    }
    this.status = 'recovering';
    this.logger.warn(`outbox relay step failed (${this.lastFailure}), recovering: ${error instanceof Error ? error.message : String(error)}`);
    return 'retry';
  }
}
